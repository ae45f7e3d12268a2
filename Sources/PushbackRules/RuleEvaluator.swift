import PushbackGeo
import PushbackModel

/// Runs every rule of a rule book against the sweep's entities.
public struct RuleEvaluator: Sendable {
    public let book: RuleBook
    /// Resolves written locations; nil when the bundle has no gazetteer (location rules then say so).
    public let resolver: LocationResolver?

    public init(book: RuleBook, resolver: LocationResolver? = nil) {
        self.book = book
        self.resolver = resolver
    }

    public func evaluate(_ input: EvaluationInput) -> Evaluation {
        var findings: [Finding] = []
        var evaluated: [String] = []
        var notInEffect: [String] = []
        for rule in book.rules {
            guard rule.isEffective(on: input.asOf) else { continue }
            evaluated.append(rule.id)
            findings += self.findings(of: rule, in: input)
        }
        // A rule none of whose versions is in force (one version in force is the rule evaluated).
        for rule in book.rules where !evaluated.contains(rule.id) && !notInEffect.contains(rule.id) {
            notInEffect.append(rule.id)
        }
        return Evaluation(findings: findings.sorted(by: Self.reportOrder), evaluatedRules: evaluated, rulesNotInEffect: notInEffect)
    }

    /// One rule's findings over `input`, in no particular order (whether the rule is in force on
    /// the as-of date is the caller's question).
    public func findings(of rule: Rule, in input: EvaluationInput) -> [Finding] {
        switch rule.check {
        case .setback(let check):
            let evaluator = SetbackEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions)
            return evaluator.evaluate(wells: WellGroup.group(input.wells), receptors: input.receptors,
                                      wellGaps: rule.wellGapsConcerning(input.wellGaps, wells: input.wells, jurisdictions: book.jurisdictions), receptorGaps: input.receptorGaps)
        case .locationEstablished(let kinds):
            let locations = input.writtenLocations.filter { $0.text != nil || kinds.contains($0.documentKind) }
            return LocationEvaluator(rule: rule, resolver: resolver, jurisdictions: book.jurisdictions).evaluate(locations)
        case .condition(let check):
            let evaluator = ConditionEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions)
            return evaluator.evaluate(wells: WellGroup.group(input.wells), asOf: input.asOf)
                + rule.wellGapsConcerning(input.wellGaps, wells: input.wells, jurisdictions: book.jurisdictions)
                .map { rule.lostRowsFinding($0, entity: "well", unchecked: "by this rule", jurisdictions: book.jurisdictions) }
        }
    }

    /// Most serious first, then rule, subject and related ids: a stable, deterministic order.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
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
