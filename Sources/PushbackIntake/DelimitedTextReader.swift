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
        let delimiter = self.delimiter
        let foreign = delimiter == Self.comma ? Self.tab : Self.comma
        let count = bytes.count
        var anomalies: [Anomaly] = []
        var view = DelimitedRecordView()
        view.cells.reserveCapacity(1_024)
        view.ends.reserveCapacity(64)
        var line = startLine
        var index = start

        while index < count {
            guard index < stop else { break }
            // One record.
            view.cells.removeAll(keepingCapacity: true)
            view.ends.removeAll(keepingCapacity: true)
            view.swallowedBlock = nil
            view.firstLine = line
            let recordStart = index
            var fieldStart = 0
            var ended = false
            while !ended {
                if index < count, bytes[index] == Self.quote {
                    // Quoted field: read to the closing quote.
                    let quotedFieldStartLine = line
                    var embeddedLines = 0, foreignLines = 0, foreignOnLine = 0
                    index += 1
                    var closed = false
                    while index < count {
                        let inner = bytes[index]
                        if inner == Self.quote {
                            if index + 1 < count, bytes[index + 1] == Self.quote {
                                view.cells.append(Self.quote)
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
                            if view.cells.count > fieldStart, view.cells.last == Self.carriageReturn { view.cells.removeLast() }
                        } else if inner == foreign {
                            foreignOnLine += 1
                        }
                        view.cells.append(inner)
                        index += 1
                    }
                    if foreignOnLine >= Self.foreignDelimiterThreshold, embeddedLines > 0 { foreignLines += 1 }
                    if foreignLines >= 2, view.swallowedBlock == nil {
                        // The field's text up to its first tab or newline, as a reader would recognize it.
                        let field = view.cells[fieldStart...]
                        let opening = String(decoding: field.prefix(40).prefix { $0 != Self.tab && $0 != Self.newline }, as: UTF8.self)
                        view.swallowedBlock = .init(fieldIndex: view.ends.count, swallowedLines: embeddedLines, foreignDelimitedLines: foreignLines, opening: opening)
                    }
                    if !closed {
                        anomalies.append(Anomaly(
                            firstLine: quotedFieldStartLine, lastLine: line,
                            reason: "a quote opened on line \(quotedFieldStartLine) never closes; lines \(quotedFieldStartLine)–\(line) are one unterminated field"
                        ))
                        view.ends.append(view.cells.count)
                        view.lastLine = line
                        view.byteRange = recordStart..<Self.trimmedEnd(bytes, recordStart, count)
                        body(view)
                        return ScanEnd(offset: count, line: line, anomalies: anomalies)
                    }
                    // Text after a closing quote up to the delimiter is kept (lenient, like Python's csv).
                }
                // Unquoted text (or the rest after a closing quote) up to a delimiter or line end.
                let textStart = index
                while index < count {
                    let byte = bytes[index]
                    if byte == delimiter || byte == Self.newline { break }
                    index += 1
                }
                if index > textStart { view.cells.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[textStart..<index])) }
                if index < count, bytes[index] == delimiter {
                    view.ends.append(view.cells.count)
                    fieldStart = view.cells.count
                    index += 1
                    continue
                }
                // Line end (or end of text): the record ends.
                if view.cells.count > fieldStart, view.cells.last == Self.carriageReturn { view.cells.removeLast() }
                view.ends.append(view.cells.count)
                view.lastLine = line
                view.byteRange = recordStart..<Self.trimmedEnd(bytes, recordStart, index)
                ended = true
                if index < count {
                    index += 1
                    line += 1
                }
            }
            let isBlank = view.ends.count == 1 && view.cells.isEmpty
            if !isBlank { body(view) }
        }
        return ScanEnd(offset: min(index, count), line: line, anomalies: anomalies)
    }

    /// `end` without a trailing carriage return, never before `start`.
    private static func trimmedEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        end > start && bytes[end - 1] == carriageReturn ? end - 1 : end
    }
}
