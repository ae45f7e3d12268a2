import Foundation
import PushbackStore
import Testing
import TestSupport

/// Findings that last: a second night's report says what is new, updated and gone since the last
/// complete run, matched by fingerprints that ignore file names and line numbers.
@Suite("Baselines and acknowledgements: new, updated, unchanged and absent findings across runs")
struct BaselineTests {
    static let header = "Well API,Well Tier,Well Type,Operator Name,Field,Well Designation,CalGEM District,County,Lease,City,Latitude,Longitude,View in WellFinder,x,y\n"

    static func wellRow(_ api: String, _ name: String, latitude: String, longitude: String) -> String {
        "\(api),Tier 1,Oil & Gas,Example Operator,Fruitvale,\(name),Central,Kern,EX,Bakersfield,\(latitude),\(longitude),https://example.org,0,0\n"
    }

    func sweep(_ inbox: URL, state: URL, asOf: String) throws -> (CommandRunner.Result, String) {
        let result = try CommandRunner.run([
            "sweep", "--inbox", inbox.path, "--db", state.appendingPathComponent("pushback.sqlite").path,
            "--out", state.appendingPathComponent("reports").path, "--as-of", asOf,
        ])
        let report = (try? String(contentsOf: state.appendingPathComponent("reports/\(asOf)/report.txt"), encoding: .utf8)) ?? ""
        return (result, report)
    }

