/// A length of calendar time as regulations state it: "24 months", "8 years", "90 days".
/// Months and years are calendar months (added with `CalendarDate.adding(months:)`), days are days.
public struct CalendarPeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable, Codable {
        case days, months, years
    }

    public var count: Int
    public var unit: Unit

    public init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Parses `24 months`, `1 year`, `8 yr`, `90 days`, `6 mo`.
    public init(parsing text: String) throws(QuantityError) {
        let (value, unitText) = try Quantity.split(text)
        guard value >= 0, value == value.rounded(), value < 10_000 else {
            throw QuantityError(text: text, reason: "a period is a whole, non-negative number of days, months or years")
        }
        switch unitText {
        case "day", "days", "d": self.init(Int(value), .days)
        case "month", "months", "mo", "mos": self.init(Int(value), .months)
        case "year", "years", "yr", "yrs", "y": self.init(Int(value), .years)
        default: throw QuantityError(text: text, reason: "\"\(unitText)\" is not a unit of time (days, months, years)")
        }
    }

    /// The date this period after `date`.
    public func after(_ date: CalendarDate) -> CalendarDate {
        switch unit {
        case .days: date.adding(days: count)
        case .months: date.adding(months: count)
        case .years: date.adding(months: count * 12)
        }
    }

    /// The date this period before `date`.
    public func before(_ date: CalendarDate) -> CalendarDate {
        switch unit {
        case .days: date.adding(days: -count)
        case .months: date.adding(months: -count)
        case .years: date.adding(months: -count * 12)
        }
    }

    /// `24 months`, `1 year`.
    public var description: String {
        let name = count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue
        return "\(count) \(name)"
    }
}
