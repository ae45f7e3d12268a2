/// One record during `DelimitedTextReader.scan`: its fields' unquoted bytes over buffers the
/// reader reuses, so reading a cell costs nothing until it is turned into a string. Valid only
/// inside the scan's closure.
public struct DelimitedRecordView: Sendable {
    /// 1-based physical lines the record spans.
    public internal(set) var firstLine = 0
    public internal(set) var lastLine = 0
    /// Byte offsets of the record in the source text (without its line end).
    public internal(set) var byteRange = 0..<0
    /// When a quoted field swallowed lines that look like records of another layout.
    public internal(set) var swallowedBlock: DelimitedRecord.SwallowedBlock?
    /// The fields' bytes back to back, and where each field ends in them.
    var cells: [UInt8] = []
    var ends: [Int] = []

    /// Number of fields.
    public var count: Int { ends.count }

    /// The bytes of field `index` as written (unquoted).
    public func bytes(of index: Int) -> ArraySlice<UInt8> {
        cells[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// Field `index` without leading and trailing ASCII spaces and tabs.
    public subscript(index: Int) -> String {
        var field = bytes(of: index)
        while let first = field.first, first == 0x20 || first == 0x09 { field = field.dropFirst() }
        while let last = field.last, last == 0x20 || last == 0x09 { field = field.dropLast() }
        return String(decoding: field, as: UTF8.self)
    }
}
