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
        var findings: [Finding] = []
        for (_, ordered) in ReadingIndex(readings).series(points: check.points) {
            // After a rebuild is raised, bleeds before the pressure came back are part of it.
            var resumeAfter = Int64.min
            for bleed in BleedDown.all(in: ordered, minimum: check.minimum, dropPercent: check.dropPercent) where ordered[bleed.beforeIndex].time.seconds >= resumeAfter {
                let before = ordered[bleed.beforeIndex], low = ordered[bleed.lowIndex]
                let deadline = low.time.seconds + Int64(check.withinMinutes) * 60
                let target = before.pressure.psi * check.rebuildPercent / 100
                guard let back = ordered[(bleed.lowIndex + 1)...].prefix(while: { $0.time.seconds <= deadline }).first(where: { $0.pressure.psi >= target }) else { continue }
                findings.append(finding(before: before, low: low, back: back, series: ordered))
                resumeAfter = back.time.seconds
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
