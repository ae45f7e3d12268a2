import PushbackModel

/// Everything the rules look at in one sweep.
public struct EvaluationInput: Sendable {
    public var wells: [Well]
    public var receptors: [Receptor]
    /// Rows of well sources that were lost (not read): wells nobody can check.
    public var wellGaps: [IntakeProblem]
    /// Rows of receptor sources that were lost: receptors nobody can check against.
    public var receptorGaps: [IntakeProblem]
    /// Locations documents write as text (JSAs, permits, plugging notices).
    public var writtenLocations: [WrittenLocation]
    /// Documents read that name a well by API number, with their dates.
    public var documentsOnFile: [DocumentOnFile] = []
    /// Gauge and SCADA pressure readings, and the rows of their logs that were lost.
    public var readings: [PressureReading] = []
    public var readingGaps: [IntakeProblem] = []
    /// Monthly production reports, and the rows of their files that were lost.
    public var production: [ProductionMonth] = []
    public var productionGaps: [IntakeProblem] = []
    /// JSAs with the claims their crews made (bleed-downs, readings, tests).
    public var jsas: [JSAOnFile] = []
    /// What each filing and JSA says about which well it is (API, lease, well number, operator, county, depth).
    public var identities: [WellIdentityStatement] = []
    /// What each filing says about its well's history (permit, spud, completion, plugging, status, type).
    public var histories: [WellHistoryStatement] = []
    /// The casing records filings list, row by row.
    public var casingStrings: [FiledCasingString] = []
    /// Later versions of the same filing, with what changed and what the later one says in words.
    public var amendments: [FilingAmendment] = []
    /// The as-of date, `YYYY-MM-DD`. The only clock rules ever see.
    public var asOf: String

    public init(
        wells: [Well], receptors: [Receptor], wellGaps: [IntakeProblem], receptorGaps: [IntakeProblem], writtenLocations: [WrittenLocation] = [], asOf: String
    ) {
        self.wells = wells
        self.receptors = receptors
        self.wellGaps = wellGaps
        self.receptorGaps = receptorGaps
        self.writtenLocations = writtenLocations
        self.asOf = asOf
    }
}

extension EvaluationInput {
    /// The as-of date as a calendar day. It is checked where it enters (`--as-of` through
    /// `AsOfDate.validate`, fixtures' `as_of`), so a date that is not a real day here is a
    /// programming error, never silently "no findings".
    static func calendarDate(_ asOf: String) -> CalendarDate {
        guard let date = CalendarDate(iso: asOf) else { preconditionFailure("as-of date \"\(asOf)\" was not validated where it entered") }
        return date
    }
}

/// What the rules concluded, and which rules were (and were not) in play.
public struct Evaluation: Sendable {
    public var findings: [Finding]
    /// Rules evaluated on the as-of date.
    public var evaluatedRules: [String]
    /// Rules loaded but not in force on the as-of date (shown in the report, never silently skipped).
    public var rulesNotInEffect: [String]
}
