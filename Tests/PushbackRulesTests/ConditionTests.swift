import Foundation
import PushbackIntake
import PushbackModel
@testable import PushbackRules
import PushbackYAML
import Testing
import TestSupport

@Suite("Condition language: typed facts, three-valued logic, periods against the as-of date")
struct ConditionTests {
    static let asOf = CalendarDate(iso: "2026-11-28")!

    func condition(_ yaml: String) throws -> Condition {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("condition-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Condition.parse(YAMLNode.load(path: path))
    }

    func well(_ status: WellStatus, spud: String? = nil, since: String? = nil) -> Well {
        Well(api: try! APIWellNumber.parse("42-003-46118"), status: status, rawStatus: status.rawValue, location: nil,
             spudDate: spud.map(RecordedDate.init(written:)), statusDate: since.map(RecordedDate.init(written:)),
             provenance: Evidence(source: SourceReference(sha256: "t", path: "t.csv"), line: 2, quote: "t"))
    }

    @Test("all / any / not with a missing fact: unknown only when it could change the answer")
    func threeValued() throws {
        let inactiveLong = try condition("all: [{fact: well.status, in: [shut-in]}, {fact: well.time_in_status, at_least: 12 months}]")
        #expect(ConditionResult.evaluate(inactiveLong, well: well(.active), asOf: Self.asOf).truth == .false, "false decides an all")
        let unknown = ConditionResult.evaluate(inactiveLong, well: well(.shutIn), asOf: Self.asOf)
        #expect(unknown.truth == .unknown && unknown.missing.map(\.fact) == ["well.status_date"])
        #expect(ConditionResult.evaluate(inactiveLong, well: well(.shutIn, since: "2025-11-28"), asOf: Self.asOf).truth == .true)
        #expect(ConditionResult.evaluate(inactiveLong, well: well(.shutIn, since: "2025-11-29"), asOf: Self.asOf).truth == .false)
        let either = try condition("any: [{fact: well.status, equals: active}, {fact: well.age, more_than: 25 years}]")
        #expect(ConditionResult.evaluate(either, well: well(.active), asOf: Self.asOf).truth == .true, "true decides an any")
        #expect(ConditionResult.evaluate(either, well: well(.idle), asOf: Self.asOf).truth == .unknown)
        let negated = try condition("not: {fact: well.spud_date, before: 2000-01-01}")
        #expect(ConditionResult.evaluate(negated, well: well(.idle, spud: "5/12/1981"), asOf: Self.asOf).truth == .false)
        #expect(ConditionResult.evaluate(negated, well: well(.idle, spud: "junk"), asOf: Self.asOf).missing.first?.reason.contains("\"junk\" is not a date") == true)
    }

    @Test("the quick verdict (no text) always equals the explained one")
    func quickVerdictAgrees() throws {
        let conditions = try [
            "all: [{fact: well.status, in: [shut-in, idle]}, {fact: well.time_in_status, at_least: 12 months}]",
            "any: [{fact: well.age, more_than: 25 years}, not: {fact: well.spud_date, on_or_after: 1990-01-01}]",
            "not: {any: [{fact: well.status, equals: active}, {fact: well.time_in_status, less_than: 90 days}]}",
        ].map(condition)
        let wells = [WellStatus.active, .idle, .shutIn].flatMap { status in
            [nil, "1975-03-01", "2025-11-29", "junk"].flatMap { spud in [nil, "2020-01-01", "2026-10-01"].map { well(status, spud: spud, since: $0) } }
        }
        for condition in conditions {
            for well in wells {
                #expect(ConditionResult.truth(of: condition, well: well, asOf: Self.asOf) == ConditionResult.evaluate(condition, well: well, asOf: Self.asOf).truth)
            }
        }
    }

    @Test("document_on_file: recent enough is true, stale or absent is false, undated is unknown — each explained")
    func documentsOnFile() throws {
        let h15 = try condition("{document_on_file: {kind: rrc-h15, within: 12 months}}")
        let anyW2 = try condition("{document_on_file: {kind: rrc-w2}}")
        func document(_ kind: String, _ date: String?) -> DocumentOnFile {
            DocumentOnFile(kind: DocumentKind(rawValue: kind), api: "4200346118", date: date.map(RecordedDate.init(written:)),
                           evidence: Evidence(source: SourceReference(sha256: "d", path: "h15.pdf"), page: 1, line: 4, quote: "42-003-46118"))
        }
        let subject = well(.shutIn)
        func verdict(_ condition: Condition, _ documents: [DocumentOnFile]) -> ConditionResult {
            ConditionResult.evaluate(condition, well: subject, documents: documents, asOf: Self.asOf)
        }
        #expect(verdict(h15, [document("rrc-h15", "2025-11-28")]).truth == .true, "12 months to the day")
        #expect(verdict(h15, [document("rrc-h15", "2025-11-27"), document("rrc-w2", "2026-11-01")]).truth == .false)
        #expect(verdict(h15, [document("rrc-h15", "2025-11-27")]).steps.first?.text
                == "rrc-h15 naming 42-003-46118 on file within 12 months before 2026-11-28: latest dated 2025-11-27, h15.pdf page 1 line 4 — more than 12 months before 2026-11-28")
        #expect(verdict(h15, []).truth == .false)
        let undated = verdict(h15, [document("rrc-h15", "spring")])
        #expect(undated.truth == .unknown && undated.missing.first?.fact == "rrc-h15 date")
        #expect(verdict(h15, [document("rrc-h15", "spring"), document("rrc-h15", "2026-02-01")]).truth == .true, "one recent one is enough")
        #expect(verdict(anyW2, [document("rrc-w2", nil)]).truth == .true, "without within, any date (or none) counts")
        for documents in [[], [document("rrc-h15", "2025-11-27")], [document("rrc-h15", "spring")]] {
            #expect(ConditionResult.truth(of: h15, well: subject, documents: documents, asOf: Self.asOf) == verdict(h15, documents).truth)
        }
    }

