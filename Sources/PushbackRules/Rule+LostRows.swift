import PushbackModel

extension Rule {
    /// Rows of a source that could not be read: whatever they held is unchecked by this rule.
    /// `unchecked` says against what ("against the 975 m (3,200 ft) setback").
    func lostRowsFinding(_ gap: IntakeProblem, entity: String, unchecked: String, jurisdictions: JurisdictionCatalog) -> Finding {
        let lines = gap.firstLine.map { first in gap.lastLine.map { $0 == first ? "line \(first)" : "lines \(first)–\($0)" } ?? "line \(first)" } ?? "part of the file"
        return Finding(
            ruleID: id, ruleVersion: version, kind: .open, severity: .medium,
            title: "Cannot check: \(title)",
            message: "\(gap.source.path) \(lines) could not be read (\(gap.reason)). Any \(entity) in those lines is unchecked \(unchecked): this is not a pass.",
            remediation: "Fix the source file at \(lines) (or obtain a clean export) and run the sweep again.",
            citation: citation, basis: basis,
            subject: Subject(type: "document", id: gap.source.sha256, name: gap.source.path),
            jurisdictions: jurisdictions.chain(from: jurisdiction),
            comparedValues: [ComparedValue(name: "unreadable lines", actual: lines)],
            evidence: [Evidence(source: gap.source, line: gap.firstLine, field: gap.field, quote: gap.reason)]
        )
    }
}
