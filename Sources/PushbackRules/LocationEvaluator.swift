import PushbackGeo
import PushbackModel

/// The `location-established` check: every location a document writes must resolve to a point
/// with an uncertainty radius. One that stays ambiguous (a town in several states) or cannot be
/// resolved at all is an `open` finding quoting the words — a place nobody can put on a map
/// cannot be checked against any setback, so it is never a pass.
struct LocationEvaluator {
    let rule: Rule
    /// Nil when the bundle has no gazetteer: then nothing can be resolved, and each location
    /// says so.
    let resolver: LocationResolver?
    let jurisdictions: JurisdictionCatalog

    func evaluate(_ locations: [WrittenLocation]) -> [Finding] {
        locations.compactMap { location in
            guard let text = location.text else {
                return finding(location, title: "No location stated", message: "The \(kindName(location)) \(location.document.path) states no location for the work, so it cannot be placed against any setback, receptor or jurisdiction. This is not a pass.",
                               actual: "no location")
            }
            guard let resolver else {
                return finding(location, title: "Location not checked", message: "The location \"\(text)\" in \(location.document.path) was not resolved: the rule bundle has no gazetteer (data/gazetteer/us_places.csv). This is not a pass.",
                               actual: "no gazetteer")
            }
            switch resolver.resolve(text, stateHint: location.stateHint) {
            case .located:
                return nil
            case .ambiguous(let candidates, let reason):
                let places = candidates.map(\.basis).prefix(6).joined(separator: "; ")
                return finding(location, title: "Location is ambiguous", message: "The location \"\(text)\" in \(location.document.path) fits \(candidates.count) places (\(reason)): \(places). It cannot be placed until one is chosen.",
                               actual: "\(candidates.count) candidate places")
            case .unresolvable(let reason):
                return finding(location, title: "Location could not be established", message: "The location \"\(text)\" in \(location.document.path) could not be placed on a map: \(reason). Nothing can be checked against it; this is not a pass.",
                               actual: "unresolvable")
            }
        }
    }

    private func kindName(_ location: WrittenLocation) -> String { location.documentKind == DocumentKind.jsa.rawValue ? "JSA" : location.documentKind }

    private func finding(_ location: WrittenLocation, title: String, message: String, actual: String) -> Finding {
        Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: rule.severity,
            title: "\(title): \(kindName(location)) \(location.document.path)", message: message, remediation: rule.remediation,
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "document", id: location.document.sha256, name: location.document.path),
            jurisdictions: jurisdictions.chain(from: rule.jurisdiction),
            comparedValues: [ComparedValue(name: "location as written", actual: location.text.map { "\"\($0)\" → \(actual)" } ?? actual)],
            evidence: [location.evidence]
        )
    }
}
