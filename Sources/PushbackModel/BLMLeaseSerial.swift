/// A BLM lease serial number in the spellings filings use: legacy LR2000 serials (`NMNM 012345`,
/// `NMNM34567A`, `WYW192003B`, `UTU60786A`, `NM15003`, `NM-012345`) and the same with spaces,
/// dashes and leading zeros varying. The key ignores those; a two-letter state prefix alone
/// (`NM15003`) is kept distinct but carries the doubled-prefix form (`NMNM15003`) as a possible
/// alias, to be confirmed by a person, since BLM has used both for the same state's leases and
/// moved to MLRS serials in 2022.
public struct BLMLeaseSerial: Sendable, Hashable {
    public let raw: String
    /// Upper case, no spaces or dashes, number without leading zeros: `NMNM12345`.
    public let key: String
    /// Other keys that may name the same lease (review, not proof).
    public let possibleAliases: [String]

    public init?(_ raw: String) {
        let compact = raw.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard let match = compact.wholeMatch(of: /([A-Z]{2,5})0*(\d{1,12})([A-Z]?)/) else { return nil }
        self.raw = raw
        let prefix = String(match.1), number = String(match.2), suffix = String(match.3)
        key = prefix + number + suffix
        possibleAliases = prefix.count == 2 ? [prefix + prefix + number + suffix] : []
    }
}
