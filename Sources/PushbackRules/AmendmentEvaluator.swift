import Foundation
import PushbackModel

/// Evaluates `filing` / `amendment-explained`: a later version of a filing that replaces values
/// of the earlier one must say why. Values replaced with no words at all (remarks blank or "N/A")
/// are a review; words that speak of none of the replaced fields are a review quoting them; a
/// later version whose remarks, comments or description could not be found is `open` — whether
/// it says why cannot be told. Blanks filled in need no reason.
struct AmendmentEvaluator {
    let rule: Rule
    let check: AmendmentCheck
    let jurisdictions: JurisdictionCatalog

    func evaluate(_ amendments: [FilingAmendment]) -> [Finding] {
        amendments.sorted { ($0.successor.path, $0.predecessor.path) < ($1.successor.path, $1.predecessor.path) }.compactMap(evaluate)
    }

    private func evaluate(_ amendment: FilingAmendment) -> Finding? {
        let replaced = amendment.changes.filter { $0.replacesValue && !check.ignoring.contains($0.name) && !check.narrative.contains($0.name) && !restated($0, in: amendment) }
        guard !replaced.isEmpty else { return nil }
        let found = check.narrative.flatMap { amendment.narrative[$0] ?? [] }
        let statements = found.filter { Self.saysSomething($0.value) }
        let changed = replaced.map { "\(Self.label($0.name)) \($0.beforeText ?? "(absent)") → \($0.afterText ?? "(absent)")" }
        let opening = "\(amendment.successor.path)\(amendment.successorDate.map { " (\($0))" } ?? "") amends \(amendment.predecessor.path)\(amendment.predecessorDate.map { " (\($0))" } ?? "") — \(Self.form(amendment.kind)) for \(amendment.identity) — and changes \(Self.list(changed))"
        let changeEvidence = replaced.flatMap { $0.before.map(\.evidence) + $0.after.map(\.evidence) }
        var compared = replaced.map { ComparedValue(name: Self.label($0.name), actual: "\($0.beforeText ?? "(absent)") → \($0.afterText ?? "(absent)")") }

        guard !found.isEmpty else {
            let message = opening + ", but no remarks, comments or description were read from the later version, so whether it says why cannot be told. This is not a pass."
            compared.append(ComparedValue(name: "reason read", actual: "none found (\(check.narrative.joined(separator: ", ")))"))
            return finding(amendment, kind: .open, severity: .low, title: "Cannot check: \(rule.title)", message: message, evidence: changeEvidence, compared: compared)
        }
        guard !statements.isEmpty else {
            let written = found.map { $0.value.isEmpty ? "blank" : "\"\($0.value)\"" }
            let labels = Set(found.map { Self.label($0.evidence.field ?? "remarks") }).sorted()
            let message = opening + " without saying why: what it writes in words (\(Self.list(labels))) is \(Self.list(written)). " + Self.consequence
            compared.append(ComparedValue(name: "reason given", actual: "none"))
            return finding(amendment, kind: .review, severity: rule.severity, title: "\(rule.title): no reason given", message: message,
                           evidence: changeEvidence + found.map(\.evidence), compared: compared)
        }
        let unexplained = replaced.filter { change in !statements.contains { Self.mentions($0.value, any: check.words(for: change.name)) } }
        guard !unexplained.isEmpty else { return nil }
        let explained = replaced.filter { change in !unexplained.contains(change) }
        // The filer's own words first; every statement is in the evidence.
        let ordered = statements.filter { !Self.isStaffEntry($0.value) } + statements.filter { Self.isStaffEntry($0.value) }
        var quoted = ordered.prefix(3).map { "\"\(Self.excerpt($0.value))\"" }
        if ordered.count > 3 { quoted.append("and \(ordered.count - 3) more in the evidence") }
        var message = opening + ". The reasons it gives — \(quoted.joined(separator: "; ")) — "
        message += explained.isEmpty
            ? "speak of none of these"
            : "speak of \(Self.list(explained.map { Self.label($0.name) })) but not of \(Self.list(unexplained.map { Self.label($0.name) }))"
        message += ". " + Self.consequence
        compared.append(ComparedValue(name: "changed without a reason", actual: Self.list(unexplained.map { Self.label($0.name) })))
        return finding(amendment, kind: .review, severity: rule.severity, title: "\(rule.title): \(Self.list(unexplained.map { Self.label($0.name) }))", message: message,
                       evidence: unexplained.flatMap { $0.before.map(\.evidence) + $0.after.map(\.evidence) } + statements.map(\.evidence), compared: compared)
    }

