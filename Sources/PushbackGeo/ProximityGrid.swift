import Foundation

/// The cell index behind `ProximityJoin`.
///
/// Latitude rows are at least as tall as any path of length d can climb (d / (b²/a)); each row
/// has its own column width, at least as wide as such a path can travel east or west there
/// (d / (a·cos φ*)). Every cell lists, ascending, each target that could be within d of any point
/// in it. Occupied cells are marked in a bitmap laid out row by row, and a cell's number is the
/// bitmap's rank at its bit — so a query is two small array reads and, for the few occupied
/// cells, a popcount. No hashing, and the bitmap (a few megabytes for the contiguous US) stays
/// in cache while millions of sources probe it in any order.
struct ProximityGrid: Sendable {
    /// Cells are never smaller than this (degrees), so tiny radii do not explode the bitmap;
    /// larger cells only add candidates, which the exact test then discards.
    static let minimumCellDegrees = 0.004

    let rowHeight: Double
    /// Absolute row number of row index 0.
    private let firstRow: Int
    private let columnWidths: [Double]
    private let rowFirstColumn: [Int32]
    private let rowColumnCount: [Int32]
    private let rowFirstBit: [Int]
    private let bits: [UInt64]
    /// Set bits before each bitmap word.
    private let rank: [Int32]
    /// Cell → range into `members`.
    private let starts: [Int32]
    let members: [Int32]

