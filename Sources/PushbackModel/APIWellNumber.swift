/// An API / US well number, `SS-CCC-UUUUU[-DD[-EE]]`: state, county, unique well, and optional
/// sidetrack and event codes. Parsed from the many spellings real files use; the raw text is kept.
///
/// Identity (`==`, hashing) is the normalized number, never the raw spelling. Codes the code book
/// does not know are *concerns* for review, not reasons to reject the record.
public struct APIWellNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Something about this number a person should review.
    public enum Concern: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The text had no state code; the source's state was assumed.
        case stateCodeAssumed(String)
        /// A leading zero had been lost (e.g. by a spreadsheet) and was restored.
        case leadingZeroRestored
        /// The state code is not in the API state-code table.
        case unknownStateCode(String)
        /// The county code is not known for that state.
        case unknownCountyCode(state: String, county: String)

        public var description: String {
            switch self {
            case .stateCodeAssumed(let code): "no state code in the text; assumed \(code) from the source"
            case .leadingZeroRestored: "a leading zero was missing and was restored"
            case .unknownStateCode(let code): "state code \(code) is not an API state code"
            case .unknownCountyCode(let state, let county): "county code \(county) is not known for API state \(state)"
            }
        }
    }

    /// The text as it appeared in the source.
    public let raw: String
    /// Two-digit API state code (1952 alphabetical scheme, not FIPS), e.g. `04` for California.
    public let stateCode: String
    /// Three-digit county code, e.g. `029` (Kern).
    public let countyCode: String
    /// Five-digit unique well identifier within the county.
    public let uniqueNumber: String
    /// Two-digit sidetrack (directional) code, when given.
    public let sidetrackCode: String?
    /// Two-digit event sequence code, when given.
    public let eventCode: String?
    /// What a reviewer should know about this number; empty when it checked out.
    public let concerns: [Concern]

    /// The ten-digit well number `SSCCCUUUUU`: the well, regardless of sidetrack or event.
    public var wellNumber: String { stateCode + countyCode + uniqueNumber }

    /// All known digits without separators (10, 12 or 14 digits).
    public var normalized: String { wellNumber + (sidetrackCode ?? "") + (eventCode ?? "") }

    /// Dashed form, e.g. `04-029-20040` or `05-123-31642-00-00`.
    public var formatted: String {
        var text = stateCode + "-" + countyCode + "-" + uniqueNumber
        if let sidetrackCode { text += "-" + sidetrackCode }
        if let eventCode { text += "-" + eventCode }
        return text
    }

    /// True when a reviewer should look at the number (unknown codes, assumed state, repaired text).
    public var needsReview: Bool { !concerns.isEmpty }

    public var description: String { formatted }

    public static func == (lhs: APIWellNumber, rhs: APIWellNumber) -> Bool { lhs.normalized == rhs.normalized }
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }

    /// `digits`: 10, 12 or 14 ASCII digits.
    init(raw: String, digits: [UInt8], concerns: [Concern]) {
        func slice(_ from: Int, _ count: Int) -> String { String(decoding: digits[from..<(from + count)], as: UTF8.self) }
        self.raw = raw
        stateCode = slice(0, 2)
        countyCode = slice(2, 3)
        uniqueNumber = slice(5, 5)
        sidetrackCode = digits.count >= 12 ? slice(10, 2) : nil
        eventCode = digits.count >= 14 ? slice(12, 2) : nil
        var concerns = concerns
        if !APICodeBook.isKnownState(stateCode) {
            concerns.append(.unknownStateCode(stateCode))
        } else if !APICodeBook.isKnownCounty(state: stateCode, county: countyCode) {
            concerns.append(.unknownCountyCode(state: stateCode, county: countyCode))
        }
        self.concerns = concerns
    }
}
