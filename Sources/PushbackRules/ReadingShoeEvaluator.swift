import PushbackModel

/// Evaluates `readings` / `against-shoe`: per well (of the check's states) and point, the
/// readings above `percent` of the surface casing shoe depth a filing of the well states — one
/// review naming the highest, the first above and how many were; a well with such readings and
/// no shoe depth on file is open (the trigger cannot be computed), never a pass.
struct ReadingShoeEvaluator {
    let rule: Rule
    let check: ReadingShoeCheck
    let jurisdictions: JurisdictionCatalog

    func evaluate(readings: [PressureReading], documents: [DocumentOnFile]) -> [Finding] {
        let watched = readings.filter { check.points.contains($0.point) && check.stateCodes.contains(String($0.api.prefix(2))) }
        let byWell = Dictionary(grouping: watched, by: { String($0.api.prefix(10)) })
        return byWell.keys.sorted().flatMap { well -> [Finding] in
            let series = (byWell[well] ?? []).sorted { ($0.time.seconds, $0.point) < ($1.time.seconds, $1.point) }
            // The first filing (by date, then path) stating a readable depth.
            let stating = documents.filter { $0.api.prefix(10) == well }
                .sorted { ($0.date?.description ?? "", $0.evidence.source.path) < ($1.date?.description ?? "", $1.evidence.source.path) }
                .compactMap { document in document.values["surface_casing_depth"]?.compactMap(Double.init).first(where: { $0 > 0 }).map { (document, $0) } }
            guard let (document, depth) = stating.first else { return [open(well: well, series: series)] }
            let trigger = depth * check.percent / 100
            return Set(series.map(\.point)).sorted().compactMap { point in
                let above = series.filter { $0.point == point && $0.pressure.psi > trigger }
                guard let highest = above.max(by: { $0.pressure.psi < $1.pressure.psi }), let first = above.first else { return nil }
                return review(well: well, point: point, above: above, highest: highest, first: first, depth: depth, trigger: trigger, document: document)
            }
        }
    }

    private func review(well: String, point: String, above: [PressureReading], highest: PressureReading, first: PressureReading, depth: Double, trigger: Double,
                        document: DocumentOnFile) -> Finding {
        let api = ClaimEvaluator.formatted(well)
        let message = "The \(point) of well \(api) read \(Pressure.psig(highest.pressure.psi)) at \(highest.time) — above \(Pressure.psig(trigger)), "
            + "\(Quantity.plain(check.percent)) % of its surface casing shoe depth of \(Quantity.plain(depth)) ft (\(document.evidence.source.path)). "
            + "\(above.count) reading\(above.count == 1 ? "" : "s") \(above.count == 1 ? "is" : "are") above it, the first at \(first.time). "
            + "Pressure that high behind the surface casing can break down the formation at the shoe and reach groundwater; the rule sends it to the Director before any stimulation."
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .review, severity: rule.severity, title: "\(rule.title): \(point)", message: message,
            remediation: rule.remediation, citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: well), related: [Subject(type: "point", id: point)],
            jurisdictions: jurisdictions.chain(apiStateCode: String(well.prefix(2)), fallback: rule.jurisdiction),
            comparedValues: [
                ComparedValue(name: "highest \(point) reading", actual: "\(Pressure.psig(highest.pressure.psi)) at \(highest.time)", limit: "\(Pressure.psig(trigger))", comparison: "≤"),
                ComparedValue(name: "surface casing shoe depth", actual: "\(Quantity.plain(depth)) ft (\(document.evidence.source.path))"),
                ComparedValue(name: "readings above the trigger", actual: "\(above.count), the first at \(first.time)"),
            ],
            evidence: [highest.provenance] + (first == highest ? [] : [first.provenance]) + [document.evidence],
            explanation: [ExplanationStep(depth: 0, text: "\(point) \(Pressure.psig(highest.pressure.psi)) > \(Quantity.plain(check.percent)) % × \(Quantity.plain(depth)) ft = \(Pressure.psig(trigger))", outcome: "true")]
        )
    }

    private func open(well: String, series: [PressureReading]) -> Finding {
        let api = ClaimEvaluator.formatted(well)
        let highest = series.max { $0.pressure.psi < $1.pressure.psi }!
        let message = "Well \(api) has \(series.count) \(Set(series.map(\.point)).sorted().joined(separator: " and ")) reading\(series.count == 1 ? "" : "s") (the highest \(Pressure.psig(highest.pressure.psi)) at \(highest.time)), "
            + "but no filing on file states its surface casing shoe depth, so whether they cross \(Quantity.plain(check.percent)) % of it cannot be told. This is not a pass."
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .medium, title: "Cannot check: \(rule.title)", message: message,
            remediation: "Put a filing that gives the surface casing setting depth (the ECMC scout card or Form 5 completion report) in the inbox. Then: \(rule.remediation)",
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: well),
            jurisdictions: jurisdictions.chain(apiStateCode: String(well.prefix(2)), fallback: rule.jurisdiction),
            comparedValues: [ComparedValue(name: "surface casing shoe depth", actual: "not on file"),
                             ComparedValue(name: "highest reading", actual: "\(Pressure.psig(highest.pressure.psi)) at \(highest.time)")],
            evidence: [highest.provenance],
            explanation: [ExplanationStep(depth: 0, text: "surface casing shoe depth: not on file", outcome: "unknown")]
        )
    }
}
