import Foundation
import PushbackStore
import Testing
import TestSupport

/// `pushback rules list | lint | test` on the repository's bundle and on copies with a seeded
/// bad rule and a broken fixture.
@Suite("pushback rules: list, lint, test")
struct RulesCommandTests {
    /// A copy of the repository's bundle to break.
    static func bundleCopy() throws -> URL {
        let bundle = try Fixtures.temporaryDirectory("rules-bundle")
        for folder in ["rules", "jurisdictions", "mappings", "lexicon", "data"] {
            try FileManager.default.copyItem(at: Fixtures.repository(folder), to: bundle.appendingPathComponent(folder))
        }
        return bundle
    }

    @Test("the shipped rules lint clean and pass their fixtures with 100 % coverage")
    func shippedBundle() throws {
        let lint = try CommandRunner.run(["rules", "lint", "--bundle", Fixtures.repository("").path, "--as-of", "2026-11-28"])
        #expect(lint.exitCode == 0, "\(lint.stdout)\(lint.stderr)")
        #expect(lint.stdout.contains("0 error(s)"))
        let test = try CommandRunner.run(["rules", "test", "--bundle", Fixtures.repository("").path, "--verbose"])
        #expect(test.exitCode == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("fixture coverage 100 %"))
        // The automatic boundary runs: nothing the day before SB 1137's zone took effect, the findings on the day.
        #expect(test.stdout.contains("ok   CA-SB1137-HPZ-SCHOOL \"idle well 120 m from a school fails\" as of 2024-06-27 (day before effective_from 2024-06-28)"))
        #expect(test.stdout.contains("ok   CA-SB1137-HPZ-SCHOOL \"idle well 120 m from a school fails\" as of 2024-06-28 (day of effective_from)"))
    }

    @Test("list says which rules are in force on the as-of date")
    func list() throws {
        let before = try CommandRunner.run(["rules", "list", "--bundle", Fixtures.repository("").path, "--as-of", "2024-06-27"])
        #expect(before.exitCode == 0)
        #expect(before.stdout.contains("CA-SB1137-HPZ-SCHOOL v1  [us-ca]  high regulation  2024-06-28 onwards  not yet in force"))
        let on = try CommandRunner.run(["rules", "list", "--bundle", Fixtures.repository("").path, "--as-of", "2024-06-28"])
        #expect(on.stdout.contains("2024-06-28 onwards  in force"))
        let bad = try CommandRunner.run(["rules", "list", "--as-of", "2024-02-30"])
        #expect(bad.exitCode == 64)
    }

    @Test("rules diff names the changed rule; --replay shows the findings a change would close, without writing the database")
    func diffReplay() throws {
        let state = try Fixtures.temporaryDirectory("rules-diff")
        let db = state.appendingPathComponent("pushback.sqlite").path
        let swept = try CommandRunner.run(["sweep", "--inbox", Fixtures.url("inbox-small").path, "--db", db, "--out", state.appendingPathComponent("out").path, "--as-of", "2026-11-28"])
        #expect(swept.exitCode == 0, "\(swept.stderr)")
        let same = try CommandRunner.run(["rules", "diff", Fixtures.repository("").path, Self.bundleCopy().path])
        #expect(same.exitCode == 0 && same.stdout == "No rule added, removed or changed.\n", "\(same.stdout)")

        let bundle = try Self.bundleCopy()
        let ruleFile = bundle.appendingPathComponent("rules/us-ca/ca-sb1137-hpz-school.yaml")
        let narrower = try String(contentsOf: ruleFile, encoding: .utf8).replacingOccurrences(of: "distance: 3,200 ft", with: "distance: 1,000 ft")
        try narrower.write(to: ruleFile, atomically: true, encoding: .utf8)
        let runsBefore = try PushbackStore(path: db).recentRuns().count
        let diff = try CommandRunner.run(["rules", "diff", Fixtures.repository("").path, bundle.path, "--replay", "--db", db])
        #expect(diff.exitCode == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("CHANGED CA-SB1137-HPZ-SCHOOL v1  \(ruleFile.path)"), "\(diff.stdout)")
        // Two wells 814 m and 898 m from the school are inside 3,200 ft (975 m) but beyond 1,000 ft
        // (305 m) plus the 150 m parcel band; the one 304 m away stays a fail.
        #expect(diff.stdout.contains(" after: 0 added, 2 closed, 0 changed."), "\(diff.stdout)")
        let counts = try #require(diff.stdout.firstMatch(of: /Findings: (\d+) before → (\d+) after/))
        #expect(Int(counts.1)! - Int(counts.2)! == 2)
        #expect(diff.stdout.contains("CLOSED  [HIGH] FAIL CA-SB1137-HPZ-SCHOOL v1 — well 0402906739 (K.C.L. B43) ↔ receptor 15633626066674 (Wayne Van Horn Elementary)"))
        #expect(try PushbackStore(path: db).recentRuns().count == runsBefore, "the replay writes copies, never the database")
        #expect(try CommandRunner.run(["rules", "diff", Fixtures.repository("").path, bundle.path, "--replay", "--db", db, "--run", "no-such-run"]).exitCode == 64)
    }

