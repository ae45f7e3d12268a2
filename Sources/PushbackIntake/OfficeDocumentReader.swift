import Foundation
import PushbackArchive
import PushbackModel
import PushbackXML

/// Text of Office Open XML documents — Word (DOCX) and Excel (XLSX), both zips of XML parts —
/// through `ZipArchive` (bounded inflation, no escaping names) and libxml2 (no entities, no
/// network, bounded depth).
///
/// - DOCX: one page; each paragraph is a line (tab-separated parts as its cells), each table
///   row a line whose cells are its columns (a cell's paragraphs joined by "; "). Word check-box controls read as ☒ or ☐ from
///   their checked state, not from the glyph shown. Line numbers count paragraphs and rows.
/// - XLSX: a page per sheet in workbook order; each row a line numbered by its spreadsheet row,
///   cells in column order (blank cells kept as empty strings). Dates and times are written as
///   ISO `YYYY-MM-DD` and `HH:MM` when the cell's number format is a date or time format.
struct OfficeDocumentReader {
    var limits: ZipArchive.Limits

    enum Kind: String { case docx, xlsx }

    /// Why an Office document cannot be read.
    struct Unreadable: Error { var reason: String }

    /// The kind of Office document a zip holds, or nil when it is another zip.
    static func kind(of archive: ZipArchive) -> Kind? {
        if archive.contains("word/document.xml") { return .docx }
        if archive.contains("xl/workbook.xml") { return .xlsx }
        return nil
    }

    func read(bytes: [UInt8], source: SourceReference) throws(Unreadable) -> DocumentText {
        var archive: ZipArchive
        do { archive = try ZipArchive(data: Data(bytes), limits: limits) } catch { throw Unreadable(reason: "a zip that cannot be read safely: \(error)") }
        guard let kind = Self.kind(of: archive) else {
            throw Unreadable(reason: "a zip archive that is neither a Word (DOCX) nor an Excel (XLSX) document (entries: \(archive.names.prefix(5).joined(separator: ", ")))")
        }
        do {
            switch kind {
            case .docx: return try readWord(&archive, source: source)
            case .xlsx: return try readWorkbook(&archive, source: source)
            }
        } catch let refusal as ZipArchive.Refusal {
            throw Unreadable(reason: "\(kind == .docx ? "Word" : "Excel") document: \(refusal)")
        } catch let error as XMLError {
            throw Unreadable(reason: "\(kind == .docx ? "Word" : "Excel") document part \(error.source) is not well-formed XML: \(error.message)\(error.line.map { " (line \($0))" } ?? "")")
        } catch let error as Unreadable {
            throw error
        } catch {
            throw Unreadable(reason: "\(error)")
        }
    }

    /// Parses one part of the package.
    private func part(_ name: String, of archive: inout ZipArchive) throws -> XMLElement {
        let data = try archive.data(of: name)
        guard let root = try XMLDocument(data: data, source: name).rootElement else { throw Unreadable(reason: "\(name) has no root element") }
        return root
    }

    // MARK: - Word

    private func readWord(_ archive: inout ZipArchive, source: SourceReference) throws -> DocumentText {
        let document = try part("word/document.xml", of: &archive)
        guard let body = document.first("body") else { throw Unreadable(reason: "word/document.xml has no body") }
        var lines: [DocumentText.Line] = []
        func add(_ text: String, cells: [String]? = nil) {
            let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            if !collapsed.isEmpty { lines.append(.plain(collapsed, number: lines.count + 1, cells: cells)) }
        }
        func block(_ element: XMLElement) {
            switch element.name {
            case "p":
                // Tabs lay out label–value pairs on one line ("Date: 11/20/2026<tab>Start: 07:00"): they separate cells.
                for line in Self.paragraphLines(element) {
                    let parts = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    add(parts.joined(separator: " | "), cells: parts.count > 1 ? parts : nil)
                }
            case "tbl":
                for row in element.elements("tr") {
                    let cells = row.elements("tc").map { cell in
                        cell.elements().flatMap { Self.blockText($0) }.filter { !$0.isEmpty }.joined(separator: "; ")
                    }
                    if cells.contains(where: { !$0.isEmpty }) { add(cells.filter { !$0.isEmpty }.joined(separator: " | "), cells: cells) }
                }
            case "sdt": element.first("sdtContent")?.elements().forEach(block)
            default: break
            }
        }
        body.elements().forEach(block)
        return DocumentText(source: source, pages: [.init(number: 1, lines: lines, method: .docx, ocrConfidence: nil, engine: nil)], unreadPages: [])
    }