    @Test("a changed, a removed and an added document: updated, absent and new; the rest unchanged; the first run is the baseline; an acknowledged finding is quiet until its expiry")
    func changedRemovedAdded() throws {
        let inbox = try Fixtures.temporaryDirectory("baseline-inbox")
        let state = try Fixtures.temporaryDirectory("baseline-state")
        for name in ["orphan_wells.csv", "schools.csv"] {
            try FileManager.default.copyItem(at: Fixtures.url("inbox-small/" + name), to: inbox.appendingPathComponent(name))
        }
        try (Self.header + Self.wellRow("0402912001", "GONE 1", latitude: "35.50", longitude: "-119.20")).write(to: inbox.appendingPathComponent("extra_wells.csv"), atomically: true, encoding: .utf8)

        let (first, firstReport) = try sweep(inbox, state: state, asOf: "2026-11-28")
        #expect(first.exitCode == 1 || first.exitCode == 0, "\(first.stderr)")
        #expect(firstReport.contains("FIRST RUN: these "), "\(firstReport.prefix(800))")
        #expect(!firstReport.contains(" · NEW"), "a first run's findings are the baseline, not news")

        // Night two: one well moved 11 m in the changed registry, the extra file gone, a new one in.
        let wells = inbox.appendingPathComponent("orphan_wells.csv")
        let moved = try String(contentsOf: wells, encoding: .utf8).replacingOccurrences(of: "35.35693741", with: "35.35703741")
        try moved.write(to: wells, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: inbox.appendingPathComponent("extra_wells.csv"))
        try (Self.header + Self.wellRow("0402912002", "NEW 2", latitude: "35.60", longitude: "-119.30")).write(to: inbox.appendingPathComponent("new_wells.csv"), atomically: true, encoding: .utf8)

        let (second, report) = try sweep(inbox, state: state, asOf: "2026-11-29")
        #expect(second.exitCode == 1 || second.exitCode == 0, "\(second.stderr)")
        let summary = try #require(report.split(separator: "\n").first { $0.hasPrefix("SINCE THE LAST COMPLETE RUN (as of 2026-11-28):") }, "\(report.prefix(1200))")
        func count(_ label: String) -> Int {
            let words = summary.split(separator: " ")
            guard let index = words.firstIndex(where: { $0 == label }), index > 0 else { return -1 }
            return Int(words[index - 1]) ?? -1
        }
        #expect(count("new") > 0 && count("updated") > 0 && count("unchanged") > 0 && count("resolved") > 0, "\(summary)")
        let lines = report.split(separator: "\n").map(String.init)
        // The moved well's findings are updated; the new file's well is new; the removed file's well is gone.
        #expect(lines.contains { $0.hasPrefix("  UPDATED #") && $0.contains("0402900741") }, "\(report.prefix(2000))")
        #expect(lines.contains { $0.hasPrefix("  NEW     #") && $0.contains("0402912002") })
        #expect(!lines.contains { ($0.hasPrefix("  NEW     #") || $0.hasPrefix("  UPDATED #")) && $0.contains("0402908238") }, "an untouched well is unchanged")
        let resolved = try #require(report.range(of: "RESOLVED OR NO LONGER SEEN SINCE THE LAST COMPLETE RUN"))
        #expect(report[resolved.upperBound...].contains("well 0402912001"), "\(report[resolved.upperBound...].prefix(600))")
        #expect(report.contains("unchanged since 2026-11-28"))

        // The database keeps each finding's state and first-seen date, and the absent ones.
        let store = try PushbackStore(path: state.appendingPathComponent("pushback.sqlite").path)
        let runs = try store.recentRuns(limit: 2)
        let latest = try #require(runs.first)
        let states = try store.baselineStates(runID: latest.id)
        #expect(states["new"] == count("new") && states["updated"] == count("updated") && states["unchanged"] == count("unchanged"))
        #expect(try store.absentFindings(runID: latest.id).count == count("resolved"))

        // The officer acknowledges the new well's fee finding until 2026-12-05; a decision needs a reason and a justification.
        let newFee = try #require(lines.first { $0.hasPrefix("  NEW     #") && $0.contains("CA-IDLE-WELL-FEE") && $0.contains("0402912002") })
        let number = String(newFee.split(separator: "#")[1].prefix { $0.isNumber })
        let database = state.appendingPathComponent("pushback.sqlite").path
        let refused = try CommandRunner.run(["ack", number, "--reason", "accepted-risk", "--justification", "  ", "--db", database])
        #expect(refused.exitCode == 64 && refused.stderr.contains("a justification is required"), "\(refused.stderr)")
        let badReason = try CommandRunner.run(["ack", number, "--reason", "looks-fine", "--justification", "x", "--db", database])
        #expect(badReason.exitCode == 64 && badReason.stderr.contains("--reason must be one of"), "\(badReason.stderr)")
        let ack = try CommandRunner.run(["ack", number, "--reason", "fixed-pending-verification", "--justification", "Fee paid 2026-11-29, receipt 4471",
                                         "--expires", "2026-12-05", "--by", "j.ramirez", "--db", database])
        #expect(ack.exitCode == 0 && ack.stdout.contains("Acknowledged finding \(number)"), "\(ack.stdout)\(ack.stderr)")
        let listed = try CommandRunner.run(["ack", "--list", "--db", database])
        #expect(listed.stdout.contains("fixed-pending-verification  by j.ramirez  until 2026-12-05") && listed.stdout.contains("Fee paid 2026-11-29"), "\(listed.stdout)")

        // A third night with nothing changed but the date: nothing is new, nothing gone; the
        // acknowledged finding is quiet and its expiry is announced.
        let (_, third) = try sweep(inbox, state: state, asOf: "2026-11-30")
        #expect(third.contains("SINCE THE LAST COMPLETE RUN (as of 2026-11-29): 0 new · 0 updated · "), "\(third.prefix(800))")
        #expect(third.contains(" unchanged · 0 resolved"))
        #expect(third.contains("ACKNOWLEDGED fixed pending verification by j.ramirez until 2026-12-05"), "\(third.prefix(3000))")
        #expect(third.contains("ACKNOWLEDGEMENTS EXPIRING WITHIN 14 DAYS") && third.contains("expires 2026-12-05"))

        // On the expiry day the finding reopens.
        let (_, reopened) = try sweep(inbox, state: state, asOf: "2026-12-05")
        #expect(reopened.contains("REOPENED: the acknowledgement (fixed pending verification, j.ramirez) expired 2026-12-05"), "\(reopened.prefix(3000))")
        #expect(!reopened.contains("ACKNOWLEDGED fixed pending verification"))
        #expect(reopened.contains("NO COMPLETE RUN FOR 2026-12-01 to 2026-12-04: the last complete run was as of 2026-11-30"), "\(reopened.prefix(600))")
        #expect(!third.contains("NO COMPLETE RUN FOR"), "consecutive nights")
    }

