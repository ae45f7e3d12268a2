/// What `filing` / `amendment-explained` holds an amended filing to: each value it replaces must
/// be explained in its own words (`narrative` facts — remarks, comments, its description), by a
/// mention of that field (`mentions`: the words that speak of it; a field without an entry is
/// spoken of by its own name, `lease_number` → "lease number"). Fields in `ignoring` (the
/// filing's own dates, approval stamps) change with every version and need no reason. A value
/// the later version still gives in one of `restatedIn`'s fields for it (a total depth now
/// given as the measured depth beside a new true vertical depth) is restated, not replaced.
public struct AmendmentCheck: Sendable {
    public var narrative: [String]
    public var mentions: [String: [String]]
    public var ignoring: Set<String>
    public var restatedIn: [String: [String]]

    public init(narrative: [String], mentions: [String: [String]], ignoring: Set<String>, restatedIn: [String: [String]] = [:]) {
        self.narrative = narrative
        self.mentions = mentions
        self.ignoring = ignoring
        self.restatedIn = restatedIn
    }

    /// The words that speak of `field`.
    func words(for field: String) -> [String] {
        mentions[field] ?? [field.replacingOccurrences(of: "_", with: " ")]
    }
}
