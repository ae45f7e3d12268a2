/// A source file as read: its content hash identifies it regardless of path or name.
public struct SourceReference: Sendable, Hashable, Codable {
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Path as given (relative to the inbox when it came from one).
    public var path: String

    public init(sha256: String, path: String) {
        self.sha256 = sha256
        self.path = path
    }
}

/// Where a fact came from, precisely enough for a person to find it and read it.
public struct Evidence: Sendable, Hashable, Codable {
    public var source: SourceReference
    /// 1-based page, for paged documents.
    public var page: Int?
    /// 1-based physical line where the record starts, for text files.
    public var line: Int?
    /// The column or form field read.
    public var field: String?
    /// The text exactly as it appears in the source (possibly shortened, never altered).
    public var quote: String

    public init(source: SourceReference, page: Int? = nil, line: Int? = nil, field: String? = nil, quote: String) {
        self.source = source
        self.page = page
        self.line = line
        self.field = field
        self.quote = quote
    }

    /// Human-readable place, e.g. `samples/inbox/schools.csv line 4103 (School)`.
    public var place: String {
        var text = source.path
        if let page { text += " page \(page)" }
        if let line { text += " line \(line)" }
        if let field { text += " (\(field))" }
        return text
    }
}
