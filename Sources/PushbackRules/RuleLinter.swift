import Foundation
import PushbackModel

/// Checks a loaded rule book for what loading alone does not catch: rules without fixtures (or
/// without a positive, a negative and an `open` case), fixtures naming another rule, expired
/// rules, a superseded rule still in force beside its successor, statuses and document kinds
/// nothing produces, rule packs no jurisdiction names. Bad YAML, unknown keys, bad units, missing
/// citations and unknown jurisdictions already stop `RuleBook.load` with file and line.
public enum RuleLinter {
    public struct Problem: Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var ruleID: String?
        public var message: String
        /// Errors fail `pushback rules lint`; warnings are printed.
        public var isError: Bool

        public var description: String {
            "\(file)\(line.map { ":\($0)" } ?? ""): \(isError ? "error" : "warning"): \(ruleID.map { "\($0): " } ?? "")\(message)"
        }
    }

    public static func lint(_ book: RuleBook, rulesDirectory: String, asOf: String) -> [Problem] {
        var problems: [Problem] = []
        func problem(_ rule: Rule, _ message: String, error: Bool = true, file: String? = nil, line: Int? = nil) {
            problems.append(Problem(file: file ?? rule.file, line: line ?? rule.line, ruleID: rule.id, message: message, isError: error))
        }
        let byID = Dictionary(book.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for rule in book.rules {
            if rule.citation.text.trimmingCharacters(in: .whitespaces).isEmpty { problem(rule, "citation text is empty") }
            if rule.rationale.trimmingCharacters(in: .whitespaces).isEmpty { problem(rule, "rationale is empty") }
            if rule.remediation.trimmingCharacters(in: .whitespaces).isEmpty { problem(rule, "remediation (what to check next) is empty") }
            let succeeded = book.rules.contains { $0.id == rule.id && $0.version > rule.version }
            if let end = rule.effectiveTo, end <= asOf, !succeeded {
                problem(rule, "expired: not in force since \(end) (as of \(asOf)); remove it or keep it only for replaying old runs", error: false)
            }
            if rule.effectiveFrom > asOf { problem(rule, "not yet in force: takes effect \(rule.effectiveFrom) (as of \(asOf))", error: false) }
            for old in rule.supersedes {
                guard let previous = byID[old] else { continue }
                let previousEnd = previous.effectiveTo ?? "9999-12-31"
                if previousEnd > rule.effectiveFrom {
                    problem(rule, "supersedes \(old), which is still in force until \(previous.effectiveTo ?? "no end date") — both would fire from \(rule.effectiveFrom); give \(old) effective_to: \(rule.effectiveFrom)")
                }
            }
            switch rule.check {
            case .setback(let check):
                for status in check.statuses.subtracting(WellStatus.known).sorted(by: { $0.rawValue < $1.rawValue }) {
                    problem(rule, "status \"\(status)\" is not one Pushback maps sources to (known: \(WellStatus.known.map(\.rawValue).sorted().joined(separator: ", ")))")
                }
                for status in check.severityByStatus.keys where !check.statuses.contains(status) {
                    problem(rule, "severity_by_status names \"\(status)\", which is not among the rule's statuses", error: false)
                }
            case .locationEstablished(let kinds):
                for kind in kinds.sorted() where !DocumentKind.known.contains(DocumentKind(rawValue: kind)) {
                    problem(rule, "required_for names document kind \"\(kind)\", which no reader produces")
                }
            case .condition(let check):
                if case .fixed(let due) = check.deadline?.start, due.description < rule.effectiveFrom {
                    problem(rule, "deadline \(due) falls before the rule takes effect (\(rule.effectiveFrom)): every well it applies to is overdue on its first day", error: false)
                }
            case .claimsAgainstReadings(let check):
                for kind in check.claims.subtracting([.bleedDown, .pressureReading]).sorted(by: { $0.rawValue < $1.rawValue }) {
                    problem(rule, "claims of kind \(kind.rawValue) state no pressure at a point, so no reading can contradict them", error: false)
                }
                if rule.appliesTo != "jsa" { problem(rule, "a claims-against-readings check reads JSAs: applies_to should be jsa, not \(rule.appliesTo)", error: false) }
            case .production(.statusAgainstProduction(let statuses)), .production(.registryStatusAgainstProduction(let statuses)):
                for status in statuses.subtracting(WellStatus.known).sorted(by: { $0.rawValue < $1.rawValue }) {
                    problem(rule, "status \"\(status)\" is not one Pushback maps sources to (known: \(WellStatus.known.map(\.rawValue).sorted().joined(separator: ", ")))")
                }
            case .production(.inventoryBalance), .production(.trendBreak), .production(.zeroPressures), .readingJump, .readingRebuild, .readingBuildUp, .readingShoe, .filing:
                break
            case .pressureTest, .jsa, .readingAgreement:
                if rule.appliesTo != "jsa" { problem(rule, "a check of what JSAs write reads JSAs: applies_to should be jsa, not \(rule.appliesTo)", error: false) }
            }
            for kind in rule.check.documentKinds.sorted(by: { $0.rawValue < $1.rawValue }) where !DocumentKind.known.contains(kind) {
                problem(rule, "document_on_file asks for \"\(kind)\", which no reader classifies documents as yet: every well counts as having none on file", error: false)
            }
            problems += fixtureProblems(rule)
        }
        // A pack folder no jurisdiction names is never loaded: its rules would be skipped silently.
        let named = Set(book.jurisdictions.jurisdictions.values.flatMap(\.rulePacks))
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: rulesDirectory)) ?? []).sorted()
        for folder in folders where !named.contains(folder) {
            var isDirectory: ObjCBool = false
            let path = (rulesDirectory as NSString).appendingPathComponent(folder)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                problems.append(Problem(file: path, line: nil, ruleID: nil, message: "rule pack \"\(folder)\" is named by no jurisdiction's rule_packs, so its rules never run", isError: true))
            }
        }
        return problems
    }

    /// A rule's fixtures exist, parse, name it, and hold a positive, a negative and an open case.
    public static func fixtureProblems(_ rule: Rule) -> [Problem] {
        let path = RuleFixture.path(for: rule)
        guard FileManager.default.fileExists(atPath: path) else {
            return [Problem(file: rule.file, line: rule.line, ruleID: rule.id, message: "no fixtures: write \((path as NSString).lastPathComponent) beside the rule", isError: true)]
        }
        let fixture: RuleFixture
        do { fixture = try RuleFixture.load(path: path) } catch {
            return [Problem(file: error.file, line: error.line, ruleID: rule.id, message: error.message, isError: true)]
        }
        var problems: [Problem] = []
        if fixture.ruleID != rule.id {
            problems.append(Problem(file: path, line: nil, ruleID: rule.id, message: "fixtures name rule \(fixture.ruleID), not \(rule.id)", isError: true))
        }
        let missing = [("positive (the rule fires)", fixture.cases.contains { $0.isPositive(for: rule.check) }),
                       ("negative (nothing raised)", fixture.cases.contains(where: \.isNegative)),
                       ("open (insufficient evidence)", fixture.cases.contains(where: \.isOpen))]
            .filter { !$0.1 }.map(\.0)
        if !missing.isEmpty {
            problems.append(Problem(file: path, line: nil, ruleID: rule.id, message: "no \(missing.joined(separator: ", no ")) case", isError: true))
        }
        return problems
    }
}
