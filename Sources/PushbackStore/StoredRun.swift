/// A run as stored.
public struct StoredRun: Sendable, Equatable {
    public var id: String
    public var asOf: String
    public var startedAt: String
    public var finishedAt: String?
    public var status: RunStatus
    public var inbox: String
    public var exitCode: Int?
}
