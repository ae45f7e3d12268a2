import PushbackModel

/// A condition's verdict on one entity — true, false, or unknown because a fact it needed is
/// missing — with the steps that led there and, when unknown, the facts that were missing.
struct ConditionResult: Sendable {
    enum Truth: String, Sendable {
        case `true`, `false`, unknown
    }

    var truth: Truth
    var steps: [ExplanationStep]
    /// Every fact test evaluated, with the actual value and the operand.
    var compared: [ComparedValue]
    /// Why the verdict is unknown: each missing fact with its reason (empty unless `unknown`).
    var missing: [MissingFact]

    /// A fact a source must give and did not (the status date behind `time_in_status`, a
    /// document's date), by name (`well.status_date`).
    struct MissingFact: Sendable, Hashable {
        var fact: String
        var reason: String
    }

    /// The verdict alone, without the explanation: what millions of wells that raise nothing need.
    static func truth(of condition: Condition, well: Well, documents: [DocumentOnFile] = [], asOf: CalendarDate) -> Truth {
        switch condition {
        case .all(let items), .any(let items):
            // A false part decides an `all`, a true part an `any`; otherwise unknown propagates.
            let isAll = if case .all = condition { true } else { false }
            let decisive: Truth = isAll ? .false : .true
            var sawUnknown = false
            for item in items {
                let part = truth(of: item, well: well, documents: documents, asOf: asOf)
                if part == decisive { return decisive }
                if part == .unknown { sawUnknown = true }
            }
            return sawUnknown ? .unknown : (isAll ? .true : .false)
        case .not(let item):
            switch truth(of: item, well: well, documents: documents, asOf: asOf) {
            case .true: return .false
            case .false: return .true
            case .unknown: return .unknown
            }
        case .membership(let fact, let values):
            guard case .text(let value) = fact.reading(of: well, asOf: asOf) else { return .unknown }
            return values.contains(value) ? .true : .false
        case .period(let fact, let comparison, let period):
            guard case .period(let since, _, _) = fact.reading(of: well, asOf: asOf) else { return .unknown }
            let reached = period.after(since)
            let holds = comparison.holds(reached: reached, asOf: asOf)
            return holds ? .true : .false
        case .date(let fact, let comparison, let limit):
            guard case .date(let date, _) = fact.reading(of: well, asOf: asOf) else { return .unknown }
            return (comparison == .before ? date < limit : date >= limit) ? .true : .false
        case .documentOnFile(let test):
            return documents.isEmpty ? .false : documentTruth(test, well: well, documents: documents, asOf: asOf).truth
        }
    }

    /// Evaluates `condition` for `well` on `asOf`, with every step explained; `depth` indents the
    /// explanation. Its verdict is always `truth(of:well:asOf:)`'s.
    static func evaluate(_ condition: Condition, well: Well, documents: [DocumentOnFile] = [], asOf: CalendarDate, depth: Int = 0) -> ConditionResult {
        switch condition {
        case .all(let items), .any(let items):
            let isAll = if case .all = condition { true } else { false }
            let results = items.map { evaluate($0, well: well, documents: documents, asOf: asOf, depth: depth + 1) }
            let decisive: ConditionResult.Truth = isAll ? .false : .true
            let truth: Truth
            if results.contains(where: { $0.truth == decisive }) {
                truth = decisive
            } else if results.contains(where: { $0.truth == .unknown }) {
                truth = .unknown
            } else {
                truth = isAll ? .true : .false
            }
            let missing = truth == .unknown ? results.flatMap(\.missing) : []
            let head = ExplanationStep(depth: depth, text: isAll ? "all of" : "any of", outcome: truth.rawValue)
            return ConditionResult(truth: truth, steps: [head] + results.flatMap(\.steps), compared: results.flatMap(\.compared), missing: missing)
        case .not(let item):
            let inner = evaluate(item, well: well, documents: documents, asOf: asOf, depth: depth + 1)
            let truth: Truth = switch inner.truth {
            case .true: .false
            case .false: .true
            case .unknown: .unknown
            }
            return ConditionResult(truth: truth, steps: [ExplanationStep(depth: depth, text: "not", outcome: truth.rawValue)] + inner.steps, compared: inner.compared, missing: inner.missing)
        case .membership(let fact, let values):
            let reading = fact.reading(of: well, asOf: asOf)
            let listed = values.sorted().joined(separator: ", ")
            guard case .text(let value) = reading else { return unknown(fact, reading, "\(fact.name) in [\(listed)]", depth: depth) }
            let truth: Truth = values.contains(value) ? .true : .false
            return leaf("\(fact.name) = \(value) \(truth == .true ? "∈" : "∉") [\(listed)]", truth, depth,
                        ComparedValue(name: fact.name, actual: value, limit: listed, comparison: "in"))
        case .period(let fact, let comparison, let period):
            let reading = fact.reading(of: well, asOf: asOf)
            guard case .period(let since, _, _) = reading else { return unknown(fact, reading, "\(fact.name) \(comparison.symbol) \(period)", depth: depth) }
            let reached = period.after(since)
            let holds = comparison.holds(reached: reached, asOf: asOf)
            let shown = reading.shown, limit = period.description
            return leaf("\(fact.name) = \(shown) \(comparison.symbol) \(limit) (reached \(reached))", holds ? .true : .false, depth,
                        ComparedValue(name: fact.name, actual: shown, limit: limit, comparison: comparison.symbol))
        case .date(let fact, let comparison, let limit):
            let reading = fact.reading(of: well, asOf: asOf)
            guard case .date(let date, _) = reading else { return unknown(fact, reading, "\(fact.name) \(comparison.rawValue) \(limit)", depth: depth) }
            let holds = comparison == .before ? date < limit : date >= limit
            let symbol = comparison == .before ? "<" : "≥"
            let shown = reading.shown, limitShown = limit.description
            return leaf("\(fact.name) = \(shown) \(symbol) \(limitShown)", holds ? .true : .false, depth,
                        ComparedValue(name: fact.name, actual: shown, limit: limitShown, comparison: symbol))
        case .documentOnFile(let test):
            return documentLeaf(test, well: well, documents: documents, asOf: asOf, depth: depth)
        }
    }

