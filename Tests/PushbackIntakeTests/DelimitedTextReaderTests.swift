import PushbackIntake
import TestSupport
import Testing

@Suite("Delimited text reader")
struct DelimitedTextReaderTests {
    func read(_ text: String, delimiter: Character = ",") -> (records: [DelimitedRecord], anomalies: [DelimitedTextReader.Anomaly]) {
        DelimitedTextReader(bytes: Array(text.utf8), delimiter: delimiter.asciiValue!).read()
    }

    @Test("quoted fields keep delimiters, doubled quotes and newlines; lines are physical")
    func quotedFields() {
        let (records, anomalies) = read("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"line one\nline two\",z\n3,,\n")
        #expect(anomalies.isEmpty)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "line one\nline two", "z"], ["3", "", ""]])
        #expect(records.map(\.firstLine) == [1, 2, 3, 5])
        #expect(records.map(\.lastLine) == [1, 2, 4, 5])
        #expect(records.allSatisfy { $0.swallowedBlock == nil })
    }

    @Test("CRLF line ends are removed, blank lines skipped, a last line without newline kept")
    func lineEnds() {
        let (records, _) = read("a,b\r\n1,2\r\n\r\n3,4")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(records.last?.firstLine == 4)
    }

    @Test("a stray quote that swallows tab-delimited lines is detected with its line range")
    func swallowedBlock() throws {
        let text = "id,name,city\n1,\"Virtual\"\" Pre\tA\tB\tC\n2\tSchool Two\tX\tY\tZ\n3\tSchool Three\tX\tY\tZ\n4\tFour \"Mick\tX\tY\tZ\",Town\n5,Next,Town\n"
        let (records, _) = read(text)
        let swallowing = try #require(records.first { $0.swallowedBlock != nil })
        #expect(swallowing.firstLine == 2)
        #expect(swallowing.lastLine == 5)
        #expect(swallowing.swallowedBlock?.fieldIndex == 1)
        #expect(swallowing.swallowedBlock?.swallowedLines == 3)
        #expect(swallowing.swallowedBlock?.foreignDelimitedLines == 2, "line 5 closes the quote early, at \"Mick")
        #expect(records.last?.fields == ["5", "Next", "Town"])
        #expect(records.last?.firstLine == 6)
    }

    @Test("a quote that never closes is an anomaly naming where it opened")
    func unterminatedQuote() {
        let (records, anomalies) = read("a,b\n1,\"open\n2,x\n3,y\n")
        #expect(anomalies.count == 1)
        #expect(anomalies.first?.firstLine == 2)
        #expect(anomalies.first?.lastLine == 5)
        #expect(records.count == 2)
    }

    @Test("a legitimate multi-line address is not mistaken for a swallowed block")
    func multilineAddressIsFine() {
        let (records, _) = read("id,address\n1,\"100 Main St\nSuite 4\nBakersfield, CA\"\n")
        #expect(records.count == 2)
        #expect(records[1].swallowedBlock == nil)
    }
}

@Suite("Source text decoding")
struct SourceTextTests {
    @Test("a UTF-8 byte-order mark is removed and noted")
    func bom() {
        let text = SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("Well API,x".utf8))
        #expect(text.encoding == .utf8WithBOM)
        #expect(String(decoding: text.bytes, as: UTF8.self) == "Well API,x")
    }

    @Test("bytes that are not UTF-8 are read as Windows-1252, not dropped")
    func latin1() {
        let text = SourceText(bytes: [0x43, 0x61, 0xF1, 0x6F, 0x6E, 0x20, 0x93, 0x41, 0x94])
        #expect(text.encoding == .windows1252)
        #expect(String(decoding: text.bytes, as: UTF8.self) == "Cañon \u{201C}A\u{201D}")
    }
}

@Suite("Delimited text reader against a copying reader")
struct DelimitedTextReaderDifferentialTests {
    @Test("fields written differently from their values (doubled quotes, CRLF inside quotes, text after a closing quote) read as a copying reader reads them")
    func rewrittenFields() {
        var generator = SeededGenerator(seed: 4180)
        let pieces = ["a", "b c", "\"\"", "\r", "\r\n", "\n", ",", "\t", "x\"y", "é"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                var record: [String] = []
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    let body = (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                    switch Int.random(in: 0...2, using: &generator) {
                    case 0: record.append(body.filter { $0 != "," && $0 != "\n" && $0 != "\"" && $0 != "\r\n" })
                    case 1: record.append("\"" + body + "\"")
                    default: record.append("\"" + body + "\"" + ["z", "\r", ""].randomElement(using: &generator)!)
                    }
                }
                text += record.joined(separator: ",") + ["\n", "\r\n"].randomElement(using: &generator)!
            }
            let (records, _) = DelimitedTextReader(bytes: Array(text.utf8)).read()
            let expected = Self.copyingRead(Array(text.utf8))
            #expect(records.map(\.fields) == expected.map(\.fields), "\(text.debugDescription)")
            #expect(records.map(\.firstLine) == expected.map(\.firstLine), "\(text.debugDescription)")
        }
    }

    /// The reader as it was before fields became spans of the source: every field's bytes
    /// copied one by one. The oracle for `rewrittenFields`.
    static func copyingRead(_ bytes: [UInt8]) -> [(fields: [String], firstLine: Int)] {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), comma = UInt8(ascii: ",")
        var records: [(fields: [String], firstLine: Int)] = []
        var index = 0, line = 1
        while index < bytes.count {
            var fields: [[UInt8]] = []
            var cell: [UInt8] = []
            let firstLine = line
            var ended = false
            while !ended {
                if index < bytes.count, bytes[index] == quote {
                    index += 1
                    while index < bytes.count {
                        if bytes[index] == quote {
                            if index + 1 < bytes.count, bytes[index + 1] == quote { cell.append(quote); index += 2; continue }
                            index += 1
                            break
                        }
                        if bytes[index] == newline {
                            line += 1
                            if cell.last == carriageReturn { cell.removeLast() }
                        }
                        cell.append(bytes[index])
                        index += 1
                    }
                }
                while index < bytes.count, bytes[index] != comma, bytes[index] != newline {
                    cell.append(bytes[index])
                    index += 1
                }
                if index < bytes.count, bytes[index] == comma {
                    fields.append(cell)
                    cell = []
                    index += 1
                    continue
                }
                if cell.last == carriageReturn { cell.removeLast() }
                fields.append(cell)
                ended = true
                if index < bytes.count { index += 1; line += 1 }
            }
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append((fields.map { String(decoding: $0, as: UTF8.self) }, firstLine))
            }
        }
        return records
    }
}
