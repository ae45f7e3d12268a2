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
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]), let day = Self.number(bytes[8..<10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// A date as registries write one: `2026-11-28`, `11/28/2026` (US order), `20261128`, or any
    /// of these followed by a time (`11/20/1964 12:00:00 AM`, `2026-11-28T06:00:00Z`). Nil for anything else.
    public static func parse(written text: String) -> CalendarDate? {
        var bytes = Array(text.utf8)[...]
        while let first = bytes.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { bytes = bytes.dropFirst() }
        // The date is everything before a space or a `T` that starts a time.
        let end = bytes.firstIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "\t") } ?? bytes.endIndex
        let date = bytes[bytes.startIndex..<end]
        if date.count == 10, date[date.startIndex + 4] == UInt8(ascii: "-") {
            return CalendarDate(iso: String(decoding: date, as: UTF8.self))
        }
        let parts = date.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        if parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
           let month = number(parts[0]), let day = number(parts[1]), let year = number(parts[2]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if date.count == 8, let value = number(date) {
            return CalendarDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
        }
        return nil
    }

    /// The decimal number the ASCII digits spell; nil for any other byte or none.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
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
        guard (0...9999).contains(year) else {
            func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        // Millions of findings print dates: ten ASCII bytes, no intermediate strings.
        let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
        let (year, month, day) = (self.year, self.month, self.day)
        return String(unsafeUninitializedCapacity: 10) { buffer in
            buffer[0] = zero + UInt8(year / 1000); buffer[1] = zero + UInt8(year / 100 % 10)
            buffer[2] = zero + UInt8(year / 10 % 10); buffer[3] = zero + UInt8(year % 10); buffer[4] = dash
            buffer[5] = zero + UInt8(month / 10 % 10); buffer[6] = zero + UInt8(month % 10); buffer[7] = dash
            buffer[8] = zero + UInt8(day / 10 % 10); buffer[9] = zero + UInt8(day % 10)
            return 10
        }
    }
}
