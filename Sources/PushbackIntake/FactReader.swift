import Foundation
import PushbackModel

/// Helpers extractors share: find labelled values on lines (to the right of a label, or below it
/// in the same column), and turn what was found into facts with full provenance.
struct FactReader {
    let document: DocumentText
    let extractor: String

    /// A value found in the document, before normalization.
    struct Hit {
        var page: Int
        var line: DocumentText.Line
        var text: String
        var tokens: [DocumentText.Token]
    }

    // MARK: - Finding

    /// Lines matching `pattern` (case-insensitive regular expression), with the first capture
    /// group (or the whole match) as the value.
    func matches(_ pattern: String) -> [Hit] {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
        var hits: [Hit] = []
        for (page, line) in document.allLines {
            let range = NSRange(line.text.startIndex..., in: line.text)
            for match in expression.matches(in: line.text, range: range) {
                let group = match.numberOfRanges > 1 && match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range
                guard let swiftRange = Range(group, in: line.text) else { continue }
                let value = String(line.text[swiftRange]).trimmingCharacters(in: .whitespaces)
                hits.append(Hit(page: page, line: line, text: value, tokens: tokens(of: value, in: line)))
            }
        }
        return hits
    }

    /// The first match of `pattern`.
    func first(_ pattern: String) -> Hit? { matches(pattern).first }

    /// The value printed below a label in a form's grid: the label line is found by `label`, and
    /// the value is the first text on a following line (within `lookahead` lines) that overlaps
    /// the label's horizontal extent and matches `value` (whose first capture group, if any, is
    /// the value kept).
    func below(_ label: String, value: String = #"\S.*"#, lookahead: Int = 4, widen: Double = 30) -> Hit? {
        guard let labelExpression = try? NSRegularExpression(pattern: label, options: [.caseInsensitive]),
              let valueExpression = try? NSRegularExpression(pattern: "^(?:\(value))$", options: [.caseInsensitive])
        else { return nil }
        for page in document.pages {
            for (index, line) in page.lines.enumerated() {
                let range = NSRange(line.text.startIndex..., in: line.text)
                guard let match = labelExpression.firstMatch(in: line.text, range: range), let labelRange = Range(match.range, in: line.text) else { continue }
                let labelTokens = tokens(of: String(line.text[labelRange]), in: line)
                guard let left = labelTokens.first?.left, let right = labelTokens.last?.right else { continue }
                for next in page.lines.dropFirst(index + 1).prefix(lookahead) {
                    for column in Self.candidateColumns(under: left...right, of: line, in: next, widen: widen) {
                        let text = column.map(\.text).joined(separator: " ")
                        guard let match = valueExpression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { continue }
                        guard match.numberOfRanges > 1, let group = Range(match.range(at: 1), in: text) else {
                            return Hit(page: page.number, line: next, text: text, tokens: column)
                        }
                        let value = String(text[group])
                        return Hit(page: page.number, line: next, text: value, tokens: tokens(of: value, in: next))
                    }
                }
            }
        }
        return nil
    }

