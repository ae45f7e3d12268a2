import Foundation
import PushbackStore

/// `pushback status`: what the morning (or a monitoring check) needs to know about the nightly
/// sweep without opening the report — whether one is running now, how the last one ended, when
/// the last one finished, and which were cut short.
public struct SweepStatus: Sendable, Encodable {
    public struct Run: Sendable, Encodable {
        public var id: String
        public var asOf: String
        public var startedAt: String
        public var finishedAt: String?
        /// `running`, `complete`, `partial`, `failed` or `interrupted`.
        public var status: String
        public var exitCode: Int?
        /// Findings raised, and against the run compared with: new, updated, resolved (nil for a
        /// run that did not finish, or a first run's news).
        public var findings: Int?
        public var new: Int?
        public var updated: Int?
        public var resolved: Int?

        init(_ run: StoredRun, store: PushbackStore) {
            id = run.id
            asOf = run.asOf
            startedAt = run.startedAt
            finishedAt = run.finishedAt
            status = run.wasInterrupted ? "interrupted" : run.status.rawValue
            exitCode = run.exitCode
            guard run.status == .complete || run.status == .partial, let counts = try? store.findingCounts(runID: run.id) else { return }
            findings = counts.findings
            let baseline = try? store.baseline(runID: run.id)
            guard let baseline, !baseline.isFirstRun else { return }
            new = baseline.count(.new)
            updated = baseline.count(.updated)
            resolved = counts.absent
        }
    }

    public var database: String
    /// The sweep holding the lock now, if any.
    public var running: RunLock.Holder?
    public var lastRun: Run?
    /// The last run that finished (complete or partial).
    public var lastFinished: Run?
    /// The last run that read every document: the last success.
    public var lastComplete: Run?
    /// The last runs, newest first.
    public var recent: [Run]
    /// Runs cut short among the last 100.
    public var interrupted: [Run]

    /// Runs listed under "Recent runs".
    static let recentShown = 7

    /// Reads the status of the database at `path`; nil when there is no database there.
    public static func read(databasePath path: String) throws -> SweepStatus? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let store = try PushbackStore(path: path)
        let runs = try store.recentRuns(limit: 100)
        let describe = { (run: StoredRun) in Run(run, store: store) }
        return SweepStatus(
            database: path,
            running: RunLock.currentHolder(path: Sweep.lockPath(forDatabase: path)),
            lastRun: runs.first.map(describe),
            lastFinished: runs.first { $0.status == .complete || $0.status == .partial }.map(describe),
            lastComplete: try store.lastCompleteRun().map(describe),
            recent: runs.prefix(recentShown).map(describe),
            interrupted: runs.filter(\.wasInterrupted).map(describe)
        )
    }

    /// A few lines for a person.
    public var text: String {
        var lines = ["Database: \(database)"]
        lines.append("Now: " + (running.map { "a sweep is running — \($0)" } ?? "no sweep running"))
        func describe(_ run: Run) -> String {
            "run \(run.id), as of \(run.asOf), started \(run.startedAt)" + (run.finishedAt.map { ", ended \($0)" } ?? "")
                + ": \(run.status)" + (run.exitCode.map { " (exit \($0))" } ?? "")
        }
        lines.append("Last run: " + (lastRun.map(describe) ?? "none yet"))
        lines.append("Last finished: " + (lastFinished.map(describe) ?? "none yet — no sweep has finished on this database"))
        lines.append("Last complete: " + (lastComplete.map(describe) ?? "none yet — no sweep has read every document on this database"))
        if !recent.isEmpty {
            lines.append("Recent runs (newest first):")
            for run in recent {
                var counts = run.findings.map { "\($0) finding(s)" } ?? "no report"
                if let new = run.new, let updated = run.updated, let resolved = run.resolved { counts += ": \(new) new · \(updated) updated · \(resolved) resolved" }
                lines.append("  \(run.asOf)  \(run.status.padding(toLength: 11, withPad: " ", startingAt: 0)) \(run.exitCode.map { "exit \($0)" } ?? "      ")  \(counts)  (\(run.id))")
            }
        }
        if !interrupted.isEmpty {
            lines.append("Cut short (of the last 100): \(interrupted.count), latest \(interrupted[0].id) as of \(interrupted[0].asOf)")
        }
        return lines.joined(separator: "\n")
    }
}
