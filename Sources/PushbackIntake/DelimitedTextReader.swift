/// Reads RFC 4180-style delimited text (CSV, TSV) from UTF-8 bytes, record by record, keeping
/// physical line numbers, and noticing what a strict reader would silently swallow: a quoted
/// field that runs on over lines that are themselves records, or a quote that never closes.
///
/// Lenient where real exports are sloppy (a quote inside an unquoted field is kept as text;
/// `\r\n` and `\n` both end a line), strict about reporting it.
public struct DelimitedTextReader: Sendable {
    /// A problem the reader saw that is not a single record's fault.
    public struct Anomaly: Sendable, Equatable {
        public var firstLine: Int
        public var lastLine: Int
        public var reason: String
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

    /// Every record in file order, and anomalies (such as a quote left open at the end).
    public func read() -> (records: [DelimitedRecord], anomalies: [Anomaly]) {
        var records: [DelimitedRecord] = []
        var anomalies: [Anomaly] = []
        let foreign = delimiter == Self.comma ? Self.tab : Self.comma
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordStart = 1
        var recordStartByte = 0
        var index = 0
        let count = bytes.count

        // State of the current quoted field.
        var quotedFieldStartLine = 0
        var embeddedLines = 0
        var foreignLines = 0
        var foreignOnLine = 0
        var swallowed: DelimitedRecord.SwallowedBlock?

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord(lastLine: Int, endByte: Int) {
            endField()
            let isBlank = fields.count == 1 && fields[0].isEmpty
            if !isBlank {
                var end = max(endByte, recordStartByte)
                if end > recordStartByte, bytes[end - 1] == Self.carriageReturn { end -= 1 }
                records.append(DelimitedRecord(fields: fields, firstLine: recordStart, lastLine: lastLine, byteRange: recordStartByte..<end, swallowedBlock: swallowed))
            }
            fields.removeAll(keepingCapacity: true)
            swallowed = nil
        }

        while index < count {
            let byte = bytes[index]
            if byte == Self.quote && field.isEmpty {
                // Quoted field: read to the closing quote.
                quotedFieldStartLine = line
                embeddedLines = 0
                foreignLines = 0
                foreignOnLine = 0
                index += 1
                var closed = false
                while index < count {
                    let inner = bytes[index]
                    if inner == Self.quote {
                        if index + 1 < count, bytes[index + 1] == Self.quote {
                            field.append(Self.quote)
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
                        if field.last == Self.carriageReturn { field.removeLast() }
                    } else if inner == foreign {
                        foreignOnLine += 1
                    }
                    field.append(inner)
                    index += 1
                }
                if foreignOnLine >= Self.foreignDelimiterThreshold, embeddedLines > 0 { foreignLines += 1 }
                if foreignLines >= 2, swallowed == nil {
                    // The field's text up to its first tab or newline, as a reader would recognize it.
                    let opening = String(decoding: field.prefix(40).prefix { $0 != Self.tab && $0 != Self.newline }, as: UTF8.self)
                    swallowed = .init(fieldIndex: fields.count, swallowedLines: embeddedLines, foreignDelimitedLines: foreignLines, opening: opening)
                }
                if !closed {
                    anomalies.append(Anomaly(
                        firstLine: quotedFieldStartLine, lastLine: line,
                        reason: "a quote opened on line \(quotedFieldStartLine) never closes; lines \(quotedFieldStartLine)–\(line) are one unterminated field"
                    ))
                    endRecord(lastLine: line, endByte: count)
                    return (records, anomalies)
                }
                // Text after a closing quote up to the delimiter is kept (lenient, like Python's csv).
                continue
            }
            if byte == delimiter {
                endField()
                index += 1
                continue
            }
            if byte == Self.newline {
                if field.last == Self.carriageReturn { field.removeLast() }
                endRecord(lastLine: line, endByte: index)
                line += 1
                recordStart = line
                index += 1
                recordStartByte = index
                continue
            }
            field.append(byte)
            index += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            if field.last == Self.carriageReturn { field.removeLast() }
            endRecord(lastLine: line, endByte: count)
        }
        return (records, anomalies)
    }
}
