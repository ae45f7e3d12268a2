import Foundation
import PushbackIntake
import PushbackModel
import PushbackYAML
import Testing
import TestSupport

/// Field-level precision and recall of JSA extraction on the 15 sample JSAs, against the
/// hand-written expectations in Tests/Fixtures/jsa/expected (docs/jsa.md reports the figures).
@Suite("JSA extraction against hand-written expectations")
struct JSAExtractionTests {
    static let lexicon = try! OilfieldLexicon.load(path: Fixtures.repository("lexicon/oilfield.yaml").path)

    /// One comparable item: `field=value`, values normalized (case, spaces, trailing dots).
    static func key(_ field: String, _ parts: [String?]) -> String {
        field + "=" + parts.map { part in
            (part ?? "").lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        }.joined(separator: "|")
    }

    static func number(_ value: Double?) -> String? { value.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } }

    /// What the reader found, as items.
    static func items(_ jsa: JobSafetyAnalysis) -> [String] {
        var items: [String] = []
        for (field, value) in [("company", jsa.company), ("job", jsa.job), ("date", jsa.date), ("prepared_date", jsa.preparedDate), ("start_time", jsa.startTime),
                               ("well_api", jsa.wellAPI),
                               ("lease", jsa.lease), ("well_number", jsa.wellNumber), ("location_text", jsa.locationText),
                               ("person_in_charge", jsa.personInCharge), ("emergency_contact", jsa.emergencyContact)] {
            if let value { items.append(key(field, [value.value])) }
        }
        if let swa = jsa.stopWorkAuthority { items.append(key("stop_work_authority", [String(swa.value)])) }
        items += jsa.ppe.map { key("ppe", [$0.value]) } + jsa.permits.map { key("permits", [$0.value]) }
        for step in jsa.steps {
            if !step.text.isEmpty { items.append(key("steps", [step.text])) }
            items += step.hazards.map { key("hazards", [$0]) } + step.controls.map { key("controls", [$0]) }
        }
        items += jsa.gasReadings.map { key("gas_readings", [$0.gas, number($0.value), $0.unit, $0.time]) }
        items += jsa.claims.map { key("claims", [$0.kind.rawValue, $0.point, number($0.value), $0.unit, $0.time]) }
        items += jsa.signOffs.map { key("signoffs", [$0.name, $0.role, $0.time]) }
        return items
    }

    /// What the expectation file says, as items.
    static func expected(_ file: URL) throws -> (document: String, format: String, items: [String]) {
        let root = try YAMLNode.load(path: file.path)
        let fields = try root.required("fields")
        var items: [String] = []
        for (field, value) in try fields.entries() {
            switch field {
            case "ppe", "permits", "steps", "hazards", "controls":
                items += try value.strings().map { key(field, [$0]) }
            case "gas_readings":
                items += try value.array().map { reading in
                    key(field, [try reading.required("gas").string(), number(Double(try reading.required("value").string())), try reading.required("unit").string(), try reading.optional("time")?.string()])
                }
            case "claims":
                items += try value.array().map { claim in
                    key(field, [try claim.required("kind").string(), try claim.optional("point")?.string(), number(try claim.optional("value").flatMap { Double(try $0.string()) }),
                                try claim.optional("unit")?.string(), try claim.optional("time")?.string()])
                }
            case "signoffs":
                items += try value.array().map { signOff in
                    key(field, [try signOff.required("name").string(), try signOff.optional("role")?.string(), try signOff.optional("time")?.string()])
                }
            default:
                items.append(key(field, [try value.string()]))
            }
        }
        return (try root.required("document").string(), try root.required("format").string(), items)
    }

    /// Matches two multisets of items: (found and expected, found, expected).
    static func score(found: [String], expected: [String]) -> (matched: Int, found: Int, expected: Int, missed: [String], extra: [String]) {
        var remaining = expected
        var extra: [String] = []
        for item in found {
            if let index = remaining.firstIndex(of: item) { remaining.remove(at: index) } else { extra.append(item) }
        }
        return (found.count - extra.count, found.count, expected.count, remaining, extra)
    }

    static let expectationFiles: [URL] = {
        let folder = Fixtures.url("jsa/expected")
        return ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "yaml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    /// Matched, found and expected items.
    struct Tally {
        var matched = 0, found = 0, expected = 0
        var precision: Double { Double(matched) / Double(max(found, 1)) }
        var recall: Double { Double(matched) / Double(max(expected, 1)) }
        mutating func add(_ score: (matched: Int, found: Int, expected: Int, missed: [String], extra: [String])) {
            matched += score.matched; found += score.found; expected += score.expected
        }
        var line: String { String(format: "precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, matched, found, recall, matched, expected) }
    }

    @Test("precision and recall over all fields of all samples are each ≥ 0.95, born-digital and scanned alike")
    func precisionAndRecall() throws {
        #expect(Self.expectationFiles.count >= 12)
        let reader = JSAReader(lexicon: Self.lexicon)
        var all = Tally(), digital = Tally(), scanned = Tally()
        var byField: [String: Tally] = [:]
        var report: [String] = []
        for file in Self.expectationFiles {
            let expectation = try Self.expected(file)
            let url = Fixtures.repository(expectation.document)
            let bytes = [UInt8](try Data(contentsOf: url))
            let text = try DocumentReader().read(path: url.path, bytes: bytes, source: SourceReference(sha256: "test", path: expectation.document))
            let items = Self.items(reader.read(text))
            let score = Self.score(found: items, expected: expectation.items)
            all.add(score)
            if expectation.format == "scanned-pdf" { scanned.add(score) } else { digital.add(score) }
            for field in Set((items + expectation.items).map { String($0.prefix { $0 != "=" }) }) {
                byField[field, default: Tally()].add(Self.score(found: items.filter { $0.hasPrefix(field + "=") }, expected: expectation.items.filter { $0.hasPrefix(field + "=") }))
            }
            report.append("\(url.lastPathComponent): \(score.matched)/\(score.found) found, \(score.matched)/\(score.expected) expected"
                          + score.missed.map { "\n  missed " + $0 }.joined() + score.extra.map { "\n  extra  " + $0 }.joined())
        }
        var summary = "JSA extraction, all: \(all.line)\n  born-digital (DOCX, XLSX, text PDF, text): \(digital.line)\n  scanned (OCR): \(scanned.line)\n"
        for (field, tally) in byField.sorted(by: { $0.key < $1.key }) {
            summary += String(format: "  %-20@ precision %.3f  recall %.3f  (%d expected)\n", field as NSString, tally.precision, tally.recall, tally.expected)
        }
        print(summary + report.joined(separator: "\n"))
        #expect(all.precision >= 0.95 && all.recall >= 0.95, "\(summary)")
        #expect(digital.precision >= 0.95 && digital.recall >= 0.95, "\(summary)")
        #expect(scanned.precision >= 0.95 && scanned.recall >= 0.95, "\(summary)")
        // Floors a little under what was measured on 2026-11-28 (docs/jsa.md: all 0.989 / 0.980),
        // so that a regression in any one document shows.
        #expect(all.precision >= 0.98 && all.recall >= 0.97, "\(summary)")
    }

    @Test("claims and readings come out with their times and units")
    func claimsWithTimesAndUnits() throws {
        let url = Fixtures.repository("samples/inbox/jsa/jsa-08-tailgate-pull-tbg-mabee-140a.txt")
        let text = try DocumentReader().read(path: url.path, bytes: [UInt8](try Data(contentsOf: url)), source: SourceReference(sha256: "t", path: "jsa-08.txt"))
        let jsa = JSAReader(lexicon: Self.lexicon).read(text)
        let bleed = try #require(jsa.claims.first { $0.kind == .bleedDown && $0.point == "casing" })
        #expect(bleed.value == 0 && bleed.unit == "psi" && bleed.time == "07:30" && bleed.text == "Bled csg to 0 psi 07:30")
        #expect(bleed.evidence.line == 21 && bleed.evidence.quote == "Bled csg to 0 psi 07:30")
        let test = try #require(jsa.claims.first { $0.kind == .pressureTest })
        #expect(test.value == 1_500 && test.durationMinutes == 15 && test.result == "passed")
        #expect(jsa.gasReadings.map(\.gas) == ["H2S", "LEL", "O2"] && jsa.gasReadings.allSatisfy { $0.time == "06:50" })
        #expect(jsa.wellAPI?.value == "42-003-4611", "a malformed API number stays as written, for the rules to flag")
    }

    @Test("a JSA stored as facts reads back as the same JSA (what the cross-document checks see is what was extracted)", arguments: [
        "jsa-01-workover-mabee-140a-4404.docx", "jsa-05-tank-entry-checklist-mabee-240a.xlsx", "jsa-08-tailgate-pull-tbg-mabee-140a.txt",
        "jsa-09-tailgate-pa-jameson-trust-10.md", "jsa-14-table-rig-down-mabee-240a-2005.pdf",
    ])
    func factsRoundTrip(name: String) throws {
        let url = Fixtures.repository("samples/inbox/jsa/" + name)
        let text = try DocumentReader().read(path: url.path, bytes: [UInt8](try Data(contentsOf: url)), source: SourceReference(sha256: "t", path: name))
        let jsa = JSAReader(lexicon: Self.lexicon).read(text)
        let facts = jsa.factEntries.map { Fact(name: $0.name, raw: $0.raw, normalized: $0.normalized, unit: $0.unit, evidence: $0.evidence, method: .plainText, confidence: 1, extractor: "jsa@1") }
        let back = JobSafetyAnalysis(facts: facts)
        #expect(back == jsa, "\(name): \(back.signOffs) vs \(jsa.signOffs)")
        #expect(!jsa.claims.isEmpty && !jsa.signOffs.isEmpty && !jsa.steps.isEmpty)
    }
}
