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
        var placed: PlacedWells?
        for rule in book.rules {
            guard rule.isEffective(on: input.asOf) else { continue }
            evaluated.append(rule.id)
            findings += self.findings(of: rule, in: input, placed: &placed)
        }
        // A rule none of whose versions is in force (one version in force is the rule evaluated).
        for rule in book.rules where !evaluated.contains(rule.id) && !notInEffect.contains(rule.id) {
            notInEffect.append(rule.id)
        }
        return Evaluation(findings: findings.sorted(by: Self.reportOrder), evaluatedRules: evaluated, rulesNotInEffect: notInEffect)
    }

    /// One rule's findings over `input`, in no particular order (whether the rule is in force on
    /// the as-of date is the caller's question). `placed` holds the input's wells placed in their
    /// jurisdictions: computed by the first rule that needs it, then shared — pass the same
    /// variable for every rule of one input.
    public func findings(of rule: Rule, in input: EvaluationInput, placed: inout PlacedWells?) -> [Finding] {
        func wells() -> PlacedWells {
            if let placed { return placed }
            let made = PlacedWells(wells: input.wells, jurisdictions: book.jurisdictions)
            placed = made
            return made
        }
        switch rule.check {
        case .setback(let check):
            let wells = wells()
            let evaluator = SetbackEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions)
            return evaluator.evaluate(wells: wells, receptors: input.receptors,
                                      wellGaps: input.wellGaps.filter { wells.source($0.source.path, mayHaveWellsIn: rule.jurisdiction) }, receptorGaps: input.receptorGaps,
                                      asOf: input.asOf)
        case .locationEstablished(let kinds):
            let locations = input.writtenLocations.filter { $0.text != nil || kinds.contains($0.documentKind) }
            return LocationEvaluator(rule: rule, resolver: resolver, jurisdictions: book.jurisdictions).evaluate(locations)
        case .condition(let check):
            let wells = wells()
            let evaluator = ConditionEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions)
            return evaluator.evaluate(wells: wells, documents: input.documentsOnFile, asOf: input.asOf)
                + input.wellGaps.filter { wells.source($0.source.path, mayHaveWellsIn: rule.jurisdiction) }
                .map { rule.lostRowsFinding($0, entity: "well", unchecked: "by this rule", jurisdictions: book.jurisdictions) }
        case .claimsAgainstReadings(let check):
            return ClaimEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions).evaluate(jsas: input.jsas, readings: input.readings, readingGaps: input.readingGaps)
        case .pressureTest(let check):
            return PressureTestEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions).evaluate(jsas: input.jsas, readings: input.readings)
        case .readingRebuild(let check):
            return ReadingRebuildEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions).evaluate(readings: input.readings, readingGaps: input.readingGaps)
        case .readingBuildUp(let check):
            return ReadingBuildUpEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions).evaluate(readings: input.readings, readingGaps: input.readingGaps)
        case .readingShoe(let check):
            return ReadingShoeEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions).evaluate(readings: input.readings, documents: input.documentsOnFile)
        case .readingAgreement(let check):
            return ReadingAgreementEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions).evaluate(jsas: input.jsas, readings: input.readings)
        case .readingJump(let check):
            return ReadingJumpEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions).evaluate(readings: input.readings, jsas: input.jsas, readingGaps: input.readingGaps)
        case .jsa(let check):
            return JSAEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions).evaluate(input.jsas, documents: input.documentsOnFile)
        case .filing(.casingListedTwice):
            return CasingRecordEvaluator(rule: rule, jurisdictions: book.jurisdictions).evaluate(input.casingStrings)
        case .filing(.reportAfterPlugging(let states, let report, let notice, let within)):
            return PluggingReportEvaluator(rule: rule, stateCodes: states, report: report, notice: notice, withinDays: within, jurisdictions: book.jurisdictions)
                .evaluate(jsas: input.jsas, documents: input.documentsOnFile, asOf: EvaluationInput.calendarDate(input.asOf))
        case .filing(.locationAgainstRegistry):
            return LocationAgainstRegistryEvaluator(rule: rule, resolver: resolver, jurisdictions: book.jurisdictions)
                .evaluate(locations: input.writtenLocations, identities: input.identities, wells: input.wells)
        case .filing(.amendmentExplained(let check)):
            return AmendmentEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions).evaluate(input.amendments)
        case .filing(.wellHistory):
            return WellHistoryEvaluator(rule: rule, jurisdictions: book.jurisdictions).evaluate(input.histories, amendments: input.amendments)
        case .filing(.wellIdentity):
            return WellIdentityEvaluator(rule: rule, jurisdictions: book.jurisdictions).evaluate(input.identities, amendments: input.amendments)
        case .production(let check):
            return ProductionEvaluator(rule: rule, check: check, jurisdictions: book.jurisdictions).evaluate(input.production, wells: input.wells)
                + input.productionGaps.map { rule.lostRowsFinding($0, entity: "production report", unchecked: "by this rule", jurisdictions: book.jurisdictions) }
        }
    }

    /// One rule's findings over `input` alone (its wells placed for this call).
    public func findings(of rule: Rule, in input: EvaluationInput) -> [Finding] {
        var placed: PlacedWells?
        return findings(of: rule, in: input, placed: &placed)
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
            var api: String
            var latitude: Double?
            var longitude: Double?
            var status: String
        }
        var groups: [WellGroup] = []
        groups.reserveCapacity(wells.count)
        var index: [Key: Int] = [:]
        index.reserveCapacity(wells.count)
        for well in wells {
            let point = well.location?.point
            let key = Key(api: well.api.normalized, latitude: point?.latitude, longitude: point?.longitude, status: well.status.rawValue)
            if let existing = index[key] {
                groups[existing].evidence.append(well.provenance)
            } else {
                index[key] = groups.count
                groups.append(WellGroup(well: well, evidence: [well.provenance]))
            }
        }
        return groups
    }
}
