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
        // A rule id may have several versions side by side, each in force over its own dates.
        let before = Dictionary(grouping: previousRules, by: \.id)
        let now = Dictionary(grouping: rules, by: \.id)
        var seen: Set<String> = []
        for rule in rules where seen.insert(rule.id).inserted {
            let current = now[rule.id] ?? []
            guard let old = before[rule.id] else {
                lines.append("added \(rule.id) \(versions(current)) — \(rule.title)\(current.contains(where: \.wasEvaluated) ? "" : " (not evaluated on this as-of date)")")
                continue
            }
            let oldVersions = Set(old.map(\.version)), newVersions = Set(current.map(\.version))
            if old.count == 1, current.count == 1, old[0].version != rule.version {
                lines.append("\(rule.id) v\(old[0].version) → v\(rule.version) — \(rule.title)")
            } else {
                for added in current where !oldVersions.contains(added.version) { lines.append("\(rule.id) v\(added.version) added — \(added.title)") }
                for removed in old where !newVersions.contains(removed.version) { lines.append("\(rule.id) v\(removed.version) removed — \(removed.title)") }
            }
            let wasEvaluated = old.first(where: \.wasEvaluated), isEvaluated = current.first(where: \.wasEvaluated)
            let why = current.contains { !$0.isEnabled } != old.contains { !$0.isEnabled } ? "by configuration (jurisdictions.enabled)" : "by its effective dates"
            switch (wasEvaluated, isEvaluated) {
            case (nil, let now?): lines.append("\(rule.id) v\(now.version) now evaluated \(why) — \(now.title)")
            case (let then?, nil): lines.append("\(rule.id) v\(then.version) no longer evaluated \(why) — \(then.title)")
            case (let then?, let now?) where then.version != now.version && !(old.count == 1 && current.count == 1):
                lines.append("\(rule.id) now evaluated at v\(now.version) (was v\(then.version)) \(why) — \(now.title)")
            default: break
            }
        }
        var gone: Set<String> = []
        for old in previousRules where now[old.id] == nil && gone.insert(old.id).inserted {
            lines.append("removed \(old.id) \(versions(before[old.id] ?? [])) — \(old.title)")
        }
        if lines.isEmpty, bundleChanged {
            lines.append("no rule changed; other bundle files did (jurisdictions, mappings, lexicon or gazetteer)")
        }
        return lines.isEmpty ? nil : RuleBundleChange(lines: lines, previousBundle: previousBundle, currentBundle: currentBundle, previousRulesKnown: true)
    }

    /// `v1`, or `v1, v2` when several versions stand side by side.
    private static func versions(_ rules: [ReportContent.RuleSummary]) -> String {
        rules.map { "v\($0.version)" }.joined(separator: ", ")
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
