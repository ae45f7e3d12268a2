import ArgumentParser
import Foundation
import Logging
import PushbackModel
import PushbackSweep

struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Read the inbox, evaluate every rule in force on the as-of date, store and report.",
        discussion: """
            Examples:
              pushback sweep --inbox samples/inbox
              pushback sweep --inbox /srv/pushback/inbox --db /srv/pushback/pushback.sqlite \\
                             --out /srv/pushback/reports --as-of 2026-11-28 --fail-on high
              pushback sweep --inbox samples/inbox --json | jq .findings

            The report goes to OUT/AS-OF/ (report.html, report.txt, findings.json) and OUT/latest
            points at the newest one.
            """
    )

    @Option(help: "Folder of documents to review.")
    var inbox: String

    @Option(help: "SQLite database (created if missing).")
    var db: String = "pushback-data/pushback.sqlite"

    @Option(help: "Folder for reports.")
    var out: String = "pushback-data/reports"

    @Option(name: .customLong("as-of"), help: "Review as of this date (YYYY-MM-DD); default today. Rules see no other clock.")
    var asOf: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding at or above this severity exists: critical, high, medium, low, info or never.")
    var failOn: String = "never"

    @OptionGroup(title: "Document limits")
    var documentLimits: DocumentLimitOptions

    @Option(help: "Folder holding rules/, jurisdictions/ and mappings/ (default: the current folder, or the checkout the binary was built in).")
    var bundle: String?

    @Flag(help: "Print the run summary as JSON on stdout instead of text.")
    var json = false

    @Option(help: "Write the run's events as JSON Lines (run id, document, duration) to this file, or to standard error with -.")
    var log: String?

    @Flag(help: "Read every document again and run even when nothing changed since the last run.")
    var force = false

    @Option(name: .customLong("if-locked"), help: "When another sweep holds the lock beside the database: fail (exit 11), skip (exit 0), or wait:SECONDS then exit 11.")
    var ifLocked: String = "fail"

    func validate() throws {
        if failOn != "never", Severity(rawValue: failOn) == nil {
            throw ValidationError("--fail-on must be one of critical, high, medium, low, info, never")
        }
        if RunLock.Policy(ifLocked) == nil {
            throw ValidationError("--if-locked must be fail, skip or wait:SECONDS")
        }
    }

    func run() throws {
        let asOfDate: String
        do { asOfDate = try asOf.map { text throws(AsOfDate.Invalid) in try AsOfDate.validate(text) } ?? AsOfDate.today() } catch {
            throw ValidationError(error.description)
        }
        guard let location = BundleLocation.locate(explicitRoot: bundle, executablePath: CommandLine.arguments[0]), location.isComplete else {
            FileHandle.standardError.write(Data("pushback: configuration error: no rule bundle (rules/, jurisdictions/, mappings/) found; pass --bundle DIR\n".utf8))
            throw ExitCode(78)
        }
        var options = SweepOptions(
            inbox: inbox, databasePath: db, outputDirectory: out, asOf: asOfDate,
            failOn: Severity(rawValue: failOn), bundle: location
        )
        options.documentLimits = documentLimits.limits
        options.lockPolicy = RunLock.Policy(ifLocked) ?? .fail
        options.force = force
        if let log {
            let sink: JSONLinesLogHandler.Sink
            do { sink = log == "-" ? .standardError : try .file(log) } catch {
                FileHandle.standardError.write(Data("pushback: configuration error: cannot write the log \(log): \(error.localizedDescription)\n".utf8))
                throw ExitCode(78)
            }
            options.logger = Logger(label: "pushback") { _ in JSONLinesLogHandler(sink: sink) }
        }
        let outcome: SweepOutcome
        do { outcome = try Sweep(options: options).run() } catch {
            if case .locked(let held) = error, options.lockPolicy == .skip {
                FileHandle.standardError.write(Data("pushback: skipped: \(held.holder.map { "another sweep, \($0)," } ?? "another sweep") holds the lock \(held.path)\n".utf8))
                return
            }
            FileHandle.standardError.write(Data("pushback: \(error.description)\n".utf8))
            throw ExitCode(error.exitCode)
        }
        if json {
            try JSONOutput.print(outcome)
        } else {
            print(SweepSummary.render(outcome))
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
