import Foundation
import PushbackPDF
import Testing
import TestSupport

@Suite("poppler-glib wrapper")
struct PDFDocumentTests {
    let w2 = Fixtures.url("real/documents/tx_rrc/42-003-42706/W-2_4200342706.pdf").path
    let blankSundry = Fixtures.url("real/documents/blm/BLM_3160-5_Blank_Template.pdf").path

    @Test("reads the text of every page of a real RRC W-2 with page numbers")
    func w2PageText() throws {
        let document = try PDFDocument(path: w2)
        #expect(document.pageCount == 4)
        let pages = try document.pageTexts()
        #expect(pages.map(\.page) == [1, 2, 3, 4])
        #expect(pages[0].text.contains("RAILROAD COMMISSION OF TEXAS"))
        #expect(pages[0].text.contains("42-003-42706"))
        #expect(pages[0].text.contains("MABEE 240A"))
        #expect(pages[1].text.contains("CASING RECORD"))
        #expect(pages[1].text.contains("Page 2 of 4"))
        #expect(pages[2].text.contains("FORMATION RECORD"))
        #expect(pages[2].text.contains("Page 3 of 4"))
        #expect(pages[3].text.contains("OPERATOR'S CERTIFICATION"))
    }

    @Test("a page number outside the document is a typed error")
    func missingPage() throws {
        let document = try PDFDocument(path: w2)
        #expect(throws: PDFError.self) { try document.text(ofPage: 5) }
        do {
            _ = try document.text(ofPage: 0)
            Issue.record("page 0 should not exist")
        } catch {
            #expect(error.code == .noSuchPage)
            #expect(error.page == 0)
        }
    }

    @Test("reads the 48 empty AcroForm fields of the blank BLM 3160-5 although pdfinfo says Form: none")
    func blankSundryFields() throws {
        let fields = try PDFDocument(path: blankSundry).formFields()
        #expect(fields.count == 48)
        let texts = fields.filter { if case .text = $0.value { true } else { false } }
        let checkBoxes = fields.filter { if case .checkBox = $0.value { true } else { false } }
        let signatures = fields.filter { $0.value == .signature }
        #expect(texts.count == 22)
        #expect(checkBoxes.count == 24)
        #expect(signatures.map(\.name) == ["Signature_1", "Signature_2"])
        #expect(texts.allSatisfy { $0.value == .text("") }, "the template is blank")
        #expect(checkBoxes.allSatisfy { $0.value == .checkBox(isChecked: false) })
        #expect(checkBoxes.map(\.name) == (1...24).map { "Checkbox_\($0)" })
        #expect(texts.contains { $0.name == "US_Phone_Number_1" } && texts.contains { $0.name == "Date_2" })
        #expect(fields.allSatisfy { $0.page == 1 })
    }

    @Test("values filled into a test copy read back")
    func filledCopy() throws {
        let directory = try Fixtures.temporaryDirectory("pdf")
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("filled.pdf").path

        let blank = try PDFDocument(path: blankSundry)
        let fields = try blank.formFields()
        let text = try #require(fields.first { if case .text = $0.value { true } else { false } })
        let box = try #require(fields.first { if case .checkBox = $0.value { true } else { false } })
        try blank.setText("NMNM 34567A (synthetic)", forField: text.id)
        try blank.setChecked(true, forField: box.id)
        try blank.save(to: copy)

        let reread = try PDFDocument(path: copy).formFields()
        #expect(reread.count == 48)
        #expect(reread.first { $0.id == text.id }?.value == .text("NMNM 34567A (synthetic)"))
        #expect(reread.first { $0.id == box.id }?.value == .checkBox(isChecked: true))
        #expect(reread.filter { $0.id != text.id && $0.id != box.id }.allSatisfy { $0.displayValue.isEmpty || $0.displayValue == "unchecked" || $0.value == .signature })
    }

    @Test("setting a check box on a text field is refused")
    func wrongFieldType() throws {
        let blank = try PDFDocument(path: blankSundry)
        let text = try #require(try blank.formFields().first { if case .text = $0.value { true } else { false } })
        #expect(throws: PDFError.self) { try blank.setChecked(true, forField: text.id) }
    }

    @Test("corrupt, truncated, empty and missing files give a typed error, never a crash", arguments: [
        "garbage", "empty", "header-only", "missing",
    ])
    func corruptInput(kind: String) throws {
        let directory = try Fixtures.temporaryDirectory("pdf")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("\(kind).pdf").path
        switch kind {
        case "garbage": try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: URL(fileURLWithPath: path))
        case "empty": try Data().write(to: URL(fileURLWithPath: path))
        case "header-only": try Data("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<".utf8).write(to: URL(fileURLWithPath: path))
        default: break
        }
        #expect(throws: PDFError.self) { _ = try PDFDocument(path: path) }
    }

    @Test("a real PDF cut short at any point either opens or fails with a typed error")
    func truncatedRealFile() throws {
        let directory = try Fixtures.temporaryDirectory("pdf")
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: w2))
        for fraction in [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99] {
            let path = directory.appendingPathComponent("cut-\(fraction).pdf").path
            try bytes.prefix(Int(Double(bytes.count) * fraction)).write(to: URL(fileURLWithPath: path))
            do {
                let document = try PDFDocument(path: path)
                for page in stride(from: 1, through: document.pageCount, by: 1) { _ = try document.text(ofPage: page) }
            } catch {
                #expect(error.path == path)
                #expect(!error.message.isEmpty)
            }
        }
    }
}

/// Measures the whole process's memory, so it runs alone under `make check-long`
/// (PUSHBACK_LONG_CHECKS=1), not beside the parallel default suite.
@Suite("poppler-glib wrapper: resource ownership", .enabled(if: ProcessInfo.processInfo.environment["PUSHBACK_LONG_CHECKS"] == "1", "a long check: make check-long"))
struct PDFLeakTests {
    /// Resident set size in KiB, from /proc/self/statm (Linux).
    func residentKiB() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = Int(text.split(separator: " ")[1]) ?? 0
        return pages * 4
    }

    @Test("opening, reading and dropping a document 400 times does not grow memory (every handle is freed)")
    func noLeak() throws {
        let path = Fixtures.url("real/documents/blm/BLM_3160-5_Blank_Template.pdf").path
        func cycle() throws {
            let document = try PDFDocument(path: path)
            _ = try document.formFields()
            _ = try document.text(ofPage: 1)
        }
        for _ in 0..<50 { try cycle() }
        let before = residentKiB()
        for _ in 0..<400 { try cycle() }
        let growth = residentKiB() - before
        // A dropped unref costs ~50 KB per document (BUILD-NOTES); 400 leaks would be ~20 MB.
        #expect(growth < 8_000, "resident memory grew by \(growth) KiB over 400 documents")
    }
}
