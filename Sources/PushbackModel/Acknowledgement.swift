/// A person's recorded decision about one finding (by its fingerprint): who, when, why, and until
/// when. Acknowledgements live in the database's append-only ledger, never in the documents; an
/// active one keeps its finding quiet (listed, not alarmed on) until it expires.
public struct Acknowledgement: Sendable, Equatable, Codable {
    public enum Reason: String, Sendable, Codable, CaseIterable {
        case falsePositive = "false-positive"
        case acceptedRisk = "accepted-risk"
        case notApplicable = "not-applicable"
        case fixedPendingVerification = "fixed-pending-verification"

        /// "false positive", as reports write it.
        public var phrase: String { rawValue.split(separator: "-").joined(separator: " ") }
    }

    /// The finding's identity fingerprint: the scope of the acknowledgement.
    public var fingerprint: String
    public var reason: Reason
    /// Why, in the person's words (required).
    public var justification: String
    public var acknowledgedBy: String
    /// When it was recorded (UTC, ISO 8601): the ledger's own clock, not an as-of date.
    public var acknowledgedAt: String
    /// The finding reopens on this day; nil: until withdrawn by a later decision.
    public var expires: CalendarDate?
    /// What was acknowledged, as the report showed it: rule, subject, title, run.
    public var ruleID: String
    public var subject: Subject
    public var title: String
    public var runID: String

    public init(fingerprint: String, reason: Reason, justification: String, acknowledgedBy: String, acknowledgedAt: String, expires: CalendarDate?,
                ruleID: String, subject: Subject, title: String, runID: String) {
        self.fingerprint = fingerprint
        self.reason = reason
        self.justification = justification
        self.acknowledgedBy = acknowledgedBy
        self.acknowledgedAt = acknowledgedAt
        self.expires = expires
        self.ruleID = ruleID
        self.subject = subject
        self.title = title
        self.runID = runID
    }

    /// In force on `asOf`: not yet expired.
    public func isActive(on asOf: CalendarDate) -> Bool {
        expires.map { asOf < $0 } ?? true
    }

    /// The latest acknowledgement of each fingerprint (later entries of the ledger supersede earlier ones).
    public static func latest(_ ledger: [Acknowledgement]) -> [String: Acknowledgement] {
        ledger.reduce(into: [:]) { $0[$1.fingerprint] = $1 }
    }
}
