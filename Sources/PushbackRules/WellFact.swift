import PushbackModel

/// A fact about a well that a condition can test. A closed, typed set: a rule naming any other
/// fact, or comparing one with a value of the wrong kind, is refused when the rule is loaded.
public enum WellFact: String, Sendable, CaseIterable {
    case status
    case rawStatus = "raw_status"
    case wellType = "well_type"
    case county
    case `operator`
    case field
    case spudDate = "spud_date"
    case statusDate = "status_date"
    /// Time from the spud date to the as-of date.
    case age
    /// Time from the status date to the as-of date.
    case timeInStatus = "time_in_status"

    /// What kind of value the fact holds, and so which operators apply.
    public enum Kind: String, Sendable {
        case text, date, period
    }

    public var kind: Kind {
        switch self {
        case .status, .rawStatus, .wellType, .county, .operator, .field: .text
        case .spudDate, .statusDate: .date
        case .age, .timeInStatus: .period
        }
    }

    /// The fact a source must give for this one to be known: the spud date for `age`, the status
    /// date for `time_in_status`, the fact itself otherwise.
    public var recordedAs: WellFact {
        switch self {
        case .age: .spudDate
        case .timeInStatus: .statusDate
        default: self
        }
    }

    /// The name rules use: `well.status`, `well.time_in_status`.
    public var name: String { "well.\(rawValue)" }

    /// Parses `well.status` (the `well.` prefix is required).
    public init?(name: String) {
        guard name.hasPrefix("well."), let fact = WellFact(rawValue: String(name.dropFirst(5))) else { return nil }
        self = fact
    }

    /// The fact's value for one well on an as-of date, or why there is none.
    func reading(of well: Well, asOf: CalendarDate) -> FactReading {
        func text(_ value: String?, _ missing: String) -> FactReading {
            value.map { .text($0) } ?? .missing("\(name): \(missing)")
        }
        func date(_ recorded: RecordedDate?) -> FactReading {
            guard let recorded else { return .missing("\(name): the source gives none") }
            guard let date = recorded.date else { return .missing("\(name): \"\(recorded.written)\" is not a date Pushback can read") }
            return .date(date, written: recorded.written)
        }
        switch self {
        case .status: return well.status == .unknown ? .missing("\(name): the source gives none it maps (\(well.rawStatus))") : .text(well.status.rawValue)
        case .rawStatus: return .text(well.rawStatus)
        case .wellType: return text(well.wellType, "the source gives none")
        case .county: return text(well.county, "the source gives none")
        case .operator: return text(well.operatorName, "the source gives none")
        case .field: return text(well.field, "the source gives none")
        case .spudDate: return date(well.spudDate)
        case .statusDate: return date(well.statusDate)
        case .age, .timeInStatus:
            guard case .date(let start, let written) = recordedAs.reading(of: well, asOf: asOf) else {
                return recordedAs.reading(of: well, asOf: asOf).renamed(as: name)
            }
            return .period(since: start, written: written, asOf: asOf)
        }
    }
}

/// A fact's value for one entity, or why it has none.
enum FactReading: Sendable, Equatable {
    case text(String)
    case date(CalendarDate, written: String)
    /// Elapsed time from `since` to the as-of date.
    case period(since: CalendarDate, written: String, asOf: CalendarDate)
    /// The fact is not known: the reason, naming the fact.
    case missing(String)

    func renamed(as name: String) -> FactReading {
        guard case .missing(let reason) = self else { return self }
        return .missing("\(name) cannot be computed — \(reason)")
    }

    /// The value as a finding shows it.
    var shown: String {
        switch self {
        case .text(let value): return value
        case .date(let date, let written): return date.description == written ? "\(date)" : "\(date) (written \"\(written)\")"
        case .period(let since, _, let asOf): return "\(Self.elapsed(from: since, to: asOf)) (since \(since), as of \(asOf))"
        case .missing(let reason): return "unknown (\(reason))"
        }
    }

    /// "12 years 3 months", "5 months", "17 days".
    static func elapsed(from start: CalendarDate, to end: CalendarDate) -> String {
        let months = start.wholeMonths(until: end)
        if months < 0 { return "\(start) is after the as-of date" }
        if months == 0 { return String(end.dayNumber - start.dayNumber) + " days" }
        let years = months / 12, rest = months % 12
        var text = ""
        if years > 0 { text += String(years) + (years == 1 ? " year" : " years") }
        if rest > 0 { text += (text.isEmpty ? "" : " ") + String(rest) + (rest == 1 ? " month" : " months") }
        return text
    }
}
