import Foundation
import PushbackStore
import Testing
import TestSupport

/// Cron at 2 a.m.: one sweep at a time, and a sweep killed at any instant loses and duplicates
/// nothing.
@Suite("Unattended operation: locking and crash safety", .serialized)
struct UnattendedOperationTests {
    /// An inbox with registries, a filing and a file that must be quarantined.
    static func inbox() throws -> URL {
        let inbox = try Fixtures.temporaryDirectory("unattended-inbox")
        for name in ["orphan_wells.csv", "schools.csv"] {
            try FileManager.default.copyItem(at: Fixtures.url("inbox-small/" + name), to: inbox.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(
            at: Fixtures.url("real/documents/tx_rrc_text/855565_W1_AsApprovedW1-8-1-2019_LTR.md"),
            to: inbox.appendingPathComponent("855565_W1.md")
        )
        try Data("%PDF-1.7\ntruncated".utf8).write(to: inbox.appendingPathComponent("W-2.pdf"))
        return inbox
    }

    static func sweep(_ inbox: URL, state: URL, extra: [String] = [], environment: [String: String] = [:]) throws -> CommandRunner.Result {
        try CommandRunner.run(
            ["sweep", "--inbox", inbox.path, "--db", state.appendingPathComponent("db/pushback.sqlite").path,
             "--out", state.appendingPathComponent("reports").path, "--as-of", "2026-11-28"] + extra,
            environment: environment
        )
    }

    @Test("a held lock: exit 11 naming the holder; --if-locked=skip exits 0; wait:1 waits, then 11; free again, the sweep runs")
    func lockHeld() throws {
        let inbox = try Self.inbox()
        let state = try Fixtures.temporaryDirectory("unattended-lock")
        let lockPath = state.appendingPathComponent("db/pushback.lock").path
        try FileManager.default.createDirectory(at: state.appendingPathComponent("db"), withIntermediateDirectories: true)
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let holder = #"{"host":"night-box","pid":4242,"runID":"20261128T020000Z-abc","startedAt":"2026-11-28T02:00:00Z"}"#
        _ = holder.withCString { write(descriptor, $0, strlen($0)) }

        let failed = try Self.sweep(inbox, state: state)
        #expect(failed.exitCode == 11, "\(failed.stderr)")
        #expect(failed.stderr.contains("run 20261128T020000Z-abc (pid 4242 on night-box") && failed.stderr.contains(lockPath))
        let skipped = try Self.sweep(inbox, state: state, extra: ["--if-locked", "skip"])
        #expect(skipped.exitCode == 0 && skipped.stderr.contains("skipped"), "\(skipped.stderr)")
        let start = Date()
        let waited = try Self.sweep(inbox, state: state, extra: ["--if-locked", "wait:1"])
        #expect(waited.exitCode == 11 && Date().timeIntervalSince(start) >= 1 && waited.stderr.contains("after waiting 1 s"))
        #expect(try Self.sweep(inbox, state: state, extra: ["--if-locked", "sometimes"]).exitCode == 64)

        close(descriptor)  // the holder dies: the kernel drops its lock, the file stays
        let ran = try Self.sweep(inbox, state: state)
        #expect(ran.exitCode == 3, "\(ran.stderr)")  // partial: the truncated PDF is quarantined
        #expect(FileManager.default.fileExists(atPath: lockPath))
    }

    @Test("two sweeps started together: one runs, the other exits 11")
    func twoAtOnce() throws {
        let state = try Fixtures.temporaryDirectory("unattended-two")
        let samples = Fixtures.repository("samples/inbox")
        let results = Array(repeating: samples, count: 2).concurrentMap { inbox in try? Self.sweep(inbox, state: state) }
        let codes = results.map { $0?.exitCode ?? -1 }.sorted()
        #expect(codes == [0, 11], "\(results.map { $0?.stderr ?? "" })")
    }

    @Test("nothing changed: the second sweep does nothing and says so; a changed file, a new as-of date or --force runs; a filing is read once")
    func incremental() throws {
        let inbox = try Self.inbox()
        let state = try Fixtures.temporaryDirectory("unattended-incremental")
        let first = try Self.sweep(inbox, state: state)
        #expect(first.exitCode == 3 && !first.stdout.contains("Nothing changed"), "\(first.stderr)")
        #expect(first.stderr.isEmpty, "no progress line when standard error is not a terminal (cron's mail)")
        let second = try Self.sweep(inbox, state: state)
        #expect(second.exitCode == 3, "the unchanged run's exit code stands")
        #expect(second.stdout.contains("Nothing changed since run"), "\(second.stdout)")
        #expect(try Self.sweep(inbox, state: state, extra: ["--force"]).stdout.contains("Nothing changed") == false)

        let store = try PushbackStore(path: state.appendingPathComponent("db/pushback.sqlite").path)
        let runs = try store.recentRuns(limit: 10)
        #expect(runs.count == 2, "a no-op run records nothing")
        // A new as-of date runs again, with the filing taken from the cache: the same facts.
        let nextDay = try CommandRunner.run(
            ["sweep", "--inbox", inbox.path, "--db", state.appendingPathComponent("db/pushback.sqlite").path,
             "--out", state.appendingPathComponent("reports").path, "--as-of", "2026-11-29"]
        )
        #expect(nextDay.exitCode == 3 && !nextDay.stdout.contains("Nothing changed"))
        let latest = try #require(try store.recentRuns(limit: 1).first)
        #expect(latest.asOf == "2026-11-29")
        #expect(try store.facts(runID: latest.id) == store.facts(runID: runs[1].id))
        #expect(try store.facts(runID: latest.id).contains { $0.name == "api" || $0.name.hasPrefix("operator") })

        // A changed document is a changed run.
        try Data("api,well_status\n".utf8).write(to: inbox.appendingPathComponent("orphan_wells.csv"))
        #expect(try Self.sweep(inbox, state: state).stdout.contains("Nothing changed") == false)
    }

    @Test("status: no sweep running, the last run and the last finished one, and runs cut short; 78 without a database")
    func status() throws {
        let inbox = try Self.inbox()
        let state = try Fixtures.temporaryDirectory("unattended-status")
        let database = state.appendingPathComponent("db/pushback.sqlite").path
        #expect(try CommandRunner.run(["status", "--db", database]).exitCode == 78)
        _ = try Self.sweep(inbox, state: state)
        let killed = try Self.sweep(inbox, state: state, extra: ["--force"], environment: ["PUSHBACK_KILL_AT": "document:2"])
        #expect(killed.wasKilled)
        let text = try CommandRunner.run(["status", "--db", database])
        #expect(text.exitCode == 0)
        #expect(text.stdout.contains("Now: no sweep running"))
        #expect(text.stdout.contains("Last run: run ") && text.stdout.contains(": running"), "\(text.stdout)")
        #expect(text.stdout.contains("Last finished: run ") && text.stdout.contains(": partial (exit 3)"), "\(text.stdout)")
        // The inbox holds an unreadable PDF: no run has been complete, and the status says so.
        #expect(text.stdout.contains("Last complete: none yet — no sweep has read every document"), "\(text.stdout)")
        #expect(text.stdout.contains("Recent runs (newest first):\n  2026-11-28  running") && text.stdout.contains("  2026-11-28  partial     exit 3  "), "\(text.stdout)")
        _ = try Self.sweep(inbox, state: state)  // finds the killed run and marks it
        let json = try CommandRunner.run(["status", "--db", database, "--json"])
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((decoded["interrupted"] as? [[String: Any]])?.count == 1)
        #expect((decoded["last_run"] as? [String: Any])?["status"] as? String == "partial")
    }

    @Test("--log writes one JSON object per line: the run, each document with its duration, the rules, the end")
    func jsonLinesLog() throws {
        let inbox = try Self.inbox()
        let state = try Fixtures.temporaryDirectory("unattended-log")
        let logPath = state.appendingPathComponent("logs/sweep.jsonl").path
        #expect(try Self.sweep(inbox, state: state, extra: ["--log", logPath]).exitCode == 3)
        let lines = try String(contentsOfFile: logPath, encoding: .utf8).split(separator: "\n")
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        // Documents in path order: 855565_W1.md, W-2.pdf (quarantined), orphan_wells.csv, schools.csv.
        #expect(objects.map { $0["event"] as? String ?? "" } == [
            "run.started", "document.read", "document.quarantined", "document.read", "document.read", "rules.evaluated", "run.finished",
        ])
        #expect(Set(objects.compactMap { $0["run_id"] as? String }).count == 1)
        let quarantined = try #require(objects.first { $0["event"] as? String == "document.quarantined" })
        #expect(quarantined["level"] as? String == "warning" && quarantined["document"] as? String == "W-2.pdf" && (quarantined["reason"] as? String)?.isEmpty == false)
        #expect(objects.filter { $0["event"] as? String == "document.read" }.allSatisfy { $0["duration_ms"] is Double || $0["duration_ms"] is Int })
        #expect(objects.last?["exit_code"] as? Int == 3)
    }

