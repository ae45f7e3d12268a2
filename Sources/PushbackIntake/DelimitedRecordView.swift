/// One record during `DelimitedTextReader.scan`. Fields are spans of the source text; only a
/// field the file wrote differently from its value (doubled quotes, a line end inside quotes
/// written `\r\n`, text after a closing quote) is copied, into a buffer the reader reuses.
/// Valid only inside the scan's closure.
public struct DelimitedRecordView {
    /// 1-based physical lines the record spans.
    public internal(set) var firstLine = 0
    public internal(set) var lastLine = 0
    /// Byte offsets of the record in the source text (without its line end).
    public internal(set) var byteRange = 0..<0
    /// When a quoted field swallowed lines that look like records of another layout.
    public internal(set) var swallowedBlock: DelimitedRecord.SwallowedBlock?

    /// Where one field's bytes are: in the source, or in `rewritten`.
    struct Span {
        var start: Int
        var end: Int
        var isRewritten: Bool
    }

    let source: UnsafeBufferPointer<UInt8>
    let rewritten = RewriteBuffer()
    var spans: [Span] = []

    init(source: UnsafeBufferPointer<UInt8>) {
        self.source = source
        spans.reserveCapacity(64)
    }

    /// Number of fields.
    public var count: Int { spans.count }

    /// The bytes of field `index` (unquoted).
    public func bytes(of index: Int) -> UnsafeBufferPointer<UInt8> { bytes(of: spans[index]) }

    func bytes(of span: Span) -> UnsafeBufferPointer<UInt8> {
        span.isRewritten
            ? UnsafeBufferPointer(start: rewritten.base + span.start, count: span.end - span.start)
            : UnsafeBufferPointer(rebasing: source[span.start..<span.end])
    }

    /// The bytes of field `index` without leading and trailing ASCII spaces and tabs.
    public func trimmedBytes(of index: Int) -> UnsafeBufferPointer<UInt8> {
        let field = bytes(of: index)
        var start = 0, end = field.count
        while start < end, field[start] == 0x20 || field[start] == 0x09 { start += 1 }
        while end > start, field[end - 1] == 0x20 || field[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: field[start..<end])
    }

    /// Field `index` without leading and trailing ASCII spaces and tabs.
    public subscript(index: Int) -> String {
        String(decoding: trimmedBytes(of: index), as: UTF8.self)
    }

    /// Growable bytes for rewritten fields, reused record after record.
    final class RewriteBuffer {
        private(set) var base: UnsafeMutablePointer<UInt8>
        private var capacity = 1_024
        var count = 0

        init() { base = .allocate(capacity: capacity) }
        deinit { base.deallocate() }

        func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            reserve(bytes.count)
            if let start = bytes.baseAddress { (base + count).update(from: start, count: bytes.count) }
            count += bytes.count
        }

        func append(_ byte: UInt8) {
            reserve(1)
            base[count] = byte
            count += 1
        }

        private func reserve(_ extra: Int) {
            guard count + extra > capacity else { return }
            while count + extra > capacity { capacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: base, count: count)
            base.deallocate()
            base = grown
        }
    }
}
