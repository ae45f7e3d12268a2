import PushbackModel

/// Versions of the same business document among different files: the same filing for the same
/// well (or permit, or BLM lease action) submitted again with other bytes is an amendment of the
/// earlier one, with a field-by-field diff. Identical bytes are handled before this (a duplicate
/// is not read twice).
public struct DocumentVersions: Sendable {
    /// One field whose value differs between two versions (nil: absent from that version).
    public struct FieldChange: Sendable, Equatable {
        public var name: String
        public var before: String?
        public var after: String?

        public init(name: String, before: String?, after: String?) {
            self.name = name
            self.before = before
            self.after = after
        }
    }

    public struct Amendment: Sendable {
        public var kind: DocumentKind
        /// What makes the two the same filing, e.g. `well 4204132598, completed 2020-03-20`.
        public var identity: String
        public var predecessor: SourceReference
        public var successor: SourceReference
        /// Empty when the later version repeats the earlier one field for field.
        public var changes: [FieldChange]
    }

    public var amendments: [Amendment]

    public init(_ extracts: [DocumentExtract]) {
        var groups: [String: [DocumentExtract]] = [:]
        var order: [String] = []
        for extract in extracts {
            guard let identity = Self.identity(of: extract) else { continue }
            let key = extract.kind.rawValue + "|" + identity
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(extract)
        }
        var amendments: [Amendment] = []
        for key in order {
            // Distinct bytes only, oldest first by the filing's own date, then by path.
            var seen: Set<String> = []
            let versions = groups[key]!.filter { seen.insert($0.source.sha256).inserted }
                .sorted { (Self.filingDate($0) ?? "", $0.source.path) < (Self.filingDate($1) ?? "", $1.source.path) }
            for (earlier, later) in zip(versions, versions.dropFirst()) {
                amendments.append(Amendment(
                    kind: later.kind, identity: String(key.split(separator: "|", maxSplits: 1)[1]),
                    predecessor: earlier.source, successor: later.source, changes: Self.changes(from: earlier, to: later)
                ))
            }
        }
        self.amendments = amendments
    }

    /// What identifies the business document, per kind; nil when the file does not say enough.
    static func identity(of extract: DocumentExtract) -> String? {
        func value(_ name: String) -> String? { extract.facts.first { $0.name == name && $0.normalized != nil }?.normalized }
        let well = value("api").flatMap { try? APIWellNumber.parse($0).wellNumber }
        switch extract.kind {
        case .rrcW1:
            return value("permit_number").map { "permit \($0)" }
        case .rrcW2:
            guard let well else { return nil }
            return "well \(well)" + (value("completion_date").map { ", completed \($0)" } ?? "")
        case .blm3160_5:
            guard let well else { return nil }
            let answers = ["submission_type", "action"].map { name in extract.facts.filter { $0.name == name }.compactMap(\.normalized).joined(separator: "+") }
            return "well \(well), \(answers.joined(separator: ", "))"
        default:
            return well.map { "well \($0)" }
        }
    }

    /// The date the filing carries (signed, approved or first date found), ISO, for ordering.
    static func filingDate(_ extract: DocumentExtract) -> String? {
        for name in ["signed_date", "approved_date", "date"] {
            if let date = extract.facts.first(where: { $0.name == name && $0.normalized != nil })?.normalized { return date }
        }
        return nil
    }

    /// Field-level differences: values compared by fact name (all values of a repeated name together).
    static func changes(from earlier: DocumentExtract, to later: DocumentExtract) -> [FieldChange] {
        func values(_ extract: DocumentExtract) -> [String: String] {
            var values: [String: [String]] = [:]
            var names: [String] = []
            for fact in extract.facts {
                if values[fact.name] == nil { names.append(fact.name) }
                values[fact.name, default: []].append(fact.normalized ?? (fact.raw.isEmpty ? "(blank)" : "unreadable \"\(fact.raw)\""))
            }
            return values.mapValues { $0.joined(separator: " | ") }
        }
        let before = values(earlier), after = values(later)
        var names = earlier.facts.map(\.name)
        for name in later.facts.map(\.name) where !names.contains(name) { names.append(name) }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }.compactMap { name in
            before[name] == after[name] ? nil : FieldChange(name: name, before: before[name], after: after[name])
        }
    }
}
