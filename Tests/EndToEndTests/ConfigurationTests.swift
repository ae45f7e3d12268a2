import Foundation
import Testing
import TestSupport

@Suite("pushback.toml, PUSHBACK_* variables and options")
struct ConfigurationTests {
    func folder(with toml: String) throws -> URL {
        let folder = try Fixtures.temporaryDirectory("config")
        try Data(toml.utf8).write(to: folder.appendingPathComponent("pushback.toml"))
        return folder
    }

    @Test("config check lists every setting with its source; options beat variables, variables beat the file")
    func precedence() throws {
        let folder = try folder(with: "inbox = \"in\"\nfail_on = \"high\"\n\n[limits]\npages = 100\nocr_pages = 2\n")
        let listed = try CommandRunner.run(["config", "check"], in: folder, environment: ["PUSHBACK_LIMITS_PAGES": "50"])
        #expect(listed.exitCode == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains(#"inbox = "in"   # pushback.toml"#))
        #expect(listed.stdout.contains("limits.pages = 50   # environment PUSHBACK_LIMITS_PAGES"))
        #expect(listed.stdout.contains("limits.ocr_pages = 2   # pushback.toml"))
        #expect(listed.stdout.contains(#"if_locked = "fail"   # default"#))

        // A sweep run from that folder takes the file's inbox; --inbox on the command line wins.
        let inbox = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.url("inbox-small/orphan_wells.csv"), to: inbox.appendingPathComponent("wells.csv"))
        let swept = try CommandRunner.run(["sweep", "--as-of", "2026-11-28", "--bundle", Fixtures.repository("").path], in: folder)
        #expect(swept.stdout.contains("Read: 3 well record(s), 0 receptor(s)"), "\(swept.stdout)\(swept.stderr)")
        let overridden = try CommandRunner.run(
            ["sweep", "--as-of", "2026-11-28", "--bundle", Fixtures.repository("").path, "--inbox", Fixtures.url("inbox-small").path, "--fail-on", "never"], in: folder
        )
        #expect(overridden.exitCode == 0 && overridden.stdout.contains("2 receptor(s)"), "\(overridden.stdout)\(overridden.stderr)")
    }

    @Test("an unknown setting, a wrong type, a bad variable or broken TOML is exit 78 naming it")
    func invalid() throws {
        let cases: [(toml: String, environment: [String: String], says: String)] = [
            ("inbox = \"in\"\ncolour = \"blue\"\n", [:], #"pushback.toml: unknown setting "colour""#),
            ("[limits]\npages = \"many\"\n", [:], "pushback.toml: limits.pages = \"many\" is not a positive whole number"),
            ("inbox = \"in\"\n", ["PUSHBACK_LIMITS_OCR_PAGES": "-1"], "PUSHBACK_LIMITS_OCR_PAGES: limits.ocr_pages"),
            ("inbox = \"in\n", [:], "pushback.toml:1:"),
            ("inbox = [\"a\", \"b\"]\n", [:], #"pushback.toml: inbox = ["a", "b"] is not text"#),
            ("[jurisdictions]\nenabled = [1, 2]\n", [:], "jurisdictions.enabled must be a list of strings"),
            ("[jurisdictions]\nenabled = []\n", [:], "jurisdictions.enabled = [] is not a non-empty list of names"),
        ]
        for entry in cases {
            let folder = try folder(with: entry.toml)
            let result = try CommandRunner.run(["config", "check"], in: folder, environment: entry.environment)
            #expect(result.exitCode == 78 && result.stderr.contains(entry.says), "\(entry.toml): \(result.stderr)")
        }
        let noInbox = try CommandRunner.run(["sweep"], in: try folder(with: "fail_on = \"high\"\n"))
        #expect(noInbox.exitCode == 78 && noInbox.stderr.contains("no inbox"))
        let badPolicy = try CommandRunner.run(["sweep"], in: try folder(with: "inbox = \"x\"\nif_locked = \"sometimes\"\n"))
        #expect(badPolicy.exitCode == 78 && badPolicy.stderr.contains("if_locked"))
    }

    @Test("jurisdictions.enabled switches other jurisdictions' rules off, and the report says so; an unknown one is exit 78")
    func enabledJurisdictions() throws {
        let folder = try folder(with: "[jurisdictions]\nenabled = [\"us\", \"us-ca-signal-hill\"]\n")
        let listed = try CommandRunner.run(["config", "check"], in: folder)
        #expect(listed.stdout.contains(#"jurisdictions.enabled = ["us", "us-ca-signal-hill"]   # pushback.toml"#), "\(listed.stdout)")
        let arguments = ["sweep", "--as-of", "2026-11-28", "--bundle", Fixtures.repository("").path, "--inbox", Fixtures.url("inbox-small").path]
        let all = try CommandRunner.run(arguments + ["--db", "all/p.sqlite", "--out", "all/reports"], in: folder, environment: ["PUSHBACK_CONFIG": "/dev/null"])
        #expect(!all.stdout.contains("Findings: 0 fail · 0 review · 0 open"), "every rule on: the small inbox has findings\n\(all.stdout)")
        let some = try CommandRunner.run(arguments + ["--db", "some/p.sqlite", "--out", "some/reports"], in: folder)
        // Only the federal rules run: the one open is the BLM rule's, for the unreadable well row.
        #expect(some.stdout.contains("Findings: 0 fail · 0 review · 1 open"), "\(some.stdout)\(some.stderr)")
        let report = try String(contentsOf: folder.appendingPathComponent("some/reports/latest/report.txt"), encoding: .utf8)
        #expect(report.contains("CA-SB1137-HPZ-SCHOOL v1 SWITCHED OFF by configuration"), "\(report)")
        #expect(report.contains("OPEN BLM-TA-SI-APPROVAL v1") && report.contains("orphan_wells.csv line 5 could not be read"), "\(report)")
        // The variable, comma-separated, overrides the file; a jurisdiction not in the bundle is an error.
        let unknown = try CommandRunner.run(arguments + ["--db", "x/p.sqlite", "--out", "x/reports"], in: folder, environment: ["PUSHBACK_JURISDICTIONS_ENABLED": "us, us-tx-midland"])
        #expect(unknown.exitCode == 78 && unknown.stderr.contains("us-tx-midland, not in the bundle"), "\(unknown.stderr)")
    }
}
