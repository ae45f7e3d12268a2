import Foundation
import PushbackModel

/// Evaluates a `readings` rebuild rule over every gauge log's series: each bleed-down (a drop of
/// at least the check's share from a pressure at or above its minimum) after which the point
/// climbs back to the check's share of where it was, within its window, is a `review` with its
/// chart — sustained casing pressure seen in the log alone. A drop that the log shows as a kPa
/// reading written as psi (the ratio of kPa to psi) is not a bleed. Lost rows of a log are `open`.
struct ReadingRebuildEvaluator {
    let rule: Rule
    let check: ReadingRebuildCheck
    let jurisdictions: JurisdictionCatalog

    func evaluate(readings: [PressureReading], readingGaps: [IntakeProblem]) -> [Finding] {
        var series: [String: [PressureReading]] = [:]
        for reading in readings where check.points.contains(reading.point) { series["\(reading.api.prefix(10)) \(reading.point)", default: []].append(reading) }
        var findings: [Finding] = []
        for key in series.keys.sorted() {
            let ordered = series[key]!.sorted { ($0.time, $0.provenance.line ?? 0) < ($1.time, $1.provenance.line ?? 0) }
            var index = 1
            while index < ordered.count {
                // A falling run: from the reading before it down to its lowest reading.
                guard ordered[index].pressure.psi < ordered[index - 1].pressure.psi else { index += 1; continue }
                let before = ordered[index - 1]
                var bottom = index
                while bottom + 1 < ordered.count, ordered[bottom + 1].pressure.psi <= ordered[bottom].pressure.psi { bottom += 1 }
                let low = ordered[bottom]
                let from = before.pressure.psi, to = low.pressure.psi
                // A fall by the ratio of kPa to psi is a unit change in the log, not a bleed.
                let unitStep = to > 0 && (index...bottom).contains { step in
                    let ratio = ordered[step - 1].pressure.psi / max(ordered[step].pressure.psi, .leastNonzeroMagnitude)
                    return abs(ratio / ReadingJumpEvaluator.kilopascalsPerPSI - 1) < 0.05
                }
                guard from >= check.minimum.psi, to <= from * (1 - check.dropPercent / 100), !unitStep else { index = bottom + 1; continue }
                let deadline = low.time.seconds + Int64(check.withinMinutes) * 60
                let target = from * check.rebuildPercent / 100
                guard let back = ordered[(bottom + 1)...].prefix(while: { $0.time.seconds <= deadline }).first(where: { $0.pressure.psi >= target }) else { index = bottom + 1; continue }
                findings.append(finding(before: before, low: low, back: back, series: ordered))
                index = (ordered.firstIndex { $0.time.seconds > back.time.seconds } ?? ordered.count)
            }
        }
        return findings + readingGaps.map { rule.lostRowsFinding($0, entity: "reading", unchecked: "for pressure that rebuilds", jurisdictions: jurisdictions) }
    }

    private func finding(before: PressureReading, low: PressureReading, back: PressureReading, series: [PressureReading]) -> Finding {
        let well = ClaimEvaluator.formatted(back.api)
        let took = Instant.span(back.time.seconds - low.time.seconds)
        let message = "The \(back.point) of well \(well) was bled from \(Pressure.psig(before.pressure.psi)) at \(before.time) to \(Pressure.psig(low.pressure.psi)) at \(low.time), and came back to \(Pressure.psig(back.pressure.psi)) by \(back.time), \(took) later — "
            + "\(Int((back.pressure.psi / before.pressure.psi * 100).rounded())) % of where it was. Pressure that rebuilds after a bleed-down is sustained casing pressure: the \(back.point) is fed by a leak in the casing, tubing or packer, or by gas migrating up the cement. "
            + "This is from the gauge log alone, whatever any JSA says."
        let from = low.time.seconds - 2 * 3_600, to = back.time.seconds + 2 * 3_600
        let shown = series.filter { $0.time.seconds >= from && $0.time.seconds <= to }.map { FindingChart.Sample(time: $0.time, psi: $0.pressure.psi) }
        let compared = [
            ComparedValue(name: "before the bleed", actual: "\(Pressure.psig(before.pressure.psi)) at \(before.time)"),
            ComparedValue(name: "bled to", actual: "\(Pressure.psig(low.pressure.psi)) at \(low.time)"),
            ComparedValue(name: "back to", actual: "\(Pressure.psig(back.pressure.psi)) at \(back.time) (\(took) later)",
                          limit: "below \(Int(check.rebuildPercent)) % of \(Pressure.psig(before.pressure.psi)) for \(Instant.span(Int64(check.withinMinutes) * 60))", comparison: "stays"),
        ]
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .review, severity: rule.severity, title: "\(rule.title): \(back.point)", message: message,
            remediation: rule.remediation, citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: back.api), related: [Subject(type: "point", id: back.point)],
            jurisdictions: jurisdictions.chain(apiStateCode: String(back.api.prefix(2)), fallback: rule.jurisdiction),
            comparedValues: compared, evidence: [before.provenance, low.provenance, back.provenance],
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name): \($0.actual)", outcome: "true") },
            chart: FindingChart(title: "\(back.point) pressure, well \(well)", logged: shown, written: [], claim: FindingChart.Sample(time: low.time, psi: low.pressure.psi),
                                claimLabel: "bled to \(Pressure.psig(low.pressure.psi))", limitPSI: before.pressure.psi * check.rebuildPercent / 100,
                                limitLabel: "\(Int(check.rebuildPercent)) % of before", utcOffsetMinutes: back.time.utcOffsetMinutes)
        )
    }
}
