import Foundation
import PushbackGeo
import PushbackModel
import PushbackYAML

/// The jurisdiction hierarchy from `jurisdictions/*.yaml`, and how an entity is placed in it.
///
/// A located well is placed by point-in-polygon over the jurisdictions' boundaries (with its
/// location's uncertainty: a boundary within that radius makes the placement ambiguous); a well
/// outside every boundary (offshore, or a boundary not loaded) falls back to its API state code —
/// that state's jurisdiction, or the federal one alone for a state with no file of its own.
public struct JurisdictionCatalog: Sendable {
    public private(set) var jurisdictions: [String: Jurisdiction] = [:]
    private var stateByAPICode: [String: String] = [:]
    /// Each jurisdiction's chain (innermost first) and its description, computed once at load:
    /// millions of placements and findings read them.
    private var chains: [String: [String]] = [:]
    private var descriptions: [String: String] = [:]
    /// The federal jurisdiction at the top (`us`): where a well of a state without a file goes.
    private var national: String?
    /// Jurisdiction id of each boundary in `boundaryIndex`.
    private var boundaryOwners: [String] = []
    private var boundaryIndex: PolygonIndex?

    /// Loads every jurisdiction file in `directory` and checks parents exist and form no cycle.
    public static func load(directory: String) throws(RuleError) -> JurisdictionCatalog {
        var catalog = JurisdictionCatalog()
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted() } catch {
            throw RuleError(file: directory, line: nil, message: "cannot list jurisdictions: \(error.localizedDescription)")
        }
        var lines: [String: (String, Int)] = [:]
        var boundaries: [Boundary] = []
        var files: [String: [Boundary]] = [:]
        for name in names where name.hasSuffix(".yaml") {
            let path = (directory as NSString).appendingPathComponent(name)
            do throws(YAMLError) {
                let root = try YAMLNode.load(path: path)
                try root.checkKeys(allowed: ["id", "name", "level", "parent", "api_state_code", "rule_packs", "boundary"])
                let idNode = try root.required("id")
                let id = try idNode.string()
                guard catalog.jurisdictions[id] == nil else { throw idNode.error("jurisdiction \"\(id)\" is defined twice") }
                let levelNode = try root.required("level")
                guard let level = Jurisdiction.Level(rawValue: try levelNode.string()) else {
                    throw levelNode.error("level must be one of \(Jurisdiction.Level.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                var provenance: BoundaryProvenance?
                if let node = try root.optional("boundary") {
                    let isApproximate = try node.optional("approximate")?.bool() ?? false
                    let toleranceNode = try node.optional("tolerance")
                    let tolerance = try toleranceNode.map { n throws(YAMLError) in try RuleLoader.distanceValue(n) } ?? .meters(0)
                    if isApproximate, toleranceNode == nil {
                        throw node.error("an approximate boundary needs tolerance: how far its line may be from the true one (e.g. 100 m)")
                    }
                    if !isApproximate, let toleranceNode { throw toleranceNode.error("tolerance is for approximate boundaries only") }
                    for var boundary in try Self.boundary(node, directory: directory, cache: &files) {
                        boundary.tolerance = tolerance.meters
                        boundaries.append(boundary)
                        catalog.boundaryOwners.append(id)
                    }
                    provenance = BoundaryProvenance(
                        file: try node.required("file").string(),
                        source: try node.required("source").string(),
                        vintage: try node.required("vintage").string(),
                        isApproximate: isApproximate, tolerance: tolerance
                    )
                }
                catalog.jurisdictions[id] = Jurisdiction(
                    id: id,
                    name: try root.required("name").string(),
                    level: level,
                    parentID: try root.optional("parent")?.string(),
                    rulePacks: try root.optional("rule_packs")?.strings() ?? [],
                    boundary: provenance
                )
                if let code = try root.optional("api_state_code") { catalog.stateByAPICode[try code.string()] = id }
                lines[id] = (path, idNode.line)
            } catch {
                throw RuleError(file: error.file, line: error.line, message: error.message)
            }
        }
        for (id, jurisdiction) in catalog.jurisdictions {
            guard let parent = jurisdiction.parentID else { continue }
            guard catalog.jurisdictions[parent] != nil else {
                throw RuleError(file: lines[id]?.0 ?? directory, line: lines[id]?.1, message: "parent \"\(parent)\" of \(id) is not defined")
            }
            if catalog.chain(from: id).count > catalog.jurisdictions.count {
                throw RuleError(file: lines[id]?.0 ?? directory, line: lines[id]?.1, message: "the parents of \(id) form a cycle")
            }
        }
        if !boundaries.isEmpty { catalog.boundaryIndex = PolygonIndex(boundaries: boundaries) }
        for id in catalog.jurisdictions.keys {
            let chain = catalog.chain(from: id)
            catalog.chains[id] = chain
            catalog.descriptions[id] = chain.map { catalog.jurisdictions[$0]?.name ?? $0 }.joined(separator: " → ")
        }
        catalog.national = catalog.jurisdictions.values.filter { $0.level == .federal && $0.parentID == nil }.map(\.id).min()
        return catalog
    }

    /// Reads a `boundary:` entry: the GeoJSON file (relative to the jurisdictions folder) and the
    /// feature(s) whose property `match.key` equals `match.value`.
    private static func boundary(_ node: YAMLNode, directory: String, cache: inout [String: [Boundary]]) throws(YAMLError) -> [Boundary] {
        try node.checkKeys(allowed: ["file", "match", "source", "vintage", "approximate", "tolerance"])
        let fileNode = try node.required("file")
        let path = (directory as NSString).appendingPathComponent(try fileNode.string())
        if cache[path] == nil {
            do { cache[path] = try GeoJSONReader.read(path: path).boundaries } catch { throw fileNode.error("\(error)") }
        }
        let all = cache[path] ?? []
        guard let match = try node.optional("match") else {
            guard all.count == 1 else { throw node.error("\(path) has \(all.count) features; say which with match: {key: value}") }
            return all
        }
        let pairs = try match.entries()
        guard pairs.count == 1, let pair = pairs.first else { throw match.error("match takes one property: {key: value}") }
        let value = try pair.value.string()
        let found = all.filter { $0.properties[pair.key] == value }
        guard !found.isEmpty else { throw match.error("no feature of \(path) has \(pair.key) = \(value)") }
        return found
    }

    /// Where a well sits: by its location when boundaries contain it, else by its API state code.
    /// Either way, boundaries within the location's uncertainty (or an approximate boundary's
    /// tolerance) are listed as ambiguous.
    public func placement(for well: Well) -> JurisdictionPlacement {
        var ambiguous: [String] = []
        if let location = well.location, let index = boundaryIndex {
            let point = location.point
            let placed = index.placement(latitude: point.latitude, longitude: point.longitude, uncertainty: location.uncertainty.meters)
            let near = Set(placed.ambiguous.map { boundaryOwners[$0] })
            ambiguous = near.sorted()
            let inside = placed.inside.map { boundaryOwners[$0] }
            if let innermost = inside.max(by: { chain(from: $0).count < chain(from: $1).count }) {
                let placedChain = chain(from: innermost)
                var conflict: String?
                if let apiState = stateByAPICode[well.api.stateCode], !placedChain.contains(apiState) {
                    conflict = "API state code \(well.api.stateCode) is \(jurisdictions[apiState]?.name ?? apiState), but the location is in \(describe(placedChain))"
                } else if stateByAPICode[well.api.stateCode] == nil, let placedState = placedChain.first(where: { jurisdictions[$0]?.level == .state }),
                          let code = stateByAPICode.first(where: { $0.value == placedState })?.key {
                    let named = APICodeBook.state(code: well.api.stateCode).map { " (\($0.name))" } ?? ""
                    conflict = "API state code \(well.api.stateCode)\(named) is not \(jurisdictions[placedState]?.name ?? placedState)'s (\(code)), where the location is"
                }
                return JurisdictionPlacement(chain: placedChain, ambiguous: ambiguous, basis: .boundaries, apiStateConflict: conflict)
            }
        }
        if let state = stateByAPICode[well.api.stateCode] {
            return JurisdictionPlacement(chain: chain(from: state), ambiguous: ambiguous, basis: .apiStateCode)
        }
        // A US state with no jurisdiction file of its own: still under the federal rules.
        if let national, APICodeBook.state(code: well.api.stateCode) != nil {
            return JurisdictionPlacement(chain: chain(from: national), ambiguous: ambiguous, basis: .apiStateCode)
        }
        return JurisdictionPlacement(chain: [], ambiguous: ambiguous, basis: .none)
    }

    /// The chain of jurisdictions whose boundaries contain a point, innermost first; empty when no
    /// loaded boundary does (a receptor has no API number to fall back on).
    public func chain(containing point: GeoPoint) -> [String] {
        guard let index = boundaryIndex else { return [] }
        let inside = index.placement(latitude: point.latitude, longitude: point.longitude, uncertainty: 0).inside.map { boundaryOwners[$0] }
        guard let innermost = inside.max(by: { chain(from: $0).count < chain(from: $1).count }) else { return [] }
        return chain(from: innermost)
    }

    /// The chain of the state an API number's state code names (`42` → Texas → United States),
    /// or of `fallback` when no jurisdiction file claims that code.
    public func chain(apiStateCode code: String, fallback: String) -> [String] {
        chain(from: stateByAPICode[code] ?? fallback)
    }

    /// Ids from `id` up to the top, innermost first (stops if a cycle would repeat).
    public func chain(from id: String) -> [String] {
        if let known = chains[id] { return known }
        var result: [String] = []
        var current: String? = id
        while let next = current, let jurisdiction = jurisdictions[next], result.count <= jurisdictions.count {
            result.append(jurisdiction.id)
            current = jurisdiction.parentID
        }
        return result
    }

    /// The chain for a well (see `placement(for:)`), innermost first; empty when nothing claims it.
    public func chain(for well: Well) -> [String] { placement(for: well).chain }

    /// What a finding shows about how its subject was placed: the basis, an API state code that
    /// disagrees with the location, boundaries too close to call, approximate boundaries used.
    public func placementValues(_ placement: JurisdictionPlacement) -> [ComparedValue] {
        var values = [ComparedValue(name: "jurisdiction placed by", actual: placement.basis.rawValue)]
        if let conflict = placement.apiStateConflict {
            values.append(ComparedValue(name: "API number vs location", actual: "\(conflict): check the API number and the surveyed location"))
        }
        if !placement.ambiguous.isEmpty {
            let names = placement.ambiguous.map { jurisdictions[$0]?.name ?? $0 }.joined(separator: ", ")
            values.append(ComparedValue(name: "boundary within the location uncertainty", actual: "\(names): membership uncertain, check the surveyed location"))
        }
        if placement.basis == .boundaries {
            for id in placement.chain where placement.ambiguous.contains(id) || jurisdictions[id]?.level == .municipality {
                guard let boundary = jurisdictions[id]?.boundary, boundary.isApproximate else { continue }
                values.append(ComparedValue(name: "approximate boundary", actual: "\(jurisdictions[id]?.name ?? id): \(boundary.source) (\(boundary.vintage)), drawn line within \(boundary.tolerance) of the true one"))
            }
        }
        return values
    }

    /// "California → United States" for a chain of ids.
    public func describe(_ chain: [String]) -> String {
        // A loaded chain is determined by its innermost jurisdiction.
        if let first = chain.first, let described = descriptions[first], chains[first] == chain { return described }
        return chain.map { jurisdictions[$0]?.name ?? $0 }.joined(separator: " → ")
    }
}
