import PushbackModel

/// Evaluates a condition rule over wells: `applies_when`, then `fires_when`, then the deadline.
/// Any of them unknown for a well is an `open` finding naming the missing fact; when many wells
/// of one source lack the same fact, they are reported together as one finding on that source.
struct ConditionEvaluator {
    let rule: Rule
    let check: ConditionCheck
    let jurisdictions: JurisdictionCatalog
    /// More wells than this from one source missing the same facts become one finding on the source.
    static let groupingThreshold = 10

    func evaluate(wells: PlacedWells, documents: [DocumentOnFile], asOf: String) -> [Finding] {
        let asOfDate = EvaluationInput.calendarDate(asOf)
        let documentsByWell = Dictionary(grouping: documents, by: \.api)
        var findings: [Finding] = []
        var openByGap: [OpenKey: [(WellGroup, [String], ConditionResult)]] = [:]
        var openOrder: [OpenKey] = []
        for index in wells.indices(in: rule.jurisdiction) {
            // Most wells raise nothing: decide that without copying the well or building any text.
            let membership = wells.placements[index].membership(in: rule.jurisdiction)
            guard membership != .outside else { continue }
            let onFile = documentsByWell.isEmpty ? [] : documentsByWell[wells.groups[index].well.api.normalized] ?? []
            if quietlyPasses(wells.groups[index].well, documents: onFile, asOf: asOfDate) { continue }
            let group = wells.groups[index], placement = wells.placements[index]
            let chain = placement.chain
            let name = jurisdictions.jurisdictions[rule.jurisdiction]?.name ?? rule.jurisdiction
            let near = placement.ambiguous.map { jurisdictions.jurisdictions[$0]?.name ?? $0 }.joined(separator: ", ")
            let placed = membership == .possibly
                ? "possibly in \(name): outside its drawn boundary but within the location's uncertainty or the boundary's tolerance of it (placed in \(jurisdictions.describe(chain)) by \(placement.basis.rawValue))"
                : "in \(jurisdictions.describe(chain)) (placed by \(placement.basis.rawValue)\(near.isEmpty ? "" : "; boundary of \(near) within the location's uncertainty"))"
            var steps = [ExplanationStep(depth: 0, text: placed, outcome: membership == .possibly ? "unknown" : "true")]
            var compared = jurisdictions.placementValues(placement)
            let raises: FindingKind = membership == .possibly ? .review : check.raises
            var unknown: ConditionResult?
            for (label, condition) in [("applies when", check.appliesWhen), ("fires when", check.firesWhen)] {
                guard let condition else { continue }
                let result = ConditionResult.evaluate(condition, well: group.well, documents: onFile, asOf: asOfDate, depth: 1)
                steps.append(ExplanationStep(depth: 0, text: label, outcome: result.truth.rawValue))
                steps += result.steps
                compared += result.compared
                if result.truth == .false { break }
                if result.truth == .unknown { unknown = result; break }
            }
            if steps.contains(where: { $0.depth == 0 && $0.outcome == "false" }) { continue }
            if let unknown {
                let key = OpenKey(source: group.well.provenance.source.path, facts: Set(unknown.missing.map(\.fact)))
                if openByGap[key] == nil { openOrder.append(key) }
                openByGap[key, default: []].append((group, chain, ConditionResult(truth: .unknown, steps: steps, compared: compared, missing: unknown.missing)))
                continue
            }
            guard let deadline = check.deadline else {
                findings.append(raised(group, chain: chain, kind: raises, severity: rule.severity, due: nil, deadlineText: nil, possiblyIn: membership == .possibly ? name : nil, steps: steps, compared: compared))
                continue
            }
            let (dueDate, from) = deadline.due(for: group.well, asOf: asOfDate)
            guard let due = dueDate else {
                guard case .fact(let fact, let period) = deadline.start else { continue }
                let reason = if case .missing(let why) = from { why } else { "\(fact.name) is not a date" }
                steps.append(ExplanationStep(depth: 0, text: "deadline: \(period) after \(fact.name): \(reason)", outcome: "unknown"))
                let key = OpenKey(source: group.well.provenance.source.path, facts: [fact.name])
                if openByGap[key] == nil { openOrder.append(key) }
                openByGap[key, default: []].append((group, chain, ConditionResult(truth: .unknown, steps: steps, compared: compared, missing: [.init(fact: fact.name, reason: reason)])))
                continue
            }
            if case .fact(let fact, _) = deadline.start, let from { compared.append(ComparedValue(name: fact.name, actual: from.shown)) }
            let overdue = deadline.canBeOverdue && asOfDate >= due
            compared.append(ComparedValue(name: "due date: \(deadline.what)", actual: "\(due)", limit: "as of \(asOfDate)", comparison: overdue ? "overdue" : "not yet due"))
            if overdue {
                steps.append(ExplanationStep(depth: 0, text: "deadline: \(deadline.what) due \(due) — as of \(asOfDate) overdue by \(FactReading.elapsed(from: due, to: asOfDate))", outcome: "true"))
                findings.append(raised(group, chain: chain, kind: raises, severity: rule.severity, due: due, deadlineText: "\(deadline.what) was due \(due)", possiblyIn: membership == .possibly ? name : nil, steps: steps, compared: compared))
            } else if let warn = deadline.warnBefore, warn.before(due) <= asOfDate {
                steps.append(ExplanationStep(depth: 0, text: "deadline: \(deadline.what) due \(due) — within \(warn) of the as-of date \(asOfDate)", outcome: "true"))
                findings.append(raised(group, chain: chain, kind: .review, severity: .low, due: due, deadlineText: "\(deadline.what) is due \(due)", possiblyIn: membership == .possibly ? name : nil, steps: steps, compared: compared))
            }
        }
        for key in openOrder {
            let items = openByGap[key] ?? []
            if items.count > Self.groupingThreshold {
                findings.append(groupedOpen(key, items))
            } else {
                findings += items.map { open($0.0, chain: $0.1, result: $0.2) }
            }
        }
        return findings
    }

