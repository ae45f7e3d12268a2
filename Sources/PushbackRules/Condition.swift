import PushbackModel
import PushbackYAML

/// A rule's condition: a declarative, typed expression over an entity's facts, evaluated against
/// the as-of date (never the clock). Not Turing-complete: no variables, loops or user functions.
///
///     all: [ … ]  any: [ … ]  not: { … }
///     {fact: well.status, in: [idle, shut-in]}          text facts: in, equals
///     {fact: well.time_in_status, at_least: 12 months}  periods: at_least, more_than, at_most, less_than
///     {fact: well.spud_date, before: 1990-01-01}        dates: before, on_or_after
///     {document_on_file: {kind: rrc-h15, within: 12 months}}   a document naming the well
///     {document_on_file: {kind: blm-3160-5, stating: {action: Temporarily Abandon}, since: well.status_date}}
public indirect enum Condition: Sendable, Equatable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// The text fact is one of the values.
    case membership(WellFact, Set<String>)
    /// The period from the fact's date to the as-of date compares with a period.
    case period(WellFact, PeriodComparison, CalendarPeriod)
    /// The date fact is before (or on or after) a fixed date.
    case date(WellFact, DateComparison, CalendarDate)
    /// A document of the kind naming the well is on file — stating the values, dated within the
    /// period before the as-of date and on or after the well's date, when those are given.
    case documentOnFile(DocumentTest)

    public enum PeriodComparison: String, Sendable, CaseIterable {
        case atLeast = "at_least", moreThan = "more_than", atMost = "at_most", lessThan = "less_than"

        var symbol: String {
            switch self {
            case .atLeast: "≥"
            case .moreThan: ">"
            case .atMost: "≤"
            case .lessThan: "<"
            }
        }

        /// Whether the period from a date to `asOf` compares so, given the day the period is
        /// `reached` (the date plus the period): "at least 8 years" holds once that day has come.
        func holds(reached: CalendarDate, asOf: CalendarDate) -> Bool {
            switch self {
            case .atLeast: reached <= asOf
            case .moreThan: reached < asOf
            case .atMost: reached >= asOf
            case .lessThan: reached > asOf
            }
        }
    }

    public enum DateComparison: String, Sendable, CaseIterable {
        case before, onOrAfter = "on_or_after"
    }

    /// Every fact the condition reads.
    public var facts: Set<WellFact> {
        switch self {
        case .all(let items), .any(let items): items.reduce(into: []) { $0.formUnion($1.facts) }
        case .not(let item): item.facts
        case .membership(let fact, _), .period(let fact, _, _), .date(let fact, _, _): [fact]
        case .documentOnFile(let test): test.since.map { [$0] } ?? []
        }
    }

    /// True when the verdict can change with the as-of date alone (a period counted to it, or
    /// a document's recency), so a rule using it cannot reuse yesterday's findings.
    public var dependsOnAsOfDate: Bool {
        switch self {
        case .all(let items), .any(let items): items.contains(where: \.dependsOnAsOfDate)
        case .not(let item): item.dependsOnAsOfDate
        case .period: true
        case .documentOnFile(let test): test.within != nil
        case .membership, .date: false
        }
    }

    /// Every document kind the condition asks about.
    public var documentKinds: Set<DocumentKind> {
        switch self {
        case .all(let items), .any(let items): items.reduce(into: []) { $0.formUnion($1.documentKinds) }
        case .not(let item): item.documentKinds
        case .documentOnFile(let test): [test.kind]
        case .membership, .period, .date: []
        }
    }

    /// Every field the condition's document tests ask documents to state (`action`).
    public var statedFields: Set<String> {
        switch self {
        case .all(let items), .any(let items): items.reduce(into: []) { $0.formUnion($1.statedFields) }
        case .not(let item): item.statedFields
        case .documentOnFile(let test): Set(test.stating.keys)
        case .membership, .period, .date: []
        }
    }

    /// Parses a condition; an unknown fact, an operator that does not fit the fact's kind, or a
    /// value in the wrong unit is an error naming the line.
    public static func parse(_ node: YAMLNode) throws(YAMLError) -> Condition {
        let entries = try node.entries()
        let keys = Set(entries.map(\.key))
        if keys == ["all"] || keys == ["any"] {
            let items = try node.required(keys.first!).array().map { item throws(YAMLError) in try parse(item) }
            guard !items.isEmpty else { throw node.error("\(keys.first!) needs at least one condition") }
            return keys == ["all"] ? .all(items) : .any(items)
        }
        if keys == ["not"] { return .not(try parse(node.required("not"))) }
        if keys == ["document_on_file"] {
            let test = try node.required("document_on_file")
            try test.checkKeys(allowed: ["kind", "within", "stating", "since"])
            let within = try test.optional("within").map { n throws(YAMLError) in try RuleLoader.periodValue(n) }
            var stating: [String: Set<String>] = [:]
            if let statingNode = try test.optional("stating") {
                for entry in try statingNode.entries() {
                    let values = try entry.value.strings()
                    guard !values.isEmpty else { throw entry.value.error("stating \(entry.key) needs at least one value") }
                    stating[entry.key] = Set(values)
                }
                guard !stating.isEmpty else { throw statingNode.error("stating needs at least one field") }
            }
            var since: WellFact?
            if let sinceNode = try test.optional("since") {
                let name = try sinceNode.string()
                guard let fact = WellFact(name: name), fact.kind == .date else {
                    throw sinceNode.error("since takes a date fact of the well: \(WellFact.allCases.filter { $0.kind == .date }.map(\.name).joined(separator: ", "))")
                }
                since = fact
            }
            return .documentOnFile(DocumentTest(kind: DocumentKind(rawValue: try test.required("kind").string()), within: within, stating: stating, since: since))
        }
        let factNode = try node.required("fact")
        let factName = try factNode.string()
        guard let fact = WellFact(name: factName) else {
            throw factNode.error("unknown fact \"\(factName)\"; known: \(WellFact.allCases.map(\.name).joined(separator: ", "))")
        }
        let operators = keys.subtracting(["fact"])
        guard operators.count == 1, let op = operators.first else {
            throw node.error("a fact test takes one operator besides fact (found \(operators.sorted().joined(separator: ", ")))")
        }
        let operand = try node.required(op)
        switch (fact.kind, op) {
        case (.text, "in"), (.text, "equals"):
            let values = op == "in" ? try operand.strings() : [try operand.string()]
            if fact == .status, let unknown = values.first(where: { !WellStatus.known.contains(WellStatus(rawValue: $0)) }) {
                throw operand.error("\"\(unknown)\" is not a well status; known: \(WellStatus.known.map(\.rawValue).sorted().joined(separator: ", "))")
            }
            return .membership(fact, Set(values))
        case (.period, _):
            guard let comparison = PeriodComparison(rawValue: op) else {
                throw node.error("\(fact.name) is a period; compare it with \(PeriodComparison.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let text = try operand.string()
            do { return .period(fact, comparison, try CalendarPeriod(parsing: text)) } catch {
                throw operand.error("expected a period such as \"24 months\": \(error.reason)")
            }
        case (.date, _):
            guard let comparison = DateComparison(rawValue: op) else {
                throw node.error("\(fact.name) is a date; compare it with before or on_or_after")
            }
            guard let date = CalendarDate(iso: try operand.string()) else { throw operand.error("expected a date as YYYY-MM-DD") }
            return .date(fact, comparison, date)
        default:
            throw node.error("\(fact.name) is \(fact.kind == .text ? "text; test it with in or equals" : "a \(fact.kind.rawValue)"), not with \(op)")
        }
    }
}
