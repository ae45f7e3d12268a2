import PushbackModel

/// What was read from one document: what it is, and every fact with its provenance.
public struct DocumentExtract: Sendable {
    public var source: SourceReference
    public var kind: DocumentKind
    public var title: String
    /// The line that decided the kind.
    public var classifiedBy: Evidence
    public var pageCount: Int
    /// How each page was read (text layer, OCR, …), by page number.
    public var methods: [Int: Fact.Method]
    public var facts: [Fact]
    /// Pages that could not be read, with why.
    public var unreadPages: [(page: Int, reason: String)]
    /// The whole text read (pages separated by form feeds), for comparing filings.
    public var text: String

    /// The first fact with this name.
    public func fact(_ name: String) -> Fact? { facts.first { $0.name == name } }

    /// Every fact whose name starts with `prefix` (e.g. `casing[`).
    public func facts(prefix: String) -> [Fact] { facts.filter { $0.name.hasPrefix(prefix) } }
}

/// Reads the facts of one kind of document. A seam: one implementation per form family.
public protocol DocumentExtractor: Sendable {
    var kind: DocumentKind { get }
    /// Stable name and version, recorded on every fact (`rrc-w3a@1`).
    var name: String { get }
    var version: Int { get }
    func extract(_ document: DocumentText) -> [Fact]
    /// The form's check boxes, looked for on the page image when a PDF of this kind has no
    /// AcroForm (it was flattened). Empty for kinds without check boxes.
    var checkBoxes: [DocumentReader.CheckBox] { get }
}

extension DocumentExtractor {
    var identifier: String { "\(name)@\(version)" }
    var checkBoxes: [DocumentReader.CheckBox] { [] }
}
