import PushbackModel

/// A rule loaded from `rules/<pack>/<id>.yaml`: mandatory metadata plus one check.
public struct Rule: Sendable {
    /// Stable id, never reused, e.g. `CA-SB1137-HPZ-SCHOOL`.
    public var id: String
    public var version: Int
    public var title: String
    /// The jurisdiction whose law this is, e.g. `us-ca`.
    public var jurisdiction: String
    public var citation: Citation
    /// First day the rule applies (inclusive), `YYYY-MM-DD`.
    public var effectiveFrom: String
    /// Day the rule stops applying (exclusive), when it has been repealed or replaced.
    public var effectiveTo: String?
    /// Ids of rules this one replaces.
    public var supersedes: [String]
    /// Entity kind it evaluates (`well`, `jsa`, …).
    public var appliesTo: String
    /// Default severity; checks may refine it.
    public var severity: Severity
    /// `regulation` (the text of a law or rule) or `heuristic` (engineering judgement).
    public var basis: String
    public var rationale: String
    /// What to check next when the rule fires.
    public var remediation: String
    /// What the rule measures from and to, as the law says and as Pushback can.
    public var measuredFrom: String
    public var measuredTo: String
    /// Caveats a reader must know (figures to verify, known undercounts).
    public var notes: [String]
    public var check: RuleCheck
    /// File the rule came from and the line of its `id`.
    public var file: String
    public var line: Int

    /// True when the rule is in force on `asOf` (`YYYY-MM-DD`; ISO dates compare as text).
    public func isEffective(on asOf: String) -> Bool {
        guard asOf >= effectiveFrom else { return false }
        if let effectiveTo, asOf >= effectiveTo { return false }
        return true
    }
}

/// What a rule checks. Closed set: each kind has its own evaluator.
public enum RuleCheck: Sendable {
    case setback(SetbackCheck)
    /// Every location a document writes resolves to a point with an uncertainty radius
    /// (`kinds`: the document kinds that must state one at all).
    case locationEstablished(kinds: Set<String>)
    /// A condition over a well's facts, with an optional deadline (`ConditionCheck`).
    case condition(ConditionCheck)
    /// JSA claims against the readings of the same well and point (`ClaimCheck`).
    case claimsAgainstReadings(ClaimCheck)
    /// JSA pressure tests against a pass criterion and their logs (`PressureTestCheck`).
    case pressureTest(PressureTestCheck)
    /// A test over each monthly production report (`ProductionCheck`).
    case production(ProductionCheck)
    /// A test of each JSA's own content and what other JSAs say of its well (`JSACheck`).
    case jsa(JSACheck)
    /// Steps between consecutive gauge readings larger than a limit (`ReadingJumpCheck`).
    case readingJump(ReadingJumpCheck)
    /// Pressure that rebuilds after a bleed-down in a gauge log (`ReadingRebuildCheck`).
    case readingRebuild(ReadingRebuildCheck)
    /// Pressures a JSA writes against the gauge log of the same point (`ReadingAgreementCheck`).
    case readingAgreement(ReadingAgreementCheck)
    /// Build-up rates after bleed-downs against the well's earlier ones (`ReadingBuildUpCheck`).
    case readingBuildUp(ReadingBuildUpCheck)
    /// Bradenhead readings against the surface casing shoe depth a filing states (`ReadingShoeCheck`).
    case readingShoe(ReadingShoeCheck)
    /// What filings (and JSAs) say about a well, within one filing or across them (`FilingCheck`).
    case filing(FilingCheck)

    /// The kinds of finding the check can raise: a rule's fixtures must show each way it fires.
    public var verdicts: Set<FindingKind> {
        switch self {
        case .setback: [.fail, .review, .open]
        case .locationEstablished: [.open]
        case .condition(let check): check.deadline?.warnBefore != nil ? [check.raises, .review, .open] : [check.raises, .open]
        case .claimsAgainstReadings: [.fail, .review, .open]
        case .pressureTest: [.fail, .open]
        case .production(.inventoryBalance): [.review, .open]
        case .production(.statusAgainstProduction): [.fail, .open]
        case .production(.trendBreak), .production(.zeroPressures): [.review, .open]
        case .production(.registryStatusAgainstProduction): [.fail, .open]
        case .jsa(let check): check.verdicts
        case .readingJump, .readingRebuild, .readingBuildUp, .readingShoe: [.review, .open]
        case .readingAgreement: [.fail, .review, .open]
        case .filing(let check): check.verdicts
        }
    }

