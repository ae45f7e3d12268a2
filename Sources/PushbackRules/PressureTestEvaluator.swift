import Foundation
import PushbackModel

/// Evaluates a `pressure-test` rule: each pressure test a JSA records (and does not itself call
/// failed) against the pass criterion — long enough, started far enough above the pressure
/// before it, recorded often enough, and losing no more than the allowed share — on the JSA's
/// words and, when the inbox has it, on the test's log.
///
/// Any criterion the JSA or the log shows unmet: `fail`, each unmet criterion named. A test the
/// JSA calls passed with nothing but its words to show it (no log of the test): `open`.
struct PressureTestEvaluator {
    let rule: Rule
    let check: PressureTestCheck
    let jurisdictions: JurisdictionCatalog

    /// How closely a JSA's own reading must match the log to line their clocks up (the claims rule's tolerance).
    static let anchorTolerance = Pressure.psig(25)

    func evaluate(jsas: [JSAOnFile], readings: [PressureReading]) -> [Finding] {
        let index = ReadingIndex(readings)
        var findings: [Finding] = []
        for jsa in jsas {
            let alignment = ClockAlignment.estimate(jsa, index: index, tolerance: Self.anchorTolerance)
            for (number, claim) in jsa.claims.enumerated() where claim.kind == .pressureTest && claim.result != "failed" {
                if let finding = evaluate(claim, number: number + 1, of: jsa, index: index, alignment: alignment) { findings.append(finding) }
            }
        }
        return findings
    }

