import Foundation
import PushbackModel
@testable import PushbackReport
import Testing

/// The chart must show what a reading-based finding says: the log as a line broken where it has
/// a gap, the JSA's own readings, the claim at its time, the limit.
@Suite("SVG charts of reading-based findings")
struct ReadingChartTests {
    static func sample(_ minute: Int, _ psi: Double) -> FindingChart.Sample {
        FindingChart.Sample(time: Instant(date: CalendarDate(year: 2026, month: 11, day: 20)!, hour: 8, minute: minute, utcOffsetMinutes: -360), psi: psi)
    }

    @Test("a bleed-down chart: the log broken at its gap, the JSA's reading, the claim diamond, the dashed limit, times on the JSA's clock")
    func bleedDown() {
        // Every 5 minutes, then nothing from 08:20 to 08:45.
        let logged = [0, 5, 10, 15, 20, 45, 50].map { Self.sample($0, $0 < 10 ? 350 : 60) }
        let chart = FindingChart(title: "casing pressure, well 42-003-46118", logged: logged, written: [Self.sample(25, 350)], claim: Self.sample(10, 0),
                                 claimLabel: "JSA: Bled csg to 0 psi @ 08:10", limitPSI: 25, limitLabel: "claimed + 25 psig tolerance", utcOffsetMinutes: -360)
        let svg = ReadingChart.svg(chart, number: 7)
        #expect(ReportMapTests.elements("polyline", in: svg).count == 2, "one line before the gap, one after")
        #expect(svg.contains("JSA: 350 at 08:25") && svg.contains("JSA: Bled csg to 0 psi @ 08:10") && svg.contains("claimed + 25 psig tolerance"))
        #expect(svg.contains(">08:10<") || svg.contains(">08:00<"), "time labels on the JSA's clock")
        #expect(svg.contains("time on the JSA&#39;s clock (UTC-06:00)"), "escaped like all text")
        #expect(svg.contains("stroke-dasharray=\"6 4\""), "the limit")
        #expect(svg.contains("<path d=\"M"), "the claim's diamond")
        #expect(svg.hasPrefix("<svg class=\"chart\"") && svg.contains("aria-label=\"Chart of finding 7: casing pressure"))
    }

    @Test("a pressure test's chart zooms to the test pressures, so a 6 % loss shows")
    func testZoom() {
        let logged = (0...30).map { Self.sample($0, 1_500 - Double($0) * 3) }
        let chart = FindingChart(title: "casing pressure during the test", logged: logged, written: [], claim: Self.sample(0, 1_500), claimLabel: "JSA: test 1500 psi",
                                 limitPSI: 1_455, limitLabel: "3.0 % below the start", utcOffsetMinutes: -420)
        let svg = ReadingChart.svg(chart, number: 1)
        #expect(!svg.contains(">0<"), "the axis does not start at zero")
        #expect(svg.contains(">1,500<") || svg.contains(">1,450<"))
        #expect(ReadingChart.ticks(from: 0, to: 400) == [0, 100, 200, 300, 400] && ReadingChart.ticks(from: 1_380, to: 1_520) == [1_400, 1_450, 1_500])
        #expect(ReadingChart.timeStep(span: 3 * 3_600) == 1_800 && ReadingChart.timeStep(span: 40 * 60) == 600)
    }
}