    /// Whether every value the earlier version gave for the field is still given by the later one
    /// in a field it may be restated in.
    private func restated(_ change: FilingAmendment.Change, in amendment: FilingAmendment) -> Bool {
        guard let fields = check.restatedIn[change.name] else { return false }
        let later = Set(amendment.successorReadings.filter { fields.contains($0.key) }.flatMap(\.value))
        return change.before.compactMap(\.reading).allSatisfy(later.contains)
    }

    private static let consequence = "A value changed on an amended filing with no reason is where a change of plan, a correction of an earlier error or a new transcription error sits, and the later version is the one of record: "
        + "ask the operator which value is right and why it changed, and check it against the record that settles it (the plat, the directional survey, the completion report)."

    private func finding(_ amendment: FilingAmendment, kind: FindingKind, severity: Severity, title: String, message: String, evidence: [Evidence], compared: [ComparedValue]) -> Finding {
        let later = Subject(type: "document", id: amendment.successor.path, name: amendment.kind.rawValue)
        let earlier = Subject(type: "document", id: amendment.predecessor.path, name: amendment.kind.rawValue)
        var unique: [Evidence] = []
        for item in evidence where !unique.contains(item) { unique.append(item) }
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity, title: title, message: message,
            remediation: kind == .open ? "Read the later version's remarks and comments by hand. Then: \(rule.remediation)" : rule.remediation,
            citation: rule.citation, basis: rule.basis,
            subject: amendment.api.map { Subject(type: "well", id: $0) } ?? later,
            related: (amendment.api == nil ? [] : [later]) + [earlier],
            jurisdictions: amendment.api.map { jurisdictions.chain(apiStateCode: String($0.prefix(2)), fallback: rule.jurisdiction) } ?? jurisdictions.chain(from: rule.jurisdiction),
            comparedValues: compared, evidence: unique,
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name): \($0.actual)", outcome: kind == .open ? "unknown" : "true") }
        )
    }

    /// Words, not a placeholder: at least two letters, and not `N/A`, `none`, `see attached`.
    static func saysSomething(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        guard trimmed.range(of: #"[A-Za-z]{2}"#, options: .regularExpression) != nil else { return false }
        return trimmed.range(of: #"^(?:n\s*/?\s*a|none|nil|see (?:w-?1 )?comments? attached|see attached)$"#, options: [.regularExpression, .caseInsensitive]) == nil
    }

    /// Whether `text` speaks of one of `words` (whole words, any case).
    static func mentions(_ text: String, any words: [String]) -> Bool {
        words.contains { word in
            let pattern = #"(?<![A-Za-z0-9])"# + NSRegularExpression.escapedPattern(for: word) + #"(?![A-Za-z0-9])"#
            return text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
        }
    }

    /// A regulator's staff note (`[RRC STAFF …]:`) rather than the filer's words.
    static func isStaffEntry(_ text: String) -> Bool { text.range(of: #"^\[RRC STAFF\b"#, options: [.regularExpression, .caseInsensitive]) != nil }

    static func label(_ field: String) -> String { field.replacingOccurrences(of: "_", with: " ") }

    static func excerpt(_ text: String) -> String { text.count <= 240 ? text : String(text.prefix(239)) + "…" }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    static func form(_ kind: DocumentKind) -> String {
        switch kind {
        case .rrcW1: "RRC Form W-1 (permit to drill)"
        case .rrcW2: "RRC Form W-2 (completion report)"
        case .rrcW3A: "RRC Form W-3A (notice of intent to plug)"
        case .blm3160_5: "BLM Form 3160-5 (sundry notice)"
        default: kind.rawValue
        }
    }
}
