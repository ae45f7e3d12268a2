import ArgumentParser
import Foundation
import PushbackModel
import PushbackSweep

struct AckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Record a decision about a finding (it stays quiet until the decision expires), or list the ledger.",
        discussion: """
            FINDING is the finding's number in the run's report ("12." in report.txt) or its fingerprint (findings.json; a unique prefix \
            of 8 or more characters). The ledger is append-only: to change a decision, record a new one. Exits 0; 64 for a bad \
            argument or no such run or finding; 78 without a database.
            """
    )

    @Argument(help: "The finding's number in the report, or its fingerprint.")
    var finding: String?

    @Option(help: "false-positive, accepted-risk, not-applicable or fixed-pending-verification.")
    var reason: String?

    @Option(help: "Why, in words a reviewer can check (required).")
    var justification: String?

    @Option(help: "YYYY-MM-DD: the finding reopens on this day (default: never).")
    var expires: String?

    @Option(help: "Who decided (default: $USER).")
    var by: String?

    @Option(name: .customLong("run"), help: "Run id, or latest (the last finished run).")
    var runID = "latest"

    @Option(help: "SQLite database the sweeps write.")
    var db: String = "pushback-data/pushback.sqlite"

    @Flag(help: "List the ledger instead.")
    var list = false

    @Flag(help: "With --list: print JSON.")
    var json = false

    func run() throws {
        do {
            if list {
                let ledger = try AcknowledgementLedger.list(databasePath: db)
                if json { try JSONOutput.print(ledger); return }
                if ledger.isEmpty { print("No acknowledgements recorded.") }
                for ack in ledger {
                    print("\(ack.acknowledgedAt)  \(ack.reason.rawValue)  by \(ack.acknowledgedBy)\(ack.expires.map { "  until \($0)" } ?? "  no expiry")")
                    print("  \(ack.ruleID) — \(ack.subject) — \(ack.title)")
                    print("  fingerprint \(ack.fingerprint) (run \(ack.runID))")
                    print("  why: \(ack.justification)")
                }
                return
            }
            guard let finding else { throw ValidationError("give the finding's number or fingerprint, or --list") }
            guard let reasonText = reason, let reason = Acknowledgement.Reason(rawValue: reasonText) else {
                throw ValidationError("--reason must be one of \(Acknowledgement.Reason.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let justification else { throw ValidationError("--justification is required: say why, in words a reviewer can check") }
            var expiry: CalendarDate?
            if let expires {
                guard let date = CalendarDate(iso: expires) else { throw ValidationError("--expires must be a date as YYYY-MM-DD, not \"\(expires)\"") }
                expiry = date
            }
            let person = by ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
            let stamp = ISO8601DateFormatter().string(from: Date())
            let (ack, number) = try AcknowledgementLedger.acknowledge(
                databasePath: db, run: runID, finding: finding, reason: reason, justification: justification, by: person, expires: expiry, at: stamp
            )
            print("Acknowledged finding \(number) of run \(ack.runID): \(ack.ruleID) — \(ack.subject)")
            print("  \(ack.reason.phrase) by \(ack.acknowledgedBy), \(ack.expires.map { "until \($0)" } ?? "no expiry"); fingerprint \(ack.fingerprint)")
            print("  It stays quiet in the reports until then (listed as acknowledged, not called new, not failing --fail-on).")
        } catch let failure as AcknowledgementLedger.Failure {
            FileHandle.standardError.write(Data("pushback: \(failure)\n".utf8))
            if case .noDatabase = failure { throw ExitCode(78) }
            throw ExitCode(64)
        }
    }
}
