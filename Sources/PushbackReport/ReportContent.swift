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

    public init(
        asOf: String, isComplete: Bool, documents: [DocumentOutcome], problems: [IntakeProblem], findings: [Finding], rules: [RuleSummary],
        jurisdictionNames: [String: String], interruptedRuns: [(id: String, startedAt: String)] = [], wellLinks: [DocumentWellLink] = []
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
    public var interruptionNotices: [String] {
        interruptedRuns.map { run in
            "EARLIER RUN INCOMPLETE: run \(run.id) (started \(run.startedAt)) never finished — it was killed or cut off, and its report was never written; this run did its work again."
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
