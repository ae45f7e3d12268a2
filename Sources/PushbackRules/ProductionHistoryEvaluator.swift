import PushbackModel

/// The production checks that read a well's months together, or against its registry record:
/// pressures written as 0 month after month while the well produces, and production after the
/// date the registry says the well went idle.
struct ProductionHistoryEvaluator {
    let rule: Rule
    let jurisdictions: JurisdictionCatalog

    /// One review per run of at least `run` consecutive producing months with tubing and casing
    /// both reported as 0 psi (gas or water readings alike).
    func zeroPressures(_ months: [ProductionMonth], run: Int) -> [Finding] {
        let series = Dictionary(grouping: months) { "\($0.api.normalized) \($0.formation ?? "")" }
        var findings: [Finding] = []
        for key in series.keys.sorted() {
            let ordered = (series[key] ?? []).sorted { $0.month < $1.month }
            var streak: [ProductionMonth] = []
            func close() {
                if streak.count >= run { findings.append(zeroRun(streak)) }
                streak = []
            }
            for month in ordered {
                if let last = streak.last, ProductionTrendEvaluator.monthIndex(month.month) != ProductionTrendEvaluator.monthIndex(last.month).map({ $0 + 1 }) { close() }
                if Self.producing(month), Self.zeroTubingAndCasing(month) { streak.append(month) } else { close() }
            }
            close()
        }
        return findings
    }

    private func zeroRun(_ months: [ProductionMonth]) -> Finding {
        let first = months[0], last = months[months.count - 1]
        let message = "The production reports for well \(first.api.formatted)\(first.formation.map { " (\($0))" } ?? "") give 0 psi on both tubing and casing for \(months.count) consecutive months, \(first.month) … \(last.month), while the well produced "
            + "(\(ProductionEvaluator.barrels(months.reduce(0) { $0 + ($1.volumes[.oilProduced]?.barrels ?? 0) })) of oil, \(Int(months.reduce(0) { $0 + ($1.volumes[.gasProduced]?.thousandCubicFeet ?? 0) }.rounded())) Mcf of gas in all). "
            + "A flowing or pumping well does not show 0 psi on both: the gauges are not being read and 0 is written for \"not measured\", a gauge is isolated or broken, or the pressures belong to another well. Whatever rests on those pressures — bradenhead and casing-pressure monitoring, sustained casing pressure, test schedules — has no data behind it."
        return finding(first, kind: .review, title: "\(rule.title): \(first.month) … \(last.month)", message: message,
                       evidence: [first.provenance] + (months.count > 1 ? [last.provenance] : []),
                       compared: [ComparedValue(name: "months producing with tubing and casing at 0 psi", actual: "\(months.count) (\(first.month) … \(last.month))")],
                       related: [Subject(type: "report-month", id: Self.span(first, last) + (first.formation.map { " \($0)" } ?? ""))])
    }

