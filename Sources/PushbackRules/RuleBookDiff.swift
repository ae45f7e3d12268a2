import Foundation

/// What changed between two rule bundles, rule by rule (by id and version): added, removed, or
/// changed (the rule file or its fixtures differ).
public struct RuleBookDiff: Sendable {
    public struct Entry: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case added, removed, changed
        }

        public var kind: Kind
        public var id: String
        public var version: Int
        /// The file in the new bundle (added, changed) or the old one (removed).
        public var file: String
    }

    public var entries: [Entry]

    public init(old: RuleBook, new: RuleBook) {
        func key(_ rule: Rule) -> String { "\(rule.id) v\(rule.version)" }
        let before = Dictionary(old.rules.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.rules.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        func bytes(_ rule: Rule) -> [Data?] {
            [rule.file, RuleFixture.path(for: rule)].map { FileManager.default.contents(atPath: $0) }
        }
        entries = Set(before.keys).union(after.keys).sorted().compactMap { name in
            switch (before[name], after[name]) {
            case (nil, let added?): Entry(kind: .added, id: added.id, version: added.version, file: added.file)
            case (let removed?, nil): Entry(kind: .removed, id: removed.id, version: removed.version, file: removed.file)
            case (let was?, let now?): bytes(was) == bytes(now) ? nil : Entry(kind: .changed, id: now.id, version: now.version, file: now.file)
            default: nil
            }
        }
    }

    public var text: String {
        guard !entries.isEmpty else { return "No rule added, removed or changed.\n" }
        return entries.map { "\($0.kind.rawValue.uppercased().padding(toLength: 8, withPad: " ", startingAt: 0))\($0.id) v\($0.version)  \($0.file)" }.joined(separator: "\n") + "\n"
    }
}
