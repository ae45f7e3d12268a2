/// What a sweep did with one input document: read it (with which source mapping, and how much of
/// it) or quarantined it. Stored in the database and shown in every report.
public struct DocumentOutcome: Sendable, Hashable, Codable {
    public enum Disposition: String, Sendable, Hashable, Codable {
        case read
        /// Not read at all; the reason is the document-scope `IntakeProblem`.
        case quarantined
        /// The same bytes as another document of the run (`duplicateOf`), so not read twice.
        case duplicate
    }

    public var source: SourceReference
    public var size: Int
    public var disposition: Disposition
    /// The mapping that read it (`cde-public-schools`) and its title.
    public var mappingID: String?
    public var mappingTitle: String?
    public var encoding: String?
    /// Data records seen, and entities made from them.
    public var records: Int
    public var entities: Int
    /// Physical lines that belong to no entity because a problem swallowed them.
    public var linesNotRead: Int
    /// Rows skipped on purpose, by reason (e.g. district offices in a schools file).
    public var excluded: [String: Int]
    /// For a duplicate: the path of the document with the same bytes that was read.
    public var duplicateOf: String?

    public init(
        source: SourceReference, size: Int, disposition: Disposition, mappingID: String? = nil, mappingTitle: String? = nil,
        encoding: String? = nil, records: Int = 0, entities: Int = 0, linesNotRead: Int = 0, excluded: [String: Int] = [:], duplicateOf: String? = nil
    ) {
        self.source = source
        self.size = size
        self.disposition = disposition
        self.mappingID = mappingID
        self.mappingTitle = mappingTitle
        self.encoding = encoding
        self.records = records
        self.entities = entities
        self.linesNotRead = linesNotRead
        self.excluded = excluded
        self.duplicateOf = duplicateOf
    }

    /// A document that could not be read at all.
    public static func quarantined(_ source: SourceReference, size: Int) -> DocumentOutcome {
        DocumentOutcome(source: source, size: size, disposition: .quarantined)
    }
}
