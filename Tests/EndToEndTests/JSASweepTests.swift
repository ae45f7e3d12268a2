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
            try FileManager.default.copyItem(at: Fixtures.repository("samples/inbox/jsa/" + name), to: inbox.appendingPathComponent(name))
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
            try FileManager.default.copyItem(at: Fixtures.repository("samples/inbox/jsa/" + name), to: inbox.appendingPathComponent(name))
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

    @Test("a JSA with neither API number nor well name is tied by its location when one well is inside its radius")
    func wellLinkByLocation() throws {
        let inbox = try Fixtures.temporaryDirectory("jsa-near-inbox")
        try FileManager.default.copyItem(at: Fixtures.repository("samples/inbox/ca_calgem_orphan_wells_kern.csv"), to: inbox.appendingPathComponent("kern.csv"))
        let jsa = """
            JOB SAFETY ANALYSIS (JSA)
            Company: Buttonwillow Rig Moving Co.
            Date: 11/03/2026    Start time: 09:30
            Location: 35.3856, -119.0813
            Job: Rig move onto the well
            All personnel have stop work authority.
            """
        try Data(jsa.utf8).write(to: inbox.appendingPathComponent("jsa-near.txt"))
        let state = try Fixtures.temporaryDirectory("jsa-near-state")
        let result = try CommandRunner.run(["sweep", "--inbox", inbox.path, "--db", state.appendingPathComponent("db.sqlite").path,
                                            "--out", state.appendingPathComponent("out").path, "--as-of", "2026-11-28"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let text = try String(contentsOf: state.appendingPathComponent("out/latest/report.txt"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains("jsa-near.txt (no well named)") }, "\(text)")
        #expect(line.contains("→ well 04-029-08510 Miami 1 (idle), by location; listed in kern.csv line 1048"), "\(line)")
        #expect(line.contains("m from where \"35.3856, -119.0813\" places the work (radius"), "\(line)")
    }
}