    /// The documents passing `test` for the well; unknown when some match but the test's `since`
    /// date is missing from the well's record (with the reason).
    private static func documentTruth(_ test: DocumentTest, well: Well, documents: [DocumentOnFile], asOf: CalendarDate) -> (truth: Truth, found: DocumentsOnFile, missing: String?) {
        var earliest: CalendarDate?
        var missing: String?
        if let since = test.since {
            switch since.reading(of: well, asOf: asOf) {
            case .date(let date, _): earliest = date
            case .missing(let reason): missing = reason
            default: missing = "\(since.name) is not a date"
            }
        }
        let found = DocumentsOnFile(test, earliest: earliest, documents: documents, asOf: asOf)
        if missing != nil, !found.matching.isEmpty { return (.unknown, found, missing) }
        return (found.truth, found, nil)
    }

    private static func documentLeaf(_ test: DocumentTest, well: Well, documents onFile: [DocumentOnFile], asOf: CalendarDate, depth: Int) -> ConditionResult {
        let (truth, found, missingSince) = documentTruth(test, well: well, documents: onFile, asOf: asOf)
        var limits: [String] = [], shownLimits: [String] = []
        if let within = test.within { limits.append("within \(within) before \(asOf)"); shownLimits.append("within \(within)") }
        if let since = test.since { limits.append("dated on or after \(since.name)"); shownLimits.append("on or after \(since.name)") }
        let described = "\(test.described) naming \(well.api.formatted) on file\(limits.isEmpty ? "" : " \(limits.joined(separator: " and "))")"
        let shown = missingSince.map { "\(found.matching.count) on file, but \($0)" } ?? found.shown
        let step = ExplanationStep(depth: depth, text: "\(described): \(shown)", outcome: truth.rawValue)
        let compared = ComparedValue(name: "\(test.described) on file", actual: shown, limit: shownLimits.isEmpty ? nil : shownLimits.joined(separator: " and "),
                                     comparison: shownLimits.isEmpty ? nil : "dated")
        let missing: [MissingFact] = switch (truth, missingSince, test.since) {
        case (.unknown, let reason?, let since?): [MissingFact(fact: since.recordedAs.name, reason: reason)]
        case (.unknown, _, _): [MissingFact(fact: "\(test.kind) date", reason: "\(test.kind) on file but its date cannot be read: \(shown)")]
        default: []
        }
        return ConditionResult(truth: truth, steps: [step], compared: [compared], missing: missing)
    }

    private static func leaf(_ text: String, _ truth: Truth, _ depth: Int, _ compared: ComparedValue) -> ConditionResult {
        ConditionResult(truth: truth, steps: [ExplanationStep(depth: depth, text: text, outcome: truth.rawValue)], compared: [compared], missing: [])
    }

    private static func unknown(_ fact: WellFact, _ reading: FactReading, _ test: String, depth: Int) -> ConditionResult {
        let reason = if case .missing(let why) = reading { why } else { "\(fact.name) has a value of the wrong kind" }
        return ConditionResult(
            truth: .unknown, steps: [ExplanationStep(depth: depth, text: "\(test): \(reason)", outcome: Truth.unknown.rawValue)],
            compared: [ComparedValue(name: fact.name, actual: "unknown — \(reason)")], missing: [MissingFact(fact: fact.recordedAs.name, reason: reason)]
        )
    }
}
