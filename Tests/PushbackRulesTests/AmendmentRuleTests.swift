import Foundation
import PushbackIntake
import PushbackModel
import PushbackRules
import Testing
import TestSupport

/// `FILING-AMENDMENT-EXPLAINED` on real re-filed RRC forms, read by the extractors and paired by
/// `DocumentVersions` exactly as a sweep pairs them.
@Suite("Amended filings against their own reasons, on real RRC filings")
struct AmendmentRuleTests {
    static let book = try! RuleBook.load(rulesDirectory: Fixtures.repository("rules").path, jurisdictionsDirectory: Fixtures.repository("jurisdictions").path)

    func findings(_ files: [String]) throws -> [Finding] {
        var input = EvaluationInput(wells: [], receptors: [], wellGaps: [], receptorGaps: [], asOf: "2026-12-07")
        input.amendments = DocumentVersions(try files.map { try Self.extract("tx_rrc_text/" + $0) }).amendments
        let rule = try #require(Self.book.rules.first { $0.id == "FILING-AMENDMENT-EXPLAINED" })
        return RuleEvaluator(book: Self.book).findings(of: rule, in: input)
    }

    static func extract(_ relativePath: String) throws -> DocumentExtract {
        let url = Fixtures.url("real/documents/" + relativePath)
        return try DocumentIntake(reader: DocumentReader()).read(path: url.path, bytes: [UInt8](try Data(contentsOf: url)),
                                                             source: SourceReference(sha256: try InboxDocument.sha256(ofFile: url.path), path: relativePath))
    }

    @Test("permit 858151's 2020 W-1 takes 500 ft off both depths while its reasons speak of the NPZ, the penetration point and the calls")
    func permitAmendment() throws {
        let found = try findings(["858151_W1_AsApprovedW1-10-23-2019_LTR.md", "858151_W1_AsApprovedW1-9-10-2020_LTR.md"])
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.kind == .review && finding.subject == Subject(type: "well", id: "4204132604"))
        #expect(finding.related.map(\.id) == ["tx_rrc_text/858151_W1_AsApprovedW1-9-10-2020_LTR.md", "tx_rrc_text/858151_W1_AsApprovedW1-10-23-2019_LTR.md"])
        #expect(finding.message.contains("changes total depth 9500 → 9000 and completion depth 9500 → 9000"))
        #expect(finding.message.contains("speak of none of these") && finding.message.contains("and 7 more in the evidence"))
        #expect(finding.comparedValues.last == ComparedValue(name: "changed without a reason", actual: "total depth and completion depth"))
        // Both versions' lines for each depth, then every statement of the later version.
        #expect(finding.evidence.prefix(4).map { "\($0.line ?? 0) \($0.quote)" } == [
            "20 8. Total Depth | 9500", "20 8. Total Depth | 9000", "50 30. Completion Depth | 9500", "50 30. Completion Depth | 9000",
        ])
        // The ten comments sit on one line of the export (line 124): that line, once.
        let comments = finding.evidence.filter { $0.field == "comment" }
        #expect(comments.count == 1, "\(comments.map { "\($0.page ?? 0):\($0.line ?? 0)" })")
        #expect(comments.first?.line == 124 && comments.first?.quote.hasPrefix("[FILER Aug 18, 2020 9:28 AM]: Permit being amended") == true)
    }

    @Test("the re-filed W-2 of 42-041-32600 restates its total depth as the measured depth and fills blanks: nothing to explain")
    func completionReportRestated() throws {
        #expect(try findings(["cmpl_W2Form_PID_333043.md", "cmpl_W2Form_PID_333943.md"]).isEmpty)
    }

    @Test("different filings are not amendments of each other: no finding")
    func distinctFilings() throws {
        #expect(try findings(["cmpl_W2Form_PID_321260.md", "cmpl_W2Form_PID_327620.md", "856584_W1_AsApprovedW1-10-28-2019_LTR.md"]).isEmpty)
    }
}
