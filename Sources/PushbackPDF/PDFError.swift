/// Why a PDF could not be read or written, with the file it concerns.
public struct PDFError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure poppler reported.
    public enum Code: String, Sendable {
        case cannotOpen = "cannot-open"
        case damaged
        case encrypted
        case invalid
        case noSuchPage = "no-such-page"
        case noSuchField = "no-such-field"
        case wrongFieldType = "wrong-field-type"
        case cannotSave = "cannot-save"
    }

    public var code: Code
    public var path: String
    /// 1-based page number, when the failure concerns one page.
    public var page: Int?
    public var message: String

    public init(code: Code, path: String, page: Int? = nil, message: String) {
        self.code = code
        self.path = path
        self.page = page
        self.message = message
    }

    public var description: String {
        let place = page.map { "\(path) page \($0)" } ?? path
        return "\(place): \(message)"
    }
}
