import Foundation
import PushbackModel
import PushbackNumeric

/// Evaluates `readings` / `build-up`: every bleed-down of a watched point in the gauge logs, its
/// build-up rate fitted (psi per hour, a line through the first minutes after the bottom of the
/// bleed, resampled on a fixed grid so that every build-up shares one design matrix and all are
/// solved in one batched `dgels`), each rate against the median of the same well and point's
/// earlier rates. Faster than `factor` times the history is a `review` (the leak path feeding the
/// annulus has grown); slower than a `factor`th of it a `review` too (a gauge isolated from the
/// point, a valve left shut). A build-up the log does not cover (a gap, the log ends, another
/// bleed) is not fitted; a first build-up has no history and is not judged. Lost rows are `open`.
struct ReadingBuildUpEvaluator {
    let rule: Rule
    let check: ReadingBuildUpCheck
    let jurisdictions: JurisdictionCatalog

    /// One build-up, resampled on the grid.
    struct BuildUp {
        var series: String
        var before: PressureReading
        var low: PressureReading
        var last: PressureReading
        var samples: [Double]
        /// The log around the bleed and build-up, for the chart.
        var shown: [FindingChart.Sample]
        var rate: Double = 0
    }

    func evaluate(readings: [PressureReading], readingGaps: [IntakeProblem]) -> [Finding] {
        var buildUps: [BuildUp] = []
        for (key, ordered) in ReadingIndex(readings).series(points: check.points) {
            let bleeds = BleedDown.all(in: ordered, minimum: check.minimum, dropPercent: check.dropPercent)
            for (position, bleed) in bleeds.enumerated() {
                let next = position + 1 < bleeds.count ? ordered[bleeds[position + 1].beforeIndex].time.seconds : Int64.max
                if let buildUp = resample(ordered, from: bleed, until: next, key: key) { buildUps.append(buildUp) }
            }
        }
        var findings = readingGaps.map { rule.lostRowsFinding($0, entity: "reading", unchecked: "for build-up rates", jurisdictions: jurisdictions) }
        guard !buildUps.isEmpty else { return findings }
        let points = check.fitMinutes / check.stepMinutes + 1
        let hours = (0..<points).map { Double($0 * check.stepMinutes) / 60 }
        let design = Matrix(rows: points, columns: 2, columnMajor: [Double](repeating: 1, count: points) + hours)
        var fitted: [BuildUp] = []
        for start in stride(from: 0, to: buildUps.count, by: BatchLeastSquares.blockSize) {
            var block = Array(buildUps[start..<min(start + BatchLeastSquares.blockSize, buildUps.count)])
            do {
                let fits = try BatchLeastSquares.solve(design: design, observations: Matrix(rows: points, columns: block.count, columnMajor: block.flatMap(\.samples)))
                for index in block.indices { block[index].rate = fits[index].coefficients[1] }
                fitted += block
            } catch {
                // The grid is fixed and full rank and the pressures finite, so this should not
                // happen; if it does, the block's build-ups are unchecked, never passed.
                findings += block.map { unfitted($0, reason: error.message) }
            }
        }
        for group in Dictionary(grouping: fitted, by: \.series).sorted(by: { $0.key < $1.key }).map(\.value) {
            for (position, buildUp) in group.enumerated() where position > 0 {
                if let finding = judge(buildUp, history: Array(group[..<position])) { findings.append(finding) }
            }
        }
        return findings
    }

    /// The build-up after `bleed` on the grid, by linear interpolation between readings; nil when
    /// the log does not cover the fitting window closely (a gap over two steps, the log's end, or
    /// the next bleed inside it).
    private func resample(_ ordered: [PressureReading], from bleed: BleedDown, until next: Int64, key: String) -> BuildUp? {
        let low = ordered[bleed.lowIndex]
        let start = low.time.seconds, end = start + Int64(check.fitMinutes * 60), step = Int64(check.stepMinutes * 60)
        guard end < next else { return nil }
        let window = Array(ordered[bleed.lowIndex...].prefix { $0.time.seconds <= end + step })
        guard let last = window.last, last.time.seconds >= end else { return nil }
        for (a, b) in zip(window, window.dropFirst()) where b.time.seconds - a.time.seconds > 2 * step { return nil }
        var samples: [Double] = []
        var cursor = 0
        for k in 0...(check.fitMinutes / check.stepMinutes) {
            let t = start + Int64(k) * step
            while cursor + 1 < window.count, window[cursor + 1].time.seconds <= t { cursor += 1 }
            let a = window[cursor]
            guard cursor + 1 < window.count, a.time.seconds < t else { samples.append(a.pressure.psi); continue }
            let b = window[cursor + 1]
            let share = Double(t - a.time.seconds) / Double(b.time.seconds - a.time.seconds)
            samples.append(a.pressure.psi + share * (b.pressure.psi - a.pressure.psi))
        }
        let before = ordered[bleed.beforeIndex]
        let shown = ordered.filter { $0.time.seconds >= before.time.seconds - 3_600 && $0.time.seconds <= last.time.seconds + 1_800 }
            .map { FindingChart.Sample(time: $0.time, psi: $0.pressure.psi) }
        return BuildUp(series: key, before: before, low: low, last: last, samples: samples, shown: shown)
    }

