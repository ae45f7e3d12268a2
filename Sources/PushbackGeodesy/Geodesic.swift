import CProj

/// Geodesics on an ellipsoid, solved by PROJ's `geodesic.h` (Karney's algorithms as
/// GeographicLib's C implementation). Distances in metres, angles in degrees.
public struct Geodesic: Sendable {
    /// The solution of an inverse problem: the shortest path between two points.
    public struct Inverse: Sendable, Equatable {
        /// Length of the geodesic in metres.
        public var distance: Double
        /// Forward azimuth at the first point, degrees clockwise from north.
        public var initialAzimuth: Double
        /// Forward azimuth at the second point.
        public var finalAzimuth: Double
    }

    /// The solution of a direct problem: where a geodesic of a given azimuth and length ends.
    public struct Direct: Sendable, Equatable {
        public var latitude: Double
        public var longitude: Double
        public var finalAzimuth: Double
    }

    /// The WGS84 ellipsoid (a = 6 378 137 m, f = 1/298.257223563).
    public static let wgs84 = Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257_223_563)

    public let equatorialRadius: Double
    public let flattening: Double
    private let ellipsoid: geod_geodesic

    public init(equatorialRadius: Double, flattening: Double) {
        self.equatorialRadius = equatorialRadius
        self.flattening = flattening
        var ellipsoid = geod_geodesic()
        geod_init(&ellipsoid, equatorialRadius, flattening)
        self.ellipsoid = ellipsoid
    }

    /// Solves the inverse problem between two points given in degrees.
    public func inverse(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Inverse {
        var ellipsoid = self.ellipsoid
        var distance = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        geod_inverse(&ellipsoid, latitude1, longitude1, latitude2, longitude2, &distance, &azimuth1, &azimuth2)
        return Inverse(distance: distance, initialAzimuth: azimuth1, finalAzimuth: azimuth2)
    }

    /// The geodesic distance in metres between two points given in degrees.
    public func distance(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
        var ellipsoid = self.ellipsoid
        var distance = 0.0
        geod_inverse(&ellipsoid, latitude1, longitude1, latitude2, longitude2, &distance, nil, nil)
        return distance
    }

    /// Solves the direct problem: start at a point, head along `azimuth` for `distance` metres.
    public func direct(latitude: Double, longitude: Double, azimuth: Double, distance: Double) -> Direct {
        var ellipsoid = self.ellipsoid
        var latitude2 = 0.0, longitude2 = 0.0, azimuth2 = 0.0
        geod_direct(&ellipsoid, latitude, longitude, azimuth, distance, &latitude2, &longitude2, &azimuth2)
        return Direct(latitude: latitude2, longitude: longitude2, finalAzimuth: azimuth2)
    }
}
