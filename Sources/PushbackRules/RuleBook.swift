import Foundation
import PushbackModel

/// The rules and jurisdictions a sweep runs with, loaded and cross-checked at start. A bad file
/// stops the run with exit code 4 before anything is evaluated.
public struct RuleBook: Sendable {
    public var rules: [Rule]
    public var jurisdictions: JurisdictionCatalog

    /// Loads `rulesDirectory/<pack>/*.yaml` for every pack a jurisdiction names, and checks ids
    /// are unique and every rule's jurisdiction exists.
    public static func load(rulesDirectory: String, jurisdictionsDirectory: String) throws(RuleError) -> RuleBook {
        let catalog = try JurisdictionCatalog.load(directory: jurisdictionsDirectory)
        var rules: [Rule] = []
        var seen: [String: Rule] = [:]
        let packs = Set(catalog.jurisdictions.values.flatMap(\.rulePacks)).sorted()
        for pack in packs {
            let folder = (rulesDirectory as NSString).appendingPathComponent(pack)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw RuleError(file: folder, line: nil, message: "rule pack \"\(pack)\" is named by a jurisdiction but the folder does not exist")
            }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted() } catch {
                throw RuleError(file: folder, line: nil, message: "cannot list the rule pack: \(error.localizedDescription)")
            }
            // `<rule>.tests.yaml` beside a rule holds its fixtures (`RuleFixture`), not a rule.
            for name in names where name.hasSuffix(".yaml") && !name.hasSuffix(".tests.yaml") {
                let rule = try RuleLoader.load(path: (folder as NSString).appendingPathComponent(name))
                if let other = seen["\(rule.id) v\(rule.version)"] {
                    throw RuleError(file: rule.file, line: rule.line, message: "rule \(rule.id) version \(rule.version) is also defined in \(other.file):\(other.line)")
                }
                guard catalog.jurisdictions[rule.jurisdiction] != nil else {
                    throw RuleError(file: rule.file, line: rule.line, message: "jurisdiction \"\(rule.jurisdiction)\" is not defined in \(jurisdictionsDirectory)")
                }
                seen["\(rule.id) v\(rule.version)"] = rule
                rules.append(rule)
            }
        }
        rules.sort { ($0.id, $0.version) < ($1.id, $1.version) }
        try checkVersions(rules)
        return RuleBook(rules: rules, jurisdictions: catalog)
    }

    /// Versions of one rule sit side by side, each in force over its own window: every version but
    /// the last must end (`effective_to`) on or before the day the next begins, in version order,
    /// so exactly one version — or none — applies on any as-of date.
    static func checkVersions(_ rules: [Rule]) throws(RuleError) {
        for (previous, next) in zip(rules, rules.dropFirst()) where previous.id == next.id {
            guard let end = previous.effectiveTo else {
                throw RuleError(file: previous.file, line: previous.line, message: "\(previous.id) v\(previous.version) has no effective_to, but v\(next.version) (\(next.file):\(next.line)) takes effect \(next.effectiveFrom): give v\(previous.version) effective_to: \(next.effectiveFrom)")
            }
            guard end <= next.effectiveFrom else {
                throw RuleError(file: next.file, line: next.line, message: "\(next.id) v\(next.version) takes effect \(next.effectiveFrom), while v\(previous.version) is in force until \(end): versions of a rule must not overlap")
            }
        }
    }

    /// The id a rule's findings are known by across renames: the oldest id reached through
    /// `supersedes` (a rule that supersedes several takes the first in sort order), or the id
    /// itself. A finding of a renamed rule is the same finding, not a new one.
    public func lineage(of id: String) -> String {
        var supersedes: [String: String] = [:]
        for rule in rules { if let older = rule.supersedes.sorted().first, older != rule.id { supersedes[rule.id] = older } }
        var current = id
        var visited: Set<String> = [id]
        while let older = supersedes[current], visited.insert(older).inserted { current = older }
        return current
    }

    /// The version of rule `id` in force on `asOf`, if any.
    public func rule(_ id: String, on asOf: String) -> Rule? {
        rules.first { $0.id == id && $0.isEffective(on: asOf) }
    }
}
