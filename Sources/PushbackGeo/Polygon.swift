/// A polygon in longitude/latitude degrees: an outer ring and any holes, each closed (the last
/// position repeats the first). Inside is decided by the even–odd rule over all rings, so holes
/// need no particular orientation.
public struct Polygon: Sendable, Equatable {
    /// A closed ring as parallel coordinate arrays.
    public struct Ring: Sendable, Equatable {
        public var longitudes: [Double]
        public var latitudes: [Double]

        public init(longitudes: [Double], latitudes: [Double]) {
            self.longitudes = longitudes
            self.latitudes = latitudes
        }

        /// Number of edges (positions − 1).
        public var edgeCount: Int { max(0, longitudes.count - 1) }
    }

    public var rings: [Ring]

    public init(rings: [Ring]) { self.rings = rings }

    /// (minimum longitude, minimum latitude, maximum longitude, maximum latitude).
    public var bounds: (west: Double, south: Double, east: Double, north: Double) {
        var west = Double.infinity, south = Double.infinity, east = -Double.infinity, north = -Double.infinity
        for ring in rings {
            for index in ring.longitudes.indices {
                west = min(west, ring.longitudes[index])
                east = max(east, ring.longitudes[index])
                south = min(south, ring.latitudes[index])
                north = max(north, ring.latitudes[index])
            }
        }
        return (west, south, east, north)
    }
}

/// A named area from a boundary file: a city, a county, a state; one or more polygons.
public struct Boundary: Sendable, Equatable {
    /// Position in its file (0-based), for messages.
    public var featureIndex: Int
    /// A readable name taken from the feature's properties.
    public var name: String
    /// The feature's properties as text (numbers and booleans formatted).
    public var properties: [String: String]
    public var polygons: [Polygon]
    /// How far (metres) the drawn line may be from the true one: 0 for an exact boundary. A point
    /// this close to the line (plus its own uncertainty) has ambiguous membership.
    public var tolerance: Double

    public init(featureIndex: Int, name: String, properties: [String: String], polygons: [Polygon], tolerance: Double = 0) {
        self.featureIndex = featureIndex
        self.name = name
        self.properties = properties
        self.polygons = polygons
        self.tolerance = tolerance
    }
}
