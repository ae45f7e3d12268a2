import Foundation

/// One polygon's edges with a latitude-slab index, for exact point-in-polygon (even–odd rule
/// over every ring, so holes work) and distance to the boundary.
struct PolygonEdges: Sendable {
    private let x1: [Double], y1: [Double], x2: [Double], y2: [Double]
    private let south: Double
    private let slabHeight: Double
    private let slabCount: Int
    /// Slab → edges overlapping it.
    private let slabs: BucketedList

    init(_ polygon: Polygon) {
        var x1: [Double] = [], y1: [Double] = [], x2: [Double] = [], y2: [Double] = []
        for ring in polygon.rings {
            for index in 0..<ring.edgeCount {
                x1.append(ring.longitudes[index])
                y1.append(ring.latitudes[index])
                x2.append(ring.longitudes[index + 1])
                y2.append(ring.latitudes[index + 1])
            }
        }
        let bounds = polygon.bounds
        let slabs = max(1, x1.count / 4)
        south = bounds.south
        slabHeight = max((bounds.north - bounds.south) / Double(slabs), 1e-12)
        var slabOfPlacement: [Int32] = [], edgeOfPlacement: [Int32] = []
        for edge in x1.indices {
            let low = Self.slab(min(y1[edge], y2[edge]), south: south, height: slabHeight, count: slabs)
            let high = Self.slab(max(y1[edge], y2[edge]), south: south, height: slabHeight, count: slabs)
            for slab in low...high {
                slabOfPlacement.append(Int32(slab))
                edgeOfPlacement.append(Int32(edge))
            }
        }
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
        slabCount = slabs
        self.slabs = BucketedList(bucketCount: slabs, buckets: slabOfPlacement, values: edgeOfPlacement)
    }

    var edgeCount: Int { x1.count }

    @inline(__always)
    private static func slab(_ y: Double, south: Double, height: Double, count: Int) -> Int {
        min(count - 1, max(0, Int(((y - south) / height).rounded(.down))))
    }

    /// Even–odd test: a ray from the point toward +longitude crosses the boundary an odd number of times.
    @inline(__always)
    func contains(longitude x: Double, latitude y: Double) -> Bool {
        let offset = (y - south) / slabHeight
        guard offset >= 0, offset < Double(slabCount) + 1e-9 else { return false }
        let slab = min(slabCount - 1, Int(offset))
        var inside = false
        for slot in slabs.range(slab) {
            let edge = Int(slabs.values[slot])
            let ya = y1[edge], yb = y2[edge]
            if (ya > y) != (yb > y) {
                let crossing = x1[edge] + (y - ya) * (x2[edge] - x1[edge]) / (yb - ya)
                if x < crossing { inside.toggle() }
            }
        }
        return inside
    }

    /// Distance in metres from the point to the nearest edge whose latitude range comes within
    /// `latitudeReach` degrees, measured on a local east/north plane at the point (accurate to a
    /// fraction of a percent over a few kilometres); nil when no edge is that close in latitude.
    func distanceToBoundary(longitude x: Double, latitude y: Double, latitudeReach: Double) -> Double? {
        let low = Self.slab(y - latitudeReach, south: south, height: slabHeight, count: slabCount)
        let high = Self.slab(y + latitudeReach, south: south, height: slabHeight, count: slabCount)
        let east = 111_319.49 * cos(y * .pi / 180), north = 110_574.0
        var best = Double.infinity
        for slab in low...high {
            for slot in slabs.range(slab) {
                let edge = Int(slabs.values[slot])
                let ax = (x1[edge] - x) * east, ay = (y1[edge] - y) * north
                let bx = (x2[edge] - x) * east, by = (y2[edge] - y) * north
                let dx = bx - ax, dy = by - ay
                let length = dx * dx + dy * dy
                let t = length > 0 ? max(0, min(1, -(ax * dx + ay * dy) / length)) : 0
                let px = ax + t * dx, py = ay + t * dy
                best = min(best, (px * px + py * py).squareRoot())
            }
        }
        return best.isFinite ? best : nil
    }
}
