/// What one sweep did with one document, as stored.
public struct StoredDocument: Sendable, Equatable, Codable {
    public enum Outcome: String, Sendable, Codable {
        case read
        case quarantined
    }

    public var path: String
    public var sha256: String
    public var size: Int
    public var outcome: Outcome
    public var mappingID: String?
    public var encoding: String?
    public var records: Int
    public var entities: Int
    public var linesNotRead: Int
    /// Exclusion reason → rows skipped.
    public var excluded: [String: Int]

    public init(
        path: String, sha256: String, size: Int, outcome: Outcome, mappingID: String?, encoding: String?,
        records: Int, entities: Int, linesNotRead: Int, excluded: [String: Int]
    ) {
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.outcome = outcome
        self.mappingID = mappingID
        self.encoding = encoding
        self.records = records
        self.entities = entities
        self.linesNotRead = linesNotRead
        self.excluded = excluded
    }
}

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
