import ArgumentParser
import Foundation
import Logging
import PushbackModel
import PushbackReport
import PushbackSweep
import PushbackTOML

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

            The report goes to OUT/AS-OF/ (report.html, digest.txt, report.txt, findings.json, findings.sarif,
            findings.csv, findings.geojson) and OUT/latest points at the newest one.
            """
    )

    @Option(help: "Configuration file (default: $PUSHBACK_CONFIG, or pushback.toml here if present); options and PUSHBACK_* variables override it.")
    var config: String?

    @Option(help: "Folder of documents to review (setting inbox).")
    var inbox: String?

    @Option(help: "SQLite database, created if missing (setting database; default pushback-data/pushback.sqlite).")
    var db: String?

    @Option(help: "Folder for reports (setting reports; default pushback-data/reports).")
    var out: String?

    @Option(name: .customLong("as-of"), help: "Review as of this date (YYYY-MM-DD); default today. Rules see no other clock.")
    var asOf: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding at or above this severity exists: critical, high, medium, low, info or never (default).")
    var failOn: String?

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

    @Flag(help: "Continue the run cut short last time (killed, power lost) if it read the same inbox with the same rules and as-of date; otherwise sweep as usual.")
    var resume = false

    @Option(help: "Draw at most this many proximity findings as maps in report.html, new and updated first (setting report.maps; default 30). The rest are in findings.geojson.")
    var maps: Int?

    @Option(name: .customLong("if-locked"), help: "When another sweep holds the lock beside the database: fail (exit 11, default), skip (exit 0), or wait:SECONDS then exit 11.")
    var ifLocked: String?

    func validate() throws {
        if let failOn, failOn != "never", Severity(rawValue: failOn) == nil {
            throw ValidationError("--fail-on must be one of critical, high, medium, low, info, never")
        }
        if let ifLocked, RunLock.Policy(ifLocked) == nil {
            throw ValidationError("--if-locked must be fail, skip or wait:SECONDS")
        }
    }

    /// Stops with exit 78 and the reason.
    private func configurationError(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("pushback: configuration error: \(message)\n".utf8))
        return ExitCode(78)
    }

    func run() throws {
        let asOfDate: String
        do { asOfDate = try asOf.map { text throws(AsOfDate.Invalid) in try AsOfDate.validate(text) } ?? AsOfDate.today() } catch {
            throw ValidationError(error.description)
        }
        let settings: Settings
        do {
            settings = try Settings(configPath: config, options: [
                "inbox": inbox.map(TOMLSettings.Value.string), "database": db.map(TOMLSettings.Value.string),
                "reports": out.map(TOMLSettings.Value.string), "bundle": bundle.map(TOMLSettings.Value.string),
                "fail_on": failOn.map(TOMLSettings.Value.string), "if_locked": ifLocked.map(TOMLSettings.Value.string),
                "log": log.map(TOMLSettings.Value.string), "report.maps": maps.map(TOMLSettings.Value.integer),
            ].merging(documentLimits.settings) { $1 })
        } catch { throw configurationError("\(error)") }
        guard let inbox = settings.string("inbox") else {
            throw configurationError("no inbox: give --inbox, PUSHBACK_INBOX, or inbox in pushback.toml")
        }
        let failOn = settings.string("fail_on") ?? "never"
        guard failOn == "never" || Severity(rawValue: failOn) != nil else {
            throw configurationError("fail_on \"\(failOn)\" must be one of critical, high, medium, low, info, never")
        }
        guard let lockPolicy = RunLock.Policy(settings.string("if_locked") ?? "fail") else {
            throw configurationError("if_locked \"\(settings.string("if_locked") ?? "")\" must be fail, skip or wait:SECONDS")
        }
        guard let location = BundleLocation.locate(explicitRoot: settings.string("bundle"), executablePath: CommandLine.arguments[0]), location.isComplete else {
            throw configurationError("no rule bundle (rules/, jurisdictions/, mappings/) found; pass --bundle DIR")
        }
        var options = SweepOptions(
            inbox: inbox, databasePath: settings.string("database") ?? "pushback-data/pushback.sqlite",
            outputDirectory: settings.string("reports") ?? "pushback-data/reports", asOf: asOfDate,
            failOn: Severity(rawValue: failOn), bundle: location
        )
        options.documentLimits = DocumentLimitOptions.limits(settings)
        options.lockPolicy = lockPolicy
        options.force = force
        options.resume = resume
        options.enabledJurisdictions = settings.list("jurisdictions.enabled")
        options.reportOptions = ReportFormat.Options(maps: settings.integer("report.maps") ?? ReportFormat.Options.defaultMaps)
        // A progress line only for a person watching a terminal: never in cron's mail or a log.
        let showsProgress = isatty(STDERR_FILENO) == 1 && settings.string("log") != "-"
        if showsProgress {
            options.progress = { position, count, path in
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(position)/\(count)] \(path.suffix(60))".utf8))
            }
        }
        if let log = settings.string("log") {
            let sink: JSONLinesLogHandler.Sink
            do { sink = log == "-" ? .standardError : try .file(log) } catch {
                throw configurationError("cannot write the log \(log): \(error.localizedDescription)")
            }
            options.logger = Logger(label: "pushback") { _ in JSONLinesLogHandler(sink: sink) }
        }
        let outcome: SweepOutcome
        let result = Result { () throws(SweepError) in try Sweep(options: options).run() }
        if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        do { outcome = try result.get() } catch {
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
