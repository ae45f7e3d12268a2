/// What a finding asks of its reader.
public enum FindingKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The rule is violated: pushback.
    case fail
    /// A person must judge (e.g. possibly within a setback, given location uncertainty).
    case review
    /// The rule could not be checked — insufficient evidence. Never a pass.
    case open

    public var description: String { rawValue }
}