    /// One finding per registry well in `statuses` whose reports show production in a month that
    /// begins on or after its status date; open when the registry gives no readable status date.
    func registryStatus(wells: [Well], months: [ProductionMonth], statuses: Set<WellStatus>) -> [Finding] {
        let producing = Dictionary(grouping: months.filter(Self.producing), by: \.api.normalized)
        var findings: [Finding] = []
        var seen: Set<String> = []
        for well in wells.sorted(by: { $0.api.normalized < $1.api.normalized }) where statuses.contains(well.status) && seen.insert(well.api.normalized).inserted {
            let reports = (producing[well.api.normalized] ?? []).sorted { $0.month < $1.month }
            guard !reports.isEmpty else { continue }
            let listing = "The registry lists well \(well.api.formatted)\(well.name.map { " (\($0))" } ?? "") as \(well.status.rawValue) (source: \(well.rawStatus))"
            guard let since = well.statusDate?.date else {
                findings.append(finding(reports[0], kind: .open, title: "Cannot check: \(rule.title)",
                                        message: "\(listing) with \(well.statusDate.map { "a status date that cannot be read (\"\($0.written)\")" } ?? "no status date"), and its reports show production (\(reports[0].month) … \(reports[reports.count - 1].month)), so whether it produced after going \(well.status.rawValue) cannot be told. This is not a pass.",
                                        evidence: [well.provenance], compared: [ComparedValue(name: "status date", actual: well.statusDate?.written ?? "not given")], severity: .low))
                continue
            }
            let after = reports.filter { month in CalendarDate(iso: "\(month.month)-01").map { $0 >= since } ?? false }
            guard let first = after.first, let last = after.last else { continue }
            let message = "\(listing) since \(since) (\(well.provenance.place)), but its production reports show production in \(after.count) month\(after.count == 1 ? "" : "s") since: "
                + after.prefix(6).map { "\($0.month) (\(Self.produced($0)))" }.joined(separator: ", ") + (after.count > 6 ? ", …" : "") + ". "
                + "A well cannot be both: the registry status is stale (the well was returned to production without the status being changed), the reports carry another well's volumes, or the well produced while recorded idle — which decides idle-well fees, tests and plugging deadlines."
            findings.append(finding(first, kind: .fail, title: "\(rule.title): since \(since)", message: message,
                                    evidence: [well.provenance, first.provenance] + (after.count > 1 ? [last.provenance] : []),
                                    compared: [ComparedValue(name: "registry status", actual: "\(well.status.rawValue) since \(since)", limit: "no production after", comparison: "⇒"),
                                               ComparedValue(name: "months with production since", actual: "\(after.count) (\(first.month) … \(last.month))")],
                                    related: [Subject(type: "report-month", id: Self.span(first, last))]))
        }
        return findings
    }

    /// `2024-05`, or `2019-01…2019-03` for several months.
    static func span(_ first: ProductionMonth, _ last: ProductionMonth) -> String {
        first.month == last.month ? "\(first.month)" : "\(first.month)…\(last.month)"
    }

    static func producing(_ month: ProductionMonth) -> Bool {
        (month.daysProduced ?? 0) > 0 || (month.volumes[.oilProduced]?.barrels ?? 0) > 0 || (month.volumes[.gasProduced]?.thousandCubicFeet ?? 0) > 0
    }

    /// Tubing and casing both given and 0, as gas-well or water-well readings.
    static func zeroTubingAndCasing(_ month: ProductionMonth) -> Bool {
        let pairs: [(ProductionMonth.PressureKind, ProductionMonth.PressureKind)] = [(.gasTubing, .gasCasing), (.waterTubing, .waterCasing)]
        return pairs.contains { tubing, casing in month.pressures[tubing]?.psi == 0 && month.pressures[casing]?.psi == 0 }
    }

    /// `30 days, 120.0 bbl of oil`.
    static func produced(_ month: ProductionMonth) -> String {
        var parts: [String] = []
        if let days = month.daysProduced, days > 0 { parts.append("\(days) day\(days == 1 ? "" : "s")") }
        if let oil = month.volumes[.oilProduced], oil.barrels > 0 { parts.append("\(ProductionEvaluator.barrels(oil.barrels)) of oil") }
        if let gas = month.volumes[.gasProduced], gas.thousandCubicFeet > 0 { parts.append("\(Int(gas.thousandCubicFeet.rounded())) Mcf of gas") }
        return parts.joined(separator: ", ")
    }

    private func finding(_ month: ProductionMonth, kind: FindingKind, title: String, message: String, evidence: [Evidence], compared: [ComparedValue],
                         related: [Subject] = [], severity: Severity? = nil) -> Finding {
        Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity ?? rule.severity, title: title,
            message: message, remediation: kind == .open ? "Find the date the well's status took effect (the regulator's well page, the status notice). Then: \(rule.remediation)" : rule.remediation,
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: month.api.normalized, name: month.operatorName), related: related,
            jurisdictions: jurisdictions.chain(apiStateCode: month.api.stateCode, fallback: rule.jurisdiction),
            comparedValues: compared, evidence: evidence,
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name) = \($0.actual)\($0.limit.map { " vs \($0)" } ?? "")", outcome: kind == .open ? "unknown" : "true") }
        )
    }
}
