/// A later version of the same filing — the same form for the same well (or permit, or BLM lease
/// action) filed again with other bytes — with what changed field by field and what the later
/// version says in words (remarks, comments, its description), where a filing says why it was
/// amended.
public struct FilingAmendment: Sendable, Hashable, Codable {
    /// One value of a field as a version gives it.
    public struct Value: Sendable, Hashable, Codable {
        /// The value normalized; nil when it does not read (blank, or not a value of its kind).
        public var reading: String?
        /// As written.
        public var written: String
        public var evidence: Evidence

        public init(reading: String?, written: String, evidence: Evidence) {
            self.reading = reading
            self.written = written
            self.evidence = evidence
        }

        /// `9500`, `(blank)`, `unreadable "95OO"`.
        public var display: String { reading ?? (written.isEmpty ? "(blank)" : "unreadable \"\(written)\"") }
    }

    /// One field whose values differ between the two versions.
    public struct Change: Sendable, Hashable, Codable {
        /// The fact name (`total_depth`).
        public var name: String
        /// Every value of the field in each version, in reading order; empty when the version lacks the field.
        public var before: [Value]
        public var after: [Value]

        public init(name: String, before: [Value], after: [Value]) {
            self.name = name
            self.before = before
            self.after = after
        }

        /// The values in one line (`9500`, `A 2H | 27826`); nil when the version lacks the field.
        public var beforeText: String? { Self.text(before) }
        public var afterText: String? { Self.text(after) }

        /// A value the earlier version gave that the later one replaces or drops — not a blank filled in.
        public var replacesValue: Bool {
            let earlier = before.compactMap(\.reading)
            let later = Set(after.compactMap(\.reading))
            return !earlier.isEmpty && !earlier.allSatisfy(later.contains)
        }

        private static func text(_ values: [Value]) -> String? { values.isEmpty ? nil : values.map(\.display).joined(separator: " | ") }
    }

    public var kind: DocumentKind
    /// What makes the two the same filing, e.g. `permit 858151` or `well 4204132598, completed 2020-03-20`.
    public var identity: String
    /// The well's API number (normalized), when the later version gives one that reads.
    public var api: String?
    public var predecessor: SourceReference
    public var successor: SourceReference
    /// Each version's own date (signed, approved), ISO, when it gives one.
    public var predecessorDate: String?
    public var successorDate: String?
    /// Empty when the later version repeats the earlier one field for field.
    public var changes: [Change]
    /// The later version's statements in words, by fact name (`remarks`, `comment`, `description`).
    public var narrative: [String: [StatedValue]]
    /// Every value the later version reads as, by fact name: where a replaced value may be restated.
    public var successorReadings: [String: [String]]

    public init(
        kind: DocumentKind, identity: String, api: String?, predecessor: SourceReference, successor: SourceReference,
        predecessorDate: String?, successorDate: String?, changes: [Change], narrative: [String: [StatedValue]],
        successorReadings: [String: [String]] = [:]
    ) {
        self.kind = kind
        self.identity = identity
        self.api = api
        self.predecessor = predecessor
        self.successor = successor
        self.predecessorDate = predecessorDate
        self.successorDate = successorDate
        self.changes = changes
        self.narrative = narrative
        self.successorReadings = successorReadings
    }
}
