import Foundation
import PushbackModel

/// Evaluates a `claims-against-readings` rule: each JSA claim of the rule's kinds (a bleed-down
/// to 0 psi at 08:10) against the readings of the same well and point — those the JSA writes later
/// and those of the gauge logs, on clocks lined up by `ClockAlignment`.
///
/// - a reading within the window of the claim above the claimed pressure plus the tolerance:
///   `fail` — the pressure was not where the crew says it was;
/// - none, but one later (up to `rebuild_within`) that climbs above it: `review` — the pressure
///   came back (sustained casing pressure);
/// - no reading of the point anywhere near the claim, or a claim that cannot be placed (no well,
///   no point, no time, no clock): `open` — the claim stands unchecked, which is not a pass.
struct ClaimEvaluator {
    let rule: Rule
    let check: ClaimCheck
    let jurisdictions: JurisdictionCatalog

    /// A reading held against a claim: from the log or from the JSA itself.
    struct Observation {
        /// On the JSA's clock.
        var time: Instant
        var psi: Double
        var evidence: Evidence
        var source: String
        var isWritten: Bool
    }

    func evaluate(jsas: [JSAOnFile], readings: [PressureReading], readingGaps: [IntakeProblem]) -> [Finding] {
        let index = ReadingIndex(readings)
        var findings: [Finding] = []
        for jsa in jsas {
            let alignment = ClockAlignment.estimate(jsa, index: index, tolerance: check.tolerance)
            for (number, claim) in jsa.claims.enumerated() where check.claims.contains(claim.kind) {
                if let finding = evaluate(claim, number: number + 1, of: jsa, index: index, alignment: alignment, readingGaps: readingGaps) { findings.append(finding) }
            }
        }
        return findings
    }

    private func evaluate(_ claim: JobSafetyAnalysis.Claim, number: Int, of jsa: JSAOnFile, index: ReadingIndex, alignment: ClockAlignment, readingGaps: [IntakeProblem]) -> Finding? {
        let said = "the JSA says \"\(claim.text)\""
        guard let point = claim.point?.lowercased() else {
            return unplaced(claim, number: number, jsa: jsa, why: "\(said), but names no gauge point (casing, tubing, bradenhead) whose readings could show it", missing: "the point bled")
        }
        // Flowlines, tanks and valves have no wellhead gauge: outside the rule (its notes say so).
        guard PressureReading.points.contains(point) else { return nil }
        guard let claimed = claim.pressure else {
            return unplaced(claim, number: number, jsa: jsa, why: "\(said), with no pressure to compare", missing: "the pressure claimed")
        }
        guard let api = jsa.api else {
            return unplaced(claim, number: number, jsa: jsa, why: "\(said), but the JSA is tied to no well (\(jsa.wellBasis))", missing: "the well's API number")
        }
        guard let time = jsa.instant(of: claim) else {
            let reason = claim.time == nil ? "gives no time for it" : jsa.date == nil ? "gives no date" : "is on an unknown clock: \(jsa.clockBasis)"
            return unplaced(claim, number: number, jsa: jsa, why: "\(said), but the JSA \(reason), so no reading can be set beside it", missing: claim.time == nil ? "the claim's time" : "the JSA's date and clock")
        }
        let shift = Int64(alignment.shiftMinutes * 60)
        let limit = claimed.psi + check.tolerance.psi
        // Everything on the JSA's clock: log readings shifted back by the alignment.
        var observations = index.readings(api: api, point: point).map { reading in
            Observation(time: Instant(seconds: reading.time.seconds - shift, utcOffsetMinutes: time.utcOffsetMinutes), psi: reading.pressure.psi, evidence: reading.provenance,
                        source: "gauge log \(reading.provenance.place)\(reading.gauge.map { " (\($0))" } ?? "")", isWritten: false)
        }
        for (other, written) in jsa.claims.enumerated() where written.kind == .pressureReading && written.point?.lowercased() == point {
            guard let at = jsa.instant(of: written), let pressure = written.pressure, at >= time else { continue }
            observations.append(Observation(time: at, psi: pressure.psi, evidence: written.evidence, source: "the JSA's own reading (claim \(other + 1), \(written.evidence.place))", isWritten: true))
        }
        observations.sort { ($0.time, $0.isWritten ? 1 : 0) < ($1.time, $1.isWritten ? 1 : 0) }
        let window = Int64(check.windowMinutes * 60)
        // Until the crew next works the point (pressures it up for a test, bleeds it again) — less
        // the window, as a crew starts pressuring up before the time it writes — or the rebuild
        // limit: pressure after that is theirs, not the well's.
        let nextWork = jsa.claims.enumerated().compactMap { other, next -> Instant? in
            guard other + 1 != number, next.kind != .pressureReading, next.point?.lowercased() == point, let at = jsa.instant(of: next), at > time else { return nil }
            return at
        }.min()
        let rebuildEnd = min(time.seconds + Int64(check.rebuildMinutes * 60), nextWork.map { max(time.seconds + window, $0.seconds - window) } ?? .max)
        let atClaim = observations.filter { $0.time.seconds >= time.seconds && $0.time.seconds <= min(time.seconds + window, rebuildEnd) }
        let later = observations.filter { $0.time.seconds > time.seconds + window && $0.time.seconds <= rebuildEnd }
        let context = Context(claim: claim, number: number, jsa: jsa, api: api, point: point, time: time, claimed: claimed, limit: limit,
                              alignment: alignment, observations: observations)
        // Contradicted when the pressure never came down to the claim within the window (a bleed
        // takes minutes: one reading still high just after the claim is not enough).
        if let lowest = atClaim.min(by: { $0.psi < $1.psi }), lowest.psi > limit {
            return contradicted(context, by: atClaim.first!, lowest: lowest)
        }
        if let back = later.first(where: { $0.psi > limit }) {
            return rebuilt(context, to: back, agreeing: atClaim)
        }
        if atClaim.isEmpty && later.isEmpty {
            return unchecked(context, index: index, readingGaps: readingGaps)
        }
        return nil
    }

