/// A run as stored.
public struct StoredRun: Sendable, Equatable {
    public var id: String
    public var asOf: String
    public var startedAt: String
    public var finishedAt: String?
    public var status: RunStatus
    public var inbox: String
    public var exitCode: Int?
    /// Found still running by a later sweep (killed, power lost) and marked failed.
    public var wasInterrupted: Bool
    /// SHA-256 of the rule bundle (rules, jurisdictions, mappings, lexicon, gazetteer) the run
    /// evaluated with: every finding of the run was reached under it. Nil for runs before v6.
    public var ruleBundle: String?
}