    /// The tokens of `next` that may be the value printed under a label spanning `label` on
    /// `line`, in the order to try them: the column groups overlapping the label (widened); the
    /// groups whose centre is nearest the label's cell; the groups starting between the label's
    /// left edge and the next label's (forms print values right of their caption).
    static func candidateColumns(under label: ClosedRange<Double>, of line: DocumentText.Line, in next: DocumentText.Line, widen: Double) -> [[DocumentText.Token]] {
        guard let valueBounds = next.cellBounds else {
            return [next.tokens.filter { $0.right >= label.lowerBound - widen && $0.left <= label.upperBound + widen }].filter { !$0.isEmpty }
        }
        func tokens(in bounds: [ClosedRange<Double>]) -> [DocumentText.Token] {
            bounds.flatMap { bound in next.tokens.filter { $0.left >= bound.lowerBound - 0.01 && $0.right <= bound.upperBound + 0.01 } }
        }
        var candidates = [tokens(in: valueBounds.filter { $0.upperBound >= label.lowerBound - widen && $0.lowerBound <= label.upperBound + widen })]
        if let labelBounds = line.cellBounds, labelBounds.count > 1,
           let own = labelBounds.firstIndex(where: { $0.lowerBound <= label.lowerBound + 0.01 && $0.upperBound >= label.lowerBound - 0.01 }) {
            func centre(_ bound: ClosedRange<Double>) -> Double { (bound.lowerBound + bound.upperBound) / 2 }
            candidates.append(tokens(in: valueBounds.filter { bound in
                labelBounds.indices.min { abs(centre(labelBounds[$0]) - centre(bound)) < abs(centre(labelBounds[$1]) - centre(bound)) } == own
            }))
            let nextLabel = own + 1 < labelBounds.count ? labelBounds[own + 1].lowerBound : .infinity
            candidates.append(tokens(in: valueBounds.filter { $0.lowerBound >= labelBounds[own].lowerBound - 0.01 && $0.lowerBound < nextLabel }))
        }
        var seen: [[DocumentText.Token]] = []
        for candidate in candidates where !candidate.isEmpty && !seen.contains(candidate) { seen.append(candidate) }
        return seen
    }

    /// In a Markdown/HTML table, the cell after the cell matching `label`.
    func cellAfter(_ label: String) -> Hit? {
        guard let expression = try? NSRegularExpression(pattern: "^(?:\(label))$", options: [.caseInsensitive]) else { return nil }
        for (page, line) in document.allLines {
            guard let cells = line.cells else { continue }
            for (index, cell) in cells.enumerated().dropLast() where expression.firstMatch(in: cell, range: NSRange(cell.startIndex..., in: cell)) != nil {
                let value = cells[index + 1]
                guard !value.isEmpty else { continue }
                return Hit(page: page, line: line, text: value, tokens: tokens(of: value, in: line))
            }
        }
        return nil
    }

