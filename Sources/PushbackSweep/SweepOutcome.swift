import PushbackModel

/// What a sweep did, for the one-screen summary, `--json` and the exit code.
public struct SweepOutcome: Sendable, Codable {
    public var runID: String
    public var asOf: String
    /// `complete` or `partial`.
    public var status: String
    public var exitCode: Int32
    public var documentsRead: Int
    public var documentsQuarantined: Int
    /// Documents with the same bytes as another of the run, not read twice.
    public var documentsDuplicate: Int
    public var wells: Int
    public var receptors: Int
    /// Rows skipped on purpose, by reason (e.g. district offices in the schools file).
    public var rowsExcluded: [String: Int]
    /// Record-level problems (rows or blocks not read), with where and why.
    public var rowsNotRead: [String]
    public var findings: [String: Int]
    public var findingsBySeverity: [String: Int]
    public var reportDirectory: String
    public var reportFiles: [String]
    /// Earlier runs found still marked running, i.e. cut short (killed, power lost); now marked failed.
    public var interruptedRuns: [String]
    /// Set when nothing changed since this finished run (same inbox, rules, reader and as-of
    /// date): the sweep did nothing and this is that run's outcome.
    public var unchangedSince: String?
    /// True when this run continued one cut short (`--resume`) rather than starting afresh.
    public var resumed: Bool? = nil
}
