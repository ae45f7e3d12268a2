import Foundation

/// The as-of date: validated `YYYY-MM-DD`, or today's date where the run happens.
public enum AsOfDate {
    /// Why a date argument is not usable.
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public var text: String
        public var description: String { "--as-of \"\(text)\" is not a calendar date written YYYY-MM-DD" }
    }

    /// Checks that `text` is a real calendar date such as `2026-11-28`.
    public static func validate(_ text: String) throws(Invalid) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1
        else { throw Invalid(text: text) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              calendar.component(.day, from: date) == day
        else { throw Invalid(text: text) }
        return text
    }

    /// Today's date in the local time zone (the one cron runs in).
    public static func today(now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: now)
    }
}
