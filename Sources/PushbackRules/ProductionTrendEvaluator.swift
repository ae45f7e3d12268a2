import Foundation
import PushbackModel
import PushbackNumeric

/// Evaluates `production` / `trend-break`: each producing month against a straight line through
/// the log daily oil rate of the months before it. Every window has the same regressors (1 and
/// the month's place in the window), so all windows of all wells are fitted by one batched LAPACK
/// least-squares solve (`BatchLeastSquares`), a few thousand at a time.
struct ProductionTrendEvaluator {
    let rule: Rule
    let windowMonths: Int
    let ratio: Double
    let deviations: Double
    let jurisdictions: JurisdictionCatalog

    /// A floor under the prediction's standard error (in log rate): a well whose history is an
    /// almost perfect line is not flagged for a small wobble.
    static let standardErrorFloor = 0.05

    /// One month to test, with the window of months before it.
    struct Window {
        var month: ProductionMonth
        var previous: ProductionMonth
        var first: ProductionMonth
        var logRates: [Double]
        var logRate: Double
    }

    func evaluate(_ months: [ProductionMonth]) -> [Finding] {
        let windows = Self.windows(months, length: windowMonths)
        guard !windows.isEmpty else { return [] }
        let design = Matrix(rows: windowMonths, columns: 2, columnMajor: [Double](repeating: 1, count: windowMonths) + (0..<windowMonths).map(Double.init))
        var findings: [Finding] = []
        var start = 0
        while start < windows.count {
            let batch = windows[start..<min(start + BatchLeastSquares.blockSize, windows.count)]
            let observations = Matrix(rows: windowMonths, columns: batch.count, columnMajor: batch.flatMap(\.logRates))
            let fits: [LeastSquares.Fit]
            do { fits = try BatchLeastSquares.solve(design: design, observations: observations) } catch {
                // The design is fixed and full rank and the rates finite, so this should not
                // happen; if it does, the months of the batch are unchecked, never passed.
                findings += batch.map { unfitted($0.month, reason: error.message) }
                start += BatchLeastSquares.blockSize
                continue
            }
            for (window, fit) in zip(batch, fits) {
                if let finding = judge(window, fit: fit) { findings.append(finding) }
            }
            start += BatchLeastSquares.blockSize
        }
        return findings
    }

    /// Every month of every well (and formation) that produced, with `length` producing months
    /// right before it: the log of oil per produced day, oldest first.
    static func windows(_ months: [ProductionMonth], length: Int) -> [Window] {
        let series = Dictionary(grouping: months) { "\($0.api.normalized) \($0.formation ?? "")" }
        var windows: [Window] = []
        for key in series.keys.sorted() {
            var byIndex: [Int: ProductionMonth] = [:]
            for month in series[key] ?? [] { if let index = monthIndex(month.month) { byIndex[index] = month } }
            for index in byIndex.keys.sorted() {
                guard let current = byIndex[index], let logRate = logDailyRate(current) else { continue }
                var rates: [Double] = []
                for back in stride(from: length, through: 1, by: -1) {
                    guard let earlier = byIndex[index - back], let rate = logDailyRate(earlier) else { break }
                    rates.append(rate)
                }
                guard rates.count == length else { continue }
                windows.append(Window(month: current, previous: byIndex[index - 1]!, first: byIndex[index - length]!, logRates: rates, logRate: logRate))
            }
        }
        return windows
    }

    /// `2019-03` → months since year 0.
    static func monthIndex(_ month: String) -> Int? {
        let parts = month.split(separator: "-")
        guard parts.count >= 2, let year = Int(parts[0]), let number = Int(parts[1]), (1...12).contains(number) else { return nil }
        return year * 12 + number - 1
    }

    /// log(oil produced ÷ days produced), for a month with both above zero.
    static func logDailyRate(_ month: ProductionMonth) -> Double? {
        guard let days = month.daysProduced, days > 0, let oil = month.volumes[.oilProduced]?.barrels, oil > 0, oil.isFinite else { return nil }
        return log(oil / Double(days))
    }

