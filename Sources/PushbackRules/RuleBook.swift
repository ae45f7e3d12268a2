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
                if let other = seen[rule.id] {
                    throw RuleError(file: rule.file, line: rule.line, message: "rule id \(rule.id) is also defined in \(other.file):\(other.line)")
                }
                guard catalog.jurisdictions[rule.jurisdiction] != nil else {
                    throw RuleError(file: rule.file, line: rule.line, message: "jurisdiction \"\(rule.jurisdiction)\" is not defined in \(jurisdictionsDirectory)")
                }
                seen[rule.id] = rule
                rules.append(rule)
            }
        }
        return RuleBook(rules: rules.sorted { $0.id < $1.id }, jurisdictions: catalog)
    }
}