    /// What one claim's findings share.
    struct Context {
        var claim: JobSafetyAnalysis.Claim
        var number: Int
        var jsa: JSAOnFile
        var api: String
        var point: String
        var time: Instant
        var claimed: Pressure
        var limit: Double
        var alignment: ClockAlignment
        var observations: [Observation]
    }

    // MARK: - Findings

    private func contradicted(_ context: Context, by reading: Observation, lowest: Observation) -> Finding {
        let apart = reading.time.seconds - context.time.seconds
        let when = apart == 0 ? "at the same minute" : "\(Instant.span(apart)) after the claim"
        let never = lowest.time == reading.time ? "" : ", and it never came below \(Pressure.psig(lowest.psi)) (at \(lowest.time.clockText)) in the \(check.windowMinutes) min after"
        let message = "\(lead(context)); \(reading.source) shows the \(context.point) at \(Pressure.psig(reading.psi)) at \(reading.time.clockText), \(when)\(never) — above the claimed "
            + "\(claimedText(context)) plus the \(check.tolerance) tolerance. The pressure was not where the crew says it was: the bleed-down may not have finished, the gauge may "
            + "have been isolated from the \(context.point), the pressure may have come straight back, or the log may be of another point or well. Do not break containment on the JSA's word."
        return finding(context, kind: .fail, severity: rule.severity, title: "\(rule.title): contradicted by a reading", message: message, reading: lowest,
                       verdict: "lowest reading within \(check.windowMinutes) min after the claim: \(Pressure.psig(lowest.psi)) at \(lowest.time.clockText) > \(claimedText(context)) + \(check.tolerance)")
    }

    private func rebuilt(_ context: Context, to reading: Observation, agreeing: [Observation]) -> Finding {
        let confirmed = agreeing.isEmpty ? "" : " (the reading at the claim agrees: \(Pressure.psig(agreeing[0].psi)) at \(agreeing[0].time.clockText))"
        let message = "\(lead(context))\(confirmed); \(reading.source) shows the \(context.point) back at \(Pressure.psig(reading.psi)) at \(reading.time.clockText), "
            + "\(Instant.span(reading.time.seconds - context.time.seconds)) later. Pressure that returns after a bleed-down is sustained casing pressure until shown otherwise "
            + "(API RP 90): a leak path from below — casing, cement or a packer — rather than trapped gas."
        return finding(context, kind: .review, severity: .medium, title: "\(rule.title): pressure came back", message: message, reading: reading,
                       verdict: "a reading within \(Instant.span(Int64(check.rebuildMinutes * 60))) of the claim: \(Pressure.psig(reading.psi)) at \(reading.time.clockText) > \(claimedText(context)) + \(check.tolerance)")
    }