    @Test("document_on_file stating values and since a well date: the filing must say what was asked, after the well's date")
    func documentsStatingSince() throws {
        let noticeSince = try condition("""
            {document_on_file: {kind: blm-3160-5, stating: {submission_type: Notice of Intent, action: [Temporarily Abandon, Other]}, since: well.status_date}}
            """)
        func sundry(_ date: String?, _ values: [String: [String]]) -> DocumentOnFile {
            DocumentOnFile(kind: .blm3160_5, api: "4200346118", date: date.map(RecordedDate.init(written:)),
                           evidence: Evidence(source: SourceReference(sha256: "s", path: "sundry.pdf"), page: 1, field: "Text_9", quote: "42-003-46118"), values: values)
        }
        let intent = ["submission_type": ["Notice of Intent"], "action": ["Temporarily Abandon"]]
        func verdict(_ well: Well, _ documents: [DocumentOnFile]) -> ConditionResult {
            let explained = ConditionResult.evaluate(noticeSince, well: well, documents: documents, asOf: Self.asOf)
            #expect(ConditionResult.truth(of: noticeSince, well: well, documents: documents, asOf: Self.asOf) == explained.truth)
            return explained
        }
        let shutIn = well(.shutIn, since: "2026-07-15")
        #expect(verdict(shutIn, [sundry("2026-07-15", intent)]).truth == .true, "dated the status date itself counts")
        #expect(verdict(shutIn, [sundry("2026-08-01", ["submission_type": [" notice of intent "], "action": ["Plug and Abandon", "Other"]])]).truth == .true,
                "values compare without case or surrounding space; one of several checked boxes is enough")
        let stale = verdict(shutIn, [sundry("2026-07-14", intent)])
        #expect(stale.truth == .false && stale.steps.first?.text.contains("before well.status_date 2026-07-15") == true, "\(stale.steps)")
        let wrongAction = verdict(shutIn, [sundry("2026-08-01", ["submission_type": ["Notice of Intent"], "action": ["Plug and Abandon"]])])
        #expect(wrongAction.truth == .false && wrongAction.steps.first?.text.contains("none (no blm-3160-5 stating action in [Other, Temporarily Abandon] and submission_type = Notice of Intent") == true,
                "\(wrongAction.steps)")
        let noDate = verdict(well(.shutIn), [sundry("2026-08-01", intent)])
        #expect(noDate.truth == .unknown && noDate.missing.map(\.fact) == ["well.status_date"], "a matching filing without the well's date to judge it by")
        #expect(verdict(well(.shutIn), []).truth == .false, "no filing at all needs no date")
        #expect(noticeSince.facts == [.statusDate] && noticeSince.statedFields == ["submission_type", "action"])
    }

    @Test("periods compare by calendar: more than 25 years is not exactly 25")
    func periodBoundaries() throws {
        let older = try condition("{fact: well.age, more_than: 25 years}")
        let atLeast = try condition("{fact: well.age, at_least: 25 years}")
        #expect(ConditionResult.evaluate(older, well: well(.idle, spud: "2001-11-28"), asOf: Self.asOf).truth == .false)
        #expect(ConditionResult.evaluate(atLeast, well: well(.idle, spud: "2001-11-28"), asOf: Self.asOf).truth == .true)
        #expect(ConditionResult.evaluate(older, well: well(.idle, spud: "2001-11-27"), asOf: Self.asOf).truth == .true)
        let steps = ConditionResult.evaluate(older, well: well(.idle, spud: "2001-11-27"), asOf: Self.asOf).steps
        #expect(steps.first?.text == "well.age = 25 years (since 2001-11-27, as of 2026-11-28) > 25 years (reached 2026-11-27)")
    }

    @Test("unknown facts, wrong operators, wrong units and unknown statuses are refused with their line", arguments: [
        ("{fact: well.depth, at_least: 100 ft}", "unknown fact \"well.depth\""),
        ("{fact: status, in: [idle]}", "unknown fact \"status\""),
        ("{fact: well.status, at_least: 12 months}", "text; test it with in or equals"),
        ("{fact: well.age, at_least: \"3,200 ft\"}", "not a unit of time"),
        ("{fact: well.time_in_status, in: [idle]}", "is a period"),
        ("{fact: well.status, in: [idel]}", "\"idel\" is not a well status"),
        ("{fact: well.spud_date, before: last year}", "YYYY-MM-DD"),
        ("{fact: well.status, in: [idle], equals: idle}", "one operator"),
        ("all: []", "at least one condition"),
        ("{document_on_file: {kind: blm-3160-5, since: well.status}}", "since takes a date fact"),
        ("{document_on_file: {kind: blm-3160-5, stating: {}}}", "stating needs at least one field"),
        ("{document_on_file: {kind: blm-3160-5, stating: {action: []}}}", "stating action needs at least one value"),
        ("{document_on_file: {kind: blm-3160-5, signed: 2020-01-01}}", "unknown key \"signed\""),
    ])
    func refused(yaml: String, message: String) {
        #expect {
            _ = try condition(yaml)
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.message.contains(message) && error.line == 1
        }
    }

    @Test("real ECMC Weld wells: every SI and TA well has its Stat_Date, and all 79 have been inactive 12 months as of 2026-11-28")
    func realStatusDates() throws {
        let mappings = try SourceMapping.loadAll(directory: Fixtures.repository("mappings").path)
        let mapping = try #require(mappings.first { $0.id == "ecmc-wells" })
        let data = try [UInt8](Data(contentsOf: Fixtures.url("real/registries/co_weld_ecmc_selected_wells.csv")))
        let wells = try RegistryReader(mapping: mapping).read(bytes: data, source: SourceReference(sha256: "t", path: "wells.csv")).wells
        let inactive = wells.filter { $0.status == .shutIn || $0.status == .temporarilyAbandoned }
        #expect(inactive.count == 79 && inactive.allSatisfy { $0.statusDate?.date != nil })
        #expect(wells.first?.spudDate?.date?.description == "2010-10-07" && wells.first?.statusDate?.date?.description == "2024-02-01")
        let condition = try condition("{fact: well.time_in_status, at_least: 12 months}")
        // Counted independently with Python's csv and datetime: 79 of 79 dated on or before 2025-11-28.
        #expect(inactive.filter { ConditionResult.evaluate(condition, well: $0, asOf: Self.asOf).truth == .true }.count == 79)
    }
}
