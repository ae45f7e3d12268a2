import Foundation
import PushbackModel

/// Evaluates `readings` / `against-jsa`: each pressure a JSA writes for a watched point of its
/// well, against the gauge log readings of that point within the window, on clocks lined up by
/// the JSA's other readings (`ClockAlignment`, leaving the judged reading out).
///
/// - no log reading in the window agrees, the clocks lined up by other readings: the JSA lower
///   than the log is a `fail`, higher a `review`;
/// - no other reading to line the clocks up: a disagreement on the clocks as written is a
///   `review`, naming the clock shift under which it would agree, if any;
/// - a log of the point that covers the time but has no reading in the window (an outage): `open`.
/// A point no log in the inbox records, or a log that starts after or ends before the reading,
/// is not compared (nothing claims the job was logged).
struct ReadingAgreementEvaluator {
    let rule: Rule
    let check: ReadingAgreementCheck
    let jurisdictions: JurisdictionCatalog

    func evaluate(jsas: [JSAOnFile], readings: [PressureReading]) -> [Finding] {
        let index = ReadingIndex(readings)
        var findings: [Finding] = []
        for jsa in jsas {
            guard let api = jsa.api else { continue }
            for (position, claim) in jsa.claims.enumerated() where claim.kind == .pressureReading {
                guard let point = claim.point?.lowercased(), check.points.contains(point), let pressure = claim.pressure, let time = jsa.instant(of: claim) else { continue }
                let series = index.readings(api: api, point: point)
                guard !series.isEmpty else { continue }
                var others = jsa
                others.jsa.claims.remove(at: position)
                let alignment = ClockAlignment.estimate(others, index: index, tolerance: check.tolerance)
                let written = Written(claim: claim, number: position + 1, jsa: jsa, api: api, point: point, time: time, psi: pressure.psi)
                if let finding = judge(written, series: series, alignment: alignment) { findings.append(finding) }
            }
        }
        return findings
    }

    /// One pressure the JSA writes, placed on its clock.
    struct Written {
        var claim: JobSafetyAnalysis.Claim
        var number: Int
        var jsa: JSAOnFile
        var api: String
        var point: String
        var time: Instant
        var psi: Double
    }

    private func judge(_ written: Written, series: [PressureReading], alignment: ClockAlignment) -> Finding? {
        let lined = alignment.matched > 0
        let shift = lined ? alignment.shiftMinutes : 0
        let window = Int64(check.windowMinutes * 60)
        let target = written.time.seconds + Int64(shift * 60)
        let near = series.filter { abs($0.time.seconds - target) <= window }
        guard !near.contains(where: { agrees(written, $0) }) else { return nil }
        // Unlined, the shift (if any) under which the reading would agree: named, never adopted.
        let agreeingShift = lined ? nil : ClockAlignment.candidates.dropFirst().first { candidate in
            series.contains { abs($0.time.seconds - (written.time.seconds + Int64(candidate * 60))) <= window && agrees(written, $0) }
        }
        guard let nearest = near.min(by: { abs($0.time.seconds - target) < abs($1.time.seconds - target) }) else {
            // A log that covers the time with nothing near it has a gap; one that starts after or
            // ends before it does not cover the job (not compared, as with no log).
            guard series.contains(where: { $0.time.seconds < target }), series.contains(where: { $0.time.seconds > target }) else { return nil }
            return outage(written, series: series, target: target, lined: lined, agreeingShift: agreeingShift)
        }
        let logged = nearest.pressure.psi
        let lower = written.psi < logged
        let apart = Instant.span(abs(nearest.time.seconds - target))
        var message = "\(lead(written)); \(nearest.provenance.place)\(nearest.gauge.map { " (\($0))" } ?? "") reads \(Pressure.psig(logged)) "
            + "\(nearest.time.seconds == target ? "at the same minute" : "\(apart) \(nearest.time.seconds < target ? "before" : "after")"), and no reading within \(check.windowMinutes) min of it agrees "
            + "(allowed: \(Pressure.psig(check.allowed(written.psi, logged))) apart). "
        let kind: FindingKind, severity: Severity, verdict: String
        if lined {
            message += "The clocks are lined up by the JSA's other readings (\(alignment.matched) of \(alignment.anchors) agree with the log\(shift == 0 ? " as written" : " with the log's clock \(Instant.span(Int64(abs(shift) * 60))) \(shift > 0 ? "ahead" : "behind")")), so the time is not what differs. "
            if lower {
                kind = .fail; severity = rule.severity
                message += "The crew wrote \(Pressure.psig(logged - written.psi)) less than the gauge shows: a gauge read on another point, a dead or isolated gauge, a reading from before the pressure came up, or a number written from memory — and every decision after it (bleed, open, break containment) was made on the lower figure."
            } else {
                kind = .review; severity = .medium
                message += "The JSA's reading is \(Pressure.psig(written.psi - logged)) above the gauge's: a field gauge reading high or the logger's transmitter reading low; either way one of the instruments the crew relies on is off and should be checked against a calibrated gauge."
            }
            verdict = "written \(Pressure.psig(written.psi)) vs logged \(Pressure.psig(logged)): \(lower ? "lower" : "higher") by more than allowed"
        } else {
            kind = .review; severity = .medium
            message += "The JSA has no other reading of the well that lines the two clocks up, so this is compared on the clocks as written"
            message += agreeingShift.map { "; it would agree if the logger's clock were \(Instant.span(Int64(abs($0) * 60))) \($0 > 0 ? "ahead of" : "behind") the JSA's (a logger left on UTC or the wrong zone) — confirm the logger's clock before trusting either." } ?? "; no whole- or half-hour clock shift makes them agree, so the pressures themselves differ."
            verdict = "written \(Pressure.psig(written.psi)) vs logged \(Pressure.psig(logged)), clocks as written"
        }
        return finding(written, kind: kind, severity: severity, title: "\(rule.title)\(kind == .fail ? ": the JSA wrote less than the gauge" : ": JSA and gauge disagree")", message: message,
                       reading: nearest, shift: shift, alignment: lined ? alignment : nil, verdict: verdict, series: series)
    }

