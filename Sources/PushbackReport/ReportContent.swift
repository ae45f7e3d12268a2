import PushbackModel

/// Everything a report shows about one sweep, independent of format. Holds no wall-clock time
/// or run id, so the same inputs, rules and as-of date render byte-identical reports.
public struct ReportContent: Sendable {
    /// A rule that was in play (or loaded but not in force on the as-of date).
    public struct RuleSummary: Sendable, Codable, Equatable {
        public var id: String
        public var version: Int
        public var title: String
        public var citation: Citation
        public var isInEffect: Bool
        /// False when the configuration switched its jurisdiction off (`jurisdictions.enabled`).
        public var isEnabled: Bool

        public init(id: String, version: Int, title: String, citation: Citation, isInEffect: Bool, isEnabled: Bool = true) {
            self.id = id
            self.version = version
            self.title = title
            self.citation = citation
            self.isInEffect = isInEffect
            self.isEnabled = isEnabled
        }

        /// Evaluated in this run: in force and switched on.
        public var wasEvaluated: Bool { isInEffect && isEnabled }
    }

    public var asOf: String
    /// True when every document was read.
    public var isComplete: Bool
    public var documents: [DocumentOutcome]
    public var problems: [IntakeProblem]
    public var findings: [Finding]
    public var rules: [RuleSummary]
    /// Jurisdiction id → name, for chains such as "California → United States".
    public var jurisdictionNames: [String: String]
    /// Earlier runs this one found cut short (killed, power lost): their reports were never
    /// written, and the morning must know. Shown in the text and HTML reports, not in
    /// `findings.json` (whose bytes depend on the inputs alone).
    public var interruptedRuns: [(id: String, startedAt: String)]
    /// The registry well each JSA was tied to, and how (or why none).
    public var wellLinks: [DocumentWellLink]
    /// The findings against the previous complete run (nil: not compared, as in `pushback
    /// extract`). Shown in the text and HTML reports, not in `findings.json` (whose bytes depend
    /// on the inputs alone; its findings carry their fingerprints).
    public var baseline: BaselineComparison?
    /// The latest decision about each fingerprint in the acknowledgement ledger (active or not).
    public var acknowledgements: [String: Acknowledgement]

    public init(
        asOf: String, isComplete: Bool, documents: [DocumentOutcome], problems: [IntakeProblem], findings: [Finding], rules: [RuleSummary],
        jurisdictionNames: [String: String], interruptedRuns: [(id: String, startedAt: String)] = [], wellLinks: [DocumentWellLink] = [],
        baseline: BaselineComparison? = nil, acknowledgements: [String: Acknowledgement] = [:]
    ) {
        self.asOf = asOf
        self.isComplete = isComplete
        self.documents = documents
        self.problems = problems
        self.findings = findings
        self.rules = rules
        self.jurisdictionNames = jurisdictionNames
        self.interruptedRuns = interruptedRuns
        self.wellLinks = wellLinks
        self.baseline = baseline
        self.acknowledgements = acknowledgements
    }

    /// One line per JSA: the well it is about and how that was decided, or why no well.
    public var wellLinkLines: [String] {
        wellLinks.map { link in
            let written = [link.writtenAPI.map { "API \($0)" }, link.writtenName].compactMap { $0 }.joined(separator: ", ")
            var line = "\(link.document.path) (\(written.isEmpty ? "no well named" : written))"
            if let api = link.wellAPI, let basis = link.basis {
                line += " → well \(api)\(link.wellName.map { " \($0)" } ?? "")\(link.wellStatus.map { " (\($0))" } ?? ""), by \(basis.rawValue)"
                if let source = link.wellSource { line += "; listed in \(source.source.path)\(source.line.map { " line \($0)" } ?? "")" }
            } else {
                line += " → no well"
            }
            return line + (link.note.map { " — \($0)" } ?? "")
        }
    }

    /// One line per earlier run cut short.
    /// Lines for under the banner: earlier runs cut short, and nights with no complete run since
    /// the one this run is compared with — "0 new" must never hide a night that did not run.
    public var interruptionNotices: [String] {
        var notices = interruptedRuns.map { run in
            "EARLIER RUN INCOMPLETE: run \(run.id) (started \(run.startedAt)) never finished — it was killed or cut off, and its report was never written; this run did its work again."
        }
        // Nights without a complete run between the last one and this: skipped, failed or partial.
        if let previous = baseline?.previousRun, let last = CalendarDate(iso: previous.asOf), let today = CalendarDate(iso: asOf), today.dayNumber - last.dayNumber > 1 {
            let first = last.adding(days: 1), final = today.adding(days: -1)
            let span = first == final ? "\(first)" : "\(first) to \(final)"
            notices.append("NO COMPLETE RUN FOR \(span): the last complete run was as of \(previous.asOf) — those nights were skipped, failed or incomplete; what changed is reported against that run.")
        }
        return notices
    }

    /// The one line saying what changed since the last complete run — or that this run is the
    /// baseline. Nil when the run was not compared.
    public var baselineSummary: String? {
        guard let baseline else { return nil }
        guard let previous = baseline.previousRun else {
            return "FIRST RUN: these \(findings.count) finding(s) are the baseline. From the next complete run on, what is new, updated or resolved is called out."
        }
        return "SINCE THE LAST COMPLETE RUN (as of \(previous.asOf)): \(baseline.count(.new)) new · \(baseline.count(.updated)) updated · \(baseline.count(.unchanged)) unchanged · \(baseline.count(.absent)) resolved or no longer seen"
    }

