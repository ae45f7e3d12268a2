/// A run's findings against the previous complete run: each one new, unchanged or updated, with
/// the as-of date it was first seen; and the previous run's findings that are absent now.
///
/// Findings are matched by their identity fingerprint (rule lineage, subject, related subjects —
/// no file paths or line numbers), and compared by their content fingerprint (kind, severity,
/// due date, evidence places and quotes). The first run (or one after runs that kept no
/// fingerprints) has no previous run: its findings are the baseline, not news.
public struct BaselineComparison: Sendable, Equatable {
    /// A finding of the previous complete run, as stored.
    public struct Recorded: Sendable, Equatable {
        public var fingerprint: String
        public var contentFingerprint: String
        public var firstSeen: String
        public var ruleID: String
        public var subject: Subject
        public var title: String
        public var kind: FindingKind
        public var severity: Severity

        public init(fingerprint: String, contentFingerprint: String, firstSeen: String, ruleID: String, subject: Subject, title: String, kind: FindingKind, severity: Severity) {
            self.fingerprint = fingerprint
            self.contentFingerprint = contentFingerprint
            self.firstSeen = firstSeen
            self.ruleID = ruleID
            self.subject = subject
            self.title = title
            self.kind = kind
            self.severity = severity
        }
    }

    /// Where one current finding stands.
    public struct Standing: Sendable, Equatable {
        public var state: BaselineState
        /// The as-of date of the first run that raised it (this run's, when new).
        public var firstSeen: String

        public init(state: BaselineState, firstSeen: String) {
            self.state = state
            self.firstSeen = firstSeen
        }
    }

    /// The run compared against: its id and as-of date; nil on a first run.
    public var previousRun: (id: String, asOf: String)?
    /// By identity fingerprint.
    public var standings: [String: Standing]
    /// The previous run's findings not raised now, in its order; last seen on its as-of date.
    public var absent: [Recorded]

    /// `current`: each finding's identity and content fingerprints, in report order.
    public init(current: [(fingerprint: String, content: String)], previous: [Recorded], previousRun: (id: String, asOf: String)?, asOf: String) {
        self.previousRun = previousRun
        var earlier: [String: Recorded] = [:]
        for record in previous where earlier[record.fingerprint] == nil { earlier[record.fingerprint] = record }
        var standings: [String: Standing] = [:]
        for (fingerprint, content) in current {
            guard previousRun != nil, let before = earlier[fingerprint] else {
                standings[fingerprint] = Standing(state: .new, firstSeen: asOf)
                continue
            }
            standings[fingerprint] = Standing(state: before.contentFingerprint == content ? .unchanged : .updated, firstSeen: before.firstSeen)
        }
        self.standings = standings
        let now = Set(current.map(\.fingerprint))
        absent = previousRun == nil ? [] : previous.filter { !now.contains($0.fingerprint) }
    }

    /// A comparison as a run stored it: the run compared with, each finding's standing, what was gone.
    public init(previousRun: (id: String, asOf: String)?, standings: [String: Standing], absent: [Recorded]) {
        self.previousRun = previousRun
        self.standings = standings
        self.absent = absent
    }

    /// True on a first run: every finding is part of the baseline rather than news.
    public var isFirstRun: Bool { previousRun == nil }

    /// How many current findings stand in `state` (`absent`: how many are gone).
    public func count(_ state: BaselineState) -> Int {
        state == .absent ? absent.count : standings.values.filter { $0.state == state }.count
    }

    public static func == (lhs: BaselineComparison, rhs: BaselineComparison) -> Bool {
        lhs.previousRun?.id == rhs.previousRun?.id && lhs.previousRun?.asOf == rhs.previousRun?.asOf && lhs.standings == rhs.standings && lhs.absent == rhs.absent
    }
}
