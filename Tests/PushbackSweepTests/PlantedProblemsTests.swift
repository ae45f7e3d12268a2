import Foundation
import PushbackModel
import PushbackStore
import PushbackSweep
import Testing
import TestSupport

/// `docs/planted-problems.md` is the table of what the samples plant and what the sweep raises:
/// every row of it must hold on a sweep of `samples/inbox`, so the page cannot drift from the rules.
@Suite("The planted problems table against a sweep of the samples")
struct PlantedProblemsTests {
    struct Row: CustomStringConvertible {
        var subject: String
        var ruleID: String
        var kind: String
        var says: String
        var description: String { "\(subject) \(ruleID) \(kind) \"\(says)\"" }
    }

    /// The table rows: `| `subject` | problem | `RULE` | kind | words |`.
    static func rows() throws -> [Row] {
        let text = try String(contentsOf: Fixtures.repository("docs/planted-problems.md"), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("| `") }.compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 5, let subject = cells[0].firstMatch(of: /`([^`]+)`/)?.1 else { return nil }
            return Row(subject: String(subject), ruleID: cells[2].trimmingCharacters(in: CharacterSet(charactersIn: "`")), kind: cells[3], says: cells[4])
        }
    }

    @Test("every planted problem in the table is raised as the table says; the clean JSAs raise nothing but open findings")
    func table() throws {
        let rows = try Self.rows()
        #expect(rows.filter { $0.subject.hasPrefix("jsa-") }.count == 17, "the JSA table lists the 18 planted problems in 17 rows (jsa-06's two in one)")
        let folder = try Fixtures.temporaryDirectory("planted")
        let database = folder.appendingPathComponent("pushback.sqlite").path
        let outcome = try Sweep(options: SweepOptions(
            inbox: Fixtures.repository("samples/inbox").path, databasePath: database, outputDirectory: folder.appendingPathComponent("reports").path,
            asOf: "2026-12-07", failOn: nil, bundle: BundleLocation(root: Fixtures.repositoryRoot.path)
        )).run()
        let findings = try PushbackStore(path: database).findings(runID: outcome.runID)
        for row in rows {
            let raised = findings.filter { $0.subject.id.hasPrefix(row.subject) && $0.ruleID == row.ruleID && $0.kind.rawValue == row.kind }
            #expect(raised.contains { $0.message.contains(row.says) }, "not raised: \(row) — raised by that rule on it: \(raised.map(\.message))")
        }
        let clean = ["jsa-03", "jsa-07", "jsa-10", "jsa-13"]
        let cleanFindings = findings.filter { finding in clean.contains { finding.subject.id.hasPrefix($0) } }
        #expect(!cleanFindings.isEmpty && cleanFindings.allSatisfy { $0.kind == .open }, "\(cleanFindings.filter { $0.kind != .open }.map(\.message))")
        // The W-3A's two casing rows are both its evidence, with the records that settle it.
        let casing = try #require(findings.first { $0.ruleID == "FILING-CASING-LISTED-TWICE" })
        #expect(casing.evidence.map(\.line) == [34, 35] && casing.evidence.allSatisfy { $0.source.path.hasSuffix("Approved_W3A_00346118_20250826.pdf") && $0.page == 1 })
        #expect(casing.evidence.map(\.quote) == ["Casing   7 7/8   5 1/2   11200   310   5532", "Casing   7 7/8   5 1/2   11200   720   6997"])
        #expect(casing.remediation.contains("cement bond log") && casing.remediation.contains("W-15"))
        // The amended W-1: both versions' depth lines and the filer's reason are its evidence,
        // and the two versions' depths are not raised again as filings that disagree.
        let amendment = try #require(findings.first { $0.ruleID == "FILING-AMENDMENT-EXPLAINED" })
        #expect(amendment.evidence.prefix(4).map { "\(($0.source.path as NSString).lastPathComponent):\($0.line ?? 0)" } == [
            "858151_W1_AsApprovedW1-10-23-2019_LTR.md:20", "858151_W1_AsApprovedW1-9-10-2020_LTR.md:20",
            "858151_W1_AsApprovedW1-10-23-2019_LTR.md:50", "858151_W1_AsApprovedW1-9-10-2020_LTR.md:50",
        ])
        #expect(amendment.evidence.contains { $0.field == "comment" && $0.quote.contains("Permit being amended to remove NPZ") })
        #expect(amendment.message.contains("The reasons it gives — \"[FILER Aug 18, 2020 9:28 AM]: Permit being amended to remove NPZ"))
        #expect(!findings.contains { $0.ruleID == "DOCUMENTS-WELL-IDENTITY" && $0.subject.id == "4204132604" })
        // jsa-01's SICP 350 psi at 08:25 agrees with the RTU's 353 psig (compared: the RTU covers
        // 06:00–12:00); the other JSAs' readings fall outside the logs there are: none is raised.
        #expect(!findings.contains { $0.ruleID == "JSA-READINGS-VS-GAUGE" }, "\(findings.filter { $0.ruleID == "JSA-READINGS-VS-GAUGE" }.map(\.message))")
    }
}
