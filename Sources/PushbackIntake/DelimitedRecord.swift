/// One record of a delimited text file, with the physical lines it spans.
public struct DelimitedRecord: Sendable, Equatable {
    public var fields: [String]
    /// 1-based physical line where the record starts.
    public var firstLine: Int
    /// 1-based physical line where it ends (greater than `firstLine` when a quoted field holds newlines).
    public var lastLine: Int
    /// Byte offsets of the record in the source text (without its line end), for quoting it as written.
    public var byteRange: Range<Int>
    /// When a quoted field swallowed lines that look like records of another layout.
    public var swallowedBlock: SwallowedBlock?

    /// A quoted field that ran on over lines that look like records in their own right: the
    /// signature of a stray quote, as in the CDE schools file's Riverside row.
    public struct SwallowedBlock: Sendable, Equatable {
        /// 0-based index of the field that opened the quote.
        public var fieldIndex: Int
        /// How many whole lines the field swallowed after its first line.
        public var swallowedLines: Int
        /// How many of them contain the other common delimiter (tab for a CSV) several times.
        public var foreignDelimitedLines: Int
        /// The first characters of the field, as written.
        public var opening: String
    }
}
