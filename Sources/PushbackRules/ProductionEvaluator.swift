import PushbackModel

/// Evaluates a `production` rule over the monthly production reports the inbox holds: each
/// report that fails the test is one finding about its well and month, quoting the row.
struct ProductionEvaluator {
    let rule: Rule
    let check: ProductionCheck
    let jurisdictions: JurisdictionCatalog

    func evaluate(_ months: [ProductionMonth], wells: [Well] = []) -> [Finding] {
        switch check {
        case .zeroPressures(let run):
            return ProductionHistoryEvaluator(rule: rule, jurisdictions: jurisdictions).zeroPressures(months, run: run)
        case .registryStatusAgainstProduction(let statuses):
            return ProductionHistoryEvaluator(rule: rule, jurisdictions: jurisdictions).registryStatus(wells: wells, months: months, statuses: statuses)
        default: break
        }
        if case .trendBreak(let window, let ratio, let deviations) = check {
            return ProductionTrendEvaluator(rule: rule, windowMonths: window, ratio: ratio, deviations: deviations, jurisdictions: jurisdictions).evaluate(months)
                + months.compactMap(unreadableProduction)
        }
        return months.compactMap { month in
            switch check {
            case .inventoryBalance(let tolerance): unbalanced(month, tolerance: tolerance)
            case .statusAgainstProduction(let statuses): producingWhileIdle(month, statuses: statuses)
            case .trendBreak, .zeroPressures, .registryStatusAgainstProduction: nil
            }
        }
    }

    /// A month whose oil produced is written but not a number cannot be set against the trend.
    private func unreadableProduction(_ month: ProductionMonth) -> Finding? {
        guard month.unreadable.contains(.oilProduced) else { return nil }
        return finding(month, kind: .open, message: "\(report(month)) writes its oil produced as something other than a number (see What could not be read), so the month cannot be set against the well's trend. This is not a pass.",
                       compared: [ComparedValue(name: "unreadable", actual: "oil produced")], severity: .low)
    }

    private func unbalanced(_ month: ProductionMonth, tolerance: Volume) -> Finding? {
        let terms: [(VolumeKind, String)] = [(.oilBOMInventory, "BOM inventory"), (.oilProduced, "oil produced"), (.oilSold, "oil sold"), (.oilAdjustment, "oil adjustment"), (.oilEOMInventory, "EOM inventory")]
        // A report that states none of them states no balance.
        guard terms.contains(where: { month.volumes[$0.0] != nil || month.unreadable.contains($0.0) }) else { return nil }
        let unreadable = terms.filter { month.unreadable.contains($0.0) }.map(\.1)
        guard unreadable.isEmpty else {
            return finding(month, kind: .open, message: "\(report(month)) writes its \(unreadable.joined(separator: " and ")) as something other than a number (see What could not be read), so its inventory cannot be balanced. This is not a pass.",
                           compared: [ComparedValue(name: "unreadable", actual: unreadable.joined(separator: ", "))], severity: .low)
        }
        func barrels(_ kind: VolumeKind) -> Double { month.volumes[kind]?.barrels ?? 0 }
        let start = barrels(.oilBOMInventory), produced = barrels(.oilProduced), sold = barrels(.oilSold), adjusted = barrels(.oilAdjustment), end = barrels(.oilEOMInventory)
        let expected = start + produced - sold + adjusted
        let difference = end - expected
        guard abs(difference) > tolerance.barrels else { return nil }
        let blanks = terms.filter { month.volumes[$0.0] == nil }.map(\.1)
        let blankNote = blanks.isEmpty ? "" : " (blank, counted as none: \(blanks.joined(separator: ", ")))"
        let message = "\(report(month)): BOM \(Self.barrels(start)) + produced \(Self.barrels(produced)) − sold \(Self.barrels(sold)) + adjustment \(Self.barrels(adjusted)) = "
            + "\(Self.barrels(expected)), but the EOM inventory reported is \(Self.barrels(end))\(blankNote): \(Self.barrels(abs(difference))) \(difference > 0 ? "more" : "less") than the month accounts for. "
            + "Likely: a sale or adjustment left off the report, a transcription error, an amended report not in the inbox, or oil lost or gained that was not reported."
        return finding(month, kind: .review, message: message, compared: [
            ComparedValue(name: "BOM + produced − sold + adjustment", actual: Self.barrels(expected)),
            ComparedValue(name: "EOM inventory reported", actual: Self.barrels(end), limit: "\(Self.barrels(expected)) ± \(Self.barrels(tolerance.barrels))", comparison: "="),
            ComparedValue(name: "difference", actual: Self.barrels(difference)),
        ])
    }

