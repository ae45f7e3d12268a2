import Foundation
import PushbackModel
import PushbackYAML

/// The jurisdiction hierarchy from `jurisdictions/*.yaml`, and how an entity is placed in it.
///
/// Until boundary polygons are wired in, a well is placed by its API state code (a state's
/// file says which code is its own); the chain then runs up through the parents.
public struct JurisdictionCatalog: Sendable {
    public private(set) var jurisdictions: [String: Jurisdiction] = [:]
    private var stateByAPICode: [String: String] = [:]

    /// Loads every jurisdiction file in `directory` and checks parents exist and form no cycle.
    public static func load(directory: String) throws(RuleError) -> JurisdictionCatalog {
        var catalog = JurisdictionCatalog()
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted() } catch {
            throw RuleError(file: directory, line: nil, message: "cannot list jurisdictions: \(error.localizedDescription)")
        }
        var lines: [String: (String, Int)] = [:]
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
                catalog.jurisdictions[id] = Jurisdiction(
                    id: id,
                    name: try root.required("name").string(),
                    level: level,
                    parentID: try root.optional("parent")?.string(),
                    rulePacks: try root.optional("rule_packs")?.strings() ?? []
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
        return catalog
    }

    /// Ids from `id` up to the top, innermost first (stops if a cycle would repeat).
    public func chain(from id: String) -> [String] {
        var result: [String] = []
        var current: String? = id
        while let next = current, let jurisdiction = jurisdictions[next], result.count <= jurisdictions.count {
            result.append(jurisdiction.id)
            current = jurisdiction.parentID
        }
        return result
    }

    /// The chain for a well, from its API state code; empty when no jurisdiction claims the code.
    public func chain(for well: Well) -> [String] {
        guard let state = stateByAPICode[well.api.stateCode] else { return [] }
        return chain(from: state)
    }

    /// "California → United States" for a chain of ids.
    public func describe(_ chain: [String]) -> String {
        chain.map { jurisdictions[$0]?.name ?? $0 }.joined(separator: " → ")
    }
}
