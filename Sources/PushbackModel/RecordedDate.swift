/// A date as a source wrote it, and the calendar date read from it (nil when the text is not a
/// date Pushback can read — kept so the finding can quote it).
public struct RecordedDate: Sendable, Hashable, Codable, CustomStringConvertible {
    public var written: String
    public var date: CalendarDate?

    public init(written: String) {
        self.written = written
        date = CalendarDate.parse(written: written)
    }

    public var description: String { date.map { "\($0)" + ($0.description == written ? "" : " (written \"\(written)\")") } ?? "\"\(written)\" (not a date)" }
}
