import Foundation

/// Point-in-polygon over many boundaries at once.
///
/// A uniform grid covers all boundaries. Each cell lists, per polygon, whether an edge passes
/// through it (then the point is tested exactly, on that polygon's latitude slabs) or whether the
/// cell lies wholly inside (then no test is needed). Most points are answered with one array read.
public struct PolygonIndex: Sendable {
    /// Where a possibly imprecise point falls.
    public struct Placement: Sendable, Equatable {
        /// Boundaries containing the published point, ascending.
        public var inside: [Int]
        /// Boundaries whose edge passes within the uncertainty radius: the true position may be on
        /// either side, so their membership is ambiguous. Ascending.
        public var ambiguous: [Int]
    }

    public let boundaries: [Boundary]
    /// The largest `Boundary.tolerance`: how much further than a point's uncertainty to look.
    private let largestTolerance: Double
    private let polygons: [PolygonEdges]
    /// Polygon slot → index of its boundary.
    private let owner: [Int32]
    private let west: Double, south: Double
    private let cellSize: Double
    private let columns: Int, rows: Int
    /// Cell → codes `slot * 2 + 1` (an edge passes through) or `slot * 2` (wholly inside).
    private let cells: BucketedList

    public init(boundaries: [Boundary]) {
        self.boundaries = boundaries
        largestTolerance = boundaries.map(\.tolerance).max() ?? 0
        var sources: [Polygon] = [], polygons: [PolygonEdges] = [], owner: [Int32] = []
        var bounds: [(west: Double, south: Double, east: Double, north: Double)] = []
        for (index, boundary) in boundaries.enumerated() {
            for polygon in boundary.polygons where !polygon.rings.isEmpty {
                sources.append(polygon)
                polygons.append(PolygonEdges(polygon))
                owner.append(Int32(index))
                bounds.append(polygon.bounds)
            }
        }
        let west = bounds.map(\.west).min() ?? 0, east = bounds.map(\.east).max() ?? 1
        let south = bounds.map(\.south).min() ?? 0, north = bounds.map(\.north).max() ?? 1
        let width = max(east - west, 1e-6), height = max(north - south, 1e-6)
        let edges = polygons.reduce(0) { $0 + $1.edgeCount }
        let targetCells = Double(min(4_000_000, max(4_096, edges * 4)))
        let size = max((width * height / targetCells).squareRoot(), 1e-6)
        let columns = Int((width / size).rounded(.down)) + 1
        let rows = Int((height / size).rounded(.down)) + 1

        var cellOf: [Int32] = [], codes: [Int32] = []
        var stamp = [Int32](repeating: -1, count: columns * rows)
        func cell(_ x: Double, _ y: Double) -> (Int, Int) {
            (min(columns - 1, max(0, Int(((x - west) / size).rounded(.down)))), min(rows - 1, max(0, Int(((y - south) / size).rounded(.down)))))
        }
        for slot in polygons.indices {
            // Boundary cells: every cell a piece of an edge (at most half a cell long) touches.
            for ring in sources[slot].rings {
                for index in 0..<ring.edgeCount {
                    let ax = ring.longitudes[index], ay = ring.latitudes[index]
                    let bx = ring.longitudes[index + 1], by = ring.latitudes[index + 1]
                    let pieces = max(1, Int((max(abs(bx - ax), abs(by - ay)) / (size / 2)).rounded(.up)))
                    for piece in 0..<pieces {
                        let t0 = Double(piece) / Double(pieces), t1 = Double(piece + 1) / Double(pieces)
                        let (c0, r0) = cell(ax + (bx - ax) * t0, ay + (by - ay) * t0)
                        let (c1, r1) = cell(ax + (bx - ax) * t1, ay + (by - ay) * t1)
                        for row in min(r0, r1)...max(r0, r1) {
                            for column in min(c0, c1)...max(c0, c1) where stamp[row * columns + column] != Int32(slot) {
                                stamp[row * columns + column] = Int32(slot)
                                cellOf.append(Int32(row * columns + column))
                                codes.append(Int32(slot * 2 + 1))
                            }
                        }
                    }
                }
            }
            // Interior cells: no edge crosses them, so their centre decides the whole cell.
            let box = bounds[slot]
            let (firstColumn, firstRow) = cell(box.west, box.south)
            let (lastColumn, lastRow) = cell(box.east, box.north)
            for row in firstRow...lastRow {
                for column in firstColumn...lastColumn where stamp[row * columns + column] != Int32(slot) {
                    let x = west + (Double(column) + 0.5) * size, y = south + (Double(row) + 0.5) * size
                    if polygons[slot].contains(longitude: x, latitude: y) {
                        cellOf.append(Int32(row * columns + column))
                        codes.append(Int32(slot * 2))
                    }
                }
            }
        }
        self.polygons = polygons
        self.owner = owner
        self.west = west
        self.south = south
        self.cellSize = size
        self.columns = columns
        self.rows = rows
        cells = BucketedList(bucketCount: columns * rows, buckets: cellOf, values: codes)
    }

