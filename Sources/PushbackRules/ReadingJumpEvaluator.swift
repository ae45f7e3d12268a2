import Foundation
import PushbackModel

/// Evaluates a `readings` jump rule over every gauge log's series: each step between
/// consecutive readings of a watched point larger than the limit is a `review` — with its chart —
/// unless a JSA of the same well records a pressure test of that point around it; a step by the
/// ratio of kPa to psi (6.89, within 5 %) is reported as a likely unit mix-up instead, since the
/// log then misstates the pressure rather than the well changing. Lost rows of a log are `open`.
struct ReadingJumpEvaluator {
    let rule: Rule
    let check: ReadingJumpCheck
    let jurisdictions: JurisdictionCatalog

    static let kilopascalsPerPSI = 6.894_757_293_168

    func evaluate(readings: [PressureReading], jsas: [JSAOnFile], readingGaps: [IntakeProblem]) -> [Finding] {
        var series: [String: [PressureReading]] = [:]
        for reading in readings where check.points.contains(reading.point) { series["\(reading.api.prefix(10)) \(reading.point)", default: []].append(reading) }
        var findings: [Finding] = []
        for key in series.keys.sorted() {
            let ordered = series[key]!.sorted { ($0.time, $0.provenance.line ?? 0) < ($1.time, $1.provenance.line ?? 0) }
            // A reading in the wrong unit makes two steps, into it and out of it: one finding.
            var afterMixUp = false
            for (before, after) in zip(ordered, ordered.dropFirst()) {
                let change = after.pressure.psi - before.pressure.psi
                let low = min(before.pressure.psi, after.pressure.psi), high = max(before.pressure.psi, after.pressure.psi)
                let mixUp = abs(change) > check.limit.psi && low > 0 && abs(high / low / Self.kilopascalsPerPSI - 1) < 0.05
                defer { afterMixUp = mixUp }
                guard abs(change) > check.limit.psi, !(mixUp && afterMixUp) else { continue }
                if !mixUp, change > 0, testing(after, jsas: jsas) { continue }
                guard change > 0 || mixUp else { continue }
                findings.append(finding(before, after, series: ordered, mixUp: mixUp))
            }
        }
        return findings + readingGaps.map { rule.lostRowsFinding($0, entity: "reading", unchecked: "for jumps", jurisdictions: jurisdictions) }
    }

    /// A JSA of the same well records a pressure test of this point within an hour of the reading.
    private func testing(_ reading: PressureReading, jsas: [JSAOnFile]) -> Bool {
        jsas.contains { jsa in
            jsa.api.map { $0.prefix(10) == reading.api.prefix(10) } == true && jsa.claims.contains { claim in
                claim.kind == .pressureTest && (claim.point?.lowercased() ?? "casing") == reading.point
                    && jsa.instant(of: claim).map { abs($0.seconds - reading.time.seconds) <= 3_600 } == true
            }
        }
    }

    private func finding(_ before: PressureReading, _ after: PressureReading, series: [PressureReading], mixUp: Bool) -> Finding {
        let change = after.pressure.psi - before.pressure.psi
        let apart = Instant.span(after.time.seconds - before.time.seconds)
        let well = ClaimEvaluator.formatted(after.api)
        let step = "\(after.point) of well \(well) read \(Pressure.psig(before.pressure.psi)) at \(before.time) and \(Pressure.psig(after.pressure.psi)) at \(after.time), \(apart) later"
        let message = mixUp
            ? "The \(step): a step by \(String(format: "%.2f", max(after.pressure.psi, before.pressure.psi) / min(after.pressure.psi, before.pressure.psi)))×, the ratio of kPa to psi. Most likely one of the readings is in kPa written as psi (or the reverse) — a transmitter changed, a unit set wrong — so the log misstates the pressure around it until the unit is confirmed."
            : "The \(step): a rise of \(Pressure.psig(change)), more than the \(check.limit) a reading may climb since the previous one. Pressure on an annulus that arrives that fast has a path — a casing, tubing or packer leak, or communication with another zone — unless someone put it there."
        let from = after.time.seconds - 3 * 3_600, to = after.time.seconds + 3_600
        let shown = series.filter { $0.time.seconds >= from && $0.time.seconds <= to }.map { FindingChart.Sample(time: $0.time, psi: $0.pressure.psi) }
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .review, severity: mixUp ? .low : rule.severity,
            title: mixUp ? "\(rule.title): likely a unit mix-up" : rule.title, message: message,
            remediation: mixUp ? "Check the unit the gauge or transmitter reports in (its tag, the SCADA configuration) around \(after.time.clockText), correct the log, and judge the pressure again. Then: \(rule.remediation)" : rule.remediation,
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: after.api), related: [Subject(type: "point", id: after.point)],
            jurisdictions: jurisdictions.chain(apiStateCode: String(after.api.prefix(2)), fallback: rule.jurisdiction),
            comparedValues: [
                ComparedValue(name: "\(after.point) reading before", actual: "\(Pressure.psig(before.pressure.psi)) at \(before.time)"),
                ComparedValue(name: "\(after.point) reading after", actual: "\(Pressure.psig(after.pressure.psi)) at \(after.time)"),
                ComparedValue(name: "change", actual: "\(Pressure.psig(change)) in \(apart)", limit: "\(check.limit)", comparison: "≤"),
            ],
            evidence: [before.provenance, after.provenance],
            explanation: [ExplanationStep(depth: 0, text: "\(after.point) \(Pressure.psig(before.pressure.psi)) → \(Pressure.psig(after.pressure.psi)): change \(Pressure.psig(change)) > \(check.limit)\(mixUp ? ", by the ratio of kPa to psi" : "")", outcome: "true")],
            chart: FindingChart(title: "\(after.point) pressure, well \(well)", logged: shown, written: [], claim: FindingChart.Sample(time: after.time, psi: after.pressure.psi),
                                claimLabel: mixUp ? "unit mix-up?" : "+\(Pressure.psig(change)) in \(apart)", limitPSI: before.pressure.psi + check.limit.psi,
                                limitLabel: "previous + \(check.limit)", utcOffsetMinutes: after.time.utcOffsetMinutes)
        )
    }
}