    @Test("--resume continues the run cut short under its own id, keeping what it recorded; declined when the inbox changed")
    func resume() throws {
        let inbox = try Self.inbox()
        let clean = try Fixtures.temporaryDirectory("unattended-resume-clean")
        #expect(try Self.sweep(inbox, state: clean).exitCode == 3)
        let cleanStore = try PushbackStore(path: clean.appendingPathComponent("db/pushback.sqlite").path)
        let cleanRun = try #require(try cleanStore.recentRuns(limit: 1).first)

        let state = try Fixtures.temporaryDirectory("unattended-resume")
        let log = state.appendingPathComponent("resume.jsonl").path
        #expect(try Self.sweep(inbox, state: state, environment: ["PUSHBACK_KILL_AT": "document:3"]).wasKilled)
        let store = try PushbackStore(path: state.appendingPathComponent("db/pushback.sqlite").path)
        let cut = try #require(try store.recentRuns(limit: 1).first)
        #expect(cut.status == .running)
        let resumed = try Self.sweep(inbox, state: state, extra: ["--resume", "--log", log])
        #expect(resumed.exitCode == 3, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Resumed the run \(cut.id)"), "\(resumed.stdout)")
        let runs = try store.recentRuns(limit: 10)
        #expect(runs.map(\.id) == [cut.id] && runs.first?.status == .partial, "one run, finished under its own id")
        #expect(try store.findings(runID: cut.id) == cleanStore.findings(runID: cleanRun.id))
        #expect(try store.documents(runID: cut.id) .map(\.source) == cleanStore.documents(runID: cleanRun.id).map(\.source))
        #expect(try store.problems(runID: cut.id).count == cleanStore.problems(runID: cleanRun.id).count, "nothing recorded twice")
        #expect(try store.facts(runID: cut.id) == cleanStore.facts(runID: cleanRun.id))
        let started = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").first { $0.contains("run.resumed") }
        #expect(started?.contains("\"already_recorded\":3") == true, "\(started ?? "no run.resumed event")")

        // A run cut short over an inbox that has changed since is not resumed: a fresh run.
        #expect(try Self.sweep(inbox, state: state, extra: ["--force"], environment: ["PUSHBACK_KILL_AT": "document:2"]).wasKilled)
        try Data("api,well_status\n".utf8).write(to: inbox.appendingPathComponent("orphan_wells.csv"))
        let declined = try Self.sweep(inbox, state: state, extra: ["--resume"])
        #expect(!declined.stdout.contains("Resumed") && declined.stdout.contains("never finished"), "\(declined.stdout)")
        // The morning report says a run was cut short (its own report was never written).
        let cutShort = try #require(try store.recentRuns(limit: 2).last)
        for name in ["report.txt", "report.html"] {
            let report = try String(contentsOf: state.appendingPathComponent("reports/latest/" + name), encoding: .utf8)
            #expect(report.contains("EARLIER RUN INCOMPLETE: run \(cutShort.id)"), "\(name)")
        }
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test("a new as-of date reuses the findings of rules the date cannot change; rules with periods and deadlines run again")
    func nextDayReusesDateIndependentRules() throws {
        let inbox = try Self.inbox()
        let state = try Fixtures.temporaryDirectory("unattended-next-day")
        #expect(try Self.sweep(inbox, state: state).exitCode == 3)
        let log = state.appendingPathComponent("next.jsonl").path
        let database = state.appendingPathComponent("db/pushback.sqlite").path
        let next = try CommandRunner.run(
            ["sweep", "--inbox", inbox.path, "--db", database, "--out", state.appendingPathComponent("reports").path, "--as-of", "2026-11-29", "--log", log]
        )
        #expect(next.exitCode == 3, "\(next.stderr)")
        let rules = try #require(try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").first { $0.contains("rules.evaluated") })
        let event = try #require(try JSONSerialization.jsonObject(with: Data(rules.utf8)) as? [String: Any])
        #expect(event["reused"] as? [String] == [
            "ANNULUS-PRESSURE-JUMP", "BROOMFIELD-WELL-PROTECTED-USE-2000FT", "CA-SB1137-HPZ-SCHOOL", "CASING-PRESSURE-BUILD-UP-RATE", "CASING-PRESSURE-REBUILDS", "CO-419-BRADENHEAD", "CO-604-SCHOOL-SETBACK", "DALLAS-GAS-WELL-PROTECTED-USE-1500FT",
            "DOCUMENTS-LOCATION-VS-REGISTRY", "DOCUMENTS-WELL-HISTORY", "DOCUMENTS-WELL-IDENTITY", "FILING-AMENDMENT-EXPLAINED", "FILING-CASING-LISTED-TWICE",
            "FW-GAS-WELL-PROTECTED-USE-300FT", "FW-GAS-WELL-PROTECTED-USE-600FT", "JSA-ATMOSPHERE-LIMITS", "JSA-BLEED-DOWN-VS-READINGS", "JSA-CONFINED-SPACE-ATTENDANT",
            "JSA-H2S-CONTROLS", "JSA-HOT-WORK-CONTROLS", "JSA-PRESSURE-JUDGMENTS",
            "JSA-PRESSURE-TEST-CRITERIA", "JSA-READINGS-VS-GAUGE", "JSA-SIGN-OFFS", "JSA-STEP-CONTROLS", "JSA-VALVE-CHECK-WITHOUT-MEASURE", "JSA-WORK-ON-PLUGGED-WELL",
            "PA-ACT13-BUILDING-WATER-WELL-200FT", "PA-ACT13-BUILDING-WATER-WELL-500FT", "PRODUCTION-INVENTORY-BALANCE", "PRODUCTION-REGISTRY-STATUS-VS-PRODUCED", "PRODUCTION-STATUS-VS-PRODUCED",
            "PRODUCTION-TREND-BREAK", "PRODUCTION-ZERO-PRESSURES",
            "US-LOCATION-ESTABLISHED",
        ], "\(rules)")
        // Condition rules count time to the as-of date, so the registries are read for them.
        #expect((event["registries_read_again"] as? Int ?? 0) > 0, "\(rules)")
        // The same findings a run from scratch on that date gives.
        let fresh = try Fixtures.temporaryDirectory("unattended-next-day-fresh")
        _ = try CommandRunner.run(
            ["sweep", "--inbox", inbox.path, "--db", fresh.appendingPathComponent("db/pushback.sqlite").path, "--out", fresh.appendingPathComponent("reports").path, "--as-of", "2026-11-29"]
        )
        let store = try PushbackStore(path: database)
        let freshStore = try PushbackStore(path: fresh.appendingPathComponent("db/pushback.sqlite").path)
        #expect(try store.findings(runID: try #require(store.recentRuns(limit: 1).first).id) == freshStore.findings(runID: try #require(freshStore.recentRuns(limit: 1).first).id))
        #expect(try Data(contentsOf: state.appendingPathComponent("reports/2026-11-29/findings.json")) == Data(contentsOf: fresh.appendingPathComponent("reports/2026-11-29/findings.json")))
    }

    /// Where a sweep can be killed (see `FaultInjection`), for an inbox of four documents.
    static let killPoints = ["run:begun"] + (1...4).map { "document:\($0)" }
        + ["findings:recorded", "report:report.html", "report:report.txt", "report:digest.txt", "report:findings.json", "report:findings.sarif",
           "report:findings.csv", "report:findings.geojson", "link:as-of", "link:latest", "run:finished"]

    @Test("killed (SIGKILL) at seeded points, a re-run or --resume gives exactly a clean run's findings; the database stays sound")
    func killedAndRerun() throws {
        let inbox = try Self.inbox()
        let clean = try Fixtures.temporaryDirectory("unattended-clean")
        #expect(try Self.sweep(inbox, state: clean).exitCode == 3)
        let expected = try Data(contentsOf: clean.appendingPathComponent("reports/2026-11-28/findings.json"))

        let state = try Fixtures.temporaryDirectory("unattended-killed")
        let kills = ProcessInfo.processInfo.environment["PUSHBACK_LONG_CHECKS"] == nil ? 24 : 300
        var generator = SeededGenerator(seed: 2026_11_28)
        // Kills before the run recorded its end leave it marked running, to be found by the next.
        var cutShort = 0
        for round in 0..<kills {
            let point = Self.killPoints.randomElement(using: &generator)!
            // --force: an unchanged inbox would otherwise make the sweep a no-op that reaches no point.
            let interrupted = try Self.sweep(inbox, state: state, extra: ["--force"], environment: ["PUSHBACK_KILL_AT": point])
            #expect(interrupted.wasKilled && interrupted.exitCode == SIGKILL, "round \(round), \(point): \(interrupted.stderr)")
            if point != "run:finished" { cutShort += 1 }
            // Whatever a reader finds meanwhile is one whole run's report, never a mix or a half.
            let shown = state.appendingPathComponent("reports/2026-11-28/findings.json")
            if FileManager.default.fileExists(atPath: shown.path) { #expect(try Data(contentsOf: shown) == expected, "round \(round), \(point)") }
            // Every second round, kill again before re-running: interruptions pile up harmlessly.
            // Every fourth round resumes the run cut short last instead of starting afresh.
            guard round % 2 == 1 else { continue }
            let resuming = round % 4 == 3
            let rerun = try Self.sweep(inbox, state: state, extra: resuming ? ["--resume"] : [])
            #expect(rerun.exitCode == 3, "round \(round), \(point): \(rerun.stderr)")
            // The sweep killed just now marked any earlier one; its own run is left running
            // unless it was killed after recording its end.
            let leftRunning = point != "run:finished"
            let resumed = resuming && leftRunning
            #expect(rerun.stdout.contains("Resumed the run") == resumed, "round \(round), \(point): \(rerun.stdout)")
            #expect(rerun.stdout.contains("never finished") == (leftRunning && !resumed), "round \(round), \(point)")
            if resumed { cutShort -= 1 }
            #expect(try Data(contentsOf: shown) == expected, "round \(round), \(point): findings differ from a clean run's")
        }
        let store = try PushbackStore(path: state.appendingPathComponent("db/pushback.sqlite").path)
        #expect(try store.integrityCheck() == ["ok"])
        let runs = try store.recentRuns(limit: 1_000)
        #expect(runs.filter { $0.status == .running }.isEmpty)
        #expect(runs.filter { $0.status == .failed }.count == cutShort)
        // Each finished run stored the clean run's findings once: no loss, no duplicates.
        let cleanStore = try PushbackStore(path: clean.appendingPathComponent("db/pushback.sqlite").path)
        let reference = try cleanStore.findings(runID: try #require(cleanStore.recentRuns(limit: 1).first).id)
        for run in runs where run.status == .partial {
            #expect(try store.findings(runID: run.id) == reference, "run \(run.id)")
        }
        // One run folder is left: the one the as-of date's link shows.
        let folders = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("reports/runs").path)
        let shown = try FileManager.default.destinationOfSymbolicLink(atPath: state.appendingPathComponent("reports/2026-11-28").path)
        #expect(folders.map { "runs/\($0)" } == [shown], "\(folders)")
    }
}

extension Array where Element: Sendable {
    /// `map` with every element on its own thread at once.
    func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) -> [T] {
        let results = LockedBox([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = transform(self[index])
            results.update { $0[index] = value }
        }
        return results.value.map { $0! }
    }
}

/// A value shared between threads behind a lock.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
