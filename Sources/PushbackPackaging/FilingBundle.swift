import Foundation
import PushbackModel

/// Everything a filing bundle for one lease is built from: its sundry notices, what is known of
/// each well, the findings about them, the run they come from and the submission's place in its
/// sequence. Built by the caller from a stored run; nothing here reads a clock.
public struct FilingBundle: Sendable {
    /// What the filings on file say about one well.
    public struct WellRecord: Sendable, Hashable {
        public struct Entry: Sendable, Hashable {
            /// `YYYY-MM-DD`; empty for a test on file that gives no date.
            public var date: String
            public var text: String
            public var evidence: Evidence
            public init(date: String, text: String, evidence: Evidence) {
                self.date = date
                self.text = text
                self.evidence = evidence
            }
        }

        /// Normalized API number.
        public var api: String
        public var name: String
        public var statusHistory: [Entry]
        /// Tests on file (fluid level, casing pressure, mechanical integrity), dated when they say.
        public var tests: [Entry]

        public init(api: String, name: String, statusHistory: [Entry], tests: [Entry]) {
            self.api = api
            self.name = name
            self.statusHistory = statusHistory
            self.tests = tests
        }
    }

    /// A finding of the run with where it stands against the last run.
    public struct ReportedFinding: Sendable, Hashable {
        public var finding: Finding
        public var baseline: BaselineState
        public init(finding: Finding, baseline: BaselineState) {
            self.finding = finding
            self.baseline = baseline
        }
    }

    /// A source document the filing relies on; its bytes go into the package when they are at
    /// hand and still have the hash the run recorded.
    public struct EvidenceDocument: Sendable, Hashable {
        public var source: SourceReference
        public var bytes: Data?
        public init(source: SourceReference, bytes: Data?) {
            self.source = source
            self.bytes = bytes
        }
    }

    /// How this submission relates to an earlier one (ONRR's correction types).
    public enum Correction: String, Sendable {
        case original = "Original", modify = "Modify", replace = "Replace"
    }

    /// The forms and reports a bundle can hold (`pushback export --form`).
    public enum Form: String, Sendable, CaseIterable {
        case sundryNotice = "3160-5"
        case findingsReport = "findings-report"
        case wellStatusReport = "well-status-report"
    }

    public var leaseSerial: String
    /// Which forms and reports go in (all by default); the envelope, manifest and packaging parts always do.
    public var forms: Set<Form> = Set(Form.allCases)
    public var notices: [SundryNotice]
    public var wells: [WellRecord]
    public let findings: [ReportedFinding]
    /// The findings about each well (by normalized API number, as subject or related), indexed once.
    public let findingsByWell: [String: [Finding]]
    public var runID: String
    /// `YYYY-MM-DD`: the only date the package's times come from, besides the filings' own.
    public var asOf: String
    public var ruleBundle: String?
    /// 1 for the original submission.
    public var sequence: Int
    public var correction: Correction
    /// The submission id (uuid) this one amends.
    public var amends: String?
    public var evidence: [EvidenceDocument]
    public var author: String
    public var organization: String

    public init(
        leaseSerial: String, notices: [SundryNotice], wells: [WellRecord], findings: [ReportedFinding], runID: String, asOf: String, ruleBundle: String?,
        sequence: Int, correction: Correction, amends: String?, evidence: [EvidenceDocument], author: String, organization: String
    ) {
        self.leaseSerial = leaseSerial
        self.notices = notices
        self.wells = wells
        self.findings = findings
        var byWell: [String: [Finding]] = [:]
        for reported in findings {
            let ids = Set([reported.finding.subject.id] + reported.finding.related.map(\.id))
            for id in ids { byWell[id, default: []].append(reported.finding) }
        }
        findingsByWell = byWell
        self.runID = runID
        self.asOf = asOf
        self.ruleBundle = ruleBundle
        self.sequence = sequence
        self.correction = correction
        self.amends = amends
        self.evidence = evidence
        self.author = author
        self.organization = organization
    }

    /// `0001`.
    public var paddedSequence: String { String(repeating: "0", count: max(0, 4 - String(sequence).count)) + String(sequence) }

    /// The submission's id: the same lease and sequence always give the same one.
    public var submissionID: String { NameBasedUUID.string("submission \(leaseSerial) \(paddedSequence)") }
}