    private func unchecked(_ context: Context, index: ReadingIndex, readingGaps: [IntakeProblem]) -> Finding {
        var why: String
        if let nearest = index.nearest(api: context.api, point: context.point, to: context.time.adding(seconds: Int64(context.alignment.shiftMinutes * 60))) {
            why = "the nearest reading of the \(context.point) in the gauge logs is \(Instant.span(nearest.time.seconds - context.time.seconds - Int64(context.alignment.shiftMinutes * 60))) away "
                + "(\(Pressure.psig(nearest.pressure.psi)) at \(nearest.time), \(nearest.provenance.place))"
        } else if index.hasWell(context.api) {
            why = "the gauge logs have readings of this well, but none of its \(context.point)"
        } else {
            why = "the inbox has no gauge or SCADA log for this well"
        }
        why += ", and the JSA writes no later reading of it"
        let lost = readingGaps.count
        if lost > 0 { why += "; \(lost) row(s) of gauge logs could not be read (see What could not be read)" }
        let message = "\(lead(context)); nothing shows it: \(why). The claim stands unchecked — this is not a pass."
        return finding(context, kind: .open, severity: .low, title: "Cannot check: \(rule.title)", message: message, reading: nil,
                       verdict: "no reading of the \(context.point) within \(Instant.span(Int64(check.rebuildMinutes * 60))) of the claim", missing: "a gauge or SCADA log of the \(context.point) for the job")
    }