    @Test("document_on_file sees the run's filings: a generic well list and a real W-2 naming the well")
    func documentsOnFile() throws {
        let state = try Fixtures.temporaryDirectory("documents-on-file")
        let inbox = state.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.url("real/documents/tx_rrc/42-003-46118/W-2_4200346118.pdf"), to: inbox.appendingPathComponent("W-2.pdf"))
        try "api,well_name,operator,well_status,latitude,longitude,spud_date,status_date\n42-003-46118,University 9-1,Example Operating,shut-in,32.3,-102.6,1981-05-12,2022-04-01\n"
            .write(to: inbox.appendingPathComponent("wells.csv"), atomically: true, encoding: .utf8)
        func sweep(_ bundle: URL, _ name: String) throws -> String {
            let result = try CommandRunner.run(["sweep", "--inbox", inbox.path, "--db", state.appendingPathComponent("\(name).sqlite").path,
                                                "--out", state.appendingPathComponent(name).path, "--as-of", "2026-11-28", "--bundle", bundle.path])
            #expect(result.exitCode == 0, "\(result.stderr)")
            return try String(contentsOfFile: state.appendingPathComponent("\(name)/2026-11-28/report.txt").path, encoding: .utf8)
        }
        // The shipped rules: no H-15 among the documents, so both Texas inactive-well rules raise it.
        let shipped = try sweep(Fixtures.repository(""), "shipped")
        #expect(shipped.contains("REVIEW TX-SWR14-INACTIVE-PLUGGING v1") && shipped.contains("REVIEW TX-SWR15-H15-FLUID-LEVEL v2"), "\(shipped)")
        #expect(shipped.contains("rrc-h15 on file: none (no rrc-h15 naming the well among the documents read)"))
        // Asking for the W-2 instead: on file, so the rule is satisfied…
        let bundle = try Self.bundleCopy()
        let ruleFile = bundle.appendingPathComponent("rules/us-tx/tx-swr15-h15-fluid-level.yaml")
        let original = try String(contentsOf: ruleFile, encoding: .utf8)
        try original.replacingOccurrences(of: "{kind: rrc-h15, within: 12 months}", with: "{kind: rrc-w2}").write(to: ruleFile, atomically: true, encoding: .utf8)
        #expect(!(try sweep(bundle, "w2-any")).contains("TX-SWR15-H15-FLUID-LEVEL v2 —"))
        // …but within 12 months its date matters, and this W-2 gives none that can be read.
        try original.replacingOccurrences(of: "{kind: rrc-h15, within: 12 months}", with: "{kind: rrc-w2, within: 12 months}").write(to: ruleFile, atomically: true, encoding: .utf8)
        let recent = try sweep(bundle, "w2-recent")
        #expect(recent.contains("OPEN TX-SWR15-H15-FLUID-LEVEL v2") && recent.contains("rrc-w2 on file but its date cannot be read: W-2.pdf page 1"), "\(recent)")
    }

    @Test("a seeded bad rule fails lint and test; a broken expectation fails test with file and line")
    func seededProblems() throws {
        let bundle = try Self.bundleCopy()
        let rule = try String(contentsOf: Fixtures.repository("rules/us-ca/ca-sb1137-hpz-school.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: CA-SB1137-HPZ-SCHOOL", with: "id: CA-SEEDED-BAD")
            .replacingOccurrences(of: "statuses: [active, idle, new]", with: "statuses: [active, idel, new]")
        try rule.write(to: bundle.appendingPathComponent("rules/us-ca/ca-seeded-bad.yaml"), atomically: true, encoding: .utf8)
        let lint = try CommandRunner.run(["rules", "lint", "--bundle", bundle.path, "--as-of", "2026-11-28"])
        #expect(lint.exitCode == 1)
        #expect(lint.stdout.contains("ca-seeded-bad.yaml:1: error: CA-SEEDED-BAD: status \"idel\" is not one Pushback maps sources to"), "\(lint.stdout)")
        #expect(lint.stdout.contains("CA-SEEDED-BAD: no fixtures: write ca-seeded-bad.tests.yaml beside the rule"))
        let test = try CommandRunner.run(["rules", "test", "--bundle", bundle.path])
        #expect(test.exitCode == 1)
        // Every shipped rule is covered; the seeded one, without fixtures, is not.
        let coverage = try #require(test.stdout.firstMatch(of: /fixture coverage \d+ % \((\d+) of (\d+) rules/), "\(test.stdout)")
        #expect(Int(coverage.1)! + 1 == Int(coverage.2)!, "\(coverage.0)")

        try FileManager.default.removeItem(at: bundle.appendingPathComponent("rules/us-ca/ca-seeded-bad.yaml"))
        let fixtures = bundle.appendingPathComponent("rules/us-ca/ca-sb1137-hpz-school.tests.yaml")
        let broken = try String(contentsOf: fixtures, encoding: .utf8).replacingOccurrences(of: "{kind: fail, severity: critical,", with: "{kind: fail, severity: low,")
        try broken.write(to: fixtures, atomically: true, encoding: .utf8)
        let failing = try CommandRunner.run(["rules", "test", "--bundle", bundle.path, "--rule", "CA-SB1137-HPZ-SCHOOL"])
        #expect(failing.exitCode == 1)
        #expect(failing.stdout.contains("FAIL CA-SB1137-HPZ-SCHOOL \"a new well inside the zone is critical; a preschool is protected too\" as of 2026-11-28 (case)"), "\(failing.stdout)")
        #expect(failing.stdout.contains("expected (line 23) fail low on 0402908251 and PRE-1, not raised"))
        #expect(failing.stdout.contains("raised fail critical on well 0402908251"))

        // A pack folder no jurisdiction names would be skipped silently: lint says so.
        try FileManager.default.createDirectory(at: bundle.appendingPathComponent("rules/us-nm"), withIntermediateDirectories: true)
        let orphan = try CommandRunner.run(["rules", "lint", "--bundle", bundle.path, "--as-of", "2026-11-28"])
        #expect(orphan.exitCode == 1 && orphan.stdout.contains("rule pack \"us-nm\" is named by no jurisdiction's rule_packs"))
    }
}
