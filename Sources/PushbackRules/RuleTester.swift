import Foundation
import PushbackModel

/// Runs a rule's fixtures: each case on its own as-of date, and — for every case that expects a
/// finding — the day before and the day of the rule's effective date (and of its end date), so a
/// rule that fires too early or keeps firing after repeal is caught. Findings must match the
/// expectations exactly: an expected finding missing and an unexpected one raised both fail.
public struct RuleTester: Sendable {
    public let evaluator: RuleEvaluator

    public init(evaluator: RuleEvaluator) { self.evaluator = evaluator }

    /// One case run on one day.
    public struct Outcome: Sendable {
        public var ruleID: String
        public var caseName: String
        public var file: String
        public var line: Int
        public var asOf: String
        /// Why this run exists: `case`, or the effective-date boundary it checks.
        public var purpose: String
        /// What went wrong; empty when the case passed.
        public var problems: [String]
        public var passed: Bool { problems.isEmpty }
    }

    public func run(_ rule: Rule, fixture: RuleFixture) -> [Outcome] {
        var outcomes: [Outcome] = []
        for fixtureCase in fixture.cases {
            func check(on day: String, purpose: String, expecting expected: [RuleFixture.Expectation]) {
                var input = fixtureCase.input
                input.asOf = day
                let findings = rule.isEffective(on: day) ? evaluator.findings(of: rule, in: input) : []
                outcomes.append(Outcome(ruleID: rule.id, caseName: fixtureCase.name, file: fixture.file, line: fixtureCase.line, asOf: day,
                                        purpose: purpose, problems: Self.compare(findings, with: expected)))
            }
            let asOf = fixtureCase.input.asOf
            check(on: asOf, purpose: "case", expecting: fixtureCase.expected)
            guard !fixtureCase.expected.isEmpty else { continue }
            // The days around the rule's dates: nothing before it takes effect or once it has
            // ended; on the first day in force, the case's findings (a rule whose findings depend
            // on the as-of date is left to its own dated cases).
            let sameFindings = rule.check.dependsOnAsOfDate ? nil : fixtureCase.expected
            if asOf >= rule.effectiveFrom {
                check(on: Self.day(before: rule.effectiveFrom), purpose: "day before effective_from \(rule.effectiveFrom)", expecting: [])
                if let sameFindings { check(on: rule.effectiveFrom, purpose: "day of effective_from", expecting: sameFindings) }
            }
            if let end = rule.effectiveTo, asOf < end {
                if let sameFindings { check(on: Self.day(before: end), purpose: "day before effective_to \(end)", expecting: sameFindings) }
                check(on: end, purpose: "day of effective_to (no longer in force)", expecting: [])
            }
        }
        return outcomes
    }

    /// Problems matching findings to expectations one to one; empty when they agree.
    static func compare(_ findings: [Finding], with expected: [RuleFixture.Expectation]) -> [String] {
        var unmatched = findings
        var problems: [String] = []
        for expectation in expected {
            if let index = unmatched.firstIndex(where: { matches($0, expectation) }) {
                unmatched.remove(at: index)
            } else {
                problems.append("expected (line \(expectation.line)) \(describe(expectation)), not raised")
            }
        }
        for finding in unmatched {
            problems.append("raised \(finding.kind) \(finding.severity) on \(finding.subject)\(finding.related.first.map { " and \($0)" } ?? ""), not expected: \(finding.message.prefix(160))")
        }
        return problems
    }

    static func matches(_ finding: Finding, _ expectation: RuleFixture.Expectation) -> Bool {
        guard finding.kind == expectation.kind else { return false }
        if let subject = expectation.subject, key(subject) != key(finding.subject.id) { return false }
        if let related = expectation.related, !finding.related.contains(where: { key($0.id) == key(related) }) { return false }
        if let severity = expectation.severity, severity != finding.severity { return false }
        if let says = expectation.says, !finding.message.contains(says), !finding.evidence.contains(where: { $0.quote.contains(says) }) { return false }
        return true
    }

    /// Ids compared without the dashes and spaces people write in API numbers.
    static func key(_ id: String) -> String { id.uppercased().filter { $0 != "-" && $0 != " " } }

    static func describe(_ expectation: RuleFixture.Expectation) -> String {
        var parts = [expectation.kind.rawValue]
        if let severity = expectation.severity { parts.append(severity.rawValue) }
        if let subject = expectation.subject { parts.append("on \(subject)") }
        if let related = expectation.related { parts.append("and \(related)") }
        if let says = expectation.says { parts.append("saying \"\(says)\"") }
        return parts.joined(separator: " ")
    }

    /// `YYYY-MM-DD` of the day before (proleptic Gregorian, no time zone involved).
    static func day(before iso: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              let previous = calendar.date(byAdding: .day, value: -1, to: date) else { return iso }
        let components = calendar.dateComponents([.year, .month, .day], from: previous)
        return String(format: "%04d-%02d-%02d", components.year!, components.month!, components.day!)
    }
}
