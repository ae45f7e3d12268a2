/// A source's status words and what each means in `WellStatus`. Matching ignores case and
/// surrounding spaces (real ECMC files mix `SI` and `si`).
public struct WellStatusVocabulary: Sendable, Hashable {
    public var name: String
    public var terms: [String: WellStatus]

    public init(name: String, terms: [String: WellStatus]) {
        self.name = name
        self.terms = Dictionary(terms.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The status for a raw word, or nil when the vocabulary does not know it.
    public func status(for raw: String) -> WellStatus? {
        // Registries repeat a few words millions of times: look the word up as written first.
        if let status = terms[raw] { return status }
        return terms[raw.trimmingWhitespace().lowercased()]
    }

    /// CalGEM AllWells `well_status`.
    public static let calgem = WellStatusVocabulary(name: "calgem", terms: [
        "active": .active, "idle": .idle, "new": .new, "plugged": .plugged,
        "canceled": .canceled, "cancelled": .canceled, "unknown": .unknown,
    ])

    /// Colorado ECMC facility status codes (`Facil_Stat`, Form 7 `Well Status`).
    public static let ecmc = WellStatusVocabulary(name: "ecmc", terms: [
        "PR": .active, "AC": .active, "IJ": .active, "SI": .shutIn, "TA": .temporarilyAbandoned,
        "PA": .plugged, "WO": .waitingOnCompletion, "DG": .drilling, "AB": .abandoned,
        "XX": .new, "AL": .canceled, "DA": .plugged,
    ])

    /// Pushback's own words (`active`, `shut-in`, `temporarily-abandoned`, …), for lists written
    /// for Pushback (the generic well list).
    public static let pushback = WellStatusVocabulary(name: "pushback", terms: Dictionary(uniqueKeysWithValues: WellStatus.known.map { ($0.rawValue, $0) }))

    /// The vocabularies Pushback ships, by name (mapping files refer to them).
    public static let builtIn: [String: WellStatusVocabulary] = [calgem.name: calgem, ecmc.name: ecmc, pushback.name: pushback]
}
