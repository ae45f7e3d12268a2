import PushbackModel
@testable import PushbackReport
@testable import PushbackSweep
import Testing

@Suite("Explaining findings and replaying rule changes")
struct FindingExplanationTests {
    @Test("steps become a box-drawn tree: siblings continue the line, the last child closes it")
    func tree() {
        let steps = [
            ExplanationStep(depth: 0, text: "in Texas → United States", outcome: "true"),
            ExplanationStep(depth: 0, text: "applies when", outcome: "true"),
            ExplanationStep(depth: 1, text: "all of", outcome: "true"),
            ExplanationStep(depth: 2, text: "well.status = shut-in ∈ [shut-in]", outcome: "true"),
            ExplanationStep(depth: 2, text: "well.time_in_status ≥ 12 months", outcome: "true"),
            ExplanationStep(depth: 0, text: "fires when", outcome: "true"),
            ExplanationStep(depth: 1, text: "well.age > 25 years", outcome: "true"),
        ]
        #expect(FindingExplanation.tree(steps) == [
            "├─ in Texas → United States → true",
            "├─ applies when → true",
            "│  └─ all of → true",
            "│     ├─ well.status = shut-in ∈ [shut-in] → true",
            "│     └─ well.time_in_status ≥ 12 months → true",
            "└─ fires when → true",
            "   └─ well.age > 25 years → true",
        ])
    }

    func finding(_ rule: String, _ subject: String, kind: FindingKind = .fail, severity: Severity = .high, version: Int = 1, message: String = "m") -> Finding {
        Finding(ruleID: rule, ruleVersion: version, kind: kind, severity: severity, title: "t", message: message, remediation: "r",
                citation: Citation(text: "c", url: "https://example.org"), basis: "regulation", subject: Subject(type: "well", id: subject),
                jurisdictions: [], comparedValues: [], evidence: [])
    }

    @Test("a rule change's findings: added, closed, and changed by kind, severity or version — not by wording")
    func compare() {
        let old = [finding("A", "1"), finding("A", "2"), finding("B", "3", kind: .review, severity: .medium), finding("C", "4", message: "975 m")]
        let new = [finding("A", "1"), finding("A", "5"), finding("B", "3", severity: .critical, version: 2), finding("C", "4", message: "762 m")]
        let changes = RuleChangeReplay.compare(old, new)
        #expect(changes.map { "\($0.kind) \($0.finding.ruleID) \($0.finding.subject.id)" } == ["added A 5", "closed A 2", "changed B 3"])
        #expect(changes.last?.differences == ["version 1 → 2", "kind review → fail", "severity medium → critical"])
    }
}
