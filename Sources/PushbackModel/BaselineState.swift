/// How a finding stands against the previous complete run — SARIF's `baselineState` values.
public enum BaselineState: String, Sendable, Codable, CaseIterable {
    /// Not raised by the previous complete run.
    case new
    /// Raised before, saying the same thing on the same evidence.
    case unchanged
    /// Raised before about the same subject under the same rule, but its kind, severity, due
    /// date or evidence (documents, pages, lines, quotes) changed.
    case updated
    /// Raised before and not now: resolved, or no longer seen.
    case absent
}
