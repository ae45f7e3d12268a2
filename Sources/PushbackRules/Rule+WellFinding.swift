import PushbackModel

extension Rule {
    /// A finding about a well (by API number) that several documents are evidence of: its
    /// jurisdictions follow the API state code, its explanation lists the values compared.
    func wellFinding(
        api: String, kind: FindingKind, severity: Severity, title: String, message: String, remediation: String? = nil, evidence: [Evidence], compared: [ComparedValue],
        jurisdictions: JurisdictionCatalog
    ) -> Finding {
        Finding(
            ruleID: id, ruleVersion: version, kind: kind, severity: severity, title: title, message: message, remediation: remediation ?? self.remediation,
            citation: citation, basis: basis, subject: Subject(type: "well", id: api),
            jurisdictions: jurisdictions.chain(apiStateCode: String(api.prefix(2)), fallback: jurisdiction),
            comparedValues: compared, evidence: evidence,
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name): \($0.actual)\($0.limit.map { " vs \($0)" } ?? "")", outcome: kind == .open ? "unknown" : "true") }
        )
    }
}
