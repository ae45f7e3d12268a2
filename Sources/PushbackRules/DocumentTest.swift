import Foundation
import PushbackModel

/// `document_on_file`: is a document of a kind naming the well among the documents read —
/// optionally one that states given values (`stating: {action: Temporarily Abandon}`), dated on
/// or after one of the well's dates (`since: well.status_date`), or dated within a period before
/// the as-of date (`within: 12 months`).
public struct DocumentTest: Sendable, Equatable {
    public let kind: DocumentKind
    public let within: CalendarPeriod?
    /// Field name → accepted values, as the rule writes them; a document matches when, for every
    /// field, one of the values it states is accepted (compared without regard to case or
    /// surrounding space).
    public let stating: [String: Set<String>]
    private let accepted: [String: Set<String>]
    /// "blm-3160-5 stating action = Temporarily Abandon", as explanations show the test.
    public let described: String
    /// The document must be dated on or after this date fact of the well.
    public let since: WellFact?

    public init(kind: DocumentKind, within: CalendarPeriod? = nil, stating: [String: Set<String>] = [:], since: WellFact? = nil) {
        self.kind = kind
        self.within = within
        self.stating = stating
        accepted = stating.mapValues { Set($0.map(Self.folded)) }
        let stated = stating.keys.sorted().map { key in
            let values = stating[key]!
            return "\(key) \(values.count == 1 ? "= \(values.first!)" : "in [\(values.sorted().joined(separator: ", "))]")"
        }
        described = stated.isEmpty ? kind.rawValue : "\(kind) stating \(stated.joined(separator: " and "))"
        self.since = since
    }

    /// Whether a document is of the kind and states the values (dates aside).
    func matches(_ document: DocumentOnFile) -> Bool {
        guard document.kind == kind else { return false }
        return accepted.allSatisfy { field, values in
            (document.values[field] ?? []).contains { values.contains(Self.folded($0)) }
        }
    }

    static func folded(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
