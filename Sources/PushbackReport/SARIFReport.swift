import Foundation
import PushbackModel

/// `findings.sarif`: SARIF 2.1.0 for code-scanning dashboards and other tools. Each finding is a
/// result with its kind (`fail`, `review`, `open` — SARIF's own words), its rule (with the
/// citation as `helpUri`), its subject as a logical location of its kind (well, receptor,
/// document), the evidence as physical locations, its identity fingerprint, its baseline state
/// against the last complete run (none on a first run), and, when acknowledged, an accepted external suppression with
/// the justification. The last run's findings that are gone are results in state `absent`.
public enum SARIFReport {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The key of the identity fingerprint in `fingerprints`.
    public static let fingerprintKey = "pushback/identity/v1"

    public static func render(_ content: ReportContent) throws -> Data {
        var ruleIDs: [String] = []
        var rulesByID: [String: [String: Any]] = [:]
        for finding in content.findings where rulesByID[finding.ruleID] == nil {
            ruleIDs.append(finding.ruleID)
            rulesByID[finding.ruleID] = rule(finding, content: content)
        }
        let ruleIndex = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        var results = content.findings.map { result($0, ruleIndex: ruleIndex[$0.ruleID]!, content: content) }
        results += (content.baseline?.absent ?? []).map(absentResult)
        let run: [String: Any] = [
            "tool": ["driver": ["name": "Pushback", "rules": ruleIDs.map { rulesByID[$0]! }]],
            "automationDetails": ["id": "pushback-sweep/\(content.asOf)"],
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": ["asOf": content.asOf, "runStatus": content.isComplete ? "complete" : "partial"],
        ]
        let log: [String: Any] = ["$schema": schemaURI, "version": "2.1.0", "runs": [run]]
        return try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    private static func rule(_ finding: Finding, content: ReportContent) -> [String: Any] {
        let summary = content.rules.first { $0.id == finding.ruleID }
        return [
            "id": finding.ruleID,
            "shortDescription": ["text": summary?.title ?? finding.title],
            "fullDescription": ["text": finding.citation.text],
            "helpUri": finding.citation.url,
            "help": ["text": finding.remediation],
            "properties": ["version": finding.ruleVersion, "basis": finding.basis],
        ]
    }

    private static func result(_ finding: Finding, ruleIndex: Int, content: ReportContent) -> [String: Any] {
        var result: [String: Any] = [
            "ruleId": finding.ruleID,
            "ruleIndex": ruleIndex,
            "kind": finding.kind.rawValue,
            // SARIF: a result whose kind is not `fail` has level `none`.
            "level": finding.kind == .fail ? level(finding.severity) : "none",
            "message": ["text": "\(finding.title): \(finding.message)"],
            "locations": [location(finding)],
            "properties": properties(finding, content: content),
        ]
        if let fingerprint = finding.fingerprint {
            result["fingerprints"] = [fingerprintKey: fingerprint]
            // A first run has no baseline to stand against: no state.
            if let baseline = content.baseline, !baseline.isFirstRun, let standing = baseline.standings[fingerprint] { result["baselineState"] = standing.state.rawValue }
        }
        if let ack = content.acknowledgement(of: finding) {
            var properties: [String: Any] = ["reason": ack.reason.rawValue, "acknowledgedBy": ack.acknowledgedBy, "acknowledgedAt": ack.acknowledgedAt]
            if let expires = ack.expires { properties["expires"] = expires.description }
            result["suppressions"] = [["kind": "external", "status": "accepted", "justification": ack.justification, "properties": properties] as [String: Any]]
        }
        let related = finding.evidence.enumerated().compactMap { index, evidence in physical(evidence).map { ["id": index + 1, "physicalLocation": $0, "message": ["text": evidence.quote]] as [String: Any] } }
        if !related.isEmpty { result["relatedLocations"] = related }
        return result
    }

    /// The subject as a logical location of its kind, with the first evidence as its physical place.
    private static func location(_ finding: Finding) -> [String: Any] {
        var logical: [String: Any] = ["name": finding.subject.id, "kind": finding.subject.type, "fullyQualifiedName": "\(finding.subject.type):\(finding.subject.id)"]
        if let name = finding.subject.name { logical["properties"] = ["displayName": name] }
        var location: [String: Any] = ["logicalLocations": [logical] + finding.related.map { ["name": $0.id, "kind": $0.type, "fullyQualifiedName": "\($0.type):\($0.id)"] }]
        if let place = finding.evidence.lazy.compactMap(physical).first { location["physicalLocation"] = place }
        return location
    }

    private static func physical(_ evidence: Evidence) -> [String: Any]? {
        guard !evidence.source.path.isEmpty else { return nil }
        var place: [String: Any] = ["artifactLocation": ["uri": uri(evidence.source.path)]]
        var region: [String: Any] = [:]
        if let line = evidence.line, line >= 1 { region["startLine"] = line }
        if !evidence.quote.isEmpty { region["snippet"] = ["text": evidence.quote] }
        var properties: [String: Any] = [:]
        if let page = evidence.page { properties["page"] = page }
        if let field = evidence.field { properties["field"] = field }
        if !properties.isEmpty { region["properties"] = properties }
        if !region.isEmpty { place["region"] = region }
        return place
    }

    /// A relative path as a URI reference: each segment percent-encoded.
    private static func uri(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            String(segment).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#[]@"))) ?? String(segment)
        }.joined(separator: "/")
    }

    private static func properties(_ finding: Finding, content: ReportContent) -> [String: Any] {
        var properties: [String: Any] = [
            "severity": finding.severity.rawValue,
            "jurisdictions": finding.jurisdictions,
            "jurisdictionChain": content.chain(finding.jurisdictions),
            "remediation": finding.remediation,
            "comparedValues": finding.comparedValues.map { value -> [String: Any] in
                var item: [String: Any] = ["name": value.name, "actual": value.actual]
                if let limit = value.limit { item["limit"] = limit }
                if let comparison = value.comparison { item["comparison"] = comparison }
                return item
            },
        ]
        if let due = finding.due { properties["due"] = due }
        if let fingerprint = finding.fingerprint, let standing = content.baseline?.standings[fingerprint] { properties["firstSeen"] = standing.firstSeen }
        return properties
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low, .info: "note"
        }
    }

    private static func absentResult(_ gone: BaselineComparison.Recorded) -> [String: Any] {
        [
            "ruleId": gone.ruleID,
            "kind": gone.kind.rawValue,
            "level": gone.kind == .fail ? level(gone.severity) : "none",
            "message": ["text": "\(gone.title) (no longer raised)"],
            "baselineState": "absent",
            "fingerprints": [fingerprintKey: gone.fingerprint],
            "locations": [["logicalLocations": [["name": gone.subject.id, "kind": gone.subject.type, "fullyQualifiedName": "\(gone.subject.type):\(gone.subject.id)"]]]],
            "properties": ["severity": gone.severity.rawValue, "firstSeen": gone.firstSeen],
        ]
    }
}
