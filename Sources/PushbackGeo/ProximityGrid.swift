import Foundation

/// The cell index behind `ProximityJoin`: latitude rows of height d/(b²/a) and per-row longitude
/// columns, each cell listing (in ascending order) every target that could be within d of any
/// point inside it. A query is one hash probe.
struct ProximityGrid: Sendable {
    /// Row height in degrees: at least the latitude span of any path of length d.
    let rowHeight: Double
    private let firstRow: Int
    /// Column width in degrees per row (360 for rows so near a pole that one cell spans all).
    private let columnWidths: [Double]
    private let table: CellTable
    /// Cell → range into `members`.
    private let starts: [Int32]
    let members: [Int32]

    init(latitudes: [Double], longitudes: [Double], radius: Double) {
        let latitudeSpan = radius / WGS84.minimumMeridionalRadius * 180 / .pi
        let height = max(latitudeSpan * (1 + 1e-9), 1e-9)
        let rows = Int((90 / height).rounded(.up)) + 2
        let first = -rows
        var widths = [Double](repeating: 360, count: 2 * rows + 1)
        for index in widths.indices {
            let row = index + first
            let outer = max(abs(Double(row) * height), abs(Double(row + 1) * height)) + height
            if let span = Self.longitudeSpan(radius: radius, latitudeBound: outer) { widths[index] = max(span, height) }
        }

        // Pass 1: number the cells and count their members; pass 2: place members in order.
        var cells = CellTable(expectedCount: max(16, latitudes.count * 9))
        var counts: [Int32] = []
        func forEachCell(of index: Int, _ body: (Int64) -> Void) {
            let latitude = latitudes[index], longitude = longitudes[index]
            let row = Int((latitude / height).rounded(.down))
            let span = Self.longitudeSpan(radius: radius, latitudeBound: abs(latitude) + latitudeSpan)
            for neighbour in (row - 1)...(row + 1) {
                let width = widths[neighbour - first]
                guard let span, width < 360 else {
                    body(CellTable.key(row: neighbour, column: 0))
                    continue
                }
                for column in Self.columns(from: longitude - span, to: longitude + span, width: width) {
                    body(CellTable.key(row: neighbour, column: column))
                }
            }
        }
        for index in latitudes.indices {
            forEachCell(of: index) { key in
                let cell = cells.insert(key, next: counts.count)
                if cell == counts.count { counts.append(0) }
                counts[cell] += 1
            }
        }
        var starts = [Int32](repeating: 0, count: counts.count + 1)
        for cell in counts.indices { starts[cell + 1] = starts[cell] + counts[cell] }
        var fill = Array(starts.dropLast())
        var members = [Int32](repeating: 0, count: Int(starts.last ?? 0))
        for index in latitudes.indices {
            forEachCell(of: index) { key in
                let cell = cells.find(key)!
                members[Int(fill[cell])] = Int32(index)
                fill[cell] += 1
            }
        }
        rowHeight = height
        firstRow = first
        columnWidths = widths
        table = cells
        self.starts = starts
        self.members = members
    }

    /// Slots in `members` of the targets that may be within the radius of the point.
    @inline(__always)
    func candidates(latitude: Double, longitude: Double) -> Range<Int> {
        let row = Int((latitude / rowHeight).rounded(.down))
        let index = row - firstRow
        guard index >= 0, index < columnWidths.count else { return 0..<0 }
        let width = columnWidths[index]
        let column = width < 360 ? Int(((longitude + 180) / width).rounded(.down)) : 0
        guard let cell = table.find(CellTable.key(row: row, column: column)) else { return 0..<0 }
        return Int(starts[cell])..<Int(starts[cell + 1])
    }

    /// Half-width in degrees of longitude a path of length `radius` can cover while it stays at or
    /// below `latitudeBound` (|Δλ| ≤ d / (a·cos φ*)); nil when the bound reaches the pole or the
    /// span exceeds a half turn.
    static func longitudeSpan(radius: Double, latitudeBound: Double) -> Double? {
        guard latitudeBound < 89.999 else { return nil }
        let span = radius / (WGS84.a * cos(latitudeBound * .pi / 180)) * 180 / .pi * (1 + 1e-9)
        return span < 180 ? span : nil
    }

    /// Columns (of width `width`, counted from −180°) covering longitudes `from...to`, wrapping
    /// across the antimeridian.
    static func columns(from: Double, to: Double, width: Double) -> [Int] {
        let count = Int((360 / width).rounded(.up))
        var result: [Int] = []
        func add(_ low: Double, _ high: Double) {
            let first = max(0, Int(((low + 180) / width).rounded(.down)))
            let last = min(count - 1, Int(((high + 180) / width).rounded(.down)))
            if first <= last { result.append(contentsOf: first...last) }
        }
        add(max(from, -180), min(to, 180))
        if from < -180 { add(from + 360, 180) }
        if to > 180 { add(-180, to - 360) }
        return result
    }
}

/// An open-addressing hash table from a cell key to a dense cell number.
struct CellTable: Sendable {
    private var keys: [Int64]
    private var values: [Int32]
    private let mask: Int
    private static let empty = Int64.min

    init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        keys = [Int64](repeating: Self.empty, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    static func key(row: Int, column: Int) -> Int64 {
        (Int64(row) << 32) | Int64(UInt32(truncatingIfNeeded: column))
    }

    @inline(__always)
    private func slot(_ key: Int64) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The cell number of `key`, inserting it as `next` if absent.
    mutating func insert(_ key: Int64, next: Int) -> Int {
        var index = slot(key)
        while true {
            if keys[index] == key { return Int(values[index]) }
            if keys[index] == Self.empty {
                keys[index] = key
                values[index] = Int32(next)
                return next
            }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    func find(_ key: Int64) -> Int? {
        var index = slot(key)
        while true {
            let stored = keys[index]
            if stored == key { return Int(values[index]) }
            if stored == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }
}
