import PushbackGeo
import PushbackModel

/// Evaluates `filing` / `location-against-registry`: each location a document writes (a JSA's
/// coordinates, PLSS call or "miles from town"), resolved with its uncertainty, against the
/// registry's coordinates of the well the document names by API number. Farther apart than the
/// two uncertainties together is a `review`; a registry well with no coordinates is `open`.
/// Locations that cannot be resolved are `US-LOCATION-ESTABLISHED`'s, not repeated here.
struct LocationAgainstRegistryEvaluator {
    let rule: Rule
    let resolver: LocationResolver?
    let jurisdictions: JurisdictionCatalog

    func evaluate(locations: [WrittenLocation], identities: [WellIdentityStatement], wells: [Well]) -> [Finding] {
        guard let resolver else { return [] }
        let apis = Dictionary(identities.compactMap { statement in statement.api.map { (statement.document.path, $0) } }, uniquingKeysWith: { first, _ in first })
        let registry = Dictionary(wells.map { ($0.api.normalized, $0) }, uniquingKeysWith: { first, _ in first })
        return locations.sorted { $0.document.path < $1.document.path }.compactMap { location -> Finding? in
            guard let text = location.text, let api = apis[location.document.path], let well = registry[api] else { return nil }
            guard let known = well.location else {
                return finding(location, well: well, kind: .open, severity: .low, title: "Cannot check: \(rule.title)",
                               message: "\(location.document.path) places the work at \"\(text)\" for well \(well.api.formatted), but the registry gives the well no coordinates (\(well.provenance.place)), so the two cannot be compared. This is not a pass.",
                               compared: [ComparedValue(name: "registry coordinates", actual: "none")])
            }
            guard case .located(let written, let assumptions) = resolver.resolve(text, stateHint: location.stateHint) else { return nil }
            let apart = GeodesicDistance.between(written.point, known.point)
            let allowed = written.uncertainty.meters + known.uncertainty.meters
            guard apart.meters > allowed else { return nil }
            let message = "\(location.document.path) places the work at \"\(text)\" — \(written.basis), ± \(written.uncertainty)\(assumptions.isEmpty ? "" : " (\(assumptions.joined(separator: "; ")))") — "
                + "but the registry puts well \(well.api.formatted)\(well.name.map { " (\($0))" } ?? "") at \(known.basis), ± \(known.uncertainty): \(apart) apart, more than the \(Distance.meters(allowed)) both uncertainties allow. "
                + "The document may be about another well than its API number says, its location may be written wrong (a datum, a section or a direction mixed up), or the registry's coordinates may be off."
            return finding(location, well: well, kind: .review, severity: rule.severity, title: rule.title, message: message,
                           compared: [ComparedValue(name: "document → registry well", actual: "\(apart)", limit: "\(Distance.meters(allowed)) (± \(written.uncertainty) + ± \(known.uncertainty))", comparison: "≤"),
                                      ComparedValue(name: "location as written", actual: "\"\(text)\" → \(written.basis)")])
        }
    }

    private func finding(_ location: WrittenLocation, well: Well, kind: FindingKind, severity: Severity, title: String, message: String, compared: [ComparedValue]) -> Finding {
        let isJSA = location.documentKind == DocumentKind.jsa.rawValue
        let last = location.document.path.split(separator: "/").last.map(String.init) ?? location.document.path
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity, title: title, message: message,
            remediation: kind == .open ? "Find the well's surveyed location (the permit's plat, the regulator's well page). Then: \(rule.remediation)" : rule.remediation,
            citation: rule.citation, basis: rule.basis,
            subject: isJSA ? Subject(type: "jsa", id: last, name: location.document.path) : Subject(type: "document", id: location.document.path, name: location.documentKind),
            related: [Subject(type: "well", id: well.api.normalized)],
            jurisdictions: jurisdictions.chain(apiStateCode: well.api.stateCode, fallback: rule.jurisdiction),
            comparedValues: compared, evidence: [location.evidence, well.provenance],
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name): \($0.actual)\($0.limit.map { " vs \($0)" } ?? "")", outcome: kind == .open ? "unknown" : "true") }
        )
    }
}
