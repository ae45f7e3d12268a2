import PushbackModel
import PushbackReport
import Testing

@Suite("The morning report's deadlines and acknowledgements")
struct ReportDeadlinesTests {
    static func finding(_ rule: String, due: String?, kind: FindingKind = .fail, severity: Severity = .medium, fingerprint: String) -> Finding {
        var finding = Finding(ruleID: rule, ruleVersion: 1, kind: kind, severity: severity, title: "t", message: "m", remediation: "r",
                              citation: Citation(text: "c", url: "https://example.org"), basis: "regulation", subject: Subject(type: "well", id: fingerprint),
                              jurisdictions: ["us"], comparedValues: [], evidence: [], due: due)
        finding.fingerprint = fingerprint
        return finding
    }

    @Test("overdue, due within 7 and within 30 days, soonest first; acknowledged and far-off ones left out")
    func buckets() {
        let findings = [
            Self.finding("LATE", due: "2026-11-01", fingerprint: "a"),
            Self.finding("LATER", due: "2025-01-01", fingerprint: "b"),
            Self.finding("SOON", due: "2026-12-03", kind: .review, severity: .low, fingerprint: "c"),
            Self.finding("TODAY", due: "2026-11-28", kind: .review, severity: .low, fingerprint: "d"),
            Self.finding("MONTH", due: "2026-12-20", kind: .review, severity: .low, fingerprint: "e"),
            Self.finding("FAR", due: "2027-05-01", kind: .review, severity: .low, fingerprint: "f"),
            Self.finding("QUIET", due: "2026-10-01", fingerprint: "g"),
            Self.finding("NONE", due: nil, fingerprint: "h"),
        ]
        let ack = Acknowledgement(fingerprint: "g", reason: .acceptedRisk, justification: "extension granted", acknowledgedBy: "x", acknowledgedAt: "2026-11-27T00:00:00Z",
                                  expires: nil, ruleID: "QUIET", subject: Subject(type: "well", id: "g"), title: "t", runID: "r")
        let content = ReportContent(asOf: "2026-11-28", isComplete: true, documents: [], problems: [], findings: findings, rules: [], jurisdictionNames: [:],
                                    acknowledgements: ["g": ack])
        let deadlines = content.deadlines
        #expect(deadlines.overdue == ["#2 2025-01-01 LATER — well b", "#1 2026-11-01 LATE — well a"])
        #expect(deadlines.week == ["#4 2026-11-28 TODAY — well d", "#3 2026-12-03 SOON — well c"])
        #expect(deadlines.month == ["#5 2026-12-20 MONTH — well e"])
        #expect(content.acknowledgement(of: findings[6])?.reason == .acceptedRisk && content.acknowledgement(of: findings[0]) == nil)
        #expect(content.standing(of: findings[6]) == "ACKNOWLEDGED accepted risk by x")
    }
}
