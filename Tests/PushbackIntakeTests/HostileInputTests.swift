import Foundation
import PushbackIntake
import PushbackModel
import Testing
import TestSupport

/// The hostile corpus in Tests/Fixtures/hostile (scripts/fixtures/make_hostile_corpus.py): every
/// file is quarantined with a clear reason, and nothing crashes or hangs.
@Suite("Hostile and malformed documents are quarantined with a reason")
struct HostileInputTests {
    struct Entry: Sendable, CustomTestStringConvertible {
        var file: String
        var category: String
        var testDescription: String { file }
    }

    static let corpus: [Entry] = {
        let manifest = (try? String(contentsOf: Fixtures.url("hostile/MANIFEST.tsv"), encoding: .utf8)) ?? ""
        return manifest.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            return columns.count >= 2 ? Entry(file: String(columns[0]), category: String(columns[1])) : nil
        }
    }()

    /// What the reason must say, by category, beyond being present and printable.
    static let expectedWords: [String: [String]] = [
        "empty": ["empty"],
        "truncated": ["PDF", "damaged", "no pages", "no page could be read", "not recognized", "shapefile"],
        "encrypted": ["encrypted", "not recognized"],
        "oversize-pages": ["page", "not recognized"],
        "image-bad": ["image", "OCR", "no text was found", "not recognized", "binary"],
        "encoding": ["UTF-16", "not recognized", "no text was found", "binary"],
        "office": ["zip", "Word", "Excel"],
    ]

    @Test("the corpus holds at least 30 files of every kind the issue names")
    func corpusSize() {
        #expect(Self.corpus.count >= 30)
        #expect(Set(Self.corpus.map(\.category)).isSuperset(of: ["empty", "truncated", "corrupt", "encrypted", "oversize-pages", "encoding", "unknown", "office"]))
    }

    @Test("each hostile file is quarantined with a clear, printable reason", arguments: corpus)
    func quarantined(_ entry: Entry) throws {
        var limits = DocumentReader.Limits()
        limits.ocrPages = 1
        let reason = try #require(try Self.reason(Fixtures.url("hostile/" + entry.file), limits: limits), "\(entry.file) was read instead of quarantined")
        #expect(reason.count > 15, "\(entry.file): \(reason)")
        #expect(reason == reason.displaySafe, "\(entry.file): the reason carries control characters")
        if let words = Self.expectedWords[entry.category] {
            #expect(words.contains { reason.contains($0) }, "\(entry.file): \(reason)")
        }
    }

    static let mappings = try! SourceMapping.loadAll(directory: Fixtures.repository("mappings").path)

    /// The quarantine reason for a file read the way the sweep reads it (registry mappings, then
    /// documents), or nil if it was read.
    static func reason(_ url: URL, limits: DocumentReader.Limits = .init()) throws -> String? {
        let bytes = [UInt8](try Data(contentsOf: url))
        let intake = Intake(mappings: mappings, documents: DocumentIntake(reader: DocumentReader(limits: limits)))
        guard case .quarantined(let problem) = intake.read(bytes: bytes, path: url.path, source: SourceReference(sha256: "test", path: url.lastPathComponent)) else { return nil }
        return problem.reason
    }

    @Test("the password-protected PDFs are refused as encrypted, not as damaged")
    func encrypted() throws {
        for file in ["encrypted-aes256-user-password.pdf", "encrypted-rc4-128-user-password.pdf", "encrypted-rc4-40-user-password.pdf"] {
            let reason = try Self.reason(Fixtures.url("hostile/" + file))
            #expect(reason?.hasPrefix("the PDF is encrypted") == true, "\(file): \(reason ?? "read")")
        }
    }

    @Test("PDF decompression bombs are refused by what their streams inflate to, before poppler reads them")
    func inflationBombs() throws {
        for file in ["bomb-flate-content-600mb.pdf", "bomb-image-xobject-25000x25000.pdf"] {
            let reason = try #require(try Self.reason(Fixtures.url("hostile/" + file)), "\(file) was read")
            #expect(reason.hasPrefix("the PDF's compressed streams inflate past the 512 MiB decompressed-size limit"), "\(file): \(reason)")
        }
        // The limit is the user's: a real W-2 (a few hundred KB inflated) passes the default, not 64 KiB.
        let w2 = Fixtures.url("real/documents/tx_rrc/42-003-42706/W-2_4200342706.pdf")
        #expect(try Self.reason(w2) == nil)
        var limits = DocumentReader.Limits()
        limits.inflatedBytes = 64 * 1_024
        let reason = try #require(try Self.reason(w2, limits: limits))
        #expect(reason.contains("decompressed-size limit") && reason.contains("object "), "\(reason)")
    }

    @Test("configurable limits: pages and bytes")
    func limits() throws {
        var limits = DocumentReader.Limits()
        limits.pages = 2_000
        #expect(try Self.reason(Fixtures.url("hostile/oversize-pages-5000.pdf"), limits: limits) == "the PDF has 5000 pages, over the 2000-page limit")
        limits.bytes = 1_000
        let reason = try Self.reason(Fixtures.url("real/documents/tx_rrc/42-003-42706/W-2_4200342706.pdf"), limits: limits)
        #expect(reason == "the file is 218781 bytes, over the 1000-byte limit")
    }
}
