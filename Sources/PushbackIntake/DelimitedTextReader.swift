/// Reads RFC 4180-style delimited text (CSV, TSV) from UTF-8 bytes, record by record, keeping
/// physical line numbers, and noticing what a strict reader would silently swallow: a quoted
/// field that runs on over lines that are themselves records, or a quote that never closes.
///
/// Lenient where real exports are sloppy (a quote inside an unquoted field is kept as text;
/// `\r\n` and `\n` both end a line), strict about reporting it.
///
/// Large files are read without a string per cell: `scan` hands each record to a closure as a
/// `DelimitedRecordView` over reused buffers, and can start and stop at byte offsets so a file
/// can be read in parallel pieces (see `RegistryReader`).
public struct DelimitedTextReader: Sendable {
    /// A problem the reader saw that is not a single record's fault.
    public struct Anomaly: Sendable, Equatable {
        public var firstLine: Int
        public var lastLine: Int
        public var reason: String
    }

    /// Where a scan stopped: the offset of the first record it did not read (or the end of the
    /// text), that record's line, and anomalies seen.
    public struct ScanEnd: Sendable {
        public var offset: Int
        public var line: Int
        public var anomalies: [Anomaly]
    }

    public let delimiter: UInt8
    private let bytes: [UInt8]

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let tab = UInt8(ascii: "\t")
    private static let comma = UInt8(ascii: ",")
    /// A swallowed line "looks like a record" when it has at least this many foreign delimiters.
    static let foreignDelimiterThreshold = 3

    public init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// Every record in file order as strings, and anomalies (such as a quote left open at the
    /// end). For small files; large ones go through `scan`.
    public func read() -> (records: [DelimitedRecord], anomalies: [Anomaly]) {
        var records: [DelimitedRecord] = []
        let end = scan { view in
            records.append(DelimitedRecord(
                fields: (0..<view.count).map { String(decoding: view.bytes(of: $0), as: UTF8.self) },
                firstLine: view.firstLine, lastLine: view.lastLine, byteRange: view.byteRange, swallowedBlock: view.swallowedBlock
            ))
        }
        return (records, end.anomalies)
    }

