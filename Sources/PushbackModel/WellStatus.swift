/// A well's status in Pushback's own vocabulary. Sources each have their own words (CalGEM
/// `idle`, ECMC `SI`, …); `WellStatusVocabulary` maps them here and the raw word is kept beside.
public struct WellStatus: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Producing or injecting.
    public static let active = WellStatus(rawValue: "active")
    /// Not producing or injecting for a state's idle period (CalGEM "idle").
    public static let idle = WellStatus(rawValue: "idle")
    /// Shut in: capable of production but closed (ECMC "SI").
    public static let shutIn = WellStatus(rawValue: "shut-in")
    /// Temporarily abandoned (ECMC "TA").
    public static let temporarilyAbandoned = WellStatus(rawValue: "temporarily-abandoned")
    /// Permitted or newly drilled, not yet producing (CalGEM "new").
    public static let new = WellStatus(rawValue: "new")
    public static let drilling = WellStatus(rawValue: "drilling")
    public static let waitingOnCompletion = WellStatus(rawValue: "waiting-on-completion")
    /// Plugged and abandoned.
    public static let plugged = WellStatus(rawValue: "plugged")
    /// Abandoned without a plugging record (ECMC "AB").
    public static let abandoned = WellStatus(rawValue: "abandoned")
    /// Permit cancelled; never drilled.
    public static let canceled = WellStatus(rawValue: "canceled")
    public static let unknown = WellStatus(rawValue: "unknown")

    /// Every status the vocabularies map source words to.
    public static let known: Set<WellStatus> = [
        .active, .idle, .shutIn, .temporarilyAbandoned, .new, .drilling, .waitingOnCompletion, .plugged, .abandoned, .canceled, .unknown,
    ]

    /// Idle, shut in or temporarily abandoned: a well bore that is open but not producing.
    public var isInactive: Bool { [.idle, .shutIn, .temporarilyAbandoned].contains(self) }

    public var description: String { rawValue }
}