    /// Validates a SARIF file against the official 2.1.0 schema with Python's `jsonschema`
    /// (Debian's python3-jsonschema, installed by scripts/install-deps.sh). Returns the validator's
    /// complaint, or nil when the file is valid.
    static func schemaProblem(_ sarif: URL) throws -> String? {
        let schema = Fixtures.url("schemas/sarif-schema-2.1.0.json").path
        let script = "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')"
        for python in ["/usr/bin/python3", "python3"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [python, "-c", script, sarif.path, schema]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let error = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if output.contains("valid") && process.terminationStatus == 0 { return nil }
            if error.contains("No module named") || error.contains("No such file") { continue }
            return error.split(separator: "\n").suffix(6).joined(separator: "\n")
        }
        return "no python3 with jsonschema (scripts/install-deps.sh installs python3-jsonschema)"
    }

    @Test("findings.sarif validates against the SARIF 2.1.0 schema, with fingerprints, baseline states, subjects as logical locations and acknowledgements as suppressions")
    func sarif() throws {
        let inbox = try Fixtures.temporaryDirectory("sarif-inbox")
        let state = try Fixtures.temporaryDirectory("sarif-state")
        for name in ["orphan_wells.csv", "schools.csv"] {
            try FileManager.default.copyItem(at: Fixtures.url("inbox-small/" + name), to: inbox.appendingPathComponent(name))
        }
        _ = try sweep(inbox, state: state, asOf: "2026-11-28")
        let first = state.appendingPathComponent("reports/2026-11-28/findings.sarif")
        let firstProblem = try Self.schemaProblem(first)
        #expect(firstProblem == nil, "\(firstProblem ?? "")")

        let database = state.appendingPathComponent("pushback.sqlite").path
        let ack = try CommandRunner.run(["ack", "1", "--reason", "accepted-risk", "--justification", "School relocating 2027; waiver on file", "--expires", "2027-06-30", "--by", "k.osei", "--db", database])
        #expect(ack.exitCode == 0, "\(ack.stderr)")
        try FileManager.default.removeItem(at: inbox.appendingPathComponent("schools.csv"))
        _ = try sweep(inbox, state: state, asOf: "2026-11-29")
        let second = state.appendingPathComponent("reports/2026-11-29/findings.sarif")
        let secondProblem = try Self.schemaProblem(second)
        #expect(secondProblem == nil, "\(secondProblem ?? "")")

        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: second)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let states = Set(results.compactMap { $0["baselineState"] as? String })
        #expect(states.isSuperset(of: ["new", "unchanged", "absent"]), "\(states)")
        #expect(results.allSatisfy { ($0["fingerprints"] as? [String: String])?["pushback/identity/v1"]?.count ?? 0 >= 64 })
        let suppressed = results.filter { $0["suppressions"] != nil }
        // The acknowledged setback finding is gone with the schools file: absent, not suppressed.
        #expect(suppressed.isEmpty, "\(suppressed)")
        let wells = results.compactMap { result -> [String: Any]? in
            let locations = result["locations"] as? [[String: Any]]
            return (locations?.first?["logicalLocations"] as? [[String: Any]])?.first
        }.filter { $0["kind"] as? String == "well" }
        #expect(!wells.isEmpty && wells.allSatisfy { ($0["name"] as? String)?.count == 10 })
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.allSatisfy { ($0["helpUri"] as? String)?.hasPrefix("http") == true })
        #expect(results.allSatisfy { ($0["kind"] as? String) != "fail" || ["error", "warning", "note"].contains($0["level"] as? String ?? "") })

        // Acknowledged and still raised: an accepted external suppression with its justification.
        try FileManager.default.copyItem(at: Fixtures.url("inbox-small/schools.csv"), to: inbox.appendingPathComponent("schools.csv"))
        _ = try sweep(inbox, state: state, asOf: "2026-11-30")
        let third = state.appendingPathComponent("reports/2026-11-30/findings.sarif")
        #expect(try Self.schemaProblem(third) == nil)
        let thirdLog = try JSONSerialization.jsonObject(with: Data(contentsOf: third)) as? [String: Any]
        let thirdRuns = thirdLog?["runs"] as? [[String: Any]]
        let thirdResults = try #require(thirdRuns?.first?["results"] as? [[String: Any]])
        let suppressions = thirdResults.compactMap { result -> [String: Any]? in
            let list = result["suppressions"] as? [[String: Any]]
            return list?.first
        }
        let suppression = try #require(suppressions.first)
        #expect(suppression["kind"] as? String == "external" && suppression["status"] as? String == "accepted")
        #expect(suppression["justification"] as? String == "School relocating 2027; waiver on file")
    }

    @Test("a rule removed and another's version raised between two nights: the report names the rule changes, and the removed rule's findings are resolved")
    func ruleChangesBetweenNights() throws {
        let inbox = try Fixtures.temporaryDirectory("rule-change-inbox")
        let state = try Fixtures.temporaryDirectory("rule-change-state")
        let bundle = try Fixtures.temporaryDirectory("rule-change-bundle")
        for name in ["orphan_wells.csv", "schools.csv"] {
            try FileManager.default.copyItem(at: Fixtures.url("inbox-small/" + name), to: inbox.appendingPathComponent(name))
        }
        for folder in ["rules", "jurisdictions", "mappings", "lexicon"] {
            try FileManager.default.copyItem(at: Fixtures.repository(folder), to: bundle.appendingPathComponent(folder))
        }
        func sweep(_ asOf: String) throws -> CommandRunner.Result {
            try CommandRunner.run(["sweep", "--inbox", inbox.path, "--db", state.appendingPathComponent("pushback.sqlite").path,
                                   "--out", state.appendingPathComponent("reports").path, "--as-of", asOf, "--bundle", bundle.path])
        }
        #expect(try sweep("2026-11-28").exitCode == 0)
        let rules = bundle.appendingPathComponent("rules/us-ca")
        try FileManager.default.removeItem(at: rules.appendingPathComponent("ca-idle-well-fee.yaml"))
        try FileManager.default.removeItem(at: rules.appendingPathComponent("ca-idle-well-fee.tests.yaml"))
        let longTerm = rules.appendingPathComponent("ca-idle-well-long-term.yaml")
        try String(contentsOf: longTerm, encoding: .utf8).replacingOccurrences(of: "\nversion: 1\n", with: "\nversion: 2\n").write(to: longTerm, atomically: true, encoding: .utf8)
        let second = try sweep("2026-11-29")
        #expect(second.exitCode == 0, "\(second.stderr)")
        let digest = try String(contentsOf: state.appendingPathComponent("reports/2026-11-29/digest.txt"), encoding: .utf8)
        #expect(digest.contains("RULES CHANGED since the run compared with (bundle sha256 "), "\(digest)")
        #expect(digest.contains("  CA-IDLE-WELL-LONG-TERM v1 → v2 — ") && digest.contains("  removed CA-IDLE-WELL-FEE v1 — "), "\(digest)")
        #expect(digest.contains("RESOLVED OR NO LONGER SEEN (4)"), "the removed rule's four opens are gone: \(digest)")
        let html = try String(contentsOf: state.appendingPathComponent("reports/2026-11-29/report.html"), encoding: .utf8)
        #expect(html.contains("<h2>Rule changes since the last run</h2>") && html.contains("<li>removed CA-IDLE-WELL-FEE v1 — "))
        // A night with the same rules says nothing about them.
        #expect(try sweep("2026-11-30").exitCode == 0)
        let third = try String(contentsOf: state.appendingPathComponent("reports/2026-11-30/digest.txt"), encoding: .utf8)
        #expect(!third.contains("RULES CHANGED"), "\(third)")
    }

}
