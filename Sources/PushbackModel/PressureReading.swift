/// One reading of a gauge or SCADA logger: a well's pressure at one point (tubing, casing,
/// bradenhead, …) at one instant, with the row it came from.
public struct PressureReading: Sendable, Hashable, Codable {
    /// Normalized API number of the well.
    public var api: String
    /// Where it was read, in the lexicon's words: `tubing`, `casing`, `bradenhead`, `intermediate`, `annulus`.
    public var point: String
    public var time: Instant
    public var pressure: Pressure
    /// The logger or gauge that wrote it, when the log says.
    public var gauge: String?
    /// The row as written (file, line, quote).
    public var provenance: Evidence

    /// The points a reading can be of.
    public static let points: Set<String> = ["tubing", "casing", "bradenhead", "intermediate", "annulus"]

    public init(api: String, point: String, time: Instant, pressure: Pressure, gauge: String? = nil, provenance: Evidence) {
        self.api = api
        self.point = point
        self.time = time
        self.pressure = pressure
        self.gauge = gauge
        self.provenance = provenance
    }
}
