import Foundation
import PushbackIntake
import PushbackModel
import PushbackRules
@testable import PushbackSweep
import Testing
import TestSupport

/// `DOCUMENTS-WELL-HISTORY` on the real RRC permits and completion reports and the real ECMC
/// scout tickets, read by the extractors and turned into history statements exactly as a sweep
/// does (`FilingRecords`).
@Suite("Well histories across real filings")
struct WellHistoryRealFilingsTests {
    static let book = try! RuleBook.load(rulesDirectory: Fixtures.repository("rules").path, jurisdictionsDirectory: Fixtures.repository("jurisdictions").path)

    /// Every real W-1 and W-2 text export, the W-2 and W-3A of 42-003-46118 and the five scout tickets.
    static let facts: [(kind: String, fact: Fact)] = {
        let folders = ["tx_rrc_text", "co_ecmc_scout_tickets"]
        var paths = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url("real/documents/\(folder)").path)) ?? [])
                .filter { $0.hasSuffix(".md") || $0.hasSuffix(".html") || $0.hasSuffix(".pdf") }.map { "\(folder)/\($0)" }
        }
        paths += ["tx_rrc/42-003-46118/W-2_4200346118.pdf", "tx_rrc/42-003-46118/Approved_W3A_00346118_20250826.pdf"]
        return paths.sorted().flatMap { path -> [(kind: String, fact: Fact)] in
            let url = Fixtures.url("real/documents/" + path)
            guard let bytes = try? Data(contentsOf: url), let sha = try? InboxDocument.sha256(ofFile: url.path),
                  let extract = try? DocumentIntake(reader: DocumentReader()).read(path: url.path, bytes: [UInt8](bytes), source: SourceReference(sha256: sha, path: path))
            else { return [] }
            return extract.facts.map { (extract.kind.rawValue, $0) }
        }
    }()

    func histories(_ facts: [(kind: String, fact: Fact)]) -> [WellHistoryStatement] {
        let identities = FilingRecords.identities(facts.filter { FilingRecords.identityFacts.contains($0.fact.name) })
        return FilingRecords.histories(facts.filter { FilingRecords.historyFacts.contains($0.fact.name) }, identities: identities)
    }

    func findings(_ histories: [WellHistoryStatement]) throws -> [Finding] {
        var input = EvaluationInput(wells: [], receptors: [], wellGaps: [], receptorGaps: [], asOf: "2026-12-07")
        input.histories = histories
        let rule = try #require(Self.book.rules.first { $0.id == "DOCUMENTS-WELL-HISTORY" })
        return RuleEvaluator(book: Self.book).findings(of: rule, in: input)
    }

    @Test("every W-2 that cites its permit gives the date the W-1 on file was approved, and no real history contradicts itself")
    func realFilingsAgree() throws {
        let statements = histories(Self.facts)
        // Counted by reading the exports: permit number and date on each W-2 whose API reads, against the W-1s.
        let cited = statements.flatMap { statement in
            statement.events.filter { $0.milestone == .permitCited }.map { "\(statement.api ?? "-") \(statement.permitNumber?.value ?? "-") \($0.date ?? "-")" }
        }.sorted()
        #expect(cited == [
            "- 855565 2019-08-01", "- 858151 2019-10-23",
            "4200346118 781518 2014-05-15",
            "4204132501 836500 2018-02-20", "4204132591 856341 2019-08-19", "4204132598 856584 2019-10-28", "4204132598 856584 2019-10-28",
            "4204132600 856809 2019-11-06", "4204132604 858151 2019-10-23", "4204132607 859967 2019-12-17",
        ])
        let approved = statements.flatMap { statement in
            statement.events.filter { $0.milestone == .permitApproved }.map { "\(statement.permitNumber?.value ?? "-") \($0.date ?? "-")" }
        }.sorted()
        #expect(approved.contains("858151 2019-10-23") && approved.contains("858151 2020-09-10") && approved.count == 8)
        // The scout tickets: spud dates and the status each gives, PA read as plugged.
        let scout = statements.filter { $0.documentKind == .ecmcScoutTicket }.flatMap { statement in
            statement.events.map { "\(statement.api ?? "-") \($0.milestone.rawValue) \($0.date ?? "-")" }
        }
        #expect(scout.contains("0512333065 plugged 2017-09-29") && scout.contains("0512333023 status reported 2021-02-01") && scout.count == 10)
        #expect(try findings(statements).isEmpty)
    }

    @Test("the real W-2 of permit 856341 with its completion date moved before the permit's approval is raised, quoting both filings")
    func completionMovedBeforePermit() throws {
        let moved = Self.facts.map { item -> (kind: String, fact: Fact) in
            guard item.fact.evidence.source.path.hasSuffix("cmpl_W2Form_PID_321260.md"), item.fact.name == "completion_date" else { return item }
            var fact = item.fact
            fact.normalized = "2019-07-04"
            return (item.kind, fact)
        }
        let raised = try findings(histories(moved))
        #expect(raised.count == 1)
        let finding = try #require(raised.first)
        #expect(finding.kind == .review && finding.severity == .high && finding.subject == Subject(type: "well", id: "4204132591"))
        #expect(finding.message.hasPrefix("tx_rrc_text/cmpl_W2Form_PID_321260.md reports 42-041-32591 completed on 2019-07-04, before the earliest permit on file was approved (permit approved 2019-08-19 (tx_rrc_text/856341_W1_AsApprovedW1-8-19-2019_LTR.md))"))
        #expect(finding.evidence.map(\.field) == ["completion_date", "approved_date"])
    }
}
