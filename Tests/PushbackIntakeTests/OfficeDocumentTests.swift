import Foundation
@testable import PushbackIntake
import PushbackModel
import Testing
import TestSupport

/// Word and Excel documents read through the zip and libxml2 wrappers, on the sample JSAs.
@Suite("DOCX and XLSX intake")
struct OfficeDocumentTests {
    static func text(_ sample: String, limits: DocumentReader.Limits = .init()) throws -> DocumentText {
        let url = Fixtures.repository("samples/inbox/jsa/" + sample)
        let bytes = [UInt8](try Data(contentsOf: url))
        return try DocumentReader(limits: limits).read(path: url.path, bytes: bytes, source: SourceReference(sha256: "test", path: sample))
    }

    @Test("a Word JSA: header pairs, the steps table row by row with its cells, and a claim in a cell")
    func wordTable() throws {
        let text = try Self.text("jsa-01-workover-mabee-140a-4404.docx")
        #expect(text.pages.count == 1 && text.pages[0].method == .docx)
        let lines = text.pages[0].lines
        #expect(lines.map(\.number) == Array(1...lines.count), "lines numbered by paragraph and row")
        let bleed = try #require(lines.first { $0.text.contains("Bled csg to 0 psi @ 08:10") })
        let cells = try #require(bleed.cells)
        #expect(cells.count == 3, "step | hazards | controls: \(cells)")
        #expect(cells[0] == "Bleed down casing and tubing to tank")
        #expect(text.text.contains("42-003-46118"))
    }

    @Test("Word check-box controls read as ☒ or ☐ from their checked state")
    func wordCheckBoxes() throws {
        let text = try Self.text("jsa-03-pa-cement-plug-state-8-60-16-1h.docx").text
        #expect(text.contains("☒ Hard hat"), "\(text.prefix(2_000))")
        #expect(text.contains("☐") || text.contains("☒ FRC"))
    }

    @Test("an Excel JSA: a page per sheet, rows numbered as in the sheet, dates and times as the cells show them")
    func workbook() throws {
        let text = try Self.text("jsa-05-tank-entry-checklist-mabee-240a.xlsx")
        #expect(text.pages.first?.method == .xlsx)
        let lines = text.pages[0].lines
        let date = try #require(lines.first { $0.number == 6 })
        #expect(date.cells?[1] == "2026-11-12", "serial 46338 in mm/dd/yyyy: \(date.text)")
        let time = try #require(lines.first { $0.number == 7 })
        #expect(time.cells?[1] == "07:00", "0.2916… in h:mm: \(time.text)")
        #expect(lines.first { $0.number == 10 }?.cells?[1] == "2005", "a well number stored as a number stays 2005")
    }

    @Test("inline strings and a second sheet are read; an empty styled cell stays empty")
    func inlineStringsAndSheets() throws {
        let text = try Self.text("jsa-06-h2s-gauging-checklist-rohn-pc-ld.xlsx")
        #expect(text.pages.count == 2)
        #expect(text.text.contains("H2S"))
    }

    @Test("number formats: dates, times, decimals; format codes with quoted text and colours")
    func numberFormats() {
        #expect(OfficeDocumentReader.style(ofFormatCode: "mm/dd/yyyy") == .date)
        #expect(OfficeDocumentReader.style(ofFormatCode: "d-mmm-yy") == .date)
        #expect(OfficeDocumentReader.style(ofFormatCode: "h:mm") == .time)
        #expect(OfficeDocumentReader.style(ofFormatCode: "[Red]0.0\" psi\"") == .decimals(1))
        #expect(OfficeDocumentReader.style(ofFormatCode: "\"day\" 0") == .general)
        #expect(OfficeDocumentReader.format(46338.5, style: .dateTime, uses1904: false) == "2026-11-12 12:00")
        #expect(OfficeDocumentReader.format(44876, style: .date, uses1904: true) == "2026-11-12")
        #expect(OfficeDocumentReader.format(19, style: .decimals(1), uses1904: false) == "19.0")
        #expect(OfficeDocumentReader.columnIndex("AB12") == 27)
        #expect(OfficeDocumentReader.resolve("/xl/worksheets/sheet1.xml", from: "xl/") == "xl/worksheets/sheet1.xml")
        #expect(OfficeDocumentReader.resolve("../a/../../b.xml", from: "xl/worksheets/") == "b.xml", "never above the package root")
    }

    @Test("the inflated-size budget applies to the whole document")
    func budget() throws {
        var limits = DocumentReader.Limits()
        limits.inflatedBytes = 16 * 1_024  // word/document.xml alone is 27 KB
        #expect(throws: DocumentReader.Unreadable.self) { try Self.text("jsa-03-pa-cement-plug-state-8-60-16-1h.docx", limits: limits) }
    }
}
