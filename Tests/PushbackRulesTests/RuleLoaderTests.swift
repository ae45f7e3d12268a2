import Foundation
import PushbackModel
import PushbackRules
import Testing
import TestSupport

@Suite("Rule files")
struct RuleLoaderTests {
    static let validRule = """
        id: TEST-SETBACK
        version: 2
        title: Test setback
        jurisdiction: us-ca
        citation:
          text: Test Code §1
          url: https://example.org/code/1
        effective_from: 2024-01-01
        effective_to: 2030-01-01
        applies_to: well
        severity: high
        basis: regulation
        rationale: because
        remediation: look again
        measures:
          from: wellhead
          to: school point
        check:
          type: setback
          statuses: [idle]
          receptor_kinds: [school]
          distance: 1,000 ft
        """

    func write(_ text: String) throws -> String {
        let path = try Fixtures.temporaryDirectory("rule").appendingPathComponent("rule.yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a valid rule loads with all its metadata")
    func valid() throws {
        let rule = try RuleLoader.load(path: write(Self.validRule))
        #expect(rule.id == "TEST-SETBACK" && rule.version == 2 && rule.basis == "regulation")
        #expect(rule.isEffective(on: "2024-01-01") && rule.isEffective(on: "2029-12-31"))
        #expect(!rule.isEffective(on: "2023-12-31") && !rule.isEffective(on: "2030-01-01"))
        guard case .setback(let check) = rule.check else { Issue.record("expected a setback"); return }
        #expect(abs(check.distance.meters - 304.8) < 1e-9)
    }

    @Test("malformed rules are errors with file:line", arguments: [
        ("severity: high", "severity: severe", 11, "severity must be one of"),
        ("distance: 1,000 ft", "distance: 1000", 22, "expected a distance"),
        ("basis: regulation", "basis: hunch", 12, "basis must be"),
        ("effective_to: 2030-01-01", "effective_to: 2020-01-01", 9, "must be after"),
        ("rationale: because", "rationale: because\nseverty: low", 14, "unknown key \"severty\""),
        ("  url: https://example.org/code/1", "  url: example.org", 7, "citation url"),
        ("type: setback", "type: vibes", 19, "unknown check type"),
    ])
    func malformed(find: String, replace: String, line: Int, message: String) throws {
        let path = try write(Self.validRule.replacingOccurrences(of: find, with: replace))
        do {
            _ = try RuleLoader.load(path: path)
            Issue.record("should not load")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
            #expect(error.file == path)
        }
    }

    @Test("the shipped rule bundle loads")
    func shippedBundle() throws {
        let book = try RuleBook.load(rulesDirectory: Fixtures.repository("rules").path, jurisdictionsDirectory: Fixtures.repository("jurisdictions").path)
        #expect(book.rules.map(\.id) == ["CA-IDLE-WELL-LONG-TERM", "CA-SB1137-HPZ-SCHOOL", "TX-SWR14-INACTIVE-PLUGGING", "TX-SWR15-H15-FLUID-LEVEL", "US-LOCATION-ESTABLISHED"])
        #expect(book.jurisdictions.chain(from: "us-tx") == ["us-tx", "us"])
        #expect(book.jurisdictions.chain(from: "us-ca") == ["us-ca", "us"])
        let location = try #require(book.rules.last)
        let plugging = try #require(book.rules.first { $0.id == "TX-SWR14-INACTIVE-PLUGGING" })
        guard case .condition(let condition) = plugging.check, case .fact(.statusDate, let period) = condition.deadline?.start else {
            Issue.record("TX-SWR14-INACTIVE-PLUGGING is not a condition with a deadline from the status date")
            return
        }
        #expect(period == CalendarPeriod(12, .months) && condition.raises == .review && plugging.check.dependsOnAsOfDate)
        guard case .locationEstablished(let kinds) = location.check else {
            Issue.record("US-LOCATION-ESTABLISHED is not a location check")
            return
        }
        #expect(kinds == ["jsa"] && location.basis == "heuristic" && !location.check.dependsOnAsOfDate && !location.check.readsRegistries)
        let rule = try #require(book.rules.first { $0.id == "CA-SB1137-HPZ-SCHOOL" })
        #expect(rule.citation.url.hasPrefix("https://leginfo.legislature.ca.gov"))
        #expect(rule.measuredTo.contains("property line"))
    }
}