    /// Calls `body` with each boundary containing the point (a boundary with several polygons
    /// may be reported once per containing polygon).
    @inline(__always)
    public func forEachContaining(latitude: Double, longitude: Double, _ body: (Int) -> Void) {
        let column = Int(((longitude - west) / cellSize).rounded(.down)), row = Int(((latitude - south) / cellSize).rounded(.down))
        guard column >= 0, column < columns, row >= 0, row < rows else { return }
        let cell = row * columns + column
        for slot in cells.range(cell) {
            let code = Int(cells.values[slot])
            if code & 1 == 0 || polygons[code >> 1].contains(longitude: longitude, latitude: latitude) {
                body(Int(owner[code >> 1]))
            }
        }
    }

    /// Boundaries containing the point, ascending.
    public func containing(latitude: Double, longitude: Double) -> [Int] {
        var found: [Int] = []
        forEachContaining(latitude: latitude, longitude: longitude) { found.append($0) }
        return Array(Set(found)).sorted()
    }

    /// How many of the points lie inside at least one boundary (split across `threads` workers).
    public func countInside(latitudes: [Double], longitudes: [Double], threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> Int {
        let count = latitudes.count
        let chunks = max(1, min(count / 8_192, max(1, threads) * 16))
        let totals = ChunkCounts(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var inside = 0
            for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                var hit = false
                forEachContaining(latitude: latitudes[index], longitude: longitudes[index]) { _ in hit = true }
                if hit { inside += 1 }
            }
            totals.store(inside, at: chunk)
        }
        return totals.sum()
    }

    /// Where a point with an uncertainty radius (metres) falls: the boundaries containing its
    /// published position, and those whose edge lies within the radius plus the boundary's own
    /// tolerance (ambiguous membership).
    public func placement(latitude: Double, longitude: Double, uncertainty: Double) -> Placement {
        let inside = containing(latitude: latitude, longitude: longitude)
        let reach = uncertainty + largestTolerance
        guard reach > 0 else { return Placement(inside: inside, ambiguous: []) }
        let reachLatitude = reach / 110_574 * 1.01
        let reachLongitude = min(180, reach / (111_319.49 * max(1e-6, cos(min(89.9, abs(latitude) + reachLatitude) * .pi / 180))) * 1.01)
        let firstColumn = max(0, Int(((longitude - reachLongitude - west) / cellSize).rounded(.down)))
        let lastColumn = min(columns - 1, Int(((longitude + reachLongitude - west) / cellSize).rounded(.down)))
        let firstRow = max(0, Int(((latitude - reachLatitude - south) / cellSize).rounded(.down)))
        let lastRow = min(rows - 1, Int(((latitude + reachLatitude - south) / cellSize).rounded(.down)))
        var ambiguous = Set<Int>()
        if firstColumn <= lastColumn, firstRow <= lastRow {
            var checked = Set<Int>()
            for row in firstRow...lastRow {
                for column in firstColumn...lastColumn {
                    let cell = row * columns + column
                    for slot in cells.range(cell) where cells.values[slot] & 1 == 1 {
                        let polygon = Int(cells.values[slot]) >> 1
                        guard checked.insert(polygon).inserted else { continue }
                        // 1 % and 1 m of slack: over-flagging is safe, under-flagging is not.
                        let allowed = uncertainty + boundaries[Int(owner[polygon])].tolerance
                        if let distance = polygons[polygon].distanceToBoundary(longitude: longitude, latitude: latitude, latitudeReach: reachLatitude),
                           distance <= allowed * 1.01 + 1 {
                            ambiguous.insert(Int(owner[polygon]))
                        }
                    }
                }
            }
        }
        return Placement(inside: inside, ambiguous: ambiguous.sorted())
    }
}

/// Per-chunk counts written by concurrent workers, each to its own slot.
///
/// `@unchecked Sendable`: one buffer allocated up front; each worker writes only its own slot,
/// and the slots are summed after `concurrentPerform` returns.
private final class ChunkCounts: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Int>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: 0)
    }

    deinit { slots.deallocate() }

    func store(_ value: Int, at index: Int) { slots[index] = value }
    func sum() -> Int { slots.reduce(0, +) }
}
