import Foundation
import PushbackModel
import PushbackReport
import PushbackStore

/// `pushback report`: a stored run's report rebuilt from the database — its record (documents,
/// problems, rules), its findings in report order, where they stood against the run compared
/// with, the rule changes since that run, and the acknowledgement ledger as it stands now (a
/// decision recorded after the run shows in its report rendered again).
public enum StoredReport {
    /// Why a run's report cannot be rendered.
    public enum Failure: Error, CustomStringConvertible {
        case noDatabase(String)
        case noRun(String)
        case unfinished(String)
        case notStored(String)

        public var description: String {
            switch self {
            case .noDatabase(let path): "no database at \(path)"
            case .noRun(let run): run == "latest" ? "no finished run in the database yet" : "no run \(run) in the database"
            case .unfinished(let run): "run \(run) did not finish (it is running, or was cut short), so it has no report"
            case .notStored(let run): "run \(run) predates stored reports (database v9): its files are where that sweep wrote them"
            }
        }
    }

    /// The content of run `run` (an id, or `latest`: the last finished run) and the run itself.
    public static func load(databasePath: String, run: String) throws -> (content: ReportContent, run: StoredRun) {
        guard FileManager.default.fileExists(atPath: databasePath) else { throw Failure.noDatabase(databasePath) }
        let store = try PushbackStore(path: databasePath)
        guard let stored = run == "latest" ? try store.lastFinishedRun()?.run : try store.run(id: run) else { throw Failure.noRun(run) }
        guard stored.status == .complete || stored.status == .partial else { throw Failure.unfinished(stored.id) }
        guard let json = try store.reportJSON(runID: stored.id) else { throw Failure.notStored(stored.id) }
        let record = try JSONDecoder().decode(ReportContent.Record.self, from: Data(json.utf8))
        let baseline = try store.baseline(runID: stored.id)
        let content = ReportContent(
            asOf: stored.asOf, isComplete: stored.status == .complete, record: record, findings: try store.findings(runID: stored.id),
            baseline: baseline, acknowledgements: Acknowledgement.latest(try store.acknowledgements()),
            ruleChanges: try ruleChanges(store: store, rules: record.rules, bundle: stored.ruleBundle, comparedWith: baseline.previousRun?.id)
        )
        return (content, stored)
    }

    /// How `rules` (of a run evaluated with `bundle`) differ from those of the run compared with.
    static func ruleChanges(store: PushbackStore, rules: [ReportContent.RuleSummary], bundle: String?, comparedWith previousID: String?) throws -> RuleBundleChange? {
        guard let previousID, let previous = try store.run(id: previousID) else { return nil }
        let previousRules = try store.reportJSON(runID: previousID).map { try JSONDecoder().decode(ReportContent.Record.self, from: Data($0.utf8)).rules }
        return RuleBundleChange.between(previous: previousRules, previousBundle: previous.ruleBundle, current: rules, currentBundle: bundle)
    }
}
