import PushbackModel

/// A location as a document writes it ("15.7 miles NW of Midland, TX", a PLSS call, "by the old
/// pump jack past the cattle guard"), for the rule that it can be placed on the map.
public struct WrittenLocation: Sendable, Hashable {
    /// The document it is in.
    public var document: SourceReference
    /// What the document is (`jsa`, `rrc-w3a`, …).
    public var documentKind: String
    /// The words as written; nil when a document of a kind that must state a location does not.
    public var text: String?
    /// Where the words are (or, without them, the document's classifying line).
    public var evidence: Evidence
    /// The state the document is about (USPS code, from its API number), if known.
    public var stateHint: String?

    public init(document: SourceReference, documentKind: String, text: String?, evidence: Evidence, stateHint: String?) {
        self.document = document
        self.documentKind = documentKind
        self.text = text
        self.evidence = evidence
        self.stateHint = stateHint
    }
}
