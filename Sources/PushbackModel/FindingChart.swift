/// What a reading-based finding draws: the readings of one well and point over time, what the
/// crew claimed (a value at a moment), and the limit the rule holds them to. The morning report
/// renders it as an SVG chart; it plays no part in the finding's fingerprints.
public struct FindingChart: Sendable, Hashable, Codable {
    /// One reading on the chart.
    public struct Sample: Sendable, Hashable, Codable {
        public var time: Instant
        public var psi: Double

        public init(time: Instant, psi: Double) {
            self.time = time
            self.psi = psi
        }
    }

    /// `casing pressure, well 42-003-46118`.
    public var title: String
    /// The gauge or SCADA log's readings, in time order (times as the log wrote them, shifted by
    /// any clock correction the finding adopted).
    public var logged: [Sample]
    /// Readings the JSA itself writes (SICP 350 psi @ 08:25).
    public var written: [Sample]
    /// The claim: when, what value, and its words.
    public var claim: Sample
    public var claimLabel: String
    /// The line a reading must stay under (or within) for the claim to hold, and what it is.
    public var limitPSI: Double?
    public var limitLabel: String?
    /// Minutes east of UTC of the clock the chart's time axis shows (the JSA's).
    public var utcOffsetMinutes: Int
    /// How the clocks were matched, when a correction was made.
    public var clockNote: String?

    public init(title: String, logged: [Sample], written: [Sample], claim: Sample, claimLabel: String, limitPSI: Double?, limitLabel: String?,
                utcOffsetMinutes: Int, clockNote: String? = nil) {
        self.title = title
        self.logged = logged
        self.written = written
        self.claim = claim
        self.claimLabel = claimLabel
        self.limitPSI = limitPSI
        self.limitLabel = limitLabel
        self.utcOffsetMinutes = utcOffsetMinutes
        self.clockNote = clockNote
    }
}
