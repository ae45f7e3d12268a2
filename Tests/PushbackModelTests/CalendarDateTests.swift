import PushbackModel
import Testing

@Suite("Calendar dates and periods")
struct CalendarDateTests {
    @Test("dates as registries write them", arguments: [
        ("2026-11-28", "2026-11-28"), ("11/20/1964", "1964-11-20"), ("2/1/2024", "2024-02-01"), ("20240229", "2024-02-29"),
        ("11/20/1964 12:00:00 AM", "1964-11-20"), ("2026-11-28T06:00:00Z", "2026-11-28"), (" 1/1/2023 ", "2023-01-01"),
    ])
    func parses(written: String, iso: String) {
        #expect(CalendarDate.parse(written: written)?.description == iso)
    }

    @Test("what is not a real date is nil", arguments: ["2/30/2024", "20230229", "13/1/2020", "sometime in 2019", "", "1/1/23", "2026-1-5"])
    func refuses(written: String) {
        #expect(CalendarDate.parse(written: written) == nil)
        #expect(RecordedDate(written: written).date == nil)
    }

    @Test("months clamp to the month's end; day numbers round-trip")
    func arithmetic() throws {
        let jan31 = try #require(CalendarDate(iso: "2024-01-31"))
        #expect(jan31.adding(months: 1).description == "2024-02-29")
        #expect(jan31.adding(months: 13).description == "2025-02-28")
        #expect(jan31.adding(months: -2).description == "2023-11-30")
        #expect(CalendarDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CalendarDate(iso: "2026-11-28")!.dayNumber == 20_785)  // Python: (date(2026, 11, 28) - date(1970, 1, 1)).days
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: number).dayNumber == number)
        }
        #expect(jan31.wholeMonths(until: CalendarDate(iso: "2024-02-28")!) == 0)
        #expect(jan31.wholeMonths(until: CalendarDate(iso: "2024-02-29")!) == 1, "Jan 31 + 1 month is Feb 29 in 2024")
        #expect(CalendarDate(iso: "2024-01-15")!.wholeMonths(until: CalendarDate(iso: "2024-02-15")!) == 1)
        #expect(CalendarDate(iso: "2015-07-01")!.wholeMonths(until: CalendarDate(iso: "2026-11-28")!) == 136)
    }

    @Test("periods: parsing, units refused, before and after")
    func periods() throws {
        #expect(try CalendarPeriod(parsing: "24 months") == CalendarPeriod(24, .months))
        #expect(try CalendarPeriod(parsing: "1 year").description == "1 year")
        #expect(try CalendarPeriod(parsing: "90 days").after(CalendarDate(iso: "2026-11-28")!).description == "2027-02-26")
        #expect(try CalendarPeriod(parsing: "8 years").before(CalendarDate(iso: "2024-02-29")!).description == "2016-02-29")
        #expect(throws: QuantityError.self) { try CalendarPeriod(parsing: "3,200 ft") }
        #expect(throws: QuantityError.self) { try CalendarPeriod(parsing: "1.5 years") }
    }
}
