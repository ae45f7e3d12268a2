/// Something that could not be read as it stands: a whole document (quarantined) or one row.
public struct IntakeProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Scope: String, Sendable, Codable {
        /// The whole document could not be read; the run is partial.
        case document
        /// One record (or a block of lines) inside a readable document, which was not read.
        case record
        /// One field of a record that was read; the entity was kept without that field.
        case field
    }

    public var scope: Scope
    public var source: SourceReference
    /// 1-based page, for paged documents.
    public var page: Int?
    /// First and last physical line involved, when known.
    public var firstLine: Int?
    public var lastLine: Int?
    public var field: String?
    public var reason: String

    public init(scope: Scope, source: SourceReference, page: Int? = nil, firstLine: Int? = nil, lastLine: Int? = nil, field: String? = nil, reason: String) {
        self.scope = scope
        self.source = source
        self.page = page
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.field = field
        self.reason = reason
    }

    /// `path:line` or `path:first-last`, then the field and the reason.
    public var description: String {
        var place = source.path
        if let page { place += " page \(page)" }
        if let firstLine {
            place += ":\(firstLine)"
            if let lastLine, lastLine != firstLine { place += "-\(lastLine)" }
        }
        if let field { place += " (\(field))" }
        return "\(place): \(reason)"
    }
}