    /// The value of a labelled field in a table or on a laid-out line, wherever the form put it:
    /// in the label's own cell (`9. Well No. A 3H`), in the next cell (`| LEASE NAME | LUTHER |`),
    /// or in the same column of the next row (a row of labels over a row of values). Item
    /// numbers (`14.`) before the label are ignored; `anywhere` lets the label end a longer cell.
    /// `value` must match the whole value; its first capture group, if any, is the value kept.
    /// Every reading in document order; a label found with nothing after it yields an empty hit,
    /// so a blank field is recorded as blank rather than missing.
    func labelled(_ label: String, value: String = #".+"#, anywhere: Bool = false) -> [Hit] {
        let prefix = anywhere ? #"^.*?\b"# : #"^(?:\d{1,2}[a-z]?\.\s*)?"#
        guard let inCell = try? NSRegularExpression(pattern: prefix + "(?:\(label))(?![A-Za-z])\\s*[:\\-]?\\s*(.*)$", options: [.caseInsensitive]),
              let valueExpression = try? NSRegularExpression(pattern: "^(?:\(value))$", options: [.caseInsensitive])
        else { return [] }
        func accept(_ text: String) -> String? {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let match = valueExpression.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) else { return nil }
            let group = match.numberOfRanges > 1 && match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range
            return Range(group, in: trimmed).map { String(trimmed[$0]) }
        }
        var hits: [Hit] = []
        for page in document.pages {
            for (index, line) in page.lines.enumerated() {
                guard let cells = line.cells else { continue }
                for (column, cell) in cells.enumerated() {
                    guard let match = inCell.firstMatch(in: cell, range: NSRange(cell.startIndex..., in: cell)),
                          let restRange = Range(match.range(at: 1), in: cell) else { continue }
                    let rest = String(cell[restRange])
                    var found: (String, DocumentText.Line)?
                    if !rest.isEmpty {
                        found = accept(rest).map { ($0, line) }
                    } else if column + 1 < cells.count, !cells[column + 1].isEmpty, !Self.looksLikeLabel(cells[column + 1]), let value = accept(cells[column + 1]) {
                        found = (value, line)
                    } else if line.cellBounds == nil, index + 1 < page.lines.count, let below = page.lines[index + 1].cells, column < below.count, let value = accept(below[column]) {
                        // Only in real tables: a laid-out page's column groups do not line up by index.
                        found = (value, page.lines[index + 1])
                    }
                    if let (text, valueLine) = found {
                        hits.append(Hit(page: page.number, line: valueLine, text: text, tokens: tokens(of: text, in: valueLine)))
                    } else if rest.isEmpty {
                        hits.append(Hit(page: page.number, line: line, text: "", tokens: []))
                    }
                }
            }
        }
        return hits
    }

    /// A table cell that is another field's label, not a value: a numbered item (`2. LEASE NAME`)
    /// or a caption ending in `No.` or a colon.
    static func looksLikeLabel(_ cell: String) -> Bool {
        cell.range(of: #"^\d{1,2}[a-z]?\.\s+\D|\bNo\.?$|:$"#, options: .regularExpression) != nil
    }

    /// The first non-blank reading of a labelled field, else the blank one.
    func value(_ label: String, value: String = #".+"#, anywhere: Bool = false) -> Hit? {
        let hits = labelled(label, value: value, anywhere: anywhere)
        return hits.first { !$0.text.isEmpty } ?? hits.first
    }

    /// The first reading with a value among several ways of finding a field, else the first
    /// blank one (the field was found but left empty).
    func firstFilled(_ hits: Hit?...) -> Hit? {
        hits.first { $0.map { !$0.text.isEmpty } ?? false } ?? hits.first { $0 != nil } ?? nil
    }

    /// Every distinct statement a document makes under `name` (remarks boxes, dated comments):
    /// several are several things said, not values that contradict each other. A blank box
    /// found, and nothing said, is one blank fact.
    func statements(_ name: String, _ hits: [Hit]) -> [Fact] {
        var said: [Fact] = []
        for hit in hits where !hit.text.isEmpty {
            guard let fact = fact(name, hit, normalize: Normalize.text), !said.contains(where: { $0.raw == fact.raw }) else { continue }
            said.append(fact)
        }
        if said.isEmpty, let blank = hits.first, let fact = fact(name, blank) { return [fact] }
        return said
    }

    /// Facts for a field that may be given more than once (an identifier repeated in a form's
    /// header and body): one fact per distinct normalized value; when they disagree, each says
    /// what else the document gives, so the contradiction is visible instead of resolved silently.
    func facts(_ name: String, _ hits: [Hit], unit: String? = nil, normalize: @escaping (String) throws -> String = { $0 }) -> [Fact] {
        var distinct: [Fact] = []
        for hit in hits where !hit.text.isEmpty {
            guard let fact = fact(name, hit, unit: unit, normalize: normalize) else { continue }
            if !distinct.contains(where: { ($0.normalized ?? $0.raw) == (fact.normalized ?? fact.raw) }) { distinct.append(fact) }
        }
        if distinct.isEmpty, let blank = hits.first, let fact = fact(name, blank, unit: unit, normalize: normalize) { return [fact] }
        guard distinct.count > 1 else { return distinct }
        return distinct.map { fact in
            var fact = fact
            let others = distinct.filter { $0 != fact }.map { "\"\($0.raw)\" (page \($0.evidence.page ?? 1) line \($0.evidence.line ?? 0))" }
            let contradiction = "the document also gives " + others.joined(separator: ", ")
            fact.problem = fact.problem.map { $0 + "; " + contradiction } ?? contradiction
            return fact
        }
    }

    /// A row of a laid-out table: its line and the hits under each named column.
    struct TableRow {
        var page: Int
        var line: DocumentText.Line
        var cells: [String: Hit]
    }

    /// Reads a laid-out table. `title` finds the table's title line; the column headings are the
    /// tokens matched, in left-to-right order, by `columns` on the lines between the title and the
    /// first row; rows are the following lines whose first cell matches `row`, up to a line
    /// matching `end`. Each cell goes to the column whose heading it overlaps most (else nearest).
    func table(title: String, columns: [(name: String, heading: String)], row: String, end: String) -> [TableRow] {
        guard let titleExpression = try? NSRegularExpression(pattern: title, options: [.caseInsensitive]),
              let rowExpression = try? NSRegularExpression(pattern: "^(?:\(row))$", options: [.caseInsensitive]),
              let endExpression = try? NSRegularExpression(pattern: end, options: [.caseInsensitive])
        else { return [] }
        func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
            expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        var rows: [TableRow] = []
        for page in document.pages {
            guard let titleIndex = page.lines.firstIndex(where: { matches(titleExpression, $0.text) }) else { continue }
            let following = page.lines[(titleIndex + 1)...]
            guard let firstRow = following.firstIndex(where: { matches(rowExpression, $0.cells?.first ?? "") }) else { continue }
            // Column headings: tokens matched in order across the heading lines.
            let headingTokens = page.lines[(titleIndex + 1)..<firstRow].flatMap(\.tokens).sorted { $0.left < $1.left }
            var anchors: [(name: String, centre: Double)] = []
            var searchFrom = 0
            for column in columns {
                guard let expression = try? NSRegularExpression(pattern: "^(?:\(column.heading))$"),
                      let found = headingTokens[searchFrom...].firstIndex(where: { matches(expression, $0.text) })
                else { continue }
                anchors.append((column.name, (headingTokens[found].left + headingTokens[found].right) / 2))
                searchFrom = found + 1
            }
            guard !anchors.isEmpty else { continue }
            for line in page.lines[firstRow...] {
                if matches(endExpression, line.text) { break }
                guard let cells = line.cells, let bounds = line.cellBounds, let first = cells.first, matches(rowExpression, first) else { continue }
                var assigned: [String: Hit] = [:]
                for (index, cell) in cells.enumerated() {
                    let centre = (bounds[index].lowerBound + bounds[index].upperBound) / 2
                    guard let column = anchors.min(by: { abs($0.centre - centre) < abs($1.centre - centre) }), assigned[column.name] == nil else { continue }
                    assigned[column.name] = Hit(page: page.number, line: line, text: cell, tokens: line.tokens.filter { $0.left >= bounds[index].lowerBound - 0.01 && $0.right <= bounds[index].upperBound + 0.01 })
                }
                rows.append(TableRow(page: page.number, line: line, cells: assigned))
            }
        }
        return rows
    }

    /// The tokens of `line` that make up `text` (first occurrence of the word sequence).
    private func tokens(of text: String, in line: DocumentText.Line) -> [DocumentText.Token] {
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first else { return [] }
        for start in line.tokens.indices where line.tokens[start].text.contains(first) || first.contains(line.tokens[start].text) {
            let end = min(line.tokens.count, start + words.count)
            return Array(line.tokens[start..<end])
        }
        return []
    }

    // MARK: - Facts

    /// A fact from a hit; `normalize` returns the normalized value or throws a reason.
    func fact(_ name: String, _ hit: Hit?, unit: String? = nil, normalize: (String) throws -> String = { $0 }) -> Fact? {
        guard let hit else { return nil }
        let page = document.pages.first { $0.number == hit.page }
        let confidence = hit.tokens.isEmpty ? (page?.ocrConfidence ?? 1) : hit.tokens.map(\.confidence).min() ?? 1
        var box: Fact.Box?
        if let first = hit.tokens.first, page?.method == .textLayer || page?.method == .ocr {
            // To a hundredth of a unit: finer is noise, and keeps the JSON stable and short.
            func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
            box = Fact.Box(left: rounded(first.left), top: rounded(hit.tokens.map(\.top).min() ?? first.top),
                           right: rounded(hit.tokens.map(\.right).max() ?? first.right), bottom: rounded(hit.tokens.map(\.bottom).max() ?? first.bottom))
        }
        let evidence = Evidence(source: document.source, page: hit.page, line: hit.line.number, field: name, quote: hit.line.text)
        guard !hit.text.isEmpty else {
            return Fact(name: name, raw: "", normalized: nil, unit: unit, evidence: evidence, box: box,
                        method: page?.method ?? .plainText, confidence: confidence, extractor: extractor, problem: "the field is on the form but left blank")
        }
        do {
            return Fact(name: name, raw: hit.text, normalized: try normalize(hit.text), unit: unit, evidence: evidence, box: box,
                        method: page?.method ?? .plainText, confidence: confidence, extractor: extractor)
        } catch {
            return Fact(name: name, raw: hit.text, normalized: nil, unit: unit, evidence: evidence, box: box,
                        method: page?.method ?? .plainText, confidence: confidence, extractor: extractor, problem: "\(error)")
        }
    }

    /// A fact from a form field (an AcroForm value, or a check mark seen on a flattened page).
    func fact(_ name: String, field: DocumentText.FormField, value: String? = nil, normalize: (String) throws -> String = { $0 }) -> Fact {
        let raw = value ?? field.value
        let evidence = Evidence(source: document.source, page: field.page, field: field.name, quote: field.value)
        guard !raw.isEmpty else {
            return Fact(name: name, raw: "", normalized: nil, evidence: evidence, method: field.method, confidence: field.confidence,
                        extractor: extractor, problem: "the field is on the form but left blank")
        }
        do {
            return Fact(name: name, raw: raw, normalized: try normalize(raw), evidence: evidence, method: field.method, confidence: field.confidence, extractor: extractor)
        } catch {
            return Fact(name: name, raw: raw, normalized: nil, evidence: evidence, method: field.method, confidence: field.confidence, extractor: extractor, problem: "\(error)")
        }
    }
}