    /// The text of a block (paragraph, nested table, content control) as lines.
    private static func blockText(_ element: XMLElement) -> [String] {
        switch element.name {
        case "p": paragraphLines(element).map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
        case "tbl": element.elements("tr").map { row in row.elements("tc").flatMap { $0.elements().flatMap(blockText) }.joined(separator: " | ") }
        case "sdt": element.first("sdtContent")?.elements().flatMap(blockText) ?? []
        default: []
        }
    }

    /// A paragraph's text, split at explicit line breaks.
    private static func paragraphLines(_ paragraph: XMLElement) -> [String] {
        var lines = [""]
        func inline(_ element: XMLElement) {
            switch element.name {
            case "t": lines[lines.count - 1] += element.text
            case "tab": lines[lines.count - 1] += "\t"
            case "br", "cr": lines.append("")
            case "noBreakHyphen": lines[lines.count - 1] += "-"
            case "sym": lines[lines.count - 1] += element.attribute("char").flatMap { UInt32($0, radix: 16) }.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
            case "sdt":
                if let box = element.first("sdtPr")?.first("checkbox") {
                    let state = box.first("checked")?.attribute("val") ?? "0"
                    lines[lines.count - 1] += state == "1" || state == "true" ? "☒" : "☐"
                } else {
                    element.first("sdtContent")?.elements().forEach(inline)
                }
            // Deleted text (`delText`), field codes (`instrText`) and drawings are not text.
            case "delText", "instrText", "drawing", "pict", "rPr", "pPr": break
            default: element.elements().forEach(inline)
            }
        }
        paragraph.elements().forEach(inline)
        return lines
    }

    // MARK: - Excel

    private func readWorkbook(_ archive: inout ZipArchive, source: SourceReference) throws -> DocumentText {
        let workbook = try part("xl/workbook.xml", of: &archive)
        let uses1904 = ["1", "true"].contains(workbook.first("workbookPr")?.attribute("date1904") ?? "0")
        var targets: [String: String] = [:]
        if archive.contains("xl/_rels/workbook.xml.rels") {
            for relationship in try part("xl/_rels/workbook.xml.rels", of: &archive).elements("Relationship") {
                if let id = relationship.attribute("Id"), let target = relationship.attribute("Target") { targets[id] = Self.resolve(target, from: "xl/") }
            }
        }
        let strings = archive.contains("xl/sharedStrings.xml") ? try part("xl/sharedStrings.xml", of: &archive).elements("si").map(Self.richText) : []
        let formats = archive.contains("xl/styles.xml") ? Self.cellFormats(try part("xl/styles.xml", of: &archive)) : []
        var pages: [DocumentText.Page] = []
        var unread: [(page: Int, reason: String)] = []
        let sheets = workbook.first("sheets")?.elements("sheet") ?? []
        for (index, sheet) in sheets.enumerated() {
            let name = sheet.attribute("name") ?? "Sheet\(index + 1)"
            guard let id = sheet.attribute("id"), let path = targets[id] ?? Optional("xl/worksheets/sheet\(index + 1).xml"), archive.contains(path) else {
                unread.append((index + 1, "sheet \"\(name)\": its part is missing from the workbook"))
                continue
            }
            let worksheet = try part(path, of: &archive)
            var lines: [DocumentText.Line] = []
            for row in worksheet.first("sheetData")?.elements("row") ?? [] {
                var cells: [String] = []
                for cell in row.elements("c") {
                    let column = cell.attribute("r").map(Self.columnIndex) ?? cells.count
                    while cells.count < column { cells.append("") }
                    cells.append(Self.display(cell, strings: strings, formats: formats, uses1904: uses1904))
                }
                while cells.last == "" { cells.removeLast() }
                guard !cells.isEmpty, let number = row.attribute("r").flatMap(Int.init) ?? Optional(lines.count + 1) else { continue }
                lines.append(.plain(cells.filter { !$0.isEmpty }.joined(separator: " | "), number: number, cells: cells))
            }
            pages.append(.init(number: index + 1, lines: lines, method: .xlsx, ocrConfidence: nil, engine: "sheet \(name)"))
        }
        return DocumentText(source: source, pages: pages, unreadPages: unread)
    }

