/// How a run's rules differ from those of the run it is compared with: rules added or removed,
/// new versions, rules that came into or went out of force (an effective date passed between the
/// two as-of dates), and whether the bundle's other files (jurisdictions, mappings, lexicon)
/// changed. The morning report lists it, so a finding that appears or disappears because a rule
/// changed is never mistaken for a change in the wells.
public struct RuleBundleChange: Sendable, Equatable {
    /// One difference, as a report line: `added CA-IDLE-WELL-FEE v1 — …`.
    public var lines: [String]
    /// The bundle hashes of the compared run and this one (nil when a run kept none).
    public var previousBundle: String?
    public var currentBundle: String?
    /// False when the compared run predates stored rule lists: only the hashes can be compared.
    public var previousRulesKnown: Bool

    /// Nil when nothing differs. `previousRules` nil: the compared run kept no rule list.
    public static func between(previous previousRules: [ReportContent.RuleSummary]?, previousBundle: String?,
                               current rules: [ReportContent.RuleSummary], currentBundle: String?) -> RuleBundleChange? {
        let bundleChanged = previousBundle != nil && currentBundle != nil && previousBundle != currentBundle
        guard let previousRules else {
            return bundleChanged ? RuleBundleChange(lines: [], previousBundle: previousBundle, currentBundle: currentBundle, previousRulesKnown: false) : nil
        }
        var lines: [String] = []
        let before = Dictionary(previousRules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let now = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for rule in rules {
            guard let old = before[rule.id] else {
                lines.append("added \(rule.id) v\(rule.version) — \(rule.title)\(rule.wasEvaluated ? "" : " (not evaluated on this as-of date)")")
                continue
            }
            if old.version != rule.version { lines.append("\(rule.id) v\(old.version) → v\(rule.version) — \(rule.title)") }
            if old.wasEvaluated != rule.wasEvaluated {
                let why = !rule.isEnabled || !old.isEnabled ? "by configuration (jurisdictions.enabled)" : "by its effective dates"
                lines.append("\(rule.id) v\(rule.version) \(rule.wasEvaluated ? "now evaluated" : "no longer evaluated") \(why) — \(rule.title)")
            }
        }
        for old in previousRules where now[old.id] == nil {
            lines.append("removed \(old.id) v\(old.version) — \(old.title)")
        }
        if lines.isEmpty, bundleChanged {
            lines.append("no rule changed; other bundle files did (jurisdictions, mappings, lexicon or gazetteer)")
        }
        return lines.isEmpty ? nil : RuleBundleChange(lines: lines, previousBundle: previousBundle, currentBundle: currentBundle, previousRulesKnown: true)
    }

    /// The heading line: what changed, in one sentence.
    public var summary: String {
        let hashes = previousBundle.flatMap { old in currentBundle.map { " (bundle sha256 \(old.prefix(12)) → \($0.prefix(12)))" } } ?? ""
        guard previousRulesKnown else {
            return "RULE BUNDLE CHANGED since the run compared with\(hashes); that run kept no rule list, so which rules changed is not known."
        }
        return "RULES CHANGED since the run compared with\(hashes): \(lines.count) change(s). Findings may appear or go because of them, not because of the wells."
    }
}
