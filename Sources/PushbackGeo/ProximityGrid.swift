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

        // Every (cell, target) incidence, target by target; then cells are numbered, counted,
        // and members placed in target order, so each cell lists its targets ascending.
        var keys: [Int64] = []
        var owners: [Int32] = []
        keys.reserveCapacity(latitudes.count * 9)
        owners.reserveCapacity(latitudes.count * 9)
        for index in latitudes.indices {
            let latitude = latitudes[index], longitude = longitudes[index]
            let row = Int((latitude / height).rounded(.down))
            let span = Self.longitudeSpan(radius: radius, latitudeBound: abs(latitude) + latitudeSpan)
            for neighbour in (row - 1)...(row + 1) {
                let width = widths[neighbour - first]
                if let span, width < 360 {
                    Self.forEachColumn(from: longitude - span, to: longitude + span, width: width) { column in
                        keys.append(CellTable.key(row: neighbour, column: column))
                        owners.append(Int32(index))
                    }
                } else {
                    keys.append(CellTable.key(row: neighbour, column: 0))
                    owners.append(Int32(index))
                }
            }
        }
        var cells = CellTable(expectedCount: max(16, latitudes.count * 2))
        var cellOf = [Int32](repeating: 0, count: keys.count)
        var counts: [Int32] = []
        for (slot, key) in keys.enumerated() {
            let cell = cells.insert(key, next: counts.count)
            if cell == counts.count { counts.append(0) }
            counts[cell] += 1
            cellOf[slot] = Int32(cell)
        }
        var starts = [Int32](repeating: 0, count: counts.count + 1)
        for cell in counts.indices { starts[cell + 1] = starts[cell] + counts[cell] }
        var fill = Array(starts.dropLast())
        var members = [Int32](repeating: 0, count: keys.count)
        for slot in keys.indices {
            let cell = Int(cellOf[slot])
            members[Int(fill[cell])] = owners[slot]
            fill[cell] += 1
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

    /// Calls `body` with each column (of width `width`, counted from −180°) covering longitudes
    /// `from...to`, wrapping across the antimeridian.
    @inline(__always)
    static func forEachColumn(from: Double, to: Double, width: Double, _ body: (Int) -> Void) {
        let count = Int((360 / width).rounded(.up))
        @inline(__always) func cover(_ low: Double, _ high: Double) {
            let first = max(0, Int(((low + 180) / width).rounded(.down)))
            let last = min(count - 1, Int(((high + 180) / width).rounded(.down)))
            if first <= last { for column in first...last { body(column) } }
        }
        cover(max(from, -180), min(to, 180))
        if from < -180 { cover(from + 360, 180) }
        if to > 180 { cover(-180, to - 360) }
    }
}

/// An open-addressing hash table from a cell key to a dense cell number.
///
/// Slots keep neighbouring columns of a row next to each other (row hashed, column added), so a
/// target's nine cells and a run of nearby sources touch few cache lines; key and value share
/// one entry for the same reason. The table doubles when it is 70 % full.
struct CellTable: Sendable {
    private struct Entry {
        var key: Int64
        var value: Int32
    }

    private var entries: [Entry]
    private var mask: Int
    private var count = 0
    private static let empty = Int64.min

    init(expectedCount: Int) {
        var capacity = 1_024
        while capacity < expectedCount * 2 { capacity <<= 1 }
        entries = [Entry](repeating: Entry(key: Self.empty, value: -1), count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    static func key(row: Int, column: Int) -> Int64 {
        (Int64(row) << 32) | Int64(UInt32(truncatingIfNeeded: column))
    }

    @inline(__always)
    private func slot(_ key: Int64) -> Int {
        let row = UInt64(bitPattern: key >> 32)
        let column = UInt64(bitPattern: key) & 0xFFFF_FFFF
        return Int(truncatingIfNeeded: (row &* 0x9E37_79B9_7F4A_7C15) >> 16 &+ column) & mask
    }

    /// The cell number of `key`, inserting it as `next` if absent.
    mutating func insert(_ key: Int64, next: Int) -> Int {
        if count * 10 >= entries.count * 7 { grow() }
        var index = slot(key)
        while true {
            let stored = entries[index].key
            if stored == key { return Int(entries[index].value) }
            if stored == Self.empty {
                entries[index] = Entry(key: key, value: Int32(next))
                count += 1
                return next
            }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    func find(_ key: Int64) -> Int? {
        var index = slot(key)
        while true {
            let stored = entries[index].key
            if stored == key { return Int(entries[index].value) }
            if stored == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(key: Self.empty, value: -1), count: old.count * 2)
        mask = entries.count - 1
        count = 0
        for entry in old where entry.key != Self.empty { _ = insert(entry.key, next: Int(entry.value)) }
    }
}
