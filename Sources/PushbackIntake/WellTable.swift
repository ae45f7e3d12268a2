import PushbackModel

/// The wells a registry file yielded, in file order: the columns of its pieces back to back.
/// Reading an element builds that row's `Well`; counting and slicing build nothing.
public struct WellTable: RandomAccessCollection, Sendable {
    private var pieces: [WellColumns] = []
    /// The table index of each piece's first row.
    private var pieceStarts: [Int] = []
    public private(set) var endIndex = 0
    public var startIndex: Int { 0 }

    public init() {}

    init(_ columns: WellColumns) { append(columns) }

    mutating func append(_ columns: WellColumns) {
        guard columns.count > 0 else { return }
        pieceStarts.append(endIndex)
        pieces.append(columns)
        endIndex += columns.count
    }

    mutating func append(contentsOf table: WellTable) {
        for piece in table.pieces { append(piece) }
    }

    public subscript(position: Int) -> Well {
        precondition(position >= 0 && position < endIndex, "well \(position) is outside 0..<\(endIndex)")
        // The last piece starting at or before `position` (a handful of pieces: one per core).
        var piece = pieceStarts.count - 1
        while pieceStarts[piece] > position { piece -= 1 }
        return pieces[piece].well(at: position - pieceStarts[piece])
    }
}
