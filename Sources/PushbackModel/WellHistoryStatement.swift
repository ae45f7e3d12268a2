/// What one filing says about a well's life: the permit it was done under, the dated milestones
/// it reports (permit approved, spudded, completed, plugging planned or done, a status on a
/// date) and the type of well — each with the line it was read from. Cross-document checks hold
/// these against each other: the same milestone dated twice, milestones out of order, a well
/// reported active after it was plugged, a well typed one way here and another way there.
public struct WellHistoryStatement: Sendable, Hashable, Codable {
    /// A milestone of a well's life that filings date.
    public enum Milestone: String, Sendable, Hashable, Codable, CaseIterable {
        /// The permit's own approval date (the approved W-1, ECMC Form 2, BLM APD).
        case permitApproved = "permit approved"
        /// The approval date another filing gives for the permit its work was done under (the W-2's permit date).
        case permitCited = "permit date cited"
        case spudded
        case completed
        /// The date a notice of intention plans to plug on (the W-3A's plugging date).
        case pluggingPlanned = "plugging planned"
        /// Plugging done: a plugging record's date, or a status of plugged on a date.
        case plugged
        /// A status other than plugged, as of a date (ECMC's `Status: SI - 2/1/2021`).
        case statusReported = "status reported"

        /// The milestone a dated fact reports on a kind of document, or nil when the fact dates
        /// none (a status date is paired with its status by whoever builds the statement).
        public init?(factName: String, documentKind: DocumentKind) {
            switch factName {
            case "approved_date" where documentKind == .rrcW1 || documentKind == .rrcW1H: self = .permitApproved
            case "permit_date": self = .permitCited
            case "spud_date": self = .spudded
            case "completion_date": self = .completed
            case "plugging_date": self = documentKind == .rrcW3A ? .pluggingPlanned : .plugged
            default: return nil
            }
        }
    }

    /// One dated milestone as a filing states it.
    public struct Event: Sendable, Hashable, Codable {
        public var milestone: Milestone
        /// `YYYY-MM-DD`; nil when the date is on the filing but does not read (see `problem`).
        public var date: String?
        public var evidence: Evidence
        public var problem: String?
        /// The status as written and what it means, for `statusReported` and a status of plugged.
        public var status: StatedValue?
        public var meaning: WellStatus?

        public init(milestone: Milestone, date: String?, evidence: Evidence, problem: String? = nil, status: StatedValue? = nil, meaning: WellStatus? = nil) {
            self.milestone = milestone
            self.date = date
            self.evidence = evidence
            self.problem = problem
            self.status = status
            self.meaning = meaning
        }

        /// A status as of a date, read in the words of the kind of document that gives it:
        /// plugged (or abandoned) is the milestone `plugged`, any other status `statusReported`.
        public init(status: StatedValue, on date: String?, documentKind: DocumentKind, evidence: Evidence, problem: String? = nil) {
            let vocabulary: WellStatusVocabulary = documentKind == .ecmcScoutTicket ? .ecmc : .pushback
            let meaning = vocabulary.status(for: status.value)
            self.init(milestone: meaning == .plugged || meaning == .abandoned ? .plugged : .statusReported, date: date, evidence: evidence, problem: problem, status: status, meaning: meaning)
        }
    }

    /// What a filing calls the well, reduced to what can be compared across forms.
    public enum WellType: String, Sendable, Hashable, Codable {
        case oil, gas
        /// The W-1's "Oil or Gas Well": a permit for either.
        case oilOrGas = "oil or gas"
        case injection, disposal, storage
        /// The 3160-5's "Other" box, and any type these words do not name.
        case other

        /// `Oil Well`, `Oil`, `OW` → oil; `Oil or Gas Well` → oil or gas; `SWD` → disposal.
        public init(written: String) {
            let words = written.uppercased()
            let oil = words.contains("OIL") || words == "OW", gas = words.contains("GAS") || words == "GW"
            switch true {
            case oil && gas: self = .oilOrGas
            case words.contains("DISPOSAL") || words.contains("SWD") || words == "DSP": self = .disposal
            case words.contains("INJECT") || words == "IJ" || words == "WI": self = .injection
            case words.contains("STORAGE") || words == "GS": self = .storage
            case oil: self = .oil
            case gas: self = .gas
            default: self = .other
            }
        }

        /// Whether a filing calling the well `self` and another calling it `other` can both be right.
        public func agrees(with other: WellType) -> Bool {
            if self == other { return true }
            let pair: Set<WellType> = [self, other]
            return pair == [.oilOrGas, .oil] || pair == [.oilOrGas, .gas]
                || (pair.contains(.other) && !pair.contains(.oil) && !pair.contains(.gas) && !pair.contains(.oilOrGas))
        }
    }

    public var document: SourceReference
    public var documentKind: DocumentKind
    /// The normalized API number, when the filing's reads.
    public var api: String?
    /// The permit (drilling permit number) the filing is, or was done under.
    public var permitNumber: StatedValue?
    public var events: [Event]
    public var wellType: StatedValue?

    public init(document: SourceReference, documentKind: DocumentKind, api: String?, permitNumber: StatedValue? = nil, events: [Event], wellType: StatedValue? = nil) {
        self.document = document
        self.documentKind = documentKind
        self.api = api
        self.permitNumber = permitNumber
        self.events = events
        self.wellType = wellType
    }
}
