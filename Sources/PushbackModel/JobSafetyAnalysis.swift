/// A job safety analysis (OSHA 3071 job hazard analysis; DOMAIN.md §4) as read from one
/// document: the job, where and when, the steps with their hazards and controls, PPE, permits,
/// gas readings, the crew's claims about valves and pressures, and who signed when. Every part
/// keeps the evidence it was read from; what the document does not say stays nil or empty — a
/// missing sign-off time is a finding for the rules, never filled in.
public struct JobSafetyAnalysis: Sendable, Codable, Equatable {
    /// A value with the line it was read from.
    public struct Item<Value: Sendable & Codable & Equatable>: Sendable, Codable, Equatable {
        public var value: Value
        public var evidence: Evidence

        public init(_ value: Value, evidence: Evidence) {
            self.value = value
            self.evidence = evidence
        }
    }

    /// One job step with its hazards and controls, in the document's order.
    public struct Step: Sendable, Codable, Equatable {
        public var text: String
        public var hazards: [String]
        public var controls: [String]
        public var evidence: Evidence

        public init(text: String, hazards: [String], controls: [String], evidence: Evidence) {
            self.text = text
            self.hazards = hazards
            self.controls = controls
            self.evidence = evidence
        }
    }

    /// A gas monitor reading.
    public struct GasReading: Sendable, Codable, Equatable {
        /// `H2S`, `LEL`, `O2`, `CO`.
        public var gas: String
        public var value: Double
        /// `ppm` or `%`.
        public var unit: String
        /// `HH:MM`, when written.
        public var time: String?
        public var evidence: Evidence

        public init(gas: String, value: Double, unit: String, time: String?, evidence: Evidence) {
            self.gas = gas
            self.value = value
            self.unit = unit
            self.time = time
            self.evidence = evidence
        }
    }

    /// What a crew says it did or saw: a bleed-down, a pressure reading, a pressure or function
    /// test, a valve check, an isolation. Cross-document checks hold these against readings.
    public struct Claim: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable, CaseIterable {
            case bleedDown = "bleed-down"
            case pressureReading = "pressure-reading"
            case pressureTest = "pressure-test"
            case functionTest = "function-test"
            case valveCheck = "valve-check"
            case isolation
        }

        public var kind: Kind
        /// `casing`, `tubing`, `bradenhead`, `BOP`, … (lexicon points); nil when not said.
        public var point: String?
        public var value: Double?
        /// `psi`, `psig`, `kPa`.
        public var unit: String?
        /// `HH:MM`, when written.
        public var time: String?
        /// A test's duration, when written.
        public var durationMinutes: Int?
        /// `passed` / `failed`, as written.
        public var result: String?
        /// The words of the claim, as written.
        public var text: String
        public var evidence: Evidence

        public init(
            kind: Kind, point: String?, value: Double?, unit: String?, time: String?, durationMinutes: Int?, result: String?, text: String, evidence: Evidence
        ) {
            self.kind = kind
            self.point = point
            self.value = value
            self.unit = unit
            self.time = time
            self.durationMinutes = durationMinutes
            self.result = result
            self.text = text
            self.evidence = evidence
        }
    }

    /// A crew member's sign-off.
    public struct SignOff: Sendable, Codable, Equatable {
        public var name: String
        /// `person in charge` when the document says so.
        public var role: String?
        /// `HH:MM`, when written.
        public var time: String?
        public var evidence: Evidence

        public init(name: String, role: String?, time: String?, evidence: Evidence) {
            self.name = name
            self.role = role
            self.time = time
            self.evidence = evidence
        }
    }

    public var company: Item<String>?
    public var job: Item<String>?
    /// The day of the work, ISO `YYYY-MM-DD`.
    public var date: Item<String>?
    /// The day the JSA itself is dated, when it gives one besides the day of the work (`JSA date`), ISO.
    public var preparedDate: Item<String>?
    /// `HH:MM`.
    public var startTime: Item<String>?
    /// As written; check it with `APIWellNumber`.
    public var wellAPI: Item<String>?
    public var lease: Item<String>?
    public var wellNumber: Item<String>?
    /// The location as written (coordinates, a PLSS call, "15.7 miles NW of Midland, TX", …).
    public var locationText: Item<String>?
    public var personInCharge: Item<String>?
    public var emergencyContact: Item<String>?
    /// True when the document states stop-work authority; nil when it does not mention it.
    public var stopWorkAuthority: Item<Bool>?
    /// PPE marked or listed as worn (lexicon names).
    public var ppe: [Item<String>]
    /// Permits stated as issued or in place (lexicon names).
    public var permits: [Item<String>]
    public var steps: [Step]
    public var gasReadings: [GasReading]
    public var claims: [Claim]
    public var signOffs: [SignOff]

    public init(
        company: Item<String>? = nil, job: Item<String>? = nil, date: Item<String>? = nil, preparedDate: Item<String>? = nil, startTime: Item<String>? = nil,
        wellAPI: Item<String>? = nil, lease: Item<String>? = nil, wellNumber: Item<String>? = nil, locationText: Item<String>? = nil,
        personInCharge: Item<String>? = nil, emergencyContact: Item<String>? = nil, stopWorkAuthority: Item<Bool>? = nil,
        ppe: [Item<String>] = [], permits: [Item<String>] = [], steps: [Step] = [], gasReadings: [GasReading] = [],
        claims: [Claim] = [], signOffs: [SignOff] = []
    ) {
        self.company = company
        self.job = job
        self.date = date
        self.preparedDate = preparedDate
        self.startTime = startTime
        self.wellAPI = wellAPI
        self.lease = lease
        self.wellNumber = wellNumber
        self.locationText = locationText
        self.personInCharge = personInCharge
        self.emergencyContact = emergencyContact
        self.stopWorkAuthority = stopWorkAuthority
        self.ppe = ppe
        self.permits = permits
        self.steps = steps
        self.gasReadings = gasReadings
        self.claims = claims
        self.signOffs = signOffs
    }
}
