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
        #expect(amendment.changes.contains(.init(name: "lease_number", before: "(blank)", after: "27826")))
        #expect(amendment.changes.contains(.init(name: "well_number", before: "A 2H", after: "A 2H | 27826")))
        #expect(!amendment.changes.contains { $0.name == "api" || $0.name == "operator" || $0.name == "flowing_tubing_pressure" })
    }

    @Test("the two W-1s for permit 858151 are ordered by approval date, not file name")
    func realW1Amendment() throws {
        let extracts = try ["tx_rrc_text/858151_W1_AsApprovedW1-9-10-2020_LTR.md", "tx_rrc_text/858151_W1_AsApprovedW1-10-23-2019_LTR.md"].map { try RealDocumentTests.extract($0) }
        let amendment = try #require(DocumentVersions(extracts).amendments.first)
        #expect(amendment.identity == "permit 858151")
        #expect(amendment.predecessor.path.contains("10-23-2019") && amendment.successor.path.contains("9-10-2020"))
        #expect(amendment.changes == [
            .init(name: "total_depth", before: "9500", after: "9000"),
            .init(name: "completion_depth", before: "9500", after: "9000"),
            .init(name: "approved_date", before: "2019-10-23", after: "2020-09-10"),
        ])
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
}
