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

    /// An earlier run this one found cut short (killed, power lost).
    public struct InterruptedRun: Sendable, Codable, Equatable {
        public var id: String
        public var startedAt: String

        public init(id: String, startedAt: String) {
            self.id = id
            self.startedAt = startedAt
        }
    }

    /// What a report shows of a run besides its findings and their history. The sweep stores it
    /// with the run (`runs.report_json`), so `pushback report` can render any stored run again.
    public struct Record: Sendable, Codable, Equatable {
        public var documents: [DocumentOutcome]
        public var problems: [IntakeProblem]
        public var rules: [RuleSummary]
        public var jurisdictionNames: [String: String]
        public var interruptedRuns: [InterruptedRun]
        public var wellLinks: [DocumentWellLink]

        public init(documents: [DocumentOutcome], problems: [IntakeProblem], rules: [RuleSummary], jurisdictionNames: [String: String],
                    interruptedRuns: [InterruptedRun] = [], wellLinks: [DocumentWellLink] = []) {
            self.documents = documents
            self.problems = problems
            self.rules = rules
            self.jurisdictionNames = jurisdictionNames
            self.interruptedRuns = interruptedRuns
            self.wellLinks = wellLinks
        }
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
    public var interruptedRuns: [InterruptedRun]
    /// The registry well each JSA was tied to, and how (or why none).
    public var wellLinks: [DocumentWellLink]
    /// The findings against the previous complete run (nil: not compared, as in `pushback
    /// extract`). Shown in the text and HTML reports, not in `findings.json` (whose bytes depend
    /// on the inputs alone; its findings carry their fingerprints).
    public var baseline: BaselineComparison?
    /// The latest decision about each fingerprint in the acknowledgement ledger (active or not).
    public var acknowledgements: [String: Acknowledgement]
    /// How the rules differ from those of the run compared with (nil: not compared, or no change).
    public var ruleChanges: RuleBundleChange?

    public init(
        asOf: String, isComplete: Bool, documents: [DocumentOutcome], problems: [IntakeProblem], findings: [Finding], rules: [RuleSummary],
        jurisdictionNames: [String: String], interruptedRuns: [InterruptedRun] = [], wellLinks: [DocumentWellLink] = [],
        baseline: BaselineComparison? = nil, acknowledgements: [String: Acknowledgement] = [:], ruleChanges: RuleBundleChange? = nil
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
        self.ruleChanges = ruleChanges
    }

    /// A stored run's report: its record, its findings and where they stand.
    public init(asOf: String, isComplete: Bool, record: Record, findings: [Finding], baseline: BaselineComparison?,
                acknowledgements: [String: Acknowledgement], ruleChanges: RuleBundleChange?) {
        self.init(asOf: asOf, isComplete: isComplete, documents: record.documents, problems: record.problems, findings: findings, rules: record.rules,
                  jurisdictionNames: record.jurisdictionNames, interruptedRuns: record.interruptedRuns, wellLinks: record.wellLinks,
                  baseline: baseline, acknowledgements: acknowledgements, ruleChanges: ruleChanges)
    }

    /// What the sweep stores of this report besides its findings and their history.
    public var record: Record {
        Record(documents: documents, problems: problems, rules: rules, jurisdictionNames: jurisdictionNames, interruptedRuns: interruptedRuns, wellLinks: wellLinks)
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

    /// Where a finding stands for machine outputs: `new`, `updated`, `unchanged`, `baseline` (a
    /// first run's), with the as-of date it was first seen; nil when the run was not compared.
    public func baselineStanding(of finding: Finding) -> (state: String, firstSeen: String)? {
        guard let baseline, let fingerprint = finding.fingerprint, let standing = baseline.standings[fingerprint] else { return nil }
        return (baseline.isFirstRun ? "baseline" : standing.state.rawValue, standing.firstSeen)
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

    /// Findings of one rule, collapsed to counts and ages for the morning's overview.
    public struct FindingGroup: Sendable, Equatable {
        public var ruleID: String
        public var title: String
        /// 1-based numbers in the report, in report order.
        public var numbers: [Int]
        public var kinds: [FindingKind: Int]
        public var mostSevere: Severity
        /// The earliest first-seen date among them, and its age in days on the as-of date.
        public var firstSeen: String?
        public var ageInDays: Int?

        /// `130 fail · 39 review`.
        public var kindCounts: String {
            FindingKind.allCases.compactMap { kind in kinds[kind].map { "\($0) \(kind.rawValue)" } }.joined(separator: " · ")
        }
    }

    /// Numbers of findings that are neither news nor acknowledged: unchanged since the last
    /// complete run, or — on a first run — the baseline.
    public var settledNumbers: [Int] {
        let news = Set(self.news.map(\.number))
        return findings.indices.map { $0 + 1 }.filter { !news.contains($0) && acknowledgement(of: findings[$0 - 1]) == nil }
    }

    /// Numbers of findings an acknowledgement keeps quiet on the as-of date.
    public var acknowledgedNumbers: [Int] {
        findings.indices.filter { acknowledgement(of: findings[$0]) != nil }.map { $0 + 1 }
    }

    /// The findings numbered `numbers`, grouped by rule in report order, with counts and ages.
    public func groups(_ numbers: [Int]) -> [FindingGroup] {
        var groups: [FindingGroup] = []
        var index: [String: Int] = [:]
        let today = CalendarDate(iso: asOf)
        for number in numbers {
            let finding = findings[number - 1]
            let firstSeen = baselineStanding(of: finding)?.firstSeen
            let position: Int
            if let existing = index[finding.ruleID] {
                position = existing
            } else {
                position = groups.count
                index[finding.ruleID] = position
                groups.append(FindingGroup(ruleID: finding.ruleID, title: rules.first { $0.id == finding.ruleID }?.title ?? finding.title, numbers: [], kinds: [:], mostSevere: finding.severity, firstSeen: nil, ageInDays: nil))
            }
            groups[position].numbers.append(number)
            groups[position].kinds[finding.kind, default: 0] += 1
            groups[position].mostSevere = max(groups[position].mostSevere, finding.severity)
            if let firstSeen, groups[position].firstSeen.map({ firstSeen < $0 }) ?? true {
                groups[position].firstSeen = firstSeen
                if let today, let seen = CalendarDate(iso: firstSeen) { groups[position].ageInDays = today.dayNumber - seen.dayNumber }
            }
        }
        return groups
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