    /// Reads records starting at byte `start` (which must begin a record, on physical line
    /// `line`) and stops before the first record that begins at or after `stop`, or at the end
    /// of the text. Blank lines are skipped. A quote left open ends the scan at the end of the
    /// text with an anomaly.
    @discardableResult
    public func scan(from start: Int = 0, line startLine: Int = 1, stoppingAt stop: Int = .max, _ body: (DelimitedRecordView) -> Void) -> ScanEnd {
        bytes.withUnsafeBufferPointer { buffer in
            scan(buffer, from: start, line: startLine, stoppingAt: stop, body)
        }
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line startLine: Int, stoppingAt stop: Int, _ body: (DelimitedRecordView) -> Void) -> ScanEnd {
        typealias Span = DelimitedRecordView.Span
        let delimiter = self.delimiter
        let foreign = delimiter == Self.comma ? Self.tab : Self.comma
        let count = bytes.count
        var anomalies: [Anomaly] = []
        var view = DelimitedRecordView(source: bytes)
        let rewritten = view.rewritten
        var line = startLine
        var index = start

        /// Moves `index` to the next delimiter or line end.
        func skipToFieldEnd() {
            while index < count {
                let byte = bytes[index]
                if byte == delimiter || byte == Self.newline { break }
                index += 1
            }
        }
        /// Copies a source span into the rewrite buffer and returns the copy.
        func rewrite(_ span: Span) -> Span {
            guard !span.isRewritten else { return span }
            let copyStart = rewritten.count
            rewritten.append(UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]))
            return Span(start: copyStart, end: rewritten.count, isRewritten: true)
        }

        while index < count {
            guard index < stop else { break }
            // One record.
            view.spans.removeAll(keepingCapacity: true)
            rewritten.count = 0
            view.swallowedBlock = nil
            view.firstLine = line
            let recordStart = index
            var ended = false
            while !ended {
                var span: Span
                // A carriage return that ended the line after a closing quote, already left out.
                var droppedCarriageReturn = false
                if index < count, bytes[index] == Self.quote {
                    // Quoted field: read to the closing quote.
                    let quotedFieldStartLine = line
                    var embeddedLines = 0, foreignLines = 0, foreignOnLine = 0
                    index += 1
                    span = Span(start: index, end: index, isRewritten: false)
                    var closed = false
                    while index < count {
                        let inner = bytes[index]
                        if inner == Self.quote {
                            if index + 1 < count, bytes[index + 1] == Self.quote {
                                span.end = index
                                span = rewrite(span)
                                rewritten.append(Self.quote)
                                span.end = rewritten.count
                                index += 2
                                continue
                            }
                            closed = true
                            index += 1
                            break
                        }
                        if inner == Self.newline {
                            // Count the line just ended, unless it is the field's own first line.
                            if embeddedLines > 0, foreignOnLine >= Self.foreignDelimiterThreshold { foreignLines += 1 }
                            foreignOnLine = 0
                            embeddedLines += 1
                            line += 1
                            // `\r\n` inside the quotes is kept as `\n`.
                            if !span.isRewritten { span.end = index }
                            if span.end > span.start, span.isRewritten ? rewritten.base[span.end - 1] == Self.carriageReturn : bytes[span.end - 1] == Self.carriageReturn {
                                span.end -= 1
                                span = rewrite(span)
                                rewritten.count = span.end
                            }
                        } else if inner == foreign {
                            foreignOnLine += 1
                        }
                        if span.isRewritten {
                            rewritten.append(inner)
                            span.end = rewritten.count
                        }
                        index += 1
                    }
                    if !span.isRewritten { span.end = closed ? index - 1 : index }
                    if foreignOnLine >= Self.foreignDelimiterThreshold, embeddedLines > 0 { foreignLines += 1 }
                    if foreignLines >= 2, view.swallowedBlock == nil {
                        // The field's text up to its first tab or newline, as a reader would recognize it.
                        let field = view.bytes(of: span)
                        let opening = String(decoding: field.prefix(40).prefix { $0 != Self.tab && $0 != Self.newline }, as: UTF8.self)
                        view.swallowedBlock = .init(fieldIndex: view.spans.count, swallowedLines: embeddedLines, foreignDelimitedLines: foreignLines, opening: opening)
                    }
                    if !closed {
                        anomalies.append(Anomaly(
                            firstLine: quotedFieldStartLine, lastLine: line,
                            reason: "a quote opened on line \(quotedFieldStartLine) never closes; lines \(quotedFieldStartLine)–\(line) are one unterminated field"
                        ))
                        view.spans.append(span)
                        view.lastLine = line
                        view.byteRange = recordStart..<Self.trimmedEnd(bytes, recordStart, count)
                        body(view)
                        return ScanEnd(offset: count, line: line, anomalies: anomalies)
                    }
                    // Text after a closing quote up to the delimiter is kept (lenient, like Python's csv).
                    let textStart = index
                    skipToFieldEnd()
                    var textEnd = index
                    if index == count || bytes[index] == Self.newline, textEnd > textStart, bytes[textEnd - 1] == Self.carriageReturn {
                        textEnd -= 1
                        droppedCarriageReturn = true
                    }
                    if textEnd > textStart {
                        span = rewrite(span)
                        rewritten.append(UnsafeBufferPointer(rebasing: bytes[textStart..<textEnd]))
                        span.end = rewritten.count
                    }
                } else {
                    let textStart = index
                    skipToFieldEnd()
                    span = Span(start: textStart, end: index, isRewritten: false)
                }
                if index < count, bytes[index] == delimiter {
                    view.spans.append(span)
                    index += 1
                    continue
                }
                // Line end (or end of text): the record ends, without the line's carriage return.
                if !droppedCarriageReturn, span.end > span.start, view.bytes(of: span).last == Self.carriageReturn { span.end -= 1 }
                view.spans.append(span)
                view.lastLine = line
                view.byteRange = recordStart..<Self.trimmedEnd(bytes, recordStart, index)
                ended = true
                if index < count {
                    index += 1
                    line += 1
                }
            }
            let isBlank = view.spans.count == 1 && view.spans[0].end == view.spans[0].start
            if !isBlank { body(view) }
        }
        return ScanEnd(offset: min(index, count), line: line, anomalies: anomalies)
    }

    /// `end` without a trailing carriage return, never before `start`.
    private static func trimmedEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        end > start && bytes[end - 1] == carriageReturn ? end - 1 : end
    }
}
