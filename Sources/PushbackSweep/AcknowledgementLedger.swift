import Foundation
import PushbackModel
import PushbackStore

/// `pushback ack`: records a person's decision about one finding of a stored run, and lists the
/// ledger. The ledger is append-only (the database refuses edits); a later decision about the
/// same fingerprint supersedes an earlier one.
public enum AcknowledgementLedger {
    /// Why a decision cannot be recorded or listed.
    public enum Failure: Error, CustomStringConvertible {
        case noDatabase(String)
        case noRun(String)
        case noFinding(String, run: String)
        case ambiguous(String, matches: Int)
        case noFingerprint(run: String)
        case emptyJustification
        case expiresNotAfter(expires: CalendarDate, asOf: String)

        public var description: String {
            switch self {
            case .noDatabase(let path): "no database at \(path)"
            case .noRun(let run): run == "latest" ? "no finished run in the database yet" : "no run \(run) in the database"
            case .noFinding(let key, let run): "run \(run) has no finding \(key) (give its number in the report or its fingerprint)"
            case .ambiguous(let key, let matches): "\(matches) findings' fingerprints start with \(key): give more of it"
            case .noFingerprint(let run): "run \(run) predates fingerprints: acknowledge a finding of a later run"
            case .emptyJustification: "a justification is required: say why, in words a reviewer can check"
            case .expiresNotAfter(let expires, let asOf): "the expiry \(expires) is not after the run's as-of date \(asOf): the finding would never be quiet"
            }
        }
    }

    /// Records `reason` for finding `key` — its number in the run's report, or its fingerprint
    /// (a unique prefix of at least 8 characters) — of run `run` (`latest` or an id). `at` is the
    /// ledger's timestamp.
    public static func acknowledge(databasePath: String, run: String, finding key: String, reason: Acknowledgement.Reason, justification: String,
                                   by person: String, expires: CalendarDate?, at timestamp: String) throws -> (Acknowledgement, number: Int) {
        let store = try open(databasePath)
        let stored = run == "latest" ? try store.lastFinishedRun()?.run : try store.run(id: run)
        guard let stored else { throw Failure.noRun(run) }
        let trimmed = justification.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw Failure.emptyJustification }
        if let expires, let asOf = CalendarDate(iso: stored.asOf), expires <= asOf { throw Failure.expiresNotAfter(expires: expires, asOf: stored.asOf) }
        let findings = try store.findings(runID: stored.id)
        let index: Int
        if let number = Int(key) {
            guard (1...max(1, findings.count)).contains(number), number <= findings.count else { throw Failure.noFinding(key, run: stored.id) }
            index = number - 1
        } else {
            let matches = findings.indices.filter { key.count >= 8 && findings[$0].fingerprint?.hasPrefix(key.lowercased()) == true }
            guard !matches.isEmpty else { throw Failure.noFinding(key, run: stored.id) }
            guard matches.count == 1 else { throw Failure.ambiguous(key, matches: matches.count) }
            index = matches[0]
        }
        let finding = findings[index]
        guard let fingerprint = finding.fingerprint else { throw Failure.noFingerprint(run: stored.id) }
        let ack = Acknowledgement(
            fingerprint: fingerprint, reason: reason, justification: trimmed, acknowledgedBy: person, acknowledgedAt: timestamp, expires: expires,
            ruleID: finding.ruleID, subject: finding.subject, title: finding.title, runID: stored.id
        )
        try store.record(acknowledgement: ack)
        return (ack, index + 1)
    }

    /// The whole ledger, oldest first.
    public static func list(databasePath: String) throws -> [Acknowledgement] {
        try open(databasePath).acknowledgements()
    }

    private static func open(_ path: String) throws -> PushbackStore {
        guard FileManager.default.fileExists(atPath: path) else { throw Failure.noDatabase(path) }
        return try PushbackStore(path: path)
    }
}
