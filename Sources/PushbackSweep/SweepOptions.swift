import Logging
import PushbackIntake
import PushbackModel
import PushbackReport

/// What a sweep reads, where it writes, and as of when.
public struct SweepOptions: Sendable {
    public var inbox: String
    public var databasePath: String
    /// Reports go to `<outputDirectory>/<as-of>/`, with `<outputDirectory>/latest` pointing there.
    public var outputDirectory: String
    /// `YYYY-MM-DD`: the only notion of "now" the rules see.
    public var asOf: String
    /// Exit 1 when a finding at or above this severity exists; nil never fails on findings.
    public var failOn: Severity?
    /// Folders holding `rules/`, `jurisdictions/` and `mappings/`.
    public var bundle: BundleLocation
    /// What one document may cost to read before it is quarantined.
    public var documentLimits = DocumentReader.Limits()
    /// What to do when another sweep holds the lock beside the database.
    public var lockPolicy = RunLock.Policy.fail
    /// Read every document again and run even when nothing changed.
    public var force = false
    /// Jurisdictions whose rules are evaluated; nil evaluates every jurisdiction in the bundle.
    /// The others' rules are listed in the report as switched off, never silently dropped.
    public var enabledJurisdictions: [String]?
    /// Continue the run cut short last time, when it read the same inbox with the same bundle,
    /// reader and as-of date; otherwise (or with nothing to resume) sweep as usual.
    public var resume = false
    /// How the report is drawn (how many maps).
    public var reportOptions = ReportFormat.Options()
    /// Called before each document is read: (its position from 1, the count, its path).
    public var progress: (@Sendable (Int, Int, String) -> Void)?
    /// Where the run's events go (`--log`): nowhere unless asked.
    public var logger = Logger(label: "pushback") { _ in SwiftLogNoOpLogHandler() }

    public init(inbox: String, databasePath: String, outputDirectory: String, asOf: String, failOn: Severity?, bundle: BundleLocation) {
        self.inbox = inbox
        self.databasePath = databasePath
        self.outputDirectory = outputDirectory
        self.asOf = asOf
        self.failOn = failOn
        self.bundle = bundle
    }
}
