import Foundation
import PushbackIntake
import PushbackModel
import Testing
import TestSupport

@Suite("Versions of the same filing: amendments with field-level diffs")
struct DocumentVersionsTests {
    @Test("two real W-2 exports for well 42-041-32600 (completed 2020-02-01): the later one fills the lease number and contradicts itself")
    func realW2Amendment() throws {
        let extracts = try ["tx_rrc_text/cmpl_W2Form_PID_333943.md", "tx_rrc_text/cmpl_W2Form_PID_333043.md"].map { try RealDocumentTests.extract($0) }
        let amendments = DocumentVersions(extracts).amendments
        #expect(amendments.count == 1)
        let amendment = try #require(amendments.first)
        #expect(amendment.identity == "well 4204132600, completed 2020-02-01")
        #expect(amendment.predecessor.path.hasSuffix("333043.md") && amendment.successor.path.hasSuffix("333943.md"))
        #expect(Self.lines(amendment).contains("lease_number: (blank) → 27826"))
        #expect(Self.lines(amendment).contains("well_number: A 2H → A 2H | 27826"))
        // A blank filled in, or a value added beside the one there, replaces nothing; the total
        // depth is given again as the measured depth beside a new true vertical depth.
        #expect(amendment.changes.filter { $0.replacesValue }.map(\.name) == ["remarks", "total_depth"])
        #expect(Self.lines(amendment).contains("total_depth: 20208 → 7639") && amendment.successorReadings["total_depth_md"] == ["20208"])
        #expect(amendment.narrative["remarks"]?.map(\.value) == ["N/A", "[RRC Staff 2020-10-06 16:14:19.471]: EDL=12000 feet, max acres=960, GIDDINGS (EAGLEFORD)"])
        #expect(!amendment.changes.contains { $0.name == "api" || $0.name == "operator" || $0.name == "flowing_tubing_pressure" })
    }

    @Test("the two W-1s for permit 858151 are ordered by approval date, not file name")
    func realW1Amendment() throws {
        let extracts = try ["tx_rrc_text/858151_W1_AsApprovedW1-9-10-2020_LTR.md", "tx_rrc_text/858151_W1_AsApprovedW1-10-23-2019_LTR.md"].map { try RealDocumentTests.extract($0) }
        let amendment = try #require(DocumentVersions(extracts).amendments.first)
        #expect(amendment.identity == "permit 858151")
        #expect(amendment.predecessor.path.contains("10-23-2019") && amendment.successor.path.contains("9-10-2020"))
        #expect(Self.lines(amendment).filter { !$0.hasPrefix("remarks") && !$0.hasPrefix("comment") } == [
            "total_depth: 9500 → 9000", "completion_depth: 9500 → 9000", "approved_date: 2019-10-23 → 2020-09-10",
        ])
        #expect(amendment.api == "4204132604")
        #expect(amendment.changes.filter { $0.replacesValue }.map(\.name) == ["total_depth", "completion_depth", "approved_date"])
        // The earlier remarks box is blank; the later one points at the comments, which say why.
        #expect(Self.lines(amendment).first == "remarks: (blank) → See W1 Comments attached" && amendment.changes.last?.name == "comment")
        #expect(amendment.narrative["remarks"]?.map(\.value) == ["See W1 Comments attached"])
        #expect(amendment.narrative["comment"]?.count == 10 && amendment.narrative["comment"]?.first?.value.hasPrefix("[FILER Aug 18, 2020 9:28 AM]: Permit being amended to remove NPZ") == true)
    }

    @Test("different wells, or a recompletion on another date, are not amendments of each other")
    func distinctFilings() throws {
        let extracts = try ["tx_rrc_text/cmpl_W2Form_PID_321260.md", "tx_rrc_text/cmpl_W2Form_PID_327620.md", "tx_rrc/42-003-42706/W-2_4200342706.pdf"]
            .map { try RealDocumentTests.extract($0) }
        #expect(DocumentVersions(extracts).amendments.isEmpty)
    }

    @Test("the synthetic BLM sundry amendment: only the changed fields are listed")
    func sundryAmendment() throws {
        let files = [Fixtures.url("synthetic/blm-3160-5-filled-amended.pdf"), Fixtures.repository("samples/documents/blm-3160-5-synthetic-filled.pdf")]
        let amendment = try #require(DocumentVersions(try files.map { try BLMSundryNoticeTests.extract($0) }).amendments.first)
        #expect(amendment.identity == "well 3001512345, Notice of Intent, Plug and Abandon")
        #expect(amendment.changes.map(\.name) == ["signed_date", "description"])
    }

    static func lines(_ amendment: FilingAmendment) -> [String] {
        amendment.changes.map { "\($0.name): \($0.beforeText ?? "(absent)") → \($0.afterText ?? "(absent)")" }
    }
}
