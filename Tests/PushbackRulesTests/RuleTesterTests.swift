import Foundation
import PushbackModel
@testable import PushbackRules
import Testing
import TestSupport

/// The rule tester's matching and calendar, on findings made by hand.
@Suite("Rule fixtures: matching findings to expectations")
struct RuleTesterTests {
    static func finding(_ kind: FindingKind, _ severity: Severity, subject: String, related: String? = nil, message: String = "inside the 975 m (3,200 ft) setback") -> Finding {
        Finding(ruleID: "R", ruleVersion: 1, kind: kind, severity: severity, title: "t", message: message, remediation: "r",
                citation: Citation(text: "c", url: "https://example.org"), basis: "regulation",
                subject: Subject(type: "well", id: subject), related: related.map { [Subject(type: "receptor", id: $0)] } ?? [],
                jurisdictions: ["us-ca"], comparedValues: [], evidence: [])
    }

    static func expectation(_ kind: FindingKind, severity: Severity? = nil, subject: String? = nil, related: String? = nil, says: String? = nil) -> RuleFixture.Expectation {
        RuleFixture.Expectation(kind: kind, subject: subject, related: related, severity: severity, says: says, line: 7)
    }

    @Test("one to one: API numbers by their digits, related ids, severity and words")
    func matching() {
        let found = [Self.finding(.fail, .high, subject: "0402908251", related: "CDS-A")]
        #expect(RuleTester.compare(found, with: [Self.expectation(.fail, severity: .high, subject: "04-029-08251", related: "cds-a", says: "(3,200 ft) setback")]).isEmpty)
        #expect(RuleTester.compare(found, with: [Self.expectation(.fail, severity: .low)]) .count == 2, "missing and unexpected are both problems")
        #expect(RuleTester.compare(found, with: []) == ["raised fail high on well 0402908251 and receptor CDS-A, not expected: inside the 975 m (3,200 ft) setback"])
        #expect(RuleTester.compare([], with: [Self.expectation(.open, subject: "X")]) == ["expected (line 7) open on X, not raised"])
        // Two identical findings need two expectations.
        #expect(RuleTester.compare(found + found, with: [Self.expectation(.fail)]).count == 1)
    }

    @Test("the day before an effective date, across months, years and a leap day")
    func dayBefore() {
        #expect(RuleTester.day(before: "2024-06-28") == "2024-06-27")
        #expect(RuleTester.day(before: "2026-03-01") == "2026-02-28")
        #expect(RuleTester.day(before: "2024-03-01") == "2024-02-29")
        #expect(RuleTester.day(before: "2027-01-01") == "2026-12-31")
    }

    @Test("positive means the rule fires: fail or review, or open for a check that only raises open")
    func positive() {
        let openOnly = RuleFixture.Case(name: "c", line: 1, input: EvaluationInput(wells: [], receptors: [], wellGaps: [], receptorGaps: [], asOf: "2026-11-28"),
                                        expected: [Self.expectation(.open)])
        #expect(openOnly.isPositive(for: .locationEstablished(kinds: [])))
        #expect(openOnly.isOpen && !openOnly.isNegative)
        let setback = RuleFixture.Case(name: "c", line: 1, input: openOnly.input, expected: [Self.expectation(.open)])
        let check = SetbackCheck(statuses: [.idle], receptorKinds: [.school], distance: .meters(10), severityByStatus: [:], receptorParcelRadius: .meters(0), locationTolerance: .meters(0))
        #expect(!setback.isPositive(for: .setback(check)))
    }

    @Test("a fixture's as_of must be a calendar day: 2026-02-31 is refused with its line, not evaluated as nothing")
    func asOfIsACalendarDay() throws {
        let path = try Fixtures.temporaryDirectory("fixture-as-of").appendingPathComponent("x.tests.yaml").path
        try "rule: X\ncases:\n  - name: c\n    as_of: 2026-02-31\n    expect: []\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try RuleFixture.load(path: path) } throws: { error in
            (error as? RuleError).map { $0.line == 4 && $0.message.contains("2026-02-31 is not a calendar date") } ?? false
        }
    }
}