    private func evaluate(_ claim: JobSafetyAnalysis.Claim, number: Int, of jsa: JSAOnFile, index: ReadingIndex, alignment: ClockAlignment) -> Finding? {
        let point = claim.point?.lowercased() ?? "casing"
        var unmet: [String] = []
        var compared: [ComparedValue] = [ComparedValue(name: "test as the JSA records it", actual: "\(claim.summary) — \"\(claim.text)\"")]
        var steps: [ExplanationStep] = [ExplanationStep(depth: 0, text: "claim \(number): \(claim.summary)", outcome: "true")]
        var evidence = [claim.evidence]
        if let minutes = claim.durationMinutes {
            compared.append(ComparedValue(name: "test duration written", actual: "\(minutes) min", limit: "\(check.minimumMinutes) min", comparison: "≥"))
            if minutes < check.minimumMinutes {
                unmet.append("it ran \(minutes) min by the JSA's own account; a pass needs a continuous \(check.minimumMinutes) min")
                steps.append(ExplanationStep(depth: 1, text: "duration \(minutes) min < \(check.minimumMinutes) min", outcome: "true"))
            }
        }
        // The test's log: readings of the point from the start over the test, on the JSA's clock.
        var chart: FindingChart?
        var logged: [(time: Instant, psi: Double, evidence: Evidence)] = []
        let start = jsa.instant(of: claim)
        if let api = jsa.api, let start {
            let shift = Int64(alignment.shiftMinutes * 60)
            let span = Int64(max(claim.durationMinutes ?? check.minimumMinutes, check.minimumMinutes) * 60)
            logged = index.readings(api: api, point: point)
                .map { (time: Instant(seconds: $0.time.seconds - shift, utcOffsetMinutes: start.utcOffsetMinutes), psi: $0.pressure.psi, evidence: $0.provenance) }
                .filter { $0.time.seconds >= start.seconds - 30 && $0.time.seconds <= start.seconds + span + 30 }
            if logged.count >= 2, let first = logged.first, let last = logged.last {
                let covered = last.time.seconds - first.time.seconds
                let change = logged.map { abs($0.psi - first.psi) }.max() ?? 0
                let percent = first.psi > 0 ? change / first.psi * 100 : 0
                let widest = zip(logged, logged.dropFirst()).map { $1.time.seconds - $0.time.seconds }.max() ?? 0
                compared.append(ComparedValue(name: "change over the logged test", actual: "\(Self.percent(percent)) (\(Pressure.psig(first.psi)) → \(Pressure.psig(last.psi)) in \(Instant.span(covered)))",
                                              limit: "\(Self.percent(check.maximumChangePercent))", comparison: "≤"))
                compared.append(ComparedValue(name: "longest gap between logged readings", actual: Instant.span(widest), limit: "\(check.samplingMinutes) min", comparison: "≤"))
                if percent > check.maximumChangePercent {
                    unmet.append("the log shows it changed \(Self.percent(percent)) (\(Pressure.psig(first.psi)) → \(Pressure.psig(last.psi))), more than the \(Self.percent(check.maximumChangePercent)) allowed")
                }
                if covered < Int64(check.minimumMinutes * 60) {
                    unmet.append("the log covers only \(Instant.span(covered)) of it, not a continuous \(check.minimumMinutes) min")
                }
                if widest > Int64(check.samplingMinutes * 60) {
                    unmet.append("the log has a gap of \(Instant.span(widest)) between readings, so it cannot show the pressure held throughout (at least one reading every \(check.samplingMinutes) min)")
                }
                steps.append(ExplanationStep(depth: 1, text: "log: \(logged.count) readings from \(first.time.clockText) to \(last.time.clockText), change \(Self.percent(percent)), widest gap \(Instant.span(widest))",
                                             outcome: unmet.isEmpty ? "false" : "true"))
                evidence += [first.evidence, last.evidence]
                if let note = alignment.note { compared.append(ComparedValue(name: "clock alignment", actual: note)) }
                chart = FindingChart(
                    title: "\(point) pressure during the test, well \(ClaimEvaluator.formatted(api))", logged: logged.map { FindingChart.Sample(time: $0.time, psi: $0.psi) }, written: [],
                    claim: FindingChart.Sample(time: start, psi: claim.pressure?.psi ?? first.psi), claimLabel: "JSA: \(claim.text)",
                    limitPSI: first.psi * (1 - check.maximumChangePercent / 100), limitLabel: "\(Self.percent(check.maximumChangePercent)) below the start",
                    utcOffsetMinutes: start.utcOffsetMinutes, clockNote: alignment.note
                )
            }
        }
        // Started far enough above the pressure before it (the JSA's own earlier reading of the point).
        if let minimum = check.minimumAboveSurface, let start, let testPressure = claim.pressure {
            let before = jsa.claims.compactMap { other -> (Instant, Pressure, Evidence)? in
                guard other.kind == .pressureReading || other.kind == .bleedDown, other.point?.lowercased() == point, let at = jsa.instant(of: other), at < start,
                      let pressure = other.pressure else { return nil }
                return (at, pressure, other.evidence)
            }.max { $0.0 < $1.0 }
            if let (at, surface, where_) = before {
                compared.append(ComparedValue(name: "test pressure above the \(point) pressure before it", actual: "\(Pressure.psig(testPressure.psi - surface.psi)) (\(testPressure) − \(surface) at \(at.clockText))",
                                              limit: "\(minimum)", comparison: "≥"))
                if testPressure.psi - surface.psi < minimum.psi {
                    unmet.append("it started \(Pressure.psig(testPressure.psi - surface.psi)) above the \(point) pressure before it, less than the \(minimum) required")
                    evidence.append(where_)
                }
            }
        }
        if let date = jsa.dateEvidence { evidence.append(date) }
        let subject = Subject(type: "jsa", id: (jsa.document.path as NSString).lastPathComponent, name: jsa.document.path)
        let related = [jsa.api.map { Subject(type: "well", id: $0) }, ClaimEvaluator.claimSubject(claim)].compactMap { $0 }
        let chain = jsa.api.map { jurisdictions.chain(apiStateCode: String($0.prefix(2)), fallback: rule.jurisdiction) } ?? jurisdictions.chain(from: rule.jurisdiction)
        let verdict = claim.result == "passed" ? "records as passed" : "records"
        if !unmet.isEmpty {
            steps.append(ExplanationStep(depth: 0, text: "criteria unmet: \(unmet.count)", outcome: "true"))
            return Finding(
                ruleID: rule.id, ruleVersion: rule.version, kind: .fail, severity: rule.severity, title: "\(rule.title): not a pass",
                message: "\(jsa.document.path) \(verdict) a \(point) pressure test (\"\(claim.text)\"), but " + unmet.joined(separator: "; ") + ". Treat the \(point) as untested until a test meets the criterion.",
                remediation: rule.remediation, citation: rule.citation, basis: rule.basis, subject: subject, related: related, jurisdictions: chain,
                comparedValues: compared, evidence: evidence, explanation: steps, chart: chart
            )
        }
        guard logged.count < 2, claim.result == "passed" else { return nil }
        let why = jsa.api == nil ? "the JSA is tied to no well" : start == nil ? "the JSA gives no start time (or no date or clock) to find the test in a log" : "the inbox has no log of the test (a chart or SCADA readings of the \(point) over it)"
        steps.append(ExplanationStep(depth: 0, text: "the test's log: none (\(why))", outcome: "unknown"))
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .low, title: "Cannot check: \(rule.title)",
            message: "\(jsa.document.path) records a \(point) pressure test as passed (\"\(claim.text)\"), but nothing shows it: \(why). The pass rests on the JSA's words alone — this is not a pass.",
            remediation: "Obtain the test's chart or the logger's readings over the test and add them to the inbox in the readings layout (docs/readings.md). Then: \(rule.remediation)",
            citation: rule.citation, basis: rule.basis, subject: subject, related: related, jurisdictions: chain,
            comparedValues: compared + [ComparedValue(name: "missing", actual: "a log of the test")], evidence: evidence, explanation: steps
        )
    }

    /// `6.0 %`.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10)) %"
    }
}
