import PushbackModel
import Testing

@Suite("Instants and the clocks they were written on")
struct InstantTests {
    @Test("ISO 8601 with offsets, Z, naive with a default offset, and US dates with AM/PM")
    func parsing() throws {
        let cst = try Instant.parse("2026-11-20T08:12:00-06:00", defaultOffsetMinutes: nil)
        #expect(cst.seconds == 1_795_183_920 && cst.utcOffsetMinutes == -360 && cst.clockText == "08:12")
        #expect(try Instant.parse("2026-11-20 14:12:00Z", defaultOffsetMinutes: nil) == cst)
        #expect(try Instant.parse("2026-11-20T14:12", defaultOffsetMinutes: 0) == cst)
        #expect(try Instant.parse("11/20/2026 8:12:00 AM", defaultOffsetMinutes: -360) == cst)
        #expect(try Instant.parse("11/20/2026 2:12 PM", defaultOffsetMinutes: 0) == cst)
        #expect(try Instant.parse("11/20/2026 12:05 AM", defaultOffsetMinutes: 0).local.hour == 0)
        #expect(try Instant.parse("2026-11-20T08:12:00-0600", defaultOffsetMinutes: nil) == cst)
        #expect(cst.description == "2026-11-20T08:12:00-06:00")
        #expect(cst.shown(atOffset: 0).description == "2026-11-20T14:12:00Z")
    }

    @Test("what cannot be placed in time is refused with the reason", arguments: [
        ("2026-11-20T08:12:00", "has no UTC offset"), ("2026-02-30T08:00:00Z", "not a calendar date"), ("08:12", "is not a timestamp"),
        ("2026-11-20", "has no time of day"), ("2026-11-20T25:00:00Z", "not a time of day"), ("2026-11-20T08:00:00 CST", "not a UTC offset"),
        ("11/20/2026 13:00 PM", "with AM/PM"), ("2026-11-20T08:00:00+15:00", "beyond ±14:00"),
    ])
    func refusals(text: String, reason: String) {
        #expect(throws: Instant.ParseError.self) { try Instant.parse(text, defaultOffsetMinutes: nil) }
        do { _ = try Instant.parse(text, defaultOffsetMinutes: nil) } catch { #expect(error.description.contains(reason), "\(error)") }
    }

    @Test("offsets written alone; spans between instants; local days before 1970 and across midnight")
    func offsetsAndSpans() throws {
        #expect(try Instant.parseOffset("-06:00") == -360 && Instant.parseOffset("+0530") == 330 && Instant.parseOffset("-7") == -420 && Instant.parseOffset("Z") == 0)
        #expect(throws: Instant.ParseError.self) { try Instant.parseOffset("CST") }
        #expect(Instant.span(40) == "40 s" && Instant.span(-900) == "15 min" && Instant.span(3_900) == "1 h 05 min" && Instant.span(7_200) == "2 h" && Instant.span(3 * 86_400) == "3 days")
        let before = Instant(date: CalendarDate(year: 1969, month: 12, day: 31)!, hour: 23, minute: 30, utcOffsetMinutes: 0)
        #expect(before.seconds == -1_800 && before.local.date == CalendarDate(year: 1969, month: 12, day: 31)! && before.clockText == "23:30")
        let late = Instant(date: CalendarDate(year: 2026, month: 11, day: 20)!, hour: 23, minute: 0, utcOffsetMinutes: -360)
        #expect(late.shown(atOffset: 0).local.date == CalendarDate(year: 2026, month: 11, day: 21)!)
    }

    @Test("a claim's summary reads back to the same claim, whatever it states")
    func claimSummaryRoundTrip() {
        let evidence = Evidence(source: SourceReference(sha256: "x", path: "jsa.txt"), line: 3, quote: "q")
        let claims = [
            JobSafetyAnalysis.Claim(kind: .bleedDown, point: "casing", value: 0, unit: "psi", time: "08:10", durationMinutes: nil, result: nil, text: "t", evidence: evidence),
            JobSafetyAnalysis.Claim(kind: .pressureTest, point: "casing", value: 1_500, unit: "psi", time: nil, durationMinutes: 15, result: "passed", text: "t", evidence: evidence),
            JobSafetyAnalysis.Claim(kind: .valveCheck, point: "wellhead valve", value: nil, unit: nil, time: "09:00", durationMinutes: nil, result: nil, text: "t", evidence: evidence),
            JobSafetyAnalysis.Claim(kind: .pressureReading, point: "tubing", value: 2_400, unit: "kPa", time: "06:50", durationMinutes: nil, result: nil, text: "t", evidence: evidence),
            JobSafetyAnalysis.Claim(kind: .isolation, point: nil, value: nil, unit: nil, time: nil, durationMinutes: nil, result: nil, text: "t", evidence: evidence),
            JobSafetyAnalysis.Claim(kind: .pressureTest, point: "casing", value: 20.5, unit: nil, time: "10:15", durationMinutes: 30, result: "failed", text: "t", evidence: evidence),
        ]
        for claim in claims {
            #expect(JobSafetyAnalysis.Claim(summary: claim.summary, text: "t", evidence: evidence) == claim, "\(claim.summary)")
        }
        #expect(claims[0].summary == "bleed-down casing 0 psi at 08:10" && claims[2].summary == "valve-check wellhead valve at 09:00")
        #expect(JobSafetyAnalysis.Claim(summary: "gossip casing 0 psi", text: "t", evidence: evidence) == nil)
        #expect(claims[3].pressure.map { Int($0.psi.rounded()) } == 348, "2,400 kPa is 348 psi")
    }
}
