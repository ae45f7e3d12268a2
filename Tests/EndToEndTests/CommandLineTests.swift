import Foundation
import Testing
import TestSupport

@Suite("The pushback binary, end to end")
struct CommandLineTests {
    let samples = Fixtures.repository("samples/inbox").path
    let small = Fixtures.url("inbox-small").path

    func scratch() throws -> (db: String, out: String) {
        let folder = try Fixtures.temporaryDirectory("e2e")
        return (folder.appendingPathComponent("db.sqlite").path, folder.appendingPathComponent("reports").path)
    }

    @Test("--help documents the exit codes and the subcommands")
    func help() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("sweep") && result.stdout.contains("doctor"))
        #expect(result.stdout.contains("3 partial") && result.stdout.contains("11 another run holds"))
        let sweep = try CommandRunner.run(["sweep", "--help"])
        #expect(sweep.stdout.contains("Examples:") && sweep.stdout.contains("--as-of"))
    }

    @Test("the demo sweep on samples/ exits 0, finds the Kern pairs and prints where the report is")
    func demo() throws {
        let (db, out) = try scratch()
        let result = try CommandRunner.run(["sweep", "--inbox", samples, "--db", db, "--out", out, "--as-of", "2026-11-28"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Run: COMPLETE"))
        #expect(result.stdout.contains("Findings: 145 fail"), "130 setback pairs and fifteen JSA findings the readings, the JSAs' own words and the documents naming the same wells raise: \(result.stdout)")
        #expect(result.stdout.contains("Report: \(out)/2026-11-28/report.html"))
        for name in ["report.html", "report.txt", "findings.json"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/latest/\(name)"))
        }
        // The SARIF of every kind of subject — wells, receptors, documents, JSAs and their claims — is valid SARIF 2.1.0.
        let sarif = URL(fileURLWithPath: "\(out)/2026-11-28/findings.sarif")
        #expect(try BaselineTests.schemaProblem(sarif) == nil)
        let text = try String(contentsOf: sarif, encoding: .utf8)
        for kind in ["well", "receptor", "document", "jsa", "claim"] { #expect(text.contains("\"kind\" : \"\(kind)\""), "no logical location of kind \(kind)") }
    }

    @Test("exit codes: findings at --fail-on → 1, unreadable document → 3, bad rule → 4, usage → 64, config → 78")
    func exitCodes() throws {
        let (db, out) = try scratch()
        #expect(try CommandRunner.run(["sweep", "--inbox", small, "--db", db, "--out", out, "--as-of", "2026-11-28", "--fail-on", "high"]).exitCode == 1)
        #expect(try CommandRunner.run(["sweep", "--inbox", small, "--db", db, "--out", out, "--as-of", "2026-11-28", "--fail-on", "critical"]).exitCode == 0)

        let inbox = try Fixtures.temporaryDirectory("e2e-inbox")
        try FileManager.default.copyItem(atPath: small + "/orphan_wells.csv", toPath: inbox.appendingPathComponent("wells.csv").path)
        try Data("%PDF-1.7\ntruncated".utf8).write(to: inbox.appendingPathComponent("W-2.pdf"))
        let partial = try CommandRunner.run(["sweep", "--inbox", inbox.path, "--db", db, "--out", out, "--as-of", "2026-11-28", "--fail-on", "high"])
        #expect(partial.exitCode == 3, "partial outranks findings")
        #expect(partial.stdout.contains("Run: INCOMPLETE"))

        let bundle = try Fixtures.temporaryDirectory("e2e-bundle")
        for folder in ["rules", "jurisdictions", "mappings", "lexicon"] {
            try FileManager.default.copyItem(at: Fixtures.repository(folder), to: bundle.appendingPathComponent(folder))
        }
        let rule = bundle.appendingPathComponent("rules/us-ca/ca-sb1137-hpz-school.yaml")
        let text = try String(contentsOf: rule, encoding: .utf8).replacingOccurrences(of: "severity: high", with: "severity: dire")
        try Data(text.utf8).write(to: rule)
        let invalid = try CommandRunner.run(["sweep", "--inbox", small, "--db", db, "--out", out, "--bundle", bundle.path])
        #expect(invalid.exitCode == 4)
        #expect(invalid.stderr.contains("ca-sb1137-hpz-school.yaml:10: severity must be one of"))

        let badDate = try CommandRunner.run(["sweep", "--inbox", small, "--as-of", "2026-02-30"])
        #expect(badDate.exitCode == 64)
        #expect(badDate.stderr.contains("2026-02-30"))
        #expect(try CommandRunner.run(["sweep", "--inbox", small, "--fail-on", "sometimes"]).exitCode == 64)
        #expect(try CommandRunner.run(["sweep", "--inbox", small, "--no-such-option"]).exitCode == 64)
        // No inbox anywhere (option, PUSHBACK_INBOX, pushback.toml) is a configuration error.
        let unset = try CommandRunner.run(["sweep"], in: try Fixtures.temporaryDirectory("e2e-no-config"))
        #expect(unset.exitCode == 78 && unset.stderr.contains("no inbox"))
        let noInbox = try CommandRunner.run(["sweep", "--inbox", "/nonexistent/inbox", "--db", db, "--out", out])
        #expect(noInbox.exitCode == 78)
        #expect(noInbox.stderr.contains("/nonexistent/inbox"))
    }

    @Test("the same bytes twice in the inbox are read once; the copy is reported as a duplicate")
    func duplicates() throws {
        let inbox = try Fixtures.temporaryDirectory("dup-inbox")
        let w2 = Fixtures.url("real/documents/tx_rrc_text/cmpl_W2Form_PID_321260.md")
        try FileManager.default.copyItem(at: w2, to: inbox.appendingPathComponent("a.md"))
        try FileManager.default.copyItem(at: w2, to: inbox.appendingPathComponent("b-copy.md"))
        let (db, out) = try scratch()
        let result = try CommandRunner.run(["sweep", "--inbox", inbox.path, "--db", db, "--out", out, "--as-of", "2026-11-28", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"documents_duplicate\" : 1") && result.stdout.contains("\"documents_read\" : 1"))
        let report = try String(contentsOfFile: "\(out)/2026-11-28/report.txt", encoding: .utf8)
        #expect(report.contains("b-copy.md [sha256 93720799ad97] DUPLICATE of a.md (same bytes; not read twice)"))
    }

    @Test("doctor proves each C library works")
    func doctor() throws {
        let result = try CommandRunner.run(["doctor"])
        #expect(result.exitCode == 0, "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("ok") }.count == 9)
    }

    @Test("reports of a small inbox match their snapshots", arguments: ["report.txt", "report.html", "digest.txt", "findings.json", "findings.sarif", "findings.csv", "findings.geojson"])
    func snapshots(name: String) throws {
        let (db, out) = try scratch()
        let result = try CommandRunner.run(["sweep", "--inbox", small, "--db", db, "--out", out, "--as-of", "2026-11-28"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: "\(out)/2026-11-28/\(name)", encoding: .utf8)
        if let mismatch = Snapshot.mismatch(text, named: "inbox-small/\(name)") { Issue.record("\(mismatch)") }
    }

    @Test("pushback report renders a stored run again, byte for byte as the sweep wrote it, in every format; bad runs, formats and databases are refused")
    func reportAgain() throws {
        let (db, out) = try scratch()
        _ = try CommandRunner.run(["sweep", "--inbox", small, "--db", db, "--out", out, "--as-of", "2026-11-28"])
        for (format, file) in [("html", "report.html"), ("text", "report.txt"), ("digest", "digest.txt"), ("json", "findings.json"),
                               ("sarif", "findings.sarif"), ("csv", "findings.csv"), ("geojson", "findings.geojson")] {
            let rendered = try CommandRunner.run(["report", "--db", db, "--format", format])
            #expect(rendered.exitCode == 0, "\(rendered.stderr)")
            #expect(Data(rendered.stdout.utf8) == (try Data(contentsOf: URL(fileURLWithPath: "\(out)/2026-11-28/\(file)"))), "pushback report --format \(format) differs from \(file)")
        }
        // The map cap is the report's own: none drawn with --maps 0, every one says why.
        let capped = try CommandRunner.run(["report", "--db", db, "--maps", "0", "--out", "\(out)/capped.html"])
        #expect(capped.exitCode == 0, "\(capped.stderr)")
        let html = try String(contentsOfFile: "\(out)/capped.html", encoding: .utf8)
        #expect(!html.contains("<svg class=\"map\"") && html.contains("Map not drawn: the report draws at most 0 maps"))
        #expect(html.contains("<svg class=\"overview\""))

        let noRun = try CommandRunner.run(["report", "--db", db, "--run", "20990101T000000Z-0"])
        #expect(noRun.exitCode == 64 && noRun.stderr.contains("no run 20990101T000000Z-0"), "\(noRun.stderr)")
        let badFormat = try CommandRunner.run(["report", "--db", db, "--format", "pdf"])
        #expect(badFormat.exitCode == 64 && badFormat.stderr.contains("--format must be one of html, text, digest"), "\(badFormat.stderr)")
        #expect(try CommandRunner.run(["report", "--db", "\(db).absent"]).exitCode == 78)
    }

    @Test("pushback explain prints a finding's rule, bundle, place, reasoning tree and evidence; a missing one is exit 64")
    func explain() throws {
        let (db, out) = try scratch()
        _ = try CommandRunner.run(["sweep", "--inbox", small, "--db", db, "--out", out, "--as-of", "2026-11-28"])
        let setback = try CommandRunner.run(["explain", "1", "--db", db])
        #expect(setback.exitCode == 0, "\(setback.stderr)")
        for expected in ["Finding 1 of run ", "Rule      CA-SB1137-HPZ-SCHOOL version 1 (regulation)", "Bundle    sha256 ", "Where     California → United States",
                         "└─ school Wayne Van Horn Elementary within 975 m (3,200 ft): d = 304 m (999 ft)", "   └─ definitely within: d + u ≤ 975 m (3,200 ft) → true",
                         "Values compared\n  • distance, well surface location → receptor point (WGS84 geodesic): ", "Evidence\n  • orphan_wells.csv line "] {
            #expect(setback.stdout.contains(expected), "\(expected)\n\(setback.stdout)")
        }
        // A condition rule's finding: its steps as a tree, down to the missing fact.
        let report = try String(contentsOfFile: "\(out)/2026-11-28/report.txt", encoding: .utf8)
        let line = try #require(report.split(separator: "\n").first { $0.contains("OPEN CA-IDLE-WELL-LONG-TERM") })
        let number = try #require(line.split(separator: ".").first)
        let condition = try CommandRunner.run(["explain", String(number), "--db", db])
        #expect(condition.exitCode == 0)
        #expect(condition.stdout.contains("""
            ├─ applies when → true
            │  └─ well.status = idle ∈ [idle] → true
            └─ fires when → unknown
               └─ well.time_in_status ≥ 8 years: well.time_in_status cannot be computed — well.status_date: the source gives none → unknown
            """), "\(condition.stdout)")
        let json = try CommandRunner.run(["explain", String(number), "--db", db, "--json"])
        #expect(json.exitCode == 0 && json.stdout.contains("\"explanation\" : ["))
        let missing = try CommandRunner.run(["explain", "999", "--db", db])
        #expect(missing.exitCode == 64 && missing.stderr.contains("there is no finding 999"))
        #expect(try CommandRunner.run(["explain", "1", "--db", "\(db).absent"]).exitCode == 78)
    }

    @Test("the HTML report is self-contained: no scripts, no external fetches")
    func selfContainedHTML() throws {
        let (db, out) = try scratch()
        _ = try CommandRunner.run(["sweep", "--inbox", small, "--db", db, "--out", out, "--as-of", "2026-11-28"])
        let html = try String(contentsOfFile: "\(out)/2026-11-28/report.html", encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("<link"))
        #expect(!html.contains("@import") && !html.contains("url("))
    }
}