    /// A claim that cannot be set beside any reading at all.
    private func unplaced(_ claim: JobSafetyAnalysis.Claim, number: Int, jsa: JSAOnFile, why: String, missing: String) -> Finding {
        Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .low, title: "Cannot check: \(rule.title)",
            message: "\(why.capitalizedFirst). The claim stands unchecked — this is not a pass.",
            remediation: "Find \(missing) (the JSA, the job's daily report or the crew) and the gauge log of the job. Then: \(rule.remediation)",
            citation: rule.citation, basis: rule.basis, subject: subject(jsa), related: related(claim, number: number, jsa: jsa),
            jurisdictions: chain(jsa), comparedValues: [ComparedValue(name: "claim \(number)", actual: claim.summary), ComparedValue(name: "missing", actual: missing)],
            evidence: [claim.evidence] + [jsa.dateEvidence].compactMap { $0 },
            explanation: [ExplanationStep(depth: 0, text: "claim \(number): \(claim.summary) — \(missing) is not known", outcome: "unknown")]
        )
    }

    private func finding(_ context: Context, kind: FindingKind, severity: Severity, title: String, message: String, reading: Observation?, verdict: String, missing: String? = nil) -> Finding {
        var compared = [
            ComparedValue(name: "claimed \(context.point) pressure", actual: "\(claimedText(context)) at \(context.time.clockText) (\(context.time))"),
        ]
        if let reading {
            compared.append(ComparedValue(name: "\(context.point) reading (\(reading.isWritten ? "written on the JSA" : "gauge log"))", actual: "\(Pressure.psig(reading.psi)) at \(reading.time.clockText)",
                                          limit: "\(Pressure.psig(context.limit)) (claimed + \(check.tolerance))", comparison: ">"))
            compared.append(ComparedValue(name: "time from the claim", actual: Instant.span(reading.time.seconds - context.time.seconds)))
        }
        compared.append(ComparedValue(name: "JSA clock", actual: context.jsa.clockBasis))
        if let note = context.alignment.note { compared.append(ComparedValue(name: "clock alignment", actual: note)) }
        compared.append(ComparedValue(name: "well", actual: context.jsa.wellBasis))
        var steps = [
            ExplanationStep(depth: 0, text: "claim \(context.number): \(context.claim.summary) → \(context.point) at \(claimedText(context)), \(context.time) (\(context.jsa.clockBasis))", outcome: "true"),
        ]
        if let note = context.alignment.note { steps.append(ExplanationStep(depth: 1, text: note, outcome: "true")) }
        steps.append(ExplanationStep(depth: 0, text: verdict, outcome: kind == .open ? "unknown" : "true"))
        var evidence = [context.claim.evidence]
        if let reading { evidence.append(reading.evidence) }
        if let date = context.jsa.dateEvidence { evidence.append(date) }
        let remediation = missing.map { "Obtain \($0) (the operator's SCADA historian or the chart recorder) and add it to the inbox in the readings layout (docs/readings.md). Then: \(rule.remediation)" } ?? rule.remediation
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity, title: title, message: message, remediation: remediation,
            citation: rule.citation, basis: rule.basis, subject: subject(context.jsa), related: related(context.claim, number: context.number, jsa: context.jsa),
            jurisdictions: chain(context.jsa), comparedValues: compared, evidence: evidence, explanation: steps, chart: chart(context, highlight: reading)
        )
    }

    /// `The JSA jsa-01.docx says casing was bled to 0 psi at 08:10 on 2026-11-20 (well …)`.
    private func lead(_ context: Context) -> String {
        "\(context.jsa.document.path) says \"\(context.claim.text)\" — the \(context.point) at \(claimedText(context)) at \(context.time.clockText) on \(context.time.local.date) "
            + "(well \(Self.formatted(context.api)))" + (context.alignment.note.map { " — \($0)" } ?? "")
    }

    /// The claimed pressure as the crew wrote it: `0 psi`.
    private func claimedText(_ context: Context) -> String {
        "\(JobSafetyAnalysis.Claim.plain(context.claim.value ?? context.claimed.psi)) \(context.claim.unit ?? "psi")"
    }

    /// The point's readings around the claim, on the JSA's clock; nil when there are none to draw.
    private func chart(_ context: Context, highlight: Observation?) -> FindingChart? {
        let from = context.time.seconds - 3_600, to = max(context.time.seconds + 2 * 3_600, (highlight?.time.seconds ?? 0) + 1_800)
        let shown = context.observations.filter { $0.time.seconds >= from && $0.time.seconds <= to }
        guard !shown.isEmpty else { return nil }
        var logged = shown.filter { !$0.isWritten }.map { FindingChart.Sample(time: $0.time, psi: $0.psi) }
        // A day of one-second SCADA data is drawn as at most 600 points, evenly chosen.
        if logged.count > 600 { logged = stride(from: 0, to: logged.count, by: Int((Double(logged.count) / 600).rounded(.up))).map { logged[$0] } }
        return FindingChart(
            title: "\(context.point) pressure, well \(Self.formatted(context.api))", logged: logged,
            written: shown.filter(\.isWritten).map { FindingChart.Sample(time: $0.time, psi: $0.psi) },
            claim: FindingChart.Sample(time: context.time, psi: context.claimed.psi), claimLabel: "JSA: \(context.claim.text)",
            limitPSI: context.limit, limitLabel: "claimed + \(check.tolerance) tolerance", utcOffsetMinutes: context.time.utcOffsetMinutes, clockNote: context.alignment.note
        )
    }

    private func subject(_ jsa: JSAOnFile) -> Subject {
        Subject(type: "jsa", id: (jsa.document.path as NSString).lastPathComponent, name: jsa.document.path)
    }

    private func related(_ claim: JobSafetyAnalysis.Claim, number: Int, jsa: JSAOnFile) -> [Subject] {
        [jsa.api.map { Subject(type: "well", id: $0) }, Self.claimSubject(claim)].compactMap { $0 }
    }

    /// A claim as a related subject: `bleed-down casing 08:10`, with its words.
    static func claimSubject(_ claim: JobSafetyAnalysis.Claim) -> Subject {
        Subject(type: "claim", id: [claim.kind.rawValue, claim.point, claim.time].compactMap { $0 }.joined(separator: " "), name: claim.text)
    }

    /// An API number with its dashes, as people write it.
    static func formatted(_ api: String) -> String { (try? APIWellNumber.parse(api))?.formatted ?? api }

    private func chain(_ jsa: JSAOnFile) -> [String] {
        guard let api = jsa.api else { return jurisdictions.chain(from: rule.jurisdiction) }
        return jurisdictions.chain(apiStateCode: String(api.prefix(2)), fallback: rule.jurisdiction)
    }
}
