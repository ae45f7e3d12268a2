import PushbackGeo
import PushbackIntake
import PushbackModel

/// Ties each JSA to the registry well it is about: by the API number written on it, else by its
/// lease and well number against the wells' names, else by its written location when exactly one
/// registry well lies inside the location's uncertainty circle (the distance and radius stated).
/// Nothing is tied by a malformed number or a guess; what cannot be tied says why.
struct WellLinker {
    let wells: [Well]
    /// Places written locations; nil when the bundle has no gazetteer (coordinates and PLSS calls
    /// still need it to be built, so then no tie is made by location).
    let resolver: LocationResolver?

    /// One link per JSA, from the run's `api`, `lease` and `well_number` facts of JSAs (`documents`
    /// are the run's JSAs, so one that wrote none of them is listed too).
    func links(facts: [(kind: String, fact: Fact)], documents: [SourceReference]) -> [DocumentWellLink] {
        var byAPI: [APIWellNumber: Well] = [:]
        var byName: [String: [Well]] = [:]
        for well in wells {
            if byAPI[well.api] == nil { byAPI[well.api] = well }
            if let name = well.name { byName[Self.key(name), default: []].append(well) }
        }
        return documents.map { document in
            let own = facts.filter { $0.kind == DocumentKind.jsa.rawValue && $0.fact.evidence.source.path == document.path }.map(\.fact)
            let written = own.first { $0.name == "location_description" }?.normalized
            let api = own.first { $0.name == "api" }?.normalized
            let lease = own.first { $0.name == "lease" }?.normalized
            let number = own.first { $0.name == "well_number" }?.normalized
            let name = lease.map { lease in [lease, number].compactMap { $0 }.joined(separator: " ") }
            var link = DocumentWellLink(document: document, writtenAPI: api, writtenName: name)
            let parsed = api.flatMap { try? APIWellNumber.parse($0) }
            if let parsed, let well = byAPI[parsed] {
                fill(&link, with: well, basis: .apiNumber)
                if let name, let wellName = well.name, Self.key(name) != Self.key(wellName) {
                    link.note = "the lease and well written (\(name)) are not the registry's name for this well (\(wellName))"
                }
                return link
            }
            if let name, let candidates = byName[Self.key(name)], candidates.count == 1 {
                fill(&link, with: candidates[0], basis: .wellName)
                link.note = api == nil ? "no API number written" : "the API number written (\(api!)) \(parsed == nil ? "is malformed" : "is not this well's")"
                return link
            }
            if let written, let resolver, case .located(let location, _) = resolver.resolve(written, stateHint: parsed.flatMap { APICodeBook.state(code: $0.stateCode)?.postalCode }) {
                let inside = wells.compactMap { well -> (Well, Double)? in
                    guard let point = well.location?.point else { return nil }
                    let meters = GeodesicDistance.between(location.point, point).meters
                    return meters <= location.uncertainty.meters ? (well, meters) : nil
                }
                if inside.count == 1 {
                    fill(&link, with: inside[0].0, basis: .location)
                    link.note = "\(Int(inside[0].1.rounded())) m from where \"\(written)\" places the work (radius \(Int(location.uncertainty.meters.rounded())) m); no API number or name tied it"
                    return link
                }
                if inside.count > 1 {
                    link.note = "\(inside.count) registry wells lie within the \(Int(location.uncertainty.meters.rounded())) m of \"\(written)\", and no API number or name tells which"
                    return link
                }
            }
            link.note = switch (api, parsed) {
            case (nil, _): "no API number written, and no single well in the registries is named \(name ?? "as written")"
            case (let written?, nil): "the API number written (\(written)) is malformed, and no single well in the registries is named \(name ?? "as written")"
            default: "not in the registries read (\(wells.count) wells)"
            }
            return link
        }
    }

    private func fill(_ link: inout DocumentWellLink, with well: Well, basis: DocumentWellLink.Basis) {
        link.wellAPI = well.api.formatted
        link.wellName = well.name
        link.wellStatus = well.status.rawValue
        link.wellSource = well.provenance
        link.basis = basis
    }

    /// Names compared without case, spaces or `#`.
    private static func key(_ name: String) -> String { name.lowercased().filter { $0.isLetter || $0.isNumber } }
}