    private func agrees(_ written: Written, _ reading: PressureReading) -> Bool {
        abs(written.psi - reading.pressure.psi) <= check.allowed(written.psi, reading.pressure.psi)
    }

    private func outage(_ written: Written, series: [PressureReading], target: Int64, lined: Bool, agreeingShift: Int?) -> Finding {
        let nearest = series.min { abs($0.time.seconds - target) < abs($1.time.seconds - target) }!
        var message = "\(lead(written)); the gauge log records this \(written.point), but has no reading within \(check.windowMinutes) min of that time\(lined ? "" : " as written") — the nearest is "
            + "\(Pressure.psig(nearest.pressure.psi)) at \(nearest.time) (\(nearest.provenance.place)), \(Instant.span(abs(nearest.time.seconds - target))) away: a logger outage or a gap in the export"
        if let shift = agreeingShift {
            message += ", or a logger clock \(Instant.span(Int64(abs(shift) * 60))) \(shift > 0 ? "ahead of" : "behind") the JSA's, under which it would agree — which no other reading of the JSA confirms"
        }
        message += ". Whether the JSA's reading agrees with the gauge cannot be told. This is not a pass."
        return finding(written, kind: .open, severity: .low, title: "Cannot check: \(rule.title)", message: message, reading: nil, shift: lined ? Int((target - written.time.seconds) / 60) : 0,
                       alignment: nil, verdict: "no logged \(written.point) reading within \(check.windowMinutes) min", series: series)
    }

    private func finding(_ written: Written, kind: FindingKind, severity: Severity, title: String, message: String, reading: PressureReading?, shift: Int,
                         alignment: ClockAlignment?, verdict: String, series: [PressureReading]) -> Finding {
        var compared = [ComparedValue(name: "\(written.point) pressure written on the JSA", actual: "\(Pressure.psig(written.psi)) at \(written.time.clockText) (\(written.time))")]
        if let reading {
            compared.append(ComparedValue(name: "\(written.point) reading in the gauge log", actual: "\(Pressure.psig(reading.pressure.psi)) at \(reading.time)",
                                          limit: "within \(Pressure.psig(check.allowed(written.psi, reading.pressure.psi)))", comparison: "differs by more than"))
        }
        compared.append(ComparedValue(name: "JSA clock", actual: written.jsa.clockBasis))
        compared.append(ComparedValue(name: "clock alignment", actual: alignment?.note ?? (alignment == nil ? "none: no other reading of the JSA lines the clocks up" : "the clocks agree as written")))
        let steps = [
            ExplanationStep(depth: 0, text: "claim \(written.number): \(written.claim.summary) → \(written.point) at \(Pressure.psig(written.psi)), \(written.time)", outcome: "true"),
            ExplanationStep(depth: 0, text: verdict, outcome: kind == .open ? "unknown" : "true"),
        ]
        let evidence = [written.claim.evidence] + [reading?.provenance, written.jsa.dateEvidence].compactMap { $0 }
        // The point's log around the reading, moved onto the JSA's clock.
        let from = written.time.seconds - 3_600, to = written.time.seconds + 3_600
        let logged = series.map { FindingChart.Sample(time: Instant(seconds: $0.time.seconds - Int64(shift * 60), utcOffsetMinutes: written.time.utcOffsetMinutes), psi: $0.pressure.psi) }
            .filter { $0.time.seconds >= from && $0.time.seconds <= to }
        let chart = logged.isEmpty ? nil : FindingChart(
            title: "\(written.point) pressure, well \(ClaimEvaluator.formatted(written.api))", logged: logged, written: [],
            claim: FindingChart.Sample(time: written.time, psi: written.psi), claimLabel: "JSA: \(written.claim.text)",
            limitPSI: nil, limitLabel: nil, utcOffsetMinutes: written.time.utcOffsetMinutes, clockNote: alignment?.note
        )
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity, title: title, message: message,
            remediation: kind == .open ? "Obtain the logger's data for the gap (the SCADA historian keeps what the export dropped). Then: \(rule.remediation)" : rule.remediation,
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "jsa", id: (written.jsa.document.path as NSString).lastPathComponent, name: written.jsa.document.path),
            related: [Subject(type: "well", id: written.api), ClaimEvaluator.claimSubject(written.claim)],
            jurisdictions: jurisdictions.chain(apiStateCode: String(written.api.prefix(2)), fallback: rule.jurisdiction),
            comparedValues: compared, evidence: evidence, explanation: steps, chart: chart
        )
    }

    private func lead(_ written: Written) -> String {
        "\(written.jsa.document.path) writes \"\(written.claim.text)\" — the \(written.point) at \(Pressure.psig(written.psi)) at \(written.time.clockText) on \(written.time.local.date) (well \(ClaimEvaluator.formatted(written.api)))"
    }
}
