import Foundation
import PushbackGeo
import PushbackModel
@testable import PushbackReport
import Testing

/// The machine outputs and the digest from one small report: CSV a spreadsheet can open safely,
/// GeoJSON a GIS tool can load, rule changes named, the digest kept to one screen.
@Suite("CSV, GeoJSON, digest and rule changes")
struct ReportOutputTests {
    static func content(_ findings: [Finding], baseline: BaselineComparison? = nil) -> ReportContent {
        ReportContent(asOf: "2026-12-07", isComplete: true, documents: [], problems: [], findings: findings,
                      rules: [.init(id: "CA-SB1137-HPZ-SCHOOL", version: 1, title: "Well inside the zone", citation: Citation(text: "c", url: "https://example.org"), isInEffect: true)],
                      jurisdictionNames: ["us-ca": "California", "us": "United States"], baseline: baseline)
    }

    @Test("CSV: BOM, CRLF, quoted commas, quotes and line breaks; text that a spreadsheet would run as a formula is defused; numbers stay numbers")
    func csv() throws {
        var finding = ReportMapTests.setbackFinding(wellAt: GeodesicDistance.destination(from: ReportMapTests.school, azimuth: 0, distance: .meters(500)))
        finding.title = "=HYPERLINK(\"http://evil.example\",\"click\")"
        finding.message = "line one,\nline two"
        finding.subject.name = "@SUM(A1)"
        let text = FindingsCSV.render(Self.content([finding]))
        #expect(text.hasPrefix("\u{FEFF}number,state,first_seen,"))
        let rows = text.dropFirst().components(separatedBy: "\r\n")
        #expect(rows.count == 3 && rows[2].isEmpty, "a header, one row, and a final CRLF")
        #expect(rows[1].contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","))
        #expect(rows[1].contains(",'@SUM(A1),"))
        #expect(rows[1].contains(",\"line one,\nline two\","))
        #expect(rows[1].contains(",35.3609826,-119.0633,10,500,975.36,"), "\(rows[1])")
        #expect(rows[1].contains(",California → United States,"))
    }

    @Test("GeoJSON: one point per located finding at [longitude, latitude], one per receptor listing its findings; unlocated ones counted")
    func geoJSON() throws {
        let first = ReportMapTests.setbackFinding(wellAt: GeodesicDistance.destination(from: ReportMapTests.school, azimuth: 0, distance: .meters(500)), number: 1)
        let second = ReportMapTests.setbackFinding(wellAt: GeodesicDistance.destination(from: ReportMapTests.school, azimuth: 90, distance: .meters(800)), number: 2)
        var unlocated = ReportMapTests.setbackFinding(wellAt: ReportMapTests.school, number: 3)
        unlocated.geometry = nil
        let data = try FindingsGeoJSON.render(Self.content([first, second, unlocated]))
        let collection = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(collection["type"] as? String == "FeatureCollection")
        #expect((collection["properties"] as? [String: Any])?["unlocated"] as? Int == 1)
        let features = try #require(collection["features"] as? [[String: Any]])
        #expect(features.count == 3)
        let coordinates = try #require((features[0]["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(coordinates == [-119.0633, 35.3609826], "longitude first, as RFC 7946 orders them")
        let properties = try #require(features[0]["properties"] as? [String: Any])
        #expect(properties["role"] as? String == "subject" && properties["number"] as? Int == 1 && properties["distance_m"] as? Double == 500)
        #expect(properties["related_coordinates"] as? [Double] == [-119.0633, 35.356476])
        let receptor = try #require(features[2]["properties"] as? [String: Any])
        #expect(receptor["role"] as? String == "related" && receptor["findings"] as? [Int] == [1, 2] && receptor["subject_name"] as? String == "Wayne Van Horn Elementary")
    }

    @Test("rule changes: added, removed, new versions, in and out of force, bundle-only changes, and a compared run with no rule list")
    func ruleChanges() {
        func rule(_ id: String, _ version: Int, inEffect: Bool = true, enabled: Bool = true) -> ReportContent.RuleSummary {
            .init(id: id, version: version, title: "title of \(id)", citation: Citation(text: "c", url: "u"), isInEffect: inEffect, isEnabled: enabled)
        }
        // F has two versions side by side; on the later as-of date the second is the one in force.
        let before = [rule("A", 1), rule("B", 1), rule("C", 1, inEffect: false), rule("D", 1), rule("F", 1), rule("F", 2, inEffect: false)]
        let after = [rule("A", 2), rule("C", 1), rule("D", 1, enabled: false), rule("E", 1), rule("F", 1, inEffect: false), rule("F", 2), rule("F", 3, inEffect: false)]
        let change = RuleBundleChange.between(previous: before, previousBundle: "aaaa", current: after, currentBundle: "bbbb")
        #expect(change?.lines == [
            "A v1 → v2 — title of A",
            "C v1 now evaluated by its effective dates — title of C",
            "D v1 no longer evaluated by configuration (jurisdictions.enabled) — title of D",
            "added E v1 — title of E",
            "F v3 added — title of F",
            "F now evaluated at v2 (was v1) by its effective dates — title of F",
            "removed B v1 — title of B",
        ])
        #expect(change?.summary.hasPrefix("RULES CHANGED since the run compared with (bundle sha256 aaaa → bbbb): 7 change(s).") == true)
        #expect(RuleBundleChange.between(previous: before, previousBundle: "aaaa", current: before, currentBundle: "aaaa") == nil)
        #expect(RuleBundleChange.between(previous: before, previousBundle: "aaaa", current: before, currentBundle: "cccc")?.lines
            == ["no rule changed; other bundle files did (jurisdictions, mappings, lexicon or gazetteer)"])
        let unknown = RuleBundleChange.between(previous: nil, previousBundle: "aaaa", current: after, currentBundle: "bbbb")
        #expect(unknown?.previousRulesKnown == false && unknown?.summary.contains("kept no rule list") == true)
        #expect(RuleBundleChange.between(previous: nil, previousBundle: "aaaa", current: after, currentBundle: "aaaa") == nil)
    }

    @Test("the digest shows new findings in full up to its cap, counts the rest, and collapses unchanged ones per rule with their age")
    func digest() {
        let findings = (1...20).map { number in
            ReportMapTests.setbackFinding(wellAt: GeodesicDistance.destination(from: ReportMapTests.school, azimuth: Double(number * 17), distance: .meters(400)), number: number)
        }
        var standings: [String: BaselineComparison.Standing] = [:]
        for (index, finding) in findings.enumerated() {
            standings[finding.fingerprint!] = index < 17 ? .init(state: .new, firstSeen: "2026-12-07") : .init(state: .unchanged, firstSeen: "2026-11-30")
        }
        let baseline = BaselineComparison(previousRun: (id: "r1", asOf: "2026-12-06"), standings: standings, absent: [])
        let text = DigestReport.render(Self.content(findings, baseline: baseline))
        #expect(text.contains("NEW AND UPDATED (17), most serious first"))
        #expect(text.contains("  #15 NEW [HIGH] FAIL CA-SB1137-HPZ-SCHOOL") && !text.contains("  #16 NEW"))
        #expect(text.contains("  … and 2 more new or updated finding(s): see report.html"))
        #expect(text.contains("UNCHANGED, BY RULE (still open; not new)\n  CA-SB1137-HPZ-SCHOOL — 3 fail · most serious high · first seen 2026-11-30 (7 days ago)"), "\(text)")
        #expect(text.split(separator: "\n").count < 120, "a digest, not the report")
    }
}