    /// True when the check reads the registries' wells and receptors.
    public var readsRegistries: Bool {
        switch self {
        case .setback, .condition, .claimsAgainstReadings, .pressureTest, .production, .readingJump, .readingRebuild, .readingAgreement, .readingBuildUp, .readingShoe: true
        case .filing(.locationAgainstRegistry): true
        case .locationEstablished, .jsa, .filing: false
        }
    }

    /// True when the check reads the run's JSAs and their claims.
    public var readsJSAs: Bool {
        switch self {
        case .claimsAgainstReadings, .pressureTest, .jsa, .readingJump, .readingRebuild, .readingAgreement: true
        case .setback, .condition, .locationEstablished, .production, .filing, .readingBuildUp, .readingShoe: false
        }
    }

    /// The conditions the check evaluates (`applies_when`, `fires_when`).
    public var conditions: [Condition] {
        switch self {
        case .setback(let check): [check.appliesWhen].compactMap { $0 }
        case .locationEstablished, .claimsAgainstReadings, .pressureTest, .production, .jsa, .readingJump, .readingRebuild, .readingAgreement, .readingBuildUp, .readingShoe, .filing: []
        case .condition(let check): [check.appliesWhen, check.firesWhen].compactMap { $0 }
        }
    }

    /// The document kinds the check asks about: documents of these kinds are among its inputs.
    public var documentKinds: Set<DocumentKind> {
        if case .filing(.reportAfterPlugging(_, let report, let notice, _)) = self { return [report, notice] }
        return conditions.reduce(into: []) { $0.formUnion($1.documentKinds) }
    }

    /// The fields the check asks documents to state: the sweep reads them for its documents on file.
    public var statedFields: Set<String> {
        switch self {
        case .filing(let check): check.statedFields
        case .jsa(let check): check.statedFields
        case .readingShoe: ["surface_casing_depth"]
        default: conditions.reduce(into: []) { $0.formUnion($1.statedFields) }
        }
    }

    /// True when the check's outcome can change with the as-of date alone (deadlines, idle
    /// durations): such rules are evaluated every run; the others only when their inputs or the
    /// rule bundle change.
    public var dependsOnAsOfDate: Bool {
        switch self {
        case .setback(let check): check.deadline != nil || check.appliesWhen?.dependsOnAsOfDate == true
        case .filing(.reportAfterPlugging): true
        case .locationEstablished, .claimsAgainstReadings, .pressureTest, .production, .jsa, .readingJump, .readingRebuild, .readingAgreement, .readingBuildUp, .readingShoe, .filing: false
        case .condition: true
        }
    }
}

/// A wellhead-to-receptor setback: wells of some statuses within a distance of receptors of some kinds.
public struct SetbackCheck: Sendable {
    /// Well statuses the setback applies to.
    public var statuses: Set<WellStatus>
    /// Which wells besides their status (Pennsylvania's unconventional wells): false leaves a
    /// well out; unknown (a missing well type) is an `open` finding for it.
    public var appliesWhen: Condition?
    public var receptorKinds: Set<ReceptorKind>
    public var distance: Distance
    /// Severity per well status; statuses not listed use the rule's severity.
    public var severityByStatus: [WellStatus: Severity]
    /// Assumed half-width of a receptor's parcel when only its point is known: pairs farther than
    /// `distance` but within `distance + receptorParcelRadius` are "possibly within" (review).
    public var receptorParcelRadius: Distance
    /// Combined location uncertainty up to which published points within the distance are taken
    /// at face value (surveyed-grade coordinates); beyond it a point inside is only "possibly".
    public var locationTolerance: Distance
    /// `fail`, or `review` for a setback the law lets waivers lift (Pushback cannot see them).
    public var raises: FindingKind = .fail
    /// An obligation wells inside the setback must meet by a fixed day (SB 1137's leak detection
    /// plan by 2028-07-01): pairs are raised only once it is due, or inside its warning window.
    public var deadline: ConditionCheck.Deadline?
}
