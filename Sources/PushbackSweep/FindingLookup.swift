import Foundation
import PushbackModel
import PushbackReport
import PushbackStore

/// `pushback explain`: finds a finding of a stored run by its number in that run's report and
/// renders its explanation.
public enum FindingLookup {
    /// Why a finding cannot be shown.
    public enum Failure: Error, CustomStringConvertible {
        case noDatabase(String)
        case noRun(String)
        case noFinding(number: Int, run: String, count: Int)

        public var description: String {
            switch self {
            case .noDatabase(let path): "no database at \(path)"
            case .noRun(let run): run == "latest" ? "no finished run in the database yet" : "no run \(run) in the database"
            case .noFinding(let number, let run, let count): "run \(run) has \(count) finding(s); there is no finding \(number)"
            }
        }
    }

    /// The explanation of finding `number` (1-based, as numbered in the run's report) of run
    /// `run` (an id, or `latest` for the last finished run). `names` names jurisdiction ids.
    public static func explain(databasePath: String, run: String, number: Int, names: [String: String]) throws -> (text: String, finding: Finding) {
        guard FileManager.default.fileExists(atPath: databasePath) else { throw Failure.noDatabase(databasePath) }
        let store = try PushbackStore(path: databasePath)
        let stored = run == "latest" ? try store.lastFinishedRun()?.run : try store.run(id: run)
        guard let stored else { throw Failure.noRun(run) }
        guard let finding = try store.finding(runID: stored.id, number: number) else {
            throw Failure.noFinding(number: number, run: stored.id, count: try store.findings(runID: stored.id).count)
        }
        let context = FindingExplanation.RunContext(id: stored.id, asOf: stored.asOf, ruleBundle: stored.ruleBundle)
        return (FindingExplanation.render(finding, number: number, run: context, names: names), finding)
    }
}