    private func judge(_ buildUp: BuildUp, history: [BuildUp]) -> Finding? {
        let rates = history.map(\.rate).sorted()
        let median = rates.count % 2 == 1 ? rates[rates.count / 2] : (rates[rates.count / 2 - 1] + rates[rates.count / 2]) / 2
        let faster = buildUp.rate > median * check.factor && buildUp.rate - median >= check.leastDifference.psi
        let slower = buildUp.rate * check.factor < median && median - buildUp.rate >= check.leastDifference.psi
        guard faster || slower else { return nil }
        let low = buildUp.low, well = ClaimEvaluator.formatted(low.api)
        let earlier = history.map { "\(Self.rate($0.rate)) after the bleed to \(Pressure.psig($0.low.pressure.psi)) at \($0.low.time)" }.joined(separator: "; ")
        var message = "After the \(low.point) of well \(well) was bled from \(Pressure.psig(buildUp.before.pressure.psi)) to \(Pressure.psig(low.pressure.psi)) at \(low.time), it built back at \(Self.rate(buildUp.rate)) "
            + "(a line fitted to the first \(check.fitMinutes) min), \(Quantity.plain(((faster ? buildUp.rate / max(median, .leastNonzeroMagnitude) : median / max(buildUp.rate, .leastNonzeroMagnitude)) * 10).rounded() / 10))× \(faster ? "faster" : "slower") than this well's own history — a median of \(Self.rate(median)) over \(history.count) earlier build-up\(history.count == 1 ? "" : "s") (\(earlier)). "
        message += faster
            ? "A build-up that speeds up from one bleed to the next is a leak path growing: a casing or packer leak opening, or gas migrating faster up the cement. It is a change in the well itself, seen in the log alone."
            : "A build-up far slower than before is as likely the instrument as the well: a gauge isolated from the point, a needle valve left shut, a transmitter replaced — or a leak that has healed. Confirm the gauge sees the \(low.point) before trusting either."
        let compared = [
            ComparedValue(name: "build-up rate", actual: "\(Self.rate(buildUp.rate)) from \(low.time)", limit: faster ? "\(Self.rate(median * check.factor)) (\(Quantity.plain(check.factor))× the median)" : "\(Self.rate(median / check.factor)) (the median ÷ \(Quantity.plain(check.factor)))", comparison: faster ? ">" : "<"),
            ComparedValue(name: "earlier build-ups of this \(low.point)", actual: history.map { Self.rate($0.rate) }.joined(separator: ", ")),
        ]
        let evidence = [buildUp.before.provenance, low.provenance, buildUp.last.provenance] + history.map(\.low.provenance)
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .review, severity: faster ? rule.severity : .medium, title: "\(rule.title): \(faster ? "faster" : "slower") than before",
            message: message, remediation: rule.remediation, citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: low.api), related: [Subject(type: "point", id: low.point)],
            jurisdictions: jurisdictions.chain(apiStateCode: String(low.api.prefix(2)), fallback: rule.jurisdiction),
            comparedValues: compared, evidence: evidence,
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name): \($0.actual)\($0.limit.map { " vs \($0)" } ?? "")", outcome: "true") },
            chart: FindingChart(
                title: "\(low.point) build-up, well \(well)", logged: buildUp.shown, written: [], claim: FindingChart.Sample(time: low.time, psi: low.pressure.psi),
                claimLabel: "bled to \(Pressure.psig(low.pressure.psi)), built back at \(Self.rate(buildUp.rate))", limitPSI: nil, limitLabel: nil, utcOffsetMinutes: low.time.utcOffsetMinutes
            )
        )
    }

    /// A build-up the fit could not give a rate for.
    private func unfitted(_ buildUp: BuildUp, reason: String) -> Finding {
        Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .low, title: "Cannot check: \(rule.title)",
            message: "The build-up of the \(buildUp.low.point) of well \(ClaimEvaluator.formatted(buildUp.low.api)) after its bleed to \(Pressure.psig(buildUp.low.pressure.psi)) at \(buildUp.low.time) could not be fitted (\(reason)); it is unchecked against the well's history. This is not a pass.",
            remediation: rule.remediation, citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: buildUp.low.api), related: [Subject(type: "point", id: buildUp.low.point)],
            jurisdictions: jurisdictions.chain(apiStateCode: String(buildUp.low.api.prefix(2)), fallback: rule.jurisdiction),
            comparedValues: [ComparedValue(name: "fit", actual: reason)], evidence: [buildUp.low.provenance],
            explanation: [ExplanationStep(depth: 0, text: "build-up fit: \(reason)", outcome: "unknown")]
        )
    }

    /// `1,680 psi/h`.
    static func rate(_ psiPerHour: Double) -> String { "\(Quantity.plain((psiPerHour * 10).rounded() / 10)) psi/h" }
}