    private func judge(_ window: Window, fit: LeastSquares.Fit) -> Finding? {
        let n = Double(windowMonths)
        let intercept = fit.coefficients[0], slope = fit.coefficients[1]
        let predicted = intercept + slope * n
        // Prediction standard error one step past a fitted line.
        let spread = (fit.residualSumOfSquares / (n - 2)).squareRoot()
        let mean = (n - 1) / 2
        let sxx = (0..<windowMonths).reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
        let standardError = max(spread * (1 + 1 / n + (n - mean) * (n - mean) / sxx).squareRoot(), Self.standardErrorFloor)
        let residual = window.logRate - predicted
        guard abs(residual) > log(ratio), abs(residual) > deviations * standardError else { return nil }
        let month = window.month
        let actualRate = exp(window.logRate), expectedRate = exp(predicted)
        let factor = exp(abs(residual))
        let above = residual > 0
        let monthly = (exp(slope) - 1) * 100
        let report = "The production report for well \(month.api.formatted)\(month.formation.map { " (\($0))" } ?? ""), \(month.month)"
        let oil = ProductionEvaluator.barrels(month.volumes[.oilProduced]!.barrels)
        var message = "\(report): \(oil) of oil in \(month.daysProduced!) day\(month.daysProduced == 1 ? "" : "s") produced (\(Self.rate(actualRate))). "
            + "The well's own trend — a least-squares line through the log daily rate of its \(windowMonths) producing months \(window.first.month) … \(window.previous.month), "
            + "\(monthly >= 0 ? "rising" : "declining") \(Self.percent(abs(monthly))) a month — predicts \(Self.rate(expectedRate)): the month is \(Self.factor(factor))× \(above ? "above" : "below") it, "
            + "\(Self.deviationsText(abs(residual) / standardError)) prediction standard errors. "
        message += above
            ? "Likely: a workover, refracture or recompletion (its completion report should be on file), volumes of another well, formation or month, a keying error (a digit too many, barrels for gallons), or a well back from a shut-in the reports do not show."
            : "Likely: a mechanical problem (pump, rods, tubing, a choked line), a shut-in for part of the month the days produced do not show, volumes left off the report, or a keying error."
        let compared = [
            ComparedValue(name: "daily oil rate \(month.month)", actual: Self.rate(actualRate)),
            ComparedValue(name: "trend of \(window.first.month) … \(window.previous.month)", actual: Self.rate(expectedRate), limit: "within \(Self.factor(ratio))× or \(Self.deviationsText(deviations)) standard errors", comparison: "≈"),
            ComparedValue(name: "off the trend", actual: "\(Self.factor(factor))× \(above ? "above" : "below"), \(Self.deviationsText(abs(residual) / standardError)) standard errors"),
            ComparedValue(name: "trend per month", actual: "\(monthly >= 0 ? "+" : "−")\(Self.percent(abs(monthly)))"),
        ]
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .review, severity: rule.severity, title: "\(rule.title): \(month.month)",
            message: message, remediation: rule.remediation, citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: month.api.normalized, name: month.operatorName),
            related: [Subject(type: "report-month", id: "\(month.month)\(month.formation.map { " \($0)" } ?? "")")],
            jurisdictions: jurisdictions.chain(apiStateCode: month.api.stateCode, fallback: rule.jurisdiction),
            comparedValues: compared, evidence: [month.provenance, window.previous.provenance, window.first.provenance],
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name) = \($0.actual)\($0.limit.map { " vs \($0)" } ?? "")", outcome: "true") }
        )
    }

    private func unfitted(_ month: ProductionMonth, reason: String) -> Finding {
        Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .low, title: "Cannot check: \(rule.title): \(month.month)",
            message: "The trend of well \(month.api.formatted) before \(month.month) could not be fitted (\(reason)), so the month was not set against it. This is not a pass.",
            remediation: rule.remediation, citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: month.api.normalized, name: month.operatorName), related: [Subject(type: "report-month", id: month.month)],
            jurisdictions: jurisdictions.chain(apiStateCode: month.api.stateCode, fallback: rule.jurisdiction),
            comparedValues: [ComparedValue(name: "trend fit", actual: reason)], evidence: [month.provenance]
        )
    }

    /// `12.5 bbl/day`.
    static func rate(_ value: Double) -> String { "\(Quantity.plain(value < 10 ? (value * 100).rounded() / 100 : (value * 10).rounded() / 10)) bbl/day" }
    static func percent(_ value: Double) -> String { "\(Quantity.plain((value * 10).rounded() / 10)) %" }
    static func factor(_ value: Double) -> String { Quantity.plain((value * 10).rounded() / 10) }
    static func deviationsText(_ value: Double) -> String { Quantity.plain((value * 10).rounded() / 10) }
}
