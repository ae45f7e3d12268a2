import Foundation
import PushbackModel

/// Finds every (source, target) pair of points within a distance of each other: a grid
/// prefilter in degrees that can only over-select, then the exact WGS84 geodesic for each
/// candidate. Results are sorted by source index, then target index.
public struct ProximityJoin: Sendable {
    /// One pair within the distance, by index into the inputs.
    public struct Pair: Sendable, Hashable {
        public var source: Int
        public var target: Int
        public var distance: Distance

        public init(source: Int, target: Int, distance: Distance) {
            self.source = source
            self.target = target
            self.distance = distance
        }
    }

    /// Conservative metres per degree: true values on WGS84 are at least these.
    static let metersPerDegreeLatitude = 110_500.0
    static let metersPerDegreeLongitudeAtEquator = 111_000.0

    private let targets: [GeoPoint]
    private let cellDegrees: Double
    private let cells: [Cell: [Int]]
    private let radius: Distance

    private struct Cell: Hashable {
        var row: Int
        var column: Int
    }

    /// Indexes `targets` for queries within `radius`.
    public init(targets: [GeoPoint], radius: Distance) {
        self.targets = targets
        self.radius = radius
        let degrees = max(radius.meters / Self.metersPerDegreeLatitude, 1e-6)
        cellDegrees = degrees
        var cells: [Cell: [Int]] = [:]
        for (index, point) in targets.enumerated() {
            cells[Cell(row: Int((point.latitude / degrees).rounded(.down)), column: Int((point.longitude / degrees).rounded(.down))), default: []].append(index)
        }
        self.cells = cells
    }

    /// Every target within the radius of `point`, sorted by target index.
    public func targets(near point: GeoPoint) -> [(target: Int, distance: Distance)] {
        let latitudeSpan = radius.meters / Self.metersPerDegreeLatitude
        let highestLatitude = min(abs(point.latitude) + latitudeSpan, 90)
        let cosine = cos(highestLatitude * .pi / 180)
        let longitudeSpan = cosine > 1e-9 ? min(radius.meters / (Self.metersPerDegreeLongitudeAtEquator * cosine), 180) : 180
        let rows = Int(((point.latitude - latitudeSpan) / cellDegrees).rounded(.down))...Int(((point.latitude + latitudeSpan) / cellDegrees).rounded(.down))
        let firstColumn = Int(((point.longitude - longitudeSpan) / cellDegrees).rounded(.down))
        let lastColumn = Int(((point.longitude + longitudeSpan) / cellDegrees).rounded(.down))
        var found: [(target: Int, distance: Distance)] = []
        for row in rows {
            for column in firstColumn...lastColumn {
                guard let members = cells[Cell(row: row, column: column)] else { continue }
                for index in members {
                    let distance = GeodesicDistance.between(point, targets[index])
                    if distance <= radius { found.append((index, distance)) }
                }
            }
        }
        return found.sorted { $0.target < $1.target }
    }

    /// Every pair (source, target) within the radius.
    public func pairs(sources: [GeoPoint]) -> [Pair] {
        var pairs: [Pair] = []
        for (sourceIndex, point) in sources.enumerated() {
            for match in targets(near: point) {
                pairs.append(Pair(source: sourceIndex, target: match.target, distance: match.distance))
            }
        }
        return pairs
    }
}