    /// True when the well certainly raises nothing: it is outside `applies_when`, or `fires_when`
    /// is false, or its deadline is known and neither due nor within the warning window.
    private func quietlyPasses(_ well: Well, documents: [DocumentOnFile], asOf: CalendarDate) -> Bool {
        if let condition = check.appliesWhen {
            switch ConditionResult.truth(of: condition, well: well, documents: documents, asOf: asOf) {
            case .false: return true
            case .unknown: return false
            case .true: break
            }
        }
        if let condition = check.firesWhen {
            switch ConditionResult.truth(of: condition, well: well, documents: documents, asOf: asOf) {
            case .false: return true
            case .unknown: return false
            case .true: break
            }
        }
        guard let deadline = check.deadline else { return false }
        guard let due = deadline.due(for: well, asOf: asOf).due else { return false }
        if deadline.canBeOverdue, asOf >= due { return false }
        if let warn = deadline.warnBefore, warn.before(due) <= asOf { return false }
        return true
    }

    private struct OpenKey: Hashable {
        var source: String
        var facts: Set<String>
    }

    // MARK: - Findings

    private func describe(_ well: Well) -> String {
        let named = [well.name, well.operatorName].compactMap { $0 }.joined(separator: ", ")
        return "\(well.status.rawValue.capitalizedFirst) well \(well.api.formatted)\(named.isEmpty ? "" : " (\(named))")"
    }

    /// `possiblyIn`: the rule's jurisdiction, when the well is only possibly in it.
    private func raised(_ group: WellGroup, chain: [String], kind: FindingKind, severity: Severity, due: CalendarDate?, deadlineText: String?, possiblyIn: String?,
                        steps: [ExplanationStep], compared: [ComparedValue]) -> Finding {
        let reasons = compared.filter { $0.comparison != nil && $0.comparison != "overdue" && $0.comparison != "not yet due" }
            .map { $0.comparison == "in" ? "\($0.name) \($0.actual)" : "\($0.name) \($0.actual) \($0.comparison!) \($0.limit ?? "")" }
        let because = reasons.isEmpty ? "" : ": \(reasons.joined(separator: "; "))"
        let deadline = deadlineText.map { " — \($0)" } ?? ""
        let uncertain = possiblyIn.map { " The well lies outside \($0)'s drawn boundary but within its location's uncertainty or the boundary's tolerance of it, so the rule may not apply at all: it is applied in case, as a review." } ?? ""
        let title = kind == .review && severity == .low && due != nil ? "Due \(due!): \(rule.title)" : rule.title
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity,
            title: possiblyIn.map { "Possibly in \($0): \(title)" } ?? title,
            message: "\(describe(group.well)) in \(jurisdictions.describe(chain))\(because)\(deadline).\(uncertain)",
            remediation: rule.remediation, citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: group.well.api.normalized, name: group.well.name),
            jurisdictions: chain, comparedValues: compared, evidence: group.evidence,
            due: due.map(\.description), explanation: steps, geometry: group.well.location.map { FindingGeometry(subject: $0) }
        )
    }

    private func open(_ group: WellGroup, chain: [String], result: ConditionResult) -> Finding {
        let reasons = result.missing.map(\.reason).joined(separator: "; ")
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .medium,
            title: "Cannot check: \(rule.title)",
            message: "\(describe(group.well)) cannot be checked: \(reasons). This is not a pass.",
            remediation: "Find the missing fact (\(result.missing.map(\.fact).joined(separator: ", "))) in the well's record with the regulator and add it to the source. Then: \(rule.remediation)",
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: group.well.api.normalized, name: group.well.name),
            jurisdictions: chain, comparedValues: result.compared, evidence: group.evidence,
            explanation: result.steps, geometry: group.well.location.map { FindingGeometry(subject: $0) }
        )
    }

    private func groupedOpen(_ key: OpenKey, _ items: [(WellGroup, [String], ConditionResult)]) -> Finding {
        let facts = key.facts.sorted().joined(separator: ", ")
        let shown = 20
        let listed = items.prefix(shown).map { $0.0.well.api.formatted }.joined(separator: ", ")
        let first = items[0]
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .medium,
            title: "Cannot check: \(rule.title)",
            message: "\(items.count) wells from \(key.source) cannot be checked: \(first.2.missing.map(\.reason).joined(separator: "; ")) (the first; the others alike). This is not a pass. Wells: \(listed)\(items.count > shown ? " and \(items.count - shown) more" : "").",
            remediation: "Obtain a source that records \(facts) for these wells (the regulator's well records or a fuller export) and add it to the inbox. Then: \(rule.remediation)",
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "document", id: first.0.well.provenance.source.sha256, name: key.source),
            jurisdictions: first.1,
            comparedValues: [ComparedValue(name: "wells missing \(facts)", actual: "\(items.count)")] + first.2.compared,
            evidence: items.prefix(shown).flatMap(\.0.evidence),
            explanation: first.2.steps
        )
    }
}
