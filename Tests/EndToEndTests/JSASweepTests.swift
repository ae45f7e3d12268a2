import Foundation
import PushbackStore
import Testing
import TestSupport

/// JSAs through the nightly sweep: read in every format, stored as facts, and their written
/// locations placed on the map or raised as `open` findings with the words quoted.
@Suite("JSAs in the nightly sweep")
struct JSASweepTests {
    @Test("a location nobody can place is an open finding quoting it; one that resolves is not; the facts are stored")
    func unresolvableLocations() throws {
        let inbox = try Fixtures.temporaryDirectory("jsa-inbox")
        for name in ["jsa-01-workover-mabee-140a-4404.docx", "jsa-05-tank-entry-checklist-mabee-240a.xlsx", "jsa-08-tailgate-pull-tbg-mabee-140a.txt",
                     "jsa-09-tailgate-pa-jameson-trust-10.md", "jsa-15-tailgate-pull-rods-mabee-140a.txt"] {
            try FileManager.default.copyItem(at: Fixtures.repository("samples/jsa/" + name), to: inbox.appendingPathComponent(name))
        }
        let state = try Fixtures.temporaryDirectory("jsa-state")
        let database = state.appendingPathComponent("db/pushback.sqlite").path
        let result = try CommandRunner.run(["sweep", "--inbox", inbox.path, "--db", database, "--out", state.appendingPathComponent("out").path, "--as-of", "2026-11-28", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: state.appendingPathComponent("out/latest/findings.json"))) as? [String: Any])
        let list = try #require(findings["findings"] as? [[String: Any]])
        let located = list.filter { $0["rule_id"] as? String == "US-LOCATION-ESTABLISHED" }
        let subjects = located.compactMap { ($0["subject"] as? [String: Any])?["name"] as? String }.sorted()
        // "by the old pump jack past the cattle guard"; "three cigarettes east of the battery" with no known battery.
        #expect(subjects == ["jsa-09-tailgate-pa-jameson-trust-10.md", "jsa-15-tailgate-pull-rods-mabee-140a.txt"], "\(subjects)")
        #expect(located.allSatisfy { $0["kind"] as? String == "open" })
        let text = try String(contentsOf: state.appendingPathComponent("out/latest/report.txt"), encoding: .utf8)
        #expect(text.contains(#"location as written: "by the old pump jack past the cattle guard" → unresolvable"#), "\(text)")
        // "15.7 miles NW of Midland, TX" (jsa-01, jsa-08) and "16.2 miles SE of Andrews, TX" (jsa-05)
        // resolve: no finding names them (the subjects above).

        let store = try PushbackStore(path: database)
        let run = try #require(try store.recentRuns(limit: 1).first)
        let facts = try store.facts(runID: run.id)
        #expect(facts.contains { $0.name == "claim[1]" && $0.evidence.source.path == "jsa-01-workover-mabee-140a-4404.docx" })
        #expect(facts.contains { $0.name == "api" && $0.normalized == "42-003-42706" && $0.evidence.source.path.hasPrefix("jsa-05") })
    }

    @Test("each JSA is tied to its registry well by the API number written, or says why it cannot be")
    func wellLinks() throws {
        let inbox = try Fixtures.temporaryDirectory("jsa-link-inbox")
        try FileManager.default.copyItem(at: Fixtures.repository("samples/inbox/ca_calgem_orphan_wells_kern.csv"), to: inbox.appendingPathComponent("kern.csv"))
        for name in ["jsa-04-wellhead-valve-caldwell-13.docx", "jsa-08-tailgate-pull-tbg-mabee-140a.txt"] {
            try FileManager.default.copyItem(at: Fixtures.repository("samples/jsa/" + name), to: inbox.appendingPathComponent(name))
        }
        let state = try Fixtures.temporaryDirectory("jsa-link-state")
        let result = try CommandRunner.run(["sweep", "--inbox", inbox.path, "--db", state.appendingPathComponent("db.sqlite").path,
                                            "--out", state.appendingPathComponent("out").path, "--as-of", "2026-11-28"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let text = try String(contentsOf: state.appendingPathComponent("out/latest/report.txt"), encoding: .utf8)
        #expect(text.contains("jsa-04-wellhead-valve-caldwell-13.docx (API 04-029-76603, Caldwell 13) → well 04-029-76603 Caldwell 13 (idle), by API number; listed in kern.csv line 2"), "\(text)")
        #expect(text.contains("jsa-08-tailgate-pull-tbg-mabee-140a.txt (API 42-003-4611, MABEE 140A 4404) → no well — the API number written (42-003-4611) is malformed"), "\(text)")
        let html = try String(contentsOf: state.appendingPathComponent("out/latest/report.html"), encoding: .utf8)
        #expect(html.contains("<h2>JSAs and the wells they are about</h2>"))
    }
}
