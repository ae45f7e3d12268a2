/// A document Pushback has read that names a well: what kind it is, the well's API number, its
/// date, and where that was read. Conditions ask whether one of a kind is on file, and how recent.
public struct DocumentOnFile: Sendable, Hashable, Codable {
    public var kind: DocumentKind
    /// The well's normalized API number as the document writes it.
    public var api: String
    /// The document's own date (signed, approved, tested, plugged), when it gives one.
    public var date: RecordedDate?
    /// Where the API number (and date) were read: file, page, line, quote.
    public var evidence: Evidence
    /// Other values the document states that rules ask about (`action`, `submission_type`), by
    /// fact name; a field stated more than once (several boxes checked) keeps every value.
    public var values: [String: [String]]

    public init(kind: DocumentKind, api: String, date: RecordedDate?, evidence: Evidence, values: [String: [String]] = [:]) {
        self.kind = kind
        self.api = api
        self.date = date
        self.evidence = evidence
        self.values = values
    }
}
