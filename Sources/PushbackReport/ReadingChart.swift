import Foundation
import PushbackModel

/// The chart of a reading-based finding: the gauge log's readings of one point over time (a line,
/// broken where the log has a gap), the readings the JSA itself writes (squares), the claim (a
/// diamond on a dashed line at its time) and the limit the rule holds them to (a red dashed
/// line). Times are shown on the JSA's clock, pressures in psig from zero up.
enum ReadingChart {
    static let width = 560.0
    static let height = 290.0
    static let left = 58.0, right = 14.0, top = 24.0, bottom = 40.0

    static func svg(_ chart: FindingChart, number: Int) -> String {
        let times = chart.logged.map(\.time.seconds) + chart.written.map(\.time.seconds) + [chart.claim.time.seconds]
        var first = times.min()!, last = times.max()!
        if last - first < 1_800 { first -= 900; last += 900 }
        let pad = (last - first) / 20
        first -= pad
        last += pad
        let values = chart.logged.map(\.psi) + chart.written.map(\.psi) + [chart.claim.psi] + [chart.limitPSI].compactMap { $0 }
        // From zero, unless every value sits high above it (a pressure test): then the change shows.
        let smallest = values.min()!, largest = values.max()!
        let zoomed = smallest > largest * 0.5
        let low = zoomed ? smallest - max((largest - smallest) * 0.3, largest * 0.01) : min(0, smallest)
        let high = zoomed ? largest + max((largest - smallest) * 0.15, largest * 0.005) : max(largest * 1.12, low + 10)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ seconds: Int64) -> Double { left + Double(seconds - first) / Double(last - first) * plotWidth }
        func y(_ psi: Double) -> Double { top + (1 - (psi - low) / (high - low)) * plotHeight }

        var canvas = SVGCanvas(width: width, height: height)
        canvas.rect(x: 0, y: 0, width: width, height: height, style: "fill=\"#fff\" stroke=\"#bbb\"")
        canvas.text(chart.title, x: left, y: 16, size: 12, weight: "600")
        // Axes with round ticks.
        for tick in Self.ticks(from: low, to: high) {
            canvas.line(x1: left, y1: y(tick), x2: width - right, y2: y(tick), style: "stroke=\"#eee\"")
            canvas.text(Self.pressure(tick), x: left - 6, y: y(tick) + 4, anchor: "end", size: 10, color: "#444")
        }
        let step = Self.timeStep(span: last - first)
        var tick = (first / step + 1) * step
        while tick < last {
            canvas.line(x1: x(tick), y1: top, x2: x(tick), y2: height - bottom, style: "stroke=\"#f0f0f0\"")
            canvas.text(Instant(seconds: tick, utcOffsetMinutes: chart.utcOffsetMinutes).clockText, x: x(tick), y: height - bottom + 14, anchor: "middle", size: 10, color: "#444")
            tick += step
        }
        canvas.line(x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, style: "stroke=\"#888\"")
        canvas.line(x1: left, y1: top, x2: left, y2: height - bottom, style: "stroke=\"#888\"")
        canvas.text("psig", x: 8, y: top + 2, size: 10, color: "#444")
        canvas.text("time on the JSA's clock (UTC\(Instant.offsetText(chart.utcOffsetMinutes)))", x: left + plotWidth / 2, y: height - 8, anchor: "middle", size: 10, color: "#444")
        if let limit = chart.limitPSI {
            canvas.line(x1: left, y1: y(limit), x2: width - right, y2: y(limit), style: "stroke=\"#c62828\" stroke-width=\"1.4\" stroke-dasharray=\"6 4\"")
            canvas.text(chart.limitLabel ?? "limit", x: width - right - 4, y: y(limit) - 5, anchor: "end", size: 10, color: "#b71c1c")
        }
        // The log, broken where it has a gap (more than three times its usual interval).
        for run in Self.runs(chart.logged) {
            canvas.polyline(run.map { (x($0.time.seconds), y($0.psi)) }, style: "fill=\"none\" stroke=\"#1565c0\" stroke-width=\"1.6\"")
            if chart.logged.count <= 150 {
                for sample in run { canvas.circle(x: x(sample.time.seconds), y: y(sample.psi), radius: 1.8, style: "fill=\"#1565c0\"") }
            }
        }
        for sample in chart.written {
            canvas.rect(x: x(sample.time.seconds) - 4, y: y(sample.psi) - 4, width: 8, height: 8, style: "fill=\"#ef6c00\" stroke=\"#fff\"")
            canvas.text("JSA: \(Self.pressure(sample.psi)) at \(sample.time.clockText)", x: x(sample.time.seconds) + 7, y: y(sample.psi) - 6, size: 10, color: "#e65100")
        }
        let cx = x(chart.claim.time.seconds), cy = y(chart.claim.psi)
        canvas.line(x1: cx, y1: top, x2: cx, y2: height - bottom, style: "stroke=\"#7b1fa2\" stroke-dasharray=\"3 3\"")
        canvas.raw("<path d=\"M\(SVGCanvas.number(cx)) \(SVGCanvas.number(cy - 7)) l7 7 l-7 7 l-7 -7 z\" fill=\"#7b1fa2\" stroke=\"#fff\"/>\n")
        // The claim's words along the top, clear of the limit line and the readings.
        let rightSide = cx < left + plotWidth * 0.6
        canvas.text(chart.claimLabel, x: rightSide ? cx + 6 : cx - 6, y: top + 12, anchor: rightSide ? "start" : "end", size: 11, weight: "600", color: "#4a148c")
        let label = "Chart of finding \(number): \(chart.title) — \(chart.logged.count) logged reading(s), \(chart.written.count) written on the JSA, and the claim \"\(chart.claimLabel)\"."
        return canvas.svg(label: label, className: "chart")
    }

    /// The log split where consecutive readings are more than three times the usual interval apart.
    static func runs(_ samples: [FindingChart.Sample]) -> [[FindingChart.Sample]] {
        guard samples.count > 1 else { return samples.isEmpty ? [] : [samples] }
        let gaps = zip(samples, samples.dropFirst()).map { $1.time.seconds - $0.time.seconds }.sorted()
        let usual = max(gaps[gaps.count / 2], 1)
        var runs: [[FindingChart.Sample]] = [[samples[0]]]
        for (previous, sample) in zip(samples, samples.dropFirst()) {
            if sample.time.seconds - previous.time.seconds > 3 * usual { runs.append([]) }
            runs[runs.count - 1].append(sample)
        }
        return runs
    }

    /// About five round pressure ticks from `low` to `high`.
    static func ticks(from low: Double, to high: Double) -> [Double] {
        let raw = (high - low) / 5
        var step = 1.0
        while step * 10 <= raw { step *= 10 }
        step = raw <= step ? step : raw <= 2 * step ? 2 * step : raw <= 5 * step ? 5 * step : 10 * step
        var value = (low / step).rounded(.up) * step
        var ticks: [Double] = []
        while value <= high {
            ticks.append(value)
            value += step
        }
        return ticks
    }

    /// A round time step giving about six labels over `span` seconds.
    static func timeStep(span: Int64) -> Int64 {
        let steps: [Int64] = [60, 120, 300, 600, 900, 1_800, 3_600, 7_200, 10_800, 21_600, 43_200, 86_400]
        return steps.first { span / $0 <= 7 } ?? 86_400
    }

    /// A tick or reading without its unit: `1,500`, `0`, `2.5`.
    static func pressure(_ psi: Double) -> String {
        psi == psi.rounded() && abs(psi) < 10 ? "\(Int(psi))" : Pressure.psig(psi).description.replacingOccurrences(of: " psig", with: "")
    }
}
