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
    }
}