    /// A relationship target as a path from the package root (`/xl/a.xml` or `worksheets/a.xml`
    /// relative to `base`), with `..` resolved inside the package only.
    static func resolve(_ target: String, from base: String) -> String {
        var parts = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// 0-based column of a cell reference (`C12` → 2).
    static func columnIndex(_ reference: String) -> Int {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            index = index * 26 + Int(scalar.value - 64)
        }
        return max(index - 1, 0)
    }

    /// Text of a shared or inline string (rich-text runs joined, phonetic runs left out).
    private static func richText(_ item: XMLElement) -> String {
        if let plain = item.elements("t").first { return plain.text }
        return item.elements("r").map { $0.elements("t").map(\.text).joined() }.joined()
    }

    /// How a cell style shows numbers: as a date, a time, a date and time, with fixed decimals, or as is.
    enum NumberStyle: Equatable { case general, date, time, dateTime, decimals(Int) }

    /// The number style of each cell format (`cellXfs`), by index.
    static func cellFormats(_ styles: XMLElement) -> [NumberStyle] {
        var custom: [Int: String] = [:]
        for format in styles.first("numFmts")?.elements("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap(Int.init) { custom[id] = format.attribute("formatCode") ?? "" }
        }
        return (styles.first("cellXfs")?.elements("xf") ?? []).map { format in
            let id = format.attribute("numFmtId").flatMap(Int.init) ?? 0
            if let code = custom[id] { return style(ofFormatCode: code) }
            switch id {
            case 14...17: return .date
            case 18...21, 45...47: return .time
            case 22: return .dateTime
            case 2, 4, 10: return .decimals(2)
            default: return .general
            }
        }
    }

    /// Reads a custom format code: quoted text, escapes and `[…]` sections are ignored; `d` or `y`
    /// means a date, `h` or `s` a time; `0.00` fixed decimals.
    static func style(ofFormatCode code: String) -> NumberStyle {
        var plain = ""
        var quoted = false, bracketed = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": bracketed = true
            case "]": bracketed = false
            default: if !quoted && !bracketed { plain.append(character) }
            }
        }
        let section = plain.split(separator: ";").first.map(String.init) ?? plain
        let hasDate = section.contains("d") || section.contains("y")
        let hasTime = section.contains("h") || section.contains("s")
        if hasDate && hasTime { return .dateTime }
        if hasDate { return .date }
        if hasTime { return .time }
        if let dot = section.firstIndex(of: ".") {
            return .decimals(section[section.index(after: dot)...].prefix { $0 == "0" || $0 == "#" }.count)
        }
        return .general
    }

    /// What the cell shows.
    private static func display(_ cell: XMLElement, strings: [String], formats: [NumberStyle], uses1904: Bool) -> String {
        let value = cell.elements("v").first?.text ?? ""
        switch cell.attribute("t") ?? "n" {
        case "s": return Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "inlineStr": return cell.elements("is").first.map(richText) ?? ""
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "str", "e": return value
        default:
            guard let number = Double(value) else { return value }
            let style = cell.attribute("s").flatMap(Int.init).flatMap { formats.indices.contains($0) ? formats[$0] : nil } ?? .general
            return format(number, style: style, uses1904: uses1904)
        }
    }

    /// A number as the style shows it; dates from Excel serials (1900 or 1904 system) in ISO form.
    static func format(_ number: Double, style: NumberStyle, uses1904: Bool) -> String {
        func date(_ serial: Double) -> String {
            // Day 0 of the 1900 system is 1899-12-30 once Excel's fictitious 1900-02-29 is skipped.
            let days = Int(serial.rounded(.down)) + (uses1904 ? 1_462 : 0)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let epoch = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
            let components = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: days, to: epoch)!)
            return String(format: "%04d-%02d-%02d", components.year!, components.month!, components.day!)
        }
        func time(_ serial: Double) -> String {
            let minutes = Int((serial - serial.rounded(.down)) * 1_440 + 0.5) % 1_440
            return String(format: "%02d:%02d", minutes / 60, minutes % 60)
        }
        switch style {
        case .date: return date(number)
        case .time: return time(number)
        case .dateTime: return date(number) + " " + time(number)
        case .decimals(let places): return String(format: "%.\(places)f", number)
        case .general:
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        }
    }
}
