/// A day on the proleptic Gregorian calendar, with no time zone: what registries, forms and the
/// as-of date write. Ordered; month arithmetic clamps to the month's last day (Jan 31 + 1 month
/// is Feb 28 or 29), as a regulation's "within 24 months" is read.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Nil unless `year-month-day` is a real date between years 1000 and 9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2026-11-28`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// A date as registries write one: `2026-11-28`, `11/28/2026` (US order), `20261128`, or any
    /// of these followed by a time (`11/20/1964 12:00:00 AM`). Nil for anything else.
    public static func parse(written text: String) -> CalendarDate? {
        let trimmed = text.trimmingWhitespace()
        let datePart = trimmed.split(separator: " ", maxSplits: 1).first.map(String.init) ?? trimmed
        let dateText = datePart.split(separator: "T", maxSplits: 1).first.map(String.init) ?? datePart
        if let date = CalendarDate(iso: dateText) { return date }
        let slashed = dateText.split(separator: "/", omittingEmptySubsequences: false)
        if slashed.count == 3, slashed[2].count == 4, let month = Int(slashed[0]), let day = Int(slashed[1]), let year = Int(slashed[2]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if dateText.count == 8, dateText.allSatisfy(\.isNumber), let number = Int(dateText) {
            return CalendarDate(year: number / 10_000, month: number / 100 % 100, day: number % 100)
        }
        return nil
    }

    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The date `months` calendar months later (earlier when negative), clamped to the month's end.
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        return CalendarDate(year: newYear, month: newMonth, day: min(day, Self.days(inMonth: newMonth, of: newYear)))!
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Whole calendar months from `self` to `later`, as `adding(months:)` counts them (Jan 15 →
    /// Feb 14 is 0, Jan 15 → Feb 15 is 1, Jan 31 → Feb 29 of 2024 is 1); negative when `later` is earlier.
    public func wholeMonths(until later: CalendarDate) -> Int {
        var months = (later.year - year) * 12 + (later.month - month)
        if months > 0, adding(months: months) > later { months -= 1 }
        if months < 0, adding(months: months) < later { months += 1 }
        return months
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
