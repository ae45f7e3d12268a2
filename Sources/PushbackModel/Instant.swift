/// A moment to the second — seconds since 1970-01-01T00:00:00Z — with the UTC offset it was
/// written in, so it can be shown as its writer saw it. Two instants compare by the moment alone.
public struct Instant: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var seconds: Int64
    /// Minutes east of UTC of the clock that wrote it (−360 for CST).
    public var utcOffsetMinutes: Int

    public init(seconds: Int64, utcOffsetMinutes: Int = 0) {
        self.seconds = seconds
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// The instant a clock `utcOffsetMinutes` east of UTC shows as `date` `hour`:`minute`:`second`.
    public init(date: CalendarDate, hour: Int, minute: Int, second: Int = 0, utcOffsetMinutes: Int) {
        let local = Int64(date.dayNumber) * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
        self.init(seconds: local - Int64(utcOffsetMinutes * 60), utcOffsetMinutes: utcOffsetMinutes)
    }

    /// The same moment, shown on a clock `offset` minutes east of UTC.
    public func shown(atOffset offset: Int) -> Instant { Instant(seconds: seconds, utcOffsetMinutes: offset) }

    public func adding(seconds delta: Int64) -> Instant { Instant(seconds: seconds + delta, utcOffsetMinutes: utcOffsetMinutes) }

    /// The local day and time of day on the writer's clock.
    public var local: (date: CalendarDate, hour: Int, minute: Int, second: Int) {
        let shifted = seconds + Int64(utcOffsetMinutes * 60)
        let day = shifted >= 0 ? shifted / 86_400 : (shifted - 86_399) / 86_400
        let rest = Int(shifted - day * 86_400)
        return (CalendarDate(dayNumber: Int(day)), rest / 3_600, rest % 3_600 / 60, rest % 60)
    }

    /// `07:31` on the writer's clock.
    public var clockText: String {
        let time = local
        return Self.two(time.hour) + ":" + Self.two(time.minute)
    }

    /// `2026-11-19T07:31:00-06:00`.
    public var description: String {
        let time = local
        return "\(time.date)T\(Self.two(time.hour)):\(Self.two(time.minute)):\(Self.two(time.second))\(Self.offsetText(utcOffsetMinutes))"
    }

    /// `-06:00`, `+05:30`, `Z` for UTC.
    public static func offsetText(_ minutes: Int) -> String {
        guard minutes != 0 else { return "Z" }
        return (minutes < 0 ? "-" : "+") + two(abs(minutes) / 60) + ":" + two(abs(minutes) % 60)
    }

    /// `2 h 05 min`, `40 s`: how far apart two instants are.
    public static func span(_ seconds: Int64) -> String {
        let value = abs(seconds)
        if value < 60 { return "\(value) s" }
        if value < 3_600 { return "\(value / 60) min" }
        let hours = value / 3_600, minutes = value % 3_600 / 60
        if hours >= 48 { return "\(hours / 24) days" }
        return minutes == 0 ? "\(hours) h" : "\(hours) h \(two(Int(minutes))) min"
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.seconds < rhs.seconds }
    public static func == (lhs: Instant, rhs: Instant) -> Bool { lhs.seconds == rhs.seconds }
    public func hash(into hasher: inout Hasher) { hasher.combine(seconds) }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension Instant {
    /// Why a timestamp cannot be read.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var text: String
        public var reason: String
        public var description: String { "\"\(text)\" \(reason)" }
    }

    /// Reads `2026-11-19T07:31:00-06:00`, `2026-11-19 07:31:00Z`, `2026-11-19T07:31` and
    /// `11/19/2026 7:31:00 AM`. A timestamp without an offset takes `defaultOffsetMinutes`; with
    /// neither it cannot be placed in time and is refused.
    public static func parse(_ text: String, defaultOffsetMinutes: Int?) throws(ParseError) -> Instant {
        let trimmed = text.trimmingWhitespace()
        var rest = Substring(trimmed)
        let date: CalendarDate
        if let match = rest.prefixMatch(of: /(\d{4})-(\d{2})-(\d{2})/) {
            guard let parsed = CalendarDate(year: Int(match.1)!, month: Int(match.2)!, day: Int(match.3)!) else { throw ParseError(text: text, reason: "is not a calendar date") }
            date = parsed
            rest = rest[match.range.upperBound...]
        } else if let match = rest.prefixMatch(of: /(\d{1,2})\/(\d{1,2})\/(\d{4})/) {
            guard let parsed = CalendarDate(year: Int(match.3)!, month: Int(match.1)!, day: Int(match.2)!) else { throw ParseError(text: text, reason: "is not a calendar date") }
            date = parsed
            rest = rest[match.range.upperBound...]
        } else {
            throw ParseError(text: text, reason: "is not a timestamp (YYYY-MM-DDTHH:MM:SS±HH:MM or M/D/YYYY H:MM)")
        }
        guard let time = rest.prefixMatch(of: /[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?/) else {
            throw ParseError(text: text, reason: "has no time of day")
        }
        var hour = Int(time.1)!
        let minute = Int(time.2)!, second = time.3.map { Int($0)! } ?? 0
        rest = rest[time.range.upperBound...]
        if let meridiem = rest.prefixMatch(of: /\s*([AaPp])\.?[Mm]\.?/) {
            guard (1...12).contains(hour) else { throw ParseError(text: text, reason: "has hour \(hour) with AM/PM") }
            let isPM = meridiem.1.lowercased() == "p"
            hour = hour % 12 + (isPM ? 12 : 0)
            rest = rest[meridiem.range.upperBound...]
        }
        guard hour < 24, minute < 60, second < 60 else { throw ParseError(text: text, reason: "is not a time of day") }
        let offset: Int
        let zone = String(rest).trimmingWhitespace()
        if zone.isEmpty {
            guard let defaultOffsetMinutes else { throw ParseError(text: text, reason: "has no UTC offset (write it as -06:00 or Z, or give the file's utc_offset)") }
            offset = defaultOffsetMinutes
        } else if zone == "Z" || zone == "UTC" {
            offset = 0
        } else if let match = zone.wholeMatch(of: /([+-])(\d{2}):?(\d{2})/) {
            let minutes = Int(match.2)! * 60 + Int(match.3)!
            guard minutes <= 14 * 60 else { throw ParseError(text: text, reason: "has a UTC offset beyond ±14:00") }
            offset = match.1 == "-" ? -minutes : minutes
        } else {
            throw ParseError(text: text, reason: "ends in \"\(zone)\", not a UTC offset")
        }
        return Instant(date: date, hour: hour, minute: minute, second: second, utcOffsetMinutes: offset)
    }

    /// Reads a UTC offset written alone: `-06:00`, `-0600`, `-6`, `Z`.
    public static func parseOffset(_ text: String) throws(ParseError) -> Int {
        let trimmed = text.trimmingWhitespace()
        if trimmed == "Z" || trimmed == "UTC" || trimmed == "0" { return 0 }
        if let match = trimmed.wholeMatch(of: /([+-])(\d{1,2})(?::?(\d{2}))?/) {
            let minutes = Int(match.2)! * 60 + (match.3.map { Int($0)! } ?? 0)
            guard minutes <= 14 * 60 else { throw ParseError(text: text, reason: "is beyond ±14:00") }
            return match.1 == "-" ? -minutes : minutes
        }
        throw ParseError(text: text, reason: "is not a UTC offset (-06:00, +05:30, Z)")
    }
}
