import PushbackModel

/// Versions of the same business document among different files: the same filing for the same
/// well (or permit, or BLM lease action) submitted again with other bytes is an amendment of the
/// earlier one, with a field-by-field diff. Identical bytes are handled before this (a duplicate
/// is not read twice).
public struct DocumentVersions: Sendable {
    /// One document as the versions are told apart: its kind, where it is, and its facts.
    public struct Document: Sendable {
        public var kind: DocumentKind
        public var source: SourceReference
        public var facts: [Fact]

        public init(kind: DocumentKind, source: SourceReference, facts: [Fact]) {
            self.kind = kind
            self.source = source
            self.facts = facts
        }
    }

    /// The facts in which a filing speaks in words, kept whole on each amendment: where it says why.
    public static let narrativeFacts = ["remarks", "comment", "description"]

    public var amendments: [FilingAmendment]

    public init(_ extracts: [DocumentExtract]) {
        self.init(documents: extracts.map { Document(kind: $0.kind, source: $0.source, facts: $0.facts) })
    }

    public init(documents: [Document]) {
        var groups: [String: [Document]] = [:]
        var order: [String] = []
        for document in documents {
            guard let identity = Self.identity(of: document) else { continue }
            let key = document.kind.rawValue + "|" + identity
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(document)
        }
        var amendments: [FilingAmendment] = []
        for key in order {
            // Distinct bytes only, oldest first by the filing's own date, then by path.
            var seen: Set<String> = []
            let versions = groups[key]!.filter { seen.insert($0.source.sha256).inserted }
                .sorted { (Self.filingDate($0) ?? "", $0.source.path) < (Self.filingDate($1) ?? "", $1.source.path) }
            for (earlier, later) in zip(versions, versions.dropFirst()) {
                let api = later.facts.first { $0.name == "api" && $0.normalized != nil }?.normalized.flatMap { try? APIWellNumber.parse($0).normalized }
                let narrative = Dictionary(grouping: later.facts.filter { Self.narrativeFacts.contains($0.name) }, by: \.name)
                    .mapValues { $0.map { StatedValue($0.raw, evidence: $0.evidence) } }
                amendments.append(FilingAmendment(
                    kind: later.kind, identity: String(key.split(separator: "|", maxSplits: 1)[1]), api: api,
                    predecessor: earlier.source, successor: later.source, predecessorDate: Self.filingDate(earlier), successorDate: Self.filingDate(later),
                    changes: Self.changes(from: earlier, to: later), narrative: narrative,
                    successorReadings: Dictionary(grouping: later.facts.filter { $0.normalized != nil }, by: \.name).mapValues { $0.compactMap(\.normalized) }
                ))
            }
        }
        self.amendments = amendments
    }

    /// What identifies the business document, per kind; nil when the file does not say enough.
    static func identity(of extract: Document) -> String? {
        func value(_ name: String) -> String? { extract.facts.first { $0.name == name && $0.normalized != nil }?.normalized }
        let well = value("api").flatMap { try? APIWellNumber.parse($0).wellNumber }
        switch extract.kind {
        case .rrcW1:
            return value("permit_number").map { "permit \($0)" }
        case .rrcW2:
            guard let well else { return nil }
            return "well \(well)" + (value("completion_date").map { ", completed \($0)" } ?? "")
        case .jsa:
            // Every JSA is its own record of a job: two JSAs on one well are two jobs.
            return nil
        case .blm3160_5:
            guard let well else { return nil }
            let answers = ["submission_type", "action"].map { name in extract.facts.filter { $0.name == name }.compactMap(\.normalized).joined(separator: "+") }
            return "well \(well), \(answers.joined(separator: ", "))"
        default:
            return well.map { "well \($0)" }
        }
    }

    /// The date the filing carries (signed, approved or first date found), ISO, for ordering.
    static func filingDate(_ extract: Document) -> String? {
        for name in ["signed_date", "approved_date", "date"] {
            if let date = extract.facts.first(where: { $0.name == name && $0.normalized != nil })?.normalized { return date }
        }
        return nil
    }

    /// Field-level differences: values compared by fact name (all values of a repeated name together).
    static func changes(from earlier: Document, to later: Document) -> [FilingAmendment.Change] {
        func values(_ document: Document) -> [String: [FilingAmendment.Value]] {
            Dictionary(grouping: document.facts, by: \.name).mapValues { facts in
                facts.map { FilingAmendment.Value(reading: $0.normalized, written: $0.raw, evidence: $0.evidence) }
            }
        }
        let before = values(earlier), after = values(later)
        var seen: Set<String> = []
        let names = (earlier.facts.map(\.name) + later.facts.map(\.name)).filter { seen.insert($0).inserted }
        return names.compactMap { name in
            let was = before[name] ?? [], now = after[name] ?? []
            return was.map(\.display) == now.map(\.display) ? nil : FilingAmendment.Change(name: name, before: was, after: now)
        }
    }
}