    private func producingWhileIdle(_ month: ProductionMonth, statuses: Set<WellStatus>) -> Finding? {
        var produced: [String] = []
        if let days = month.daysProduced, days > 0 { produced.append("\(days) day\(days == 1 ? "" : "s") produced") }
        if let oil = month.volumes[.oilProduced], oil.barrels > 0 { produced.append("\(Self.barrels(oil.barrels)) of oil produced") }
        if let gas = month.volumes[.gasProduced], gas.thousandCubicFeet > 0 { produced.append("\(Int(gas.thousandCubicFeet.rounded())) Mcf of gas produced") }
        guard !produced.isEmpty else { return nil }
        if month.status == .unknown {
            return finding(month, kind: .open, message: "\(report(month)) reports \(produced.joined(separator: ", ")) under a status that cannot be read (\(month.rawStatus)), so whether the well was reported idle while producing cannot be told. This is not a pass.",
                           compared: [ComparedValue(name: "status reported", actual: "unknown (source: \(month.rawStatus))")], severity: .low)
        }
        guard statuses.contains(month.status) else { return nil }
        let message = "\(report(month)) reports the well \(month.status.rawValue) (source: \(month.rawStatus)) and also \(produced.joined(separator: ", ")). "
            + "A well cannot be both: the status is stale, the volumes belong to another month or well, or the well produced without the status being changed — which matters for idle-well rules, fees and plugging deadlines."
        return finding(month, kind: .fail, message: message, compared: [
            ComparedValue(name: "status reported", actual: "\(month.status.rawValue) (source: \(month.rawStatus))", limit: statuses.map(\.rawValue).sorted().joined(separator: ", "), comparison: "in"),
            ComparedValue(name: "production reported", actual: produced.joined(separator: "; "), limit: "none", comparison: "="),
        ])
    }

    private typealias VolumeKind = ProductionMonth.VolumeKind

    /// `The production report for 05-123-32812 (NIOBRARA), 2019-03`.
    private func report(_ month: ProductionMonth) -> String {
        "The production report for well \(month.api.formatted)\(month.formation.map { " (\($0))" } ?? ""), \(month.month)"
    }

    private func finding(_ month: ProductionMonth, kind: FindingKind, message: String, compared: [ComparedValue], severity: Severity? = nil) -> Finding {
        Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity ?? rule.severity, title: "\(kind == .open ? "Cannot check: " : "")\(rule.title): \(month.month)",
            message: message, remediation: rule.remediation, citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: month.api.normalized, name: month.operatorName),
            related: [Subject(type: "report-month", id: "\(month.month)\(month.formation.map { " \($0)" } ?? "")")],
            jurisdictions: jurisdictions.chain(apiStateCode: month.api.stateCode, fallback: rule.jurisdiction),
            comparedValues: compared, evidence: [month.provenance],
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name) = \($0.actual)\($0.limit.map { " vs \($0)" } ?? "")", outcome: "true") }
        )
    }

    /// `20.5 bbl`, with a sign when negative.
    static func barrels(_ value: Double) -> String { (value < 0 ? "−" : "") + Volume.barrels(abs(value)).description }
}
