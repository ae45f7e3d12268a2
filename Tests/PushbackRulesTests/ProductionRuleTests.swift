import Foundation
import PushbackIntake
import PushbackModel
import PushbackRules
import Testing
import TestSupport

/// The production rules against real ECMC Form 7 reports: the excerpt's known inconsistencies
/// (counted independently in `ProductionIntakeTests`) are exactly what the rules raise.
@Suite("Production rules on real ECMC Form 7 reports")
struct ProductionRuleTests {
    static let book = try! RuleBook.load(rulesDirectory: Fixtures.repository("rules").path, jurisdictionsDirectory: Fixtures.repository("jurisdictions").path)

    /// Every production rule over a Form 7 file, with the real ECMC well list (its statuses and
    /// status dates) as the registry.
    func findings(_ url: URL) throws -> [Finding] {
        let mappings = try SourceMapping.loadAll(directory: Fixtures.repository("mappings").path)
        let mapping = try #require(mappings.first { $0.id == "ecmc-form7-production" })
        let extract = try RegistryReader(mapping: mapping).read(bytes: [UInt8](try Data(contentsOf: url)), source: SourceReference(sha256: "t", path: url.lastPathComponent))
        let wellsURL = Fixtures.url("real/registries/co_weld_ecmc_selected_wells.csv")
        let wellMapping = try #require(mappings.first { $0.id == "ecmc-wells" })
        let registry = try RegistryReader(mapping: wellMapping).read(bytes: [UInt8](try Data(contentsOf: wellsURL)), source: SourceReference(sha256: "w", path: wellsURL.lastPathComponent))
        var input = EvaluationInput(wells: Array(registry.wells), receptors: [], wellGaps: [], receptorGaps: [], asOf: "2026-12-07")
        input.production = extract.production
        let evaluator = RuleEvaluator(book: Self.book)
        return Self.book.rules.filter { $0.id.hasPrefix("PRODUCTION-") }.flatMap { evaluator.findings(of: $0, in: input) }
    }

    @Test("the excerpt: 4 shut-in months with days produced (fail), 50 months that do not balance and 5 far off their trend (review), every one quoting its rows")
    func excerpt() throws {
        let found = try findings(Fixtures.url("real/registries/co_weld_ecmc_monthly_production_excerpt.csv"))
        let fails = found.filter { $0.kind == .fail && $0.ruleID == "PRODUCTION-STATUS-VS-PRODUCED" }, reviews = found.filter { $0.kind == .review && $0.ruleID == "PRODUCTION-INVENTORY-BALANCE" }
        #expect(fails.count == 4 && fails.allSatisfy { $0.ruleID == "PRODUCTION-STATUS-VS-PRODUCED" })
        #expect(reviews.count == 50)
        expectTrendBreaks(found, months: 5, wells: 4)
        expectHistory(found, zeroRuns: 3, zeroWells: 2, producingWhileIdle: ["0512333959"])
        #expect((fails + reviews).allSatisfy { $0.evidence.count == 1 && $0.evidence[0].line != nil } && found.allSatisfy { $0.jurisdictions == ["us-co", "us"] })
        // 46 months give both inventories (as ProductionIntakeTests counts); four leave one blank, counted as none.
        let blankInventory = reviews.filter { $0.message.firstMatch(of: /counted as none: [^)]*(BOM|EOM) inventory/) != nil }
        #expect(blankInventory.count == 4, "\(blankInventory.map(\.message))")
        let shut = try #require(fails.first { $0.subject.id == "0512334420" })
        #expect(shut.message.contains("2016-03 reports the well shut-in (source: SI) and also 1 day produced"), "\(shut.message)")
    }

    /// The trend breaks, counted independently of Pushback (numpy `lstsq` on the log daily oil rate
    /// of the 12 producing months before each month; flagged beyond 5× and 5 prediction standard
    /// errors, floor 0.05): each quotes the month's row and the window's last and first rows.
    func expectTrendBreaks(_ found: [Finding], months: Int, wells: Int) {
        let breaks = found.filter { $0.ruleID == "PRODUCTION-TREND-BREAK" }
        #expect(breaks.count == months && breaks.allSatisfy { $0.kind == .review })
        #expect(Set(breaks.map(\.subject.id)).count == wells)
        #expect(breaks.allSatisfy { $0.evidence.count == 3 && $0.evidence.allSatisfy { $0.quote.hasPrefix("05-123-") } })
    }

    /// Runs of 3+ producing months with tubing and casing both written as 0 (gas or water
    /// readings), and registry wells shut in, TA or plugged producing in a month that begins on or
    /// after their status date — both counted independently of Pushback.
    func expectHistory(_ found: [Finding], zeroRuns: Int, zeroWells: Int, producingWhileIdle: [String]) {
        let zero = found.filter { $0.ruleID == "PRODUCTION-ZERO-PRESSURES" }
        #expect(zero.count == zeroRuns && zero.allSatisfy { $0.kind == .review } && Set(zero.map(\.subject.id)).count == zeroWells)
        let idle = found.filter { $0.ruleID == "PRODUCTION-REGISTRY-STATUS-VS-PRODUCED" }
        #expect(idle.map(\.subject.id).sorted() == producingWhileIdle && idle.allSatisfy { $0.kind == .fail && $0.evidence[0].source.path == "co_weld_ecmc_selected_wells.csv" })
    }

    /// The file's counts, taken independently of Pushback (blank = 0, tolerance 0.5 bbl, status
    /// SI/TA with days, oil or gas produced): 169 unbalanced months on 51 wells, 4 idle months
    /// producing; each finding quotes its row.
    func expectWholeFileCounts(_ found: [Finding]) {
        let fails = found.filter { $0.kind == .fail && $0.ruleID == "PRODUCTION-STATUS-VS-PRODUCED" }, reviews = found.filter { $0.kind == .review && $0.ruleID == "PRODUCTION-INVENTORY-BALANCE" }
        #expect(fails.count == 4 && fails.allSatisfy { $0.ruleID == "PRODUCTION-STATUS-VS-PRODUCED" })
        #expect(reviews.count == 169)
        #expect(Set(reviews.map(\.subject.id)).count == 51)
        #expect((fails + reviews).allSatisfy { $0.evidence.count == 1 && $0.evidence[0].line != nil && $0.evidence[0].quote.hasPrefix("05-123-") }, "each quotes its row")
        #expect(found.filter { $0.kind == .open }.isEmpty)
    }

    @Test("every month of the whole file's flagged wells: 169 unbalanced months on 51 wells, 4 shut-in months with production")
    func flaggedWells() throws {
        let found = try findings(Fixtures.url("real/registries/co_weld_ecmc_monthly_production_flagged_wells.csv"))
        expectWholeFileCounts(found)
        expectTrendBreaks(found, months: 32, wells: 26)
        expectHistory(found, zeroRuns: 6, zeroWells: 3, producingWhileIdle: ["0512333959", "0512338583"])
    }

    @Test("the whole real file: the same counts", .enabled(if: Fixtures.sharedRealData != nil, "needs ../shared/data/real beside the checkout"))
    func wholeFile() throws {
        let url = try #require(Fixtures.sharedRealData).appendingPathComponent("production/co_weld_ecmc_monthly_production.dev-half.csv")
        let found = try findings(url)
        expectWholeFileCounts(found)
        expectTrendBreaks(found, months: 154, wells: 128)
        expectHistory(found, zeroRuns: 7, zeroWells: 4, producingWhileIdle: ["0512333959", "0512338583", "0512339440"])
    }
}
