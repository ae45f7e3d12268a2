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

    static func annualRule(_ deadline: String) -> String {
        let head = validRule.components(separatedBy: "check:")[0]
        return head + """
            check:
              type: condition
              applies_when: {fact: well.status, equals: idle}
              deadline:
                what: the annual fee
            \(deadline)
            """
    }

    @Test("an annual deadline: the next day of the year on or after the as-of date, raised only ahead of it")
    func annualDeadline() throws {
        let rule = try RuleLoader.load(path: write(Self.annualRule("    annually: 05-01\n    warn_before: 90 days")))
        guard case .condition(let check) = rule.check, case .annually(let month, let day) = check.deadline?.start else {
            Issue.record("expected an annual deadline"); return
        }
        #expect(month == 5 && day == 1)
    }

    @Test("a malformed annual deadline is refused with its line", arguments: [
        ("    annually: 02-29\n    warn_before: 90 days", "MM-DD"),
        ("    annually: May 1\n    warn_before: 90 days", "MM-DD"),
        ("    annually: 05-01", "give warn_before"),
        ("    annually: 05-01\n    on: 2027-05-01\n    warn_before: 90 days", "not on and annually"),
    ])
    func annualRefused(deadline: String, message: String) throws {
        let path = try write(Self.annualRule(deadline))
        do {
            _ = try RuleLoader.load(path: path)
            Issue.record("should not load")
        } catch {
            #expect(error.message.contains(message) && error.line != nil, "\(error)")
        }
    }

    @Test("the shipped rule bundle loads")
    func shippedBundle() throws {
        let book = try RuleBook.load(rulesDirectory: Fixtures.repository("rules").path, jurisdictionsDirectory: Fixtures.repository("jurisdictions").path)
        #expect(book.rules.map { "\($0.id) v\($0.version)" } == [
            "ANNULUS-PRESSURE-JUMP v1", "BLM-TA-SI-APPROVAL v1", "BROOMFIELD-WELL-PROTECTED-USE-2000FT v1", "CA-IDLE-WELL-ENGINEERING-ANALYSIS-15Y v1",
            "CA-IDLE-WELL-FEE v1",
            "CA-IDLE-WELL-FLUID-LEVEL-TEST v1", "CA-IDLE-WELL-LONG-TERM v1",
            "CA-SB1137-HPZ-COMPLIANCE-2030 v1", "CA-SB1137-HPZ-LEAK-PLAN-2028 v1", "CA-SB1137-HPZ-SCHOOL v1", "CASING-PRESSURE-BUILD-UP-RATE v1", "CASING-PRESSURE-REBUILDS v1",
            "CO-419-BRADENHEAD v1", "CO-604-SCHOOL-SETBACK v1", "CO-604-SCHOOL-SETBACK v2", "DALLAS-GAS-WELL-PROTECTED-USE-1500FT v1",
            "DOCUMENTS-LOCATION-VS-REGISTRY v1", "DOCUMENTS-WELL-HISTORY v1", "DOCUMENTS-WELL-IDENTITY v1", "FILING-AMENDMENT-EXPLAINED v1", "FILING-CASING-LISTED-TWICE v1", "FW-GAS-WELL-PROTECTED-USE-300FT v1", "FW-GAS-WELL-PROTECTED-USE-600FT v1",
            "JSA-ATMOSPHERE-LIMITS v1", "JSA-BLEED-DOWN-VS-READINGS v1", "JSA-CONFINED-SPACE-ATTENDANT v1", "JSA-H2S-CONTROLS v3", "JSA-HOT-WORK-CONTROLS v1",
            "JSA-PRESSURE-JUDGMENTS v1", "JSA-PRESSURE-TEST-CRITERIA v1", "JSA-READINGS-VS-GAUGE v1", "JSA-SIGN-OFFS v2", "JSA-STEP-CONTROLS v1", "JSA-VALVE-CHECK-WITHOUT-MEASURE v1",
            "JSA-WORK-ON-PLUGGED-WELL v1",
            "LA-CITY-NEW-WELL-BAN v1", "LA-CITY-NONCONFORMING-PHASE-OUT v1", "LA-COUNTY-NEW-WELL-BAN v1",
            "PA-ACT13-BUILDING-WATER-WELL-200FT v1", "PA-ACT13-BUILDING-WATER-WELL-500FT v1",
            "PRODUCTION-INVENTORY-BALANCE v1", "PRODUCTION-REGISTRY-STATUS-VS-PRODUCED v1", "PRODUCTION-STATUS-VS-PRODUCED v1",
            "PRODUCTION-TREND-BREAK v1", "PRODUCTION-ZERO-PRESSURES v1",
            "TX-SWR14-INACTIVE-PLUGGING v1", "TX-SWR14-W3-PLUGGING-RECORD v1", "TX-SWR15-CLEANUP-PURGE-5Y v1", "TX-SWR15-CLEANUP-REMOVE-10Y v1", "TX-SWR15-H15-FLUID-LEVEL v2",
            "US-LOCATION-ESTABLISHED v1",
        ])
        #expect(book.rule("CO-604-SCHOOL-SETBACK", on: "2020-12-31")?.version == 1 && book.rule("CO-604-SCHOOL-SETBACK", on: "2021-01-15")?.version == 2)
        #expect(book.rule("CO-604-SCHOOL-SETBACK", on: "2013-07-31") == nil)
        #expect(book.jurisdictions.chain(from: "us-ca-los-angeles-city") == ["us-ca-los-angeles-city", "us-ca-los-angeles", "us-ca", "us"])
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

    @Test("versions of a rule must not overlap, and each but the last must end", arguments: [
        ("effective_to: 2026-01-01", nil),
        ("effective_to: 2027-06-01", "must not overlap"),
        ("", "has no effective_to"),
    ] as [(String, String?)])
    func versions(replace: String, message: String?) throws {
        let root = try Fixtures.temporaryDirectory("versions")
        let rules = root.appendingPathComponent("rules/us-ca"), jurisdictions = root.appendingPathComponent("jurisdictions")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: jurisdictions, withIntermediateDirectories: true)
        try Data("id: us\nname: United States\nlevel: federal\n".utf8).write(to: jurisdictions.appendingPathComponent("us.yaml"))
        try Data("id: us-ca\nname: California\nlevel: state\nparent: us\nrule_packs: [us-ca]\n".utf8).write(to: jurisdictions.appendingPathComponent("us-ca.yaml"))
        let first = Self.validRule.replacingOccurrences(of: "version: 2", with: "version: 1").replacingOccurrences(of: "effective_to: 2030-01-01", with: replace)
        let second = Self.validRule.replacingOccurrences(of: "effective_from: 2024-01-01", with: "effective_from: 2026-01-01")
        try Data(first.utf8).write(to: rules.appendingPathComponent("test-v1.yaml"))
        try Data(second.utf8).write(to: rules.appendingPathComponent("test.yaml"))
        if let message {
            #expect { try RuleBook.load(rulesDirectory: root.appendingPathComponent("rules").path, jurisdictionsDirectory: jurisdictions.path) } throws: { error in
                (error as? RuleError)?.message.contains(message) == true
            }
        } else {
            let book = try RuleBook.load(rulesDirectory: root.appendingPathComponent("rules").path, jurisdictionsDirectory: jurisdictions.path)
            #expect(book.rules.map(\.version) == [1, 2])
            #expect(book.rule("TEST-SETBACK", on: "2025-12-31")?.version == 1 && book.rule("TEST-SETBACK", on: "2026-01-01")?.version == 2)
            let evaluation = RuleEvaluator(book: book).evaluate(EvaluationInput(wells: [], receptors: [], wellGaps: [], receptorGaps: [], asOf: "2026-06-01"))
            #expect(evaluation.evaluatedRules == ["TEST-SETBACK"] && evaluation.rulesNotInEffect.isEmpty, "one version in force is the rule evaluated")
        }
    }
}