    init(latitudes: [Double], longitudes: [Double], radius: Double) {
        let latitudeSpan = radius / WGS84.minimumMeridionalRadius * 180 / .pi
        let height = max(latitudeSpan * (1 + 1e-9), Self.minimumCellDegrees)
        func rowOf(_ latitude: Double) -> Int { Int((latitude / height).rounded(.down)) }
        var lowest = Int.max, highest = Int.min
        for latitude in latitudes {
            lowest = min(lowest, rowOf(latitude - latitudeSpan))
            highest = max(highest, rowOf(latitude + latitudeSpan))
        }
        if latitudes.isEmpty { lowest = 0; highest = 0 }
        let rowCount = highest - lowest + 1
        var widths = [Double](repeating: 360, count: rowCount)
        for index in 0..<rowCount {
            let row = index + lowest
            let outer = max(abs(Double(row) * height), abs(Double(row + 1) * height)) + latitudeSpan
            if let span = Self.longitudeSpan(radius: radius, latitudeBound: outer) { widths[index] = max(span, height) }
        }

        // Every (cell, target) incidence, in target order; key = row index ≪ columnBits | column,
        // packed no wider than needed so the radix sort makes as few passes as it can.
        let widest = widths.map { Int((360 / $0).rounded(.up)) }.max() ?? 1
        let columnBits = UInt64(max(1, Int.bitWidth - widest.leadingZeroBitCount))
        let columnMask = (UInt64(1) << columnBits) - 1
        var keys: [UInt64] = [], owners: [Int32] = []
        keys.reserveCapacity(latitudes.count * 6)
        owners.reserveCapacity(latitudes.count * 6)
        for index in latitudes.indices {
            let latitude = latitudes[index], longitude = longitudes[index]
            let span = Self.longitudeSpan(radius: radius, latitudeBound: abs(latitude) + latitudeSpan)
            for row in rowOf(latitude - latitudeSpan)...rowOf(latitude + latitudeSpan) {
                let rowIndex = row - lowest
                let width = widths[rowIndex]
                if let span, width < 360 {
                    Self.forEachColumn(from: longitude - span, to: longitude + span, width: width) { column in
                        keys.append(UInt64(rowIndex) << columnBits | UInt64(column))
                        owners.append(Int32(index))
                    }
                } else {
                    keys.append(UInt64(rowIndex) << columnBits)
                    owners.append(Int32(index))
                }
            }
        }
        RadixSort.sort(&keys, carrying: &owners)

        // Distinct cells in key order; the members of each stay in target order (stable sort).
        var cellKeys: [UInt64] = []
        var starts: [Int32] = []
        for (slot, key) in keys.enumerated() where slot == 0 || keys[slot - 1] != key {
            cellKeys.append(key)
            starts.append(Int32(slot))
        }
        starts.append(Int32(keys.count))

        // The bitmap: for each row, one bit per column between its first and last occupied column.
        var firstColumn = [Int32](repeating: 0, count: rowCount)
        var columnCount = [Int32](repeating: 0, count: rowCount)
        var cursor = 0
        while cursor < cellKeys.count {
            let rowIndex = Int(cellKeys[cursor] >> columnBits)
            var last = cursor
            while last + 1 < cellKeys.count, Int(cellKeys[last + 1] >> columnBits) == rowIndex { last += 1 }
            let low = Int32(cellKeys[cursor] & columnMask), high = Int32(cellKeys[last] & columnMask)
            firstColumn[rowIndex] = low
            columnCount[rowIndex] = high - low + 1
            cursor = last + 1
        }
        var firstBit = [Int](repeating: 0, count: rowCount)
        var total = 0
        for index in 0..<rowCount {
            firstBit[index] = total
            total += Int(columnCount[index])
        }
        var bits = [UInt64](repeating: 0, count: total / 64 + 1)
        for key in cellKeys {
            let rowIndex = Int(key >> columnBits), column = Int32(key & columnMask)
            let bit = firstBit[rowIndex] + Int(column - firstColumn[rowIndex])
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        var rank = [Int32](repeating: 0, count: bits.count)
        var running: Int32 = 0
        for word in bits.indices {
            rank[word] = running
            running += Int32(bits[word].nonzeroBitCount)
        }

        rowHeight = height
        firstRow = lowest
        columnWidths = widths
        rowFirstColumn = firstColumn
        rowColumnCount = columnCount
        rowFirstBit = firstBit
        self.bits = bits
        self.rank = rank
        self.starts = starts
        members = owners
    }

    /// Slots in `members` of the targets that may be within the radius of the point.
    @inline(__always)
    func candidates(latitude: Double, longitude: Double) -> Range<Int> {
        let rowIndex = Int((latitude / rowHeight).rounded(.down)) - firstRow
        guard rowIndex >= 0, rowIndex < columnWidths.count else { return 0..<0 }
        let width = columnWidths[rowIndex]
        let column = width < 360 ? Int(((longitude + 180) / width).rounded(.down)) : 0
        let offset = column - Int(rowFirstColumn[rowIndex])
        guard offset >= 0, offset < Int(rowColumnCount[rowIndex]) else { return 0..<0 }
        let bit = rowFirstBit[rowIndex] + offset
        let word = bits[bit >> 6], mask = UInt64(1) << UInt64(bit & 63)
        guard word & mask != 0 else { return 0..<0 }
        let cell = Int(rank[bit >> 6]) + (word & (mask - 1)).nonzeroBitCount
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

/// Stable least-significant-digit radix sort of 64-bit keys (16 bits a pass, only as many
/// passes as the largest key needs), moving a payload along.
enum RadixSort {
    static func sort(_ keys: inout [UInt64], carrying payload: inout [Int32]) {
        let count = keys.count
        guard count > 1 else { return }
        let highest = keys.max() ?? 0
        var keyBuffer = [UInt64](repeating: 0, count: count)
        var payloadBuffer = [Int32](repeating: 0, count: count)
        var shift: UInt64 = 0
        while shift < 64, highest >> shift != 0 {
            var offsets = [Int](repeating: 0, count: 65_537)
            for key in keys { offsets[Int((key >> shift) & 0xFFFF) + 1] += 1 }
            for digit in 0..<65_536 { offsets[digit + 1] += offsets[digit] }
            for index in 0..<count {
                let digit = Int((keys[index] >> shift) & 0xFFFF)
                let target = offsets[digit]
                offsets[digit] = target + 1
                keyBuffer[target] = keys[index]
                payloadBuffer[target] = payload[index]
            }
            swap(&keys, &keyBuffer)
            swap(&payload, &payloadBuffer)
            shift += 16
        }
    }
}
