import PushbackModel

/// A test of what filings say, within one filing or across the documents that name the same
/// well (`check: {type: filing, test: …}`).
public enum FilingCheck: Sendable {
    /// The same casing string (type and size) listed more than once in one filing's casing
    /// record: two tops of cement, two setting depths or two cement volumes for one string.
    case casingListedTwice
    /// The documents that name a well (filings and JSAs) agree on which well it is: the API
    /// number written reads as one, its county code is the county the filing names, and the
    /// lease, well number, operator and total depth agree from one document to the next.
    case wellIdentity
    /// The filings that name a well agree on its history: one date per milestone (spud,
    /// completion, plugging; a permit's approval date as the permit and the filings citing it
    /// give it), the milestones in order (permit, spud, completion, plugging), nothing reported
    /// active after the well was plugged unless a later permit allowed a re-entry, and one type
    /// of well.
    case wellHistory
    /// Plugging shown done — by a JSA for plugging work on the well — or planned by a notice
    /// (`notice`'s `plugging_date`) needs the plugging record (`report`) within `withinDays`
    /// after it, for wells whose API state code is one of `stateCodes`.
    case reportAfterPlugging(stateCodes: Set<String>, report: DocumentKind, notice: DocumentKind, withinDays: Int)
    /// The location a document writes for its well, resolved, against the registry's coordinates
    /// of that well: farther apart than both uncertainties allow is a review.
    case locationAgainstRegistry
    /// A later version of a filing that replaces values of the earlier one says why, field by
    /// field, in its own words (`AmendmentCheck`).
    case amendmentExplained(AmendmentCheck)

    /// The fields the check asks documents on file to state.
    var statedFields: Set<String> {
        if case .reportAfterPlugging = self { return ["plugging_date"] }
        return []
    }

    var verdicts: Set<FindingKind> {
        switch self {
        case .casingListedTwice: [.review, .open]
        case .wellIdentity: [.fail, .review, .open]
        case .wellHistory: [.review, .open]
        case .reportAfterPlugging: [.fail, .review, .open]
        case .locationAgainstRegistry: [.review, .open]
        case .amendmentExplained: [.review, .open]
        }
    }
}