    /// The acknowledgement in force for a finding on the as-of date, if any: the finding is quiet.
    public func acknowledgement(of finding: Finding) -> Acknowledgement? {
        guard let fingerprint = finding.fingerprint, let ack = acknowledgements[fingerprint], let day = CalendarDate(iso: asOf), ack.isActive(on: day) else { return nil }
        return ack
    }

    /// Where a finding stands, for its heading: "NEW", "UPDATED (first seen 2026-11-20)",
    /// "unchanged since 2026-11-20", and its acknowledgement — in force, or expired and reopened.
    public func standing(of finding: Finding) -> String? {
        var parts: [String] = []
        if let baseline, !baseline.isFirstRun, let fingerprint = finding.fingerprint, let standing = baseline.standings[fingerprint] {
            switch standing.state {
            case .new: parts.append("NEW")
            case .updated: parts.append("UPDATED (first seen \(standing.firstSeen))")
            case .unchanged: parts.append("unchanged since \(standing.firstSeen)")
            case .absent: break
            }
        }
        if let ack = acknowledgement(of: finding) {
            parts.append("ACKNOWLEDGED \(ack.reason.phrase) by \(ack.acknowledgedBy)\(ack.expires.map { " until \($0)" } ?? "")")
        } else if let fingerprint = finding.fingerprint, let ack = acknowledgements[fingerprint], let expired = ack.expires {
            parts.append("REOPENED: the acknowledgement (\(ack.reason.phrase), \(ack.acknowledgedBy)) expired \(expired)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// Findings with a due date, by urgency on the as-of date: overdue, due within 7 days, due
    /// within 30 — each as "#12 2026-12-01 RULE — subject", soonest first. Acknowledged ones are left out.
    public var deadlines: (overdue: [String], week: [String], month: [String]) {
        guard let day = CalendarDate(iso: asOf) else { return ([], [], []) }
        var overdue: [(CalendarDate, String)] = [], week: [(CalendarDate, String)] = [], month: [(CalendarDate, String)] = []
        for (index, finding) in findings.enumerated() {
            guard let dueText = finding.due, let due = CalendarDate(iso: dueText), acknowledgement(of: finding) == nil else { continue }
            let line = (due, "#\(index + 1) \(due) \(finding.ruleID) — \(finding.subject)")
            if due <= day, finding.kind != .review || finding.severity != .low {
                overdue.append(line)
            } else if due <= day.adding(days: 7) {
                week.append(line)
            } else if due <= day.adding(days: 30) {
                month.append(line)
            }
        }
        func sorted(_ items: [(CalendarDate, String)]) -> [String] { items.sorted { $0.0 < $1.0 }.map(\.1) }
        return (sorted(overdue), sorted(week), sorted(month))
    }

    /// Acknowledgements in force that expire within `days` of the as-of date, soonest first, with
    /// the findings' numbers: they will reopen.
    public func acknowledgementsExpiring(within days: Int = 14) -> [String] {
        guard let day = CalendarDate(iso: asOf) else { return [] }
        let horizon = day.adding(days: days)
        return findings.enumerated().compactMap { index, finding -> (CalendarDate, String)? in
            guard let ack = acknowledgement(of: finding), let expires = ack.expires, expires <= horizon else { return nil }
            return (expires, "#\(index + 1) \(finding.ruleID) — \(finding.subject): \(ack.reason.phrase) (\(ack.acknowledgedBy): \(ack.justification)) expires \(expires)")
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// New and updated findings not acknowledged, with their 1-based numbers in the report.
    public var news: [(number: Int, finding: Finding, state: BaselineState)] {
        guard let baseline, !baseline.isFirstRun else { return [] }
        return findings.enumerated().compactMap { index, finding in
            guard let state = finding.fingerprint.flatMap({ baseline.standings[$0]?.state }), state == .new || state == .updated,
                  acknowledgement(of: finding) == nil else { return nil }
            return (index + 1, finding, state)
        }
    }

    /// One line per finding of the last complete run not raised now.
    public var resolvedLines: [String] {
        guard let baseline, let previous = baseline.previousRun else { return [] }
        return baseline.absent.map { gone in
            "[\(gone.severity.rawValue.uppercased())] \(gone.kind.rawValue.uppercased()) \(gone.ruleID) — \(gone.title) · \(gone.subject) · seen \(gone.firstSeen) to \(previous.asOf)"
        }
    }

    public var quarantined: [DocumentOutcome] { documents.filter { $0.disposition == .quarantined } }

    /// Count of findings per kind and severity.
    public func count(kind: FindingKind, severity: Severity? = nil) -> Int {
        findings.filter { $0.kind == kind && (severity == nil || $0.severity == severity) }.count
    }

    /// "California → United States".
    public func chain(_ ids: [String]) -> String { ids.map { jurisdictionNames[$0] ?? $0 }.joined(separator: " → ") }

    /// Problems grouped for the "could not be read" section: record-level ones first by file.
    public var recordProblems: [IntakeProblem] { problems.filter { $0.scope == .record } }
    public var fieldProblems: [IntakeProblem] { problems.filter { $0.scope == .field } }
}
