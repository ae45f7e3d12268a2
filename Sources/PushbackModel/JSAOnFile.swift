/// A JSA as the cross-document checks see it: which well it is about, the day and the clock its
/// times were written on, and what the crew claims (bleed-downs, readings, tests) with the words
/// and lines they were read from.
public struct JSAOnFile: Sendable, Equatable, Codable {
    public var document: SourceReference
    /// Normalized API number of the well: the registry well the JSA was tied to, else the number
    /// it writes; nil when neither is known.
    public var api: String?
    /// How the well was decided, for the finding's reasoning.
    public var wellBasis: String
    /// The status the registry records for the well the JSA was tied to (nil: no registry well),
    /// and the registry row that says so.
    public var wellStatus: WellStatus?
    public var wellSource: Evidence?
    /// The day of the work, and where it was read.
    public var date: CalendarDate?
    public var dateEvidence: Evidence?
    /// Minutes east of UTC of the clock the JSA's times were written on, on its date; nil when
    /// the time zone is not known (the well's state is not).
    public var utcOffsetMinutes: Int?
    /// How the clock was decided ("America/Chicago, CST −06:00, assumed from the well's state TX").
    public var clockBasis: String
    /// The JSA as read: job, steps with hazards and controls, PPE, permits, gas readings, claims, sign-offs.
    public var jsa: JobSafetyAnalysis

    /// What the crew claims (bleed-downs, readings, tests), in the document's order.
    public var claims: [JobSafetyAnalysis.Claim] { jsa.claims }

    public init(document: SourceReference, api: String?, wellBasis: String, date: CalendarDate?, dateEvidence: Evidence?, utcOffsetMinutes: Int?, clockBasis: String,
                jsa: JobSafetyAnalysis) {
        self.document = document
        self.api = api
        self.wellBasis = wellBasis
        self.wellStatus = nil
        self.wellSource = nil
        self.date = date
        self.dateEvidence = dateEvidence
        self.utcOffsetMinutes = utcOffsetMinutes
        self.clockBasis = clockBasis
        self.jsa = jsa
    }

    /// The moment a claim's `HH:MM` names on the JSA's day and clock; nil without a time, a day or a clock.
    public func instant(of claim: JobSafetyAnalysis.Claim) -> Instant? { instant(claim.time) }

    /// The moment an `HH:MM` written on the JSA names on its day and clock.
    public func instant(_ time: String?) -> Instant? {
        guard let time, let date, let utcOffsetMinutes else { return nil }
        let parts = time.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return Instant(date: date, hour: hour, minute: minute, utcOffsetMinutes: utcOffsetMinutes)
    }
}
