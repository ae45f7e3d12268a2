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

        init(_ run: StoredRun) {
            id = run.id
            asOf = run.asOf
            startedAt = run.startedAt
            finishedAt = run.finishedAt
            status = run.wasInterrupted ? "interrupted" : run.status.rawValue
            exitCode = run.exitCode
        }
    }

    public var database: String
    /// The sweep holding the lock now, if any.
    public var running: RunLock.Holder?
    public var lastRun: Run?
    /// The last run that finished (complete or partial).
    public var lastFinished: Run?
    /// Runs cut short among the last 100.
    public var interrupted: [Run]

    /// Reads the status of the database at `path`; nil when there is no database there.
    public static func read(databasePath path: String) throws -> SweepStatus? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let store = try PushbackStore(path: path)
        let runs = try store.recentRuns(limit: 100)
        return SweepStatus(
            database: path,
            running: RunLock.currentHolder(path: Sweep.lockPath(forDatabase: path)),
            lastRun: runs.first.map(Run.init),
            lastFinished: runs.first { $0.status == .complete || $0.status == .partial }.map(Run.init),
            interrupted: runs.filter(\.wasInterrupted).map(Run.init)
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
        if !interrupted.isEmpty {
            lines.append("Cut short (of the last 100): \(interrupted.count), latest \(interrupted[0].id) as of \(interrupted[0].asOf)")
        }
        return lines.joined(separator: "\n")
    }
}