/// Normalizers for extracted values; each throws a reason when the text is not what it should be.
enum Normalize {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// An API number; `assumedState` fills in a missing state code (RRC numbers often omit 42).
    static func api(_ text: String, assumedState: String? = nil) throws -> String {
        try APIWellNumber.parse(text, assumedStateCode: assumedState).normalized
    }

    /// A whole or decimal number (thousands separators allowed).
    static func number(_ text: String) throws -> String {
        let cleaned = text.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
        guard let value = Double(cleaned), value.isFinite else { throw Failure(description: "\"\(text)\" is not a number") }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A size written as a mixed fraction (`11 3/4`, `5 1/2`, `8.625`) in decimal form.
    static func fraction(_ text: String) throws -> String {
        let parts = text.split(separator: " ")
        var total = 0.0
        for part in parts {
            if part.contains("/") {
                let pieces = part.split(separator: "/")
                guard pieces.count == 2, let numerator = Double(pieces[0]), let denominator = Double(pieces[1]), denominator != 0 else {
                    throw Failure(description: "\"\(text)\" is not a size such as 11 3/4")
                }
                total += numerator / denominator
            } else {
                guard let whole = Double(part) else { throw Failure(description: "\"\(text)\" is not a size such as 11 3/4") }
                total += whole
            }
        }
        guard !parts.isEmpty else { throw Failure(description: "empty size") }
        return String(total)
    }

    /// A date in `MM/DD/YYYY`, `M/D/YYYY`, `Mon D, YYYY` or `YYYY-MM-DD` as ISO `YYYY-MM-DD`.
    static func date(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let formats = ["MM/dd/yyyy", "M/d/yyyy", "MMM d, yyyy", "MMMM d, yyyy", "yyyy-MM-dd", "MM-dd-yyyy"]
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "UTC")
        parser.isLenient = false
        let output = DateFormatter()
        output.locale = Locale(identifier: "en_US_POSIX")
        output.timeZone = TimeZone(identifier: "UTC")
        output.dateFormat = "yyyy-MM-dd"
        for format in formats {
            parser.dateFormat = format
            if let date = parser.date(from: trimmed) { return output.string(from: date) }
        }
        throw Failure(description: "\"\(text)\" is not a date in a known format")
    }

    /// Collapses whitespace.
    static func text(_ text: String) throws -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !collapsed.isEmpty else { throw Failure(description: "empty") }
        return collapsed
    }
}
