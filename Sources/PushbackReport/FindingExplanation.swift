import PushbackModel

/// `pushback explain`: one finding as a readable tree — the rule and version, the bundle it was
/// evaluated under, where the subject sits, each step of the reasoning with the values compared,
/// the evidence, and what to check next.
public enum FindingExplanation {
    /// The run a finding belongs to, as the explanation shows it.
    public struct RunContext: Sendable {
        public var id: String
        public var asOf: String
        /// SHA-256 of the rule bundle, when the run recorded it.
        public var ruleBundle: String?

        public init(id: String, asOf: String, ruleBundle: String?) {
            self.id = id
            self.asOf = asOf
            self.ruleBundle = ruleBundle
        }
    }

    /// `names` maps jurisdiction ids to names (ids are shown for any not in it).
    public static func render(_ finding: Finding, number: Int, run: RunContext, names: [String: String]) -> String {
        var out: [String] = []
        out.append("Finding \(number) of run \(run.id) (as of \(run.asOf))")
        out.append("[\(finding.severity.rawValue.uppercased())] \(finding.kind.rawValue.uppercased()) — \(finding.title)")
        out.append("")
        out.append("Rule      \(finding.ruleID) version \(finding.ruleVersion) (\(finding.basis))")
        out.append("Citation  \(finding.citation.text) <\(finding.citation.url)>")
        out.append("Bundle    \(run.ruleBundle.map { "sha256 \($0)" } ?? "not recorded (run made before bundle hashes were stored)")")
        out.append("Subject   \(finding.subject)\(finding.related.isEmpty ? "" : " ↔ " + finding.related.map(\.description).joined(separator: ", "))")
        let chain = finding.jurisdictions.map { names[$0] ?? $0 }
        out.append("Where     \(chain.isEmpty ? "no jurisdiction claims it" : chain.joined(separator: " → "))")
        if let due = finding.due { out.append("Due       \(due)") }
        out.append("")
        out.append(finding.message.displaySafe)
        out.append("")
        out.append("Why")
        if let steps = finding.explanation, !steps.isEmpty {
            out += tree(steps)
        } else {
            // Checks that keep no step-by-step trace (setbacks, locations): their compared values.
            let values = finding.comparedValues
            for (index, value) in values.enumerated() {
                let limit = value.limit.map { " \(value.comparison ?? "vs") \($0)" } ?? ""
                out.append("\(index == values.count - 1 ? "└─" : "├─") \(value.name): \(value.actual)\(limit)".displaySafe)
            }
        }
        if finding.explanation?.isEmpty == false {
            out.append("")
            out.append("Values compared")
            for value in finding.comparedValues {
                let limit = value.limit.map { " \(value.comparison ?? "vs") \($0)" } ?? ""
                out.append("  • \(value.name): \(value.actual)\(limit)".displaySafe)
            }
        }
        out.append("")
        out.append("Evidence")
        for evidence in finding.evidence {
            out.append("  • \(evidence.place): \"\(evidence.quote.displaySafe)\"")
        }
        out.append("")
        out.append("Next      \(finding.remediation)")
        return out.joined(separator: "\n") + "\n"
    }

    /// Steps (each with a depth) as a box-drawn tree: `├─ all of → true`, `│  └─ …`.
    static func tree(_ steps: [ExplanationStep]) -> [String] {
        steps.indices.map { index in
            let step = steps[index]
            // Whether a later sibling exists at `depth` before the tree climbs above it.
            func hasSibling(after position: Int, depth: Int) -> Bool {
                for later in steps[(position + 1)...] {
                    if later.depth < depth { return false }
                    if later.depth == depth { return true }
                }
                return false
            }
            var prefix = ""
            for depth in 0..<step.depth {
                // The nearest earlier step at `depth` owns this column.
                let owner = steps[..<index].lastIndex { $0.depth == depth } ?? index
                prefix += hasSibling(after: owner, depth: depth) ? "│  " : "   "
            }
            prefix += hasSibling(after: index, depth: step.depth) ? "├─ " : "└─ "
            return "\(prefix)\(step.text) → \(step.outcome)".displaySafe
        }
    }
}
