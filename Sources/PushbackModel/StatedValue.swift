/// A value a document states, as written (trimmed), with where it was read.
public struct StatedValue: Sendable, Hashable, Codable {
    public var value: String
    public var evidence: Evidence

    public init(_ value: String, evidence: Evidence) {
        self.value = value
        self.evidence = evidence
    }
}
