/// A libxml2 problem with its position: a parse error, a schema error, a validation error.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case parse
        case schema
        case validation
        case canonicalization
        case write
    }

    public var code: Code
    /// The document or schema the problem is in (a path or a name given by the caller).
    public var source: String
    /// 1-based line in `source`, when libxml2 knows it.
    public var line: Int?
    /// 1-based column, when libxml2 knows it.
    public var column: Int?
    public var message: String

    public init(code: Code, source: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.code = code
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = source
        if let line { place += ":\(line)" }
        if let line, let column, column > 0, line > 0 { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
