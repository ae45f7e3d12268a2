import PushbackModel

/// Runs every rule of a rule book against the sweep's entities.
public struct RuleEvaluator: Sendable {
    public let book: RuleBook

    public init(book: RuleBook) { self.book = book }

    public func evaluate(_ input: EvaluationInput) -> Evaluation {
        var findings: [Finding] = []
        var evaluated: [String] = []
        var notInEffect: [String] = []
        let wells = WellGroup.group(input.wells)
        for rule in book.rules {
            guard rule.isEffective(on: input.asOf) else {
                notInEffect.append(rule.id)
                continue
            }
            evaluated.append(rule.id)
            switch rule.check {
            case .setback(let check):
                let evaluator = SetbackEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions)
                findings += evaluator.evaluate(wells: wells, receptors: input.receptors, wellGaps: input.wellGaps, receptorGaps: input.receptorGaps)
            }
        }
        return Evaluation(findings: findings.sorted(by: Self.reportOrder), evaluatedRules: evaluated, rulesNotInEffect: notInEffect)
    }

    /// Most serious first, then rule, subject and related ids: a stable, deterministic order.
    static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        if a.kind != b.kind { return FindingKind.allCases.firstIndex(of: a.kind)! < FindingKind.allCases.firstIndex(of: b.kind)! }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        if a.subject.id != b.subject.id { return a.subject.id < b.subject.id }
        return a.related.map(\.id).lexicographicallyPrecedes(b.related.map(\.id))
    }
}

/// One well as the rules see it: the records that describe the same well at the same place with
/// the same status (a registry listing a well twice yields one finding with both lines as evidence).
struct WellGroup: Sendable {
    var well: Well
    var evidence: [Evidence]

    static func group(_ wells: [Well]) -> [WellGroup] {
        struct Key: Hashable {
            var api: APIWellNumber
            var point: GeoPoint?
            var status: WellStatus
        }
        var order: [Key] = []
        var groups: [Key: WellGroup] = [:]
        for well in wells {
            let key = Key(api: well.api, point: well.location?.point, status: well.status)
            if groups[key] == nil {
                order.append(key)
                groups[key] = WellGroup(well: well, evidence: [well.provenance])
            } else {
                groups[key]?.evidence.append(well.provenance)
            }
        }
        return order.compactMap { groups[$0] }
    }
}
