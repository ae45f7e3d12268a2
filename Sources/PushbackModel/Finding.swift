/// The regulation or practice a rule rests on.
public struct Citation: Sendable, Hashable, Codable {
    public var text: String
    public var url: String

    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}

/// The thing a finding is about: a well, a school, a document, a JSA.
public struct Subject: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `well`, `receptor`, `document`, `lease`, `jsa`.
    public var type: String
    /// Business key: normalized API number, CDS code, content hash, lease serial.
    public var id: String
    public var name: String?

    public init(type: String, id: String, name: String? = nil) {
        self.type = type
        self.id = id
        self.name = name
    }

    public var description: String { name.map { "\(type) \(id) (\($0))" } ?? "\(type) \(id)" }
}

/// One value a rule compared, with what it was compared against.
public struct ComparedValue: Sendable, Hashable, Codable {
    /// What was measured, e.g. `distance well → school`.
    public var name: String
    /// The actual value, formatted with its unit.
    public var actual: String
    /// The threshold or expected value, formatted with its unit.
    public var limit: String?
    /// How they relate, e.g. `≤`.
    public var comparison: String?

    public init(name: String, actual: String, limit: String? = nil, comparison: String? = nil) {
        self.name = name
        self.actual = actual
        self.limit = limit
        self.comparison = comparison
    }
}

/// A pushback finding: what is wrong (or could not be checked), why, on what evidence, and
/// what to do next.
public struct Finding: Sendable, Hashable, Codable {
    public var ruleID: String
    public var ruleVersion: Int
    public var kind: FindingKind
    public var severity: Severity
    public var title: String
    public var message: String
    public var remediation: String
    public var citation: Citation
    /// Whether the rule is regulation text or an engineering heuristic.
    public var basis: String
    public var subject: Subject
    /// Other things involved (the school in a setback finding).
    public var related: [Subject]
    /// Jurisdiction ids, innermost first (`us-ca`, `us`).
    public var jurisdictions: [String]
    public var comparedValues: [ComparedValue]
    public var evidence: [Evidence]
    /// The day an obligation the rule found falls (or fell) due, `YYYY-MM-DD`.
    public var due: String?
    /// How a condition rule reached its verdict, step by step (`pushback explain`).
    public var explanation: [ExplanationStep]?
    /// Where the finding lies, when its subject is located (maps, GeoJSON).
    public var geometry: FindingGeometry?
    /// The readings a reading-based finding rests on, for its chart.
    public var chart: FindingChart?
    /// Identity across runs: the rule's lineage (through `supersedes`), the subject and related
    /// subjects — never file paths or line numbers. Set by the sweep (`FindingFingerprint`).
    public var fingerprint: String?

    public init(
        ruleID: String, ruleVersion: Int, kind: FindingKind, severity: Severity, title: String,
        message: String, remediation: String, citation: Citation, basis: String, subject: Subject,
        related: [Subject] = [], jurisdictions: [String], comparedValues: [ComparedValue], evidence: [Evidence],
        due: String? = nil, explanation: [ExplanationStep]? = nil, geometry: FindingGeometry? = nil, chart: FindingChart? = nil
    ) {
        self.ruleID = ruleID
        self.ruleVersion = ruleVersion
        self.kind = kind
        self.severity = severity
        self.title = title
        self.message = message
        self.remediation = remediation
        self.citation = citation
        self.basis = basis
        self.subject = subject
        self.related = related
        self.jurisdictions = jurisdictions
        self.comparedValues = comparedValues
        self.evidence = evidence
        self.due = due
        self.explanation = explanation
        self.geometry = geometry
        self.chart = chart
    }
}

/// One step of a rule's reasoning: a condition, the values it looked at, and what it concluded.
public struct ExplanationStep: Sendable, Hashable, Codable {
    /// Nesting depth in the condition tree (0: the rule's top-level condition).
    public var depth: Int
    /// What was tested, with the actual values: `well.time_in_status = 3 years 2 months (since 2023-09-01) ≥ 12 months`.
    public var text: String
    /// `true`, `false` or `unknown` (a fact was missing).
    public var outcome: String

    public init(depth: Int, text: String, outcome: String) {
        self.depth = depth
        self.text = text
        self.outcome = outcome
    }
}
