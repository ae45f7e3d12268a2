import Foundation
import PushbackArchive
import PushbackIntake
import PushbackModel
import PushbackPackaging
import PushbackXML
import Testing
import TestSupport

/// The filing bundle built from the synthetic filled 3160-5 (read by the real extractor), its
/// schemas, business rules, determinism and verification.
@Suite("Federal filing bundles: schemas, business rules, determinism, verification")
struct FilingBundleTests {
    static let schema = Fixtures.repository("schemas/2026/pushback-filing-2026.xsd").path
    static let sample = Fixtures.repository("samples/inbox/filings/blm/blm-3160-5-synthetic-filled.pdf")

    static func facts(_ url: URL = sample) throws -> (facts: [Fact], source: SourceReference, bytes: Data) {
        let bytes = try Data(contentsOf: url)
        let source = SourceReference(sha256: try InboxDocument.sha256(ofFile: url.path), path: "filings/blm/\(url.lastPathComponent)")
        let extract = try DocumentIntake().read(path: url.path, bytes: [UInt8](bytes), source: source)
        return (extract.facts, source, bytes)
    }

    static func notice(_ facts: [Fact], _ source: SourceReference) throws -> SundryNotice {
        try SundryNoticeReading.read(facts: facts, source: source).get()
    }

    static func bundle(_ notices: [SundryNotice], evidence: [FilingBundle.EvidenceDocument] = [], findings: [FilingBundle.ReportedFinding] = [],
                       sequence: Int = 1, correction: FilingBundle.Correction = .original, amends: String? = nil) -> FilingBundle {
        FilingBundle(
            leaseSerial: "NMNM12345", notices: notices,
            wells: [FilingBundle.WellRecord(api: "3001512345", name: "FEDERAL 12 COM #3H", statusHistory: notices.map {
                FilingBundle.WellRecord.Entry(date: $0.signedDate.value, text: "Notice of Intent: Plug and Abandon", evidence: $0.signedDate.evidence)
            }, tests: [])],
            findings: findings, runID: "20261207T000000Z-test", asOf: "2026-12-07", ruleBundle: "bundle-hash", sequence: sequence, correction: correction,
            amends: amends, evidence: evidence, author: "Test Landman", organization: "Example Petroleum Operating LLC"
        )
    }

    static func built() throws -> BundleBuilder.Built {
        let (facts, source, bytes) = try Self.facts()
        return try BundleBuilder(schemaPath: schema).build(bundle([try notice(facts, source)], evidence: [FilingBundle.EvidenceDocument(source: source, bytes: bytes)]))
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test("version-5 UUIDs match Python's uuid.uuid5 for the same names")
    func nameBasedUUIDs() {
        // python3: uuid.uuid5(uuid.NAMESPACE_URL, 'urn:pushback:filing'); uuid.uuid5(that, 'sundry-notice NMNM12345 3001512345 0001')
        #expect(NameBasedUUID.namespace.uuidString.lowercased() == "520ebdee-25fa-572b-9374-c6c0d3d68a81")
        #expect(NameBasedUUID.string("sundry-notice NMNM12345 3001512345 0001") == "148bb4e2-562f-55c2-8076-c99b43bb1e48")
    }

    @Test("the sample's extracted boxes round-trip: facts → form XML → rendering show the same values")
    func roundTrip() throws {
        let (facts, source, _) = try Self.facts()
        let built = try Self.built()
        let form = try #require(built.parts.first { $0.role == .form })
        let root = try #require(try XMLDocument(data: form.data, source: form.name).rootElement)
        let rendering = String(decoding: try #require(built.parts.first { $0.role == .rendering }).data, as: UTF8.self)
        func fact(_ name: String) -> String { facts.first { $0.name == name }?.normalized ?? "" }
        let boxes: [(element: [String], fact: String)] = [
            (["WellType"], "well_type"), (["Operator", "Name"], "operator"), (["Operator", "Address"], "operator_address"), (["Operator", "Phone"], "operator_phone"),
            (["Location", "Description"], "location"), (["LeaseSerial"], "lease_serial"), (["UnitOrCAAgreement"], "unit_or_ca_agreement"),
            (["WellNameAndNumber"], "well_name"), (["FieldAndPool"], "field_and_pool"), (["TypeOfSubmission"], "submission_type"),
            (["TypeOfAction", "Action"], "action"), (["Description"], "description"), (["Certification", "Name"], "signer_name"),
            (["Certification", "Title"], "signer_title"), (["Certification", "SignedDate"], "signed_date"),
        ]
        for box in boxes {
            var element: XMLElement? = root
            for name in box.element { element = element?.elements(name).first }
            #expect(element?.text == fact(box.fact), "\(box.element)")
            #expect(rendering.contains(Self.escaped(fact(box.fact))), "\(box.fact) in the rendering")
        }
        #expect(root.first("ApiNumber")?.text == "30-015-12345" && fact("api") == "3001512345")
        #expect(root.first("County")?.text == "Eddy" && root.first("State")?.text == "NM" && fact("county_state") == "Eddy County, NM")
        #expect(root.first("Document")?.attribute("sha256") == source.sha256)
    }

    @Test("exporting twice gives identical bytes, and the bundle verifies: checksums, nothing unlisted, every XML part valid")
    func deterministicAndVerified() throws {
        let first = try Self.built(), second = try Self.built()
        #expect(first.data == second.data)
        #expect(first.parts.map(\.name) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "header.xml", "manifest.xml",
            "forms/3160-5-3001512345-753c0b8b4cc8.xml", "renderings/3160-5-3001512345-753c0b8b4cc8.html", "reports/findings.xml",
            "reports/well-status-3001512345.xml", "evidence/753c0b8b4cc8-blm-3160-5-synthetic-filled.pdf",
        ])
        let report = BundleVerifier(schemaPath: Self.schema).verify(first.data)
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.parts == 10 && report.sequence == "0001" && report.submissionID == NameBasedUUID.string("submission NMNM12345 0001"))
        // The header never claims an agency took it.
        let header = String(decoding: try #require(first.parts.first { $0.name == "header.xml" }).data, as: UTF8.self)
        #expect(header.contains("No agency has accepted or reviewed this package"))
    }

    @Test("an amendment: sequence 0002, Modify, the amended submission named, its parts replace the earlier ones")
    func amendment() throws {
        let (facts, source, _) = try Self.facts()
        let original = NameBasedUUID.string("submission NMNM12345 0001")
        let built = try BundleBuilder(schemaPath: Self.schema).build(Self.bundle([try Self.notice(facts, source)], sequence: 2, correction: .modify, amends: original))
        let manifest = String(decoding: try #require(built.parts.first { $0.name == "manifest.xml" }).data, as: UTF8.self)
        #expect(manifest.contains("sequence=\"0002\"") && manifest.contains("operation=\"replace\"") && !manifest.contains("operation=\"new\""))
        let header = String(decoding: try #require(built.parts.first { $0.name == "header.xml" }).data, as: UTF8.self)
        #expect(header.contains("<Operation>Modify</Operation>") && header.contains("<Amends>\(original)</Amends>"))
        #expect(BundleVerifier(schemaPath: Self.schema).verify(built.data).problems.isEmpty)
    }

    @Test("a required box left blank refuses the export, naming the item, the form field and the document")
    func missingRequiredBox() throws {
        let (facts, source, _) = try Self.facts()
        let blanked = facts.map { fact -> Fact in
            guard fact.name == "lease_serial" else { return fact }
            var blank = fact
            blank.normalized = nil
            blank.problem = "the field is on the form but left blank"
            return blank
        }.filter { $0.name != "signed_date" }
        guard case .failure(let missing) = SundryNoticeReading.read(facts: blanked, source: source) else {
            Issue.record("a notice without its lease serial and date was read")
            return
        }
        #expect(missing.missing.map(\.description) == [
            "item 5, Lease Serial No.: the field is on the form but left blank — fill it in on filings/blm/blm-3160-5-synthetic-filled.pdf (form field Text_5) and run the sweep again",
            "item 14, Date: not on the filing — fill it in on filings/blm/blm-3160-5-synthetic-filled.pdf (page 1) and run the sweep again",
        ])
    }

    @Test("an API number whose county code is not item 11's county is a Fatal business rule: nothing is built")
    func wrongCounty() throws {
        let (facts, source, _) = try Self.facts()
        var notice = try Self.notice(facts, source)
        notice.county = StatedValue("Lea", evidence: notice.county.evidence)
        #expect(throws: BundleBuilder.Refusal.self) { try BundleBuilder(schemaPath: Self.schema).build(Self.bundle([notice])) }
        do {
            _ = try BundleBuilder(schemaPath: Self.schema).build(Self.bundle([notice]))
        } catch {
            #expect(error.problems == ["BR-001 (Fatal): filings/blm/blm-3160-5-synthetic-filled.pdf: item 9 30-015-12345 carries county code 015, which is Eddy County, but item 11 names Lea County"])
        }
    }

    @Test("a subsequent report without the date its work was completed is refused (BR-003); a warning rule only warns (BR-007)")
    func businessRules() throws {
        let (facts, source, _) = try Self.facts()
        var notice = try Self.notice(facts, source)
        notice.submissionType = StatedValue("Subsequent Report", evidence: notice.submissionType.evidence)
        let violations = BusinessRule.violations(of: Self.bundle([notice]))
        #expect(violations.map(\.rule) == ["BR-003"])
        notice.description = StatedValue("SYNTHETIC. The well was plugged; work completed on 12/03/2026.", evidence: notice.description.evidence)
        #expect(notice.completionDate == nil, "the completion date is read when the notice is read, not later")
        let reread = try Self.notice(facts.map { fact in
            guard fact.name == "description" else { return fact }
            var changed = fact
            changed.normalized = "SYNTHETIC. The well was plugged; work completed on 12/03/2026."
            return changed
        }, source)
        #expect(reread.completionDate?.value == "2026-12-03")
        let failing = Finding(
            ruleID: "TEST-RULE", ruleVersion: 1, kind: .fail, severity: .high, title: "A test fail", message: "m", remediation: "r",
            citation: Citation(text: "c", url: "https://example.org"), basis: "heuristic", subject: Subject(type: "well", id: "3001512345"),
            jurisdictions: ["us"], comparedValues: [], evidence: [Evidence(source: source, page: 1, field: "Text_9", quote: "30-015-12345")]
        )
        var garbled = failing
        garbled.message = "a message from a scanned page with a NUL \u{0} and a form feed \u{0C} in it"
        let warned = try BundleBuilder(schemaPath: Self.schema).build(Self.bundle([try Self.notice(facts, source)], findings: [.init(finding: garbled, baseline: .new)]))
        #expect(warned.warnings.map(\.rule) == ["BR-007"])
        let report = String(decoding: try #require(warned.parts.first { $0.name == "reports/findings.xml" }).data, as: UTF8.self)
        #expect(report.contains("with a NUL   and a form feed   in it") && report.contains("an empty list of findings is not an all-clear"))
        let header = String(decoding: try #require(warned.parts.first { $0.name == "header.xml" }).data, as: UTF8.self)
        #expect(header.contains("<BusinessRuleWarning rule=\"BR-007\">"))
    }

    @Test("verify catches a tampered part, a hand-edited part that breaks its schema, an unlisted part and a missing one, naming each")
    func tampering() throws {
        let built = try Self.built()
        func rezip(_ change: (inout [(name: String, data: Data)]) -> Void) throws -> [String] {
            var entries = built.parts.map { (name: $0.name, data: $0.data) }
            change(&entries)
            let data = try ZipWriter.archive(entries, modified: Date(timeIntervalSince1970: 0))
            return BundleVerifier(schemaPath: Self.schema).verify(data).problems.map(\.description)
        }
        let form = "forms/3160-5-3001512345-753c0b8b4cc8.xml"
        let tampered = try rezip { entries in
            let index = entries.firstIndex { $0.name == form }!
            entries[index].data = Data(String(decoding: entries[index].data, as: UTF8.self).replacingOccurrences(of: "NMNM12345", with: "NMNM99999").utf8)
        }
        #expect(tampered.count == 1 && tampered[0].hasPrefix("\(form): SHA-256 ") && tampered[0].hasSuffix("the part was changed after the package was made"))
        let invalid = try rezip { entries in
            let index = entries.firstIndex { $0.name == form }!
            entries[index].data = Data(String(decoding: entries[index].data, as: UTF8.self).replacingOccurrences(of: "<State>NM</State>", with: "<State>New Mexico</State>").utf8)
        }
        #expect(invalid.contains { $0.hasPrefix("\(form): does not validate: line ") && $0.contains("State") })
        let extra = try rezip { $0.append(("notes.txt", Data("hi".utf8))) }
        #expect(extra == ["notes.txt: in the zip but not in the manifest"])
        let missing = try rezip { $0.removeAll { $0.name == "reports/findings.xml" } }
        #expect(missing == ["reports/findings.xml: listed in the manifest but not in the zip"])
        #expect(BundleVerifier(schemaPath: Self.schema).verify(Data("not a zip".utf8)).problems.first?.description.hasPrefix("not a readable zip") == true)
    }

    @Test("the form part matches its snapshot")
    func formSnapshot() throws {
        let form = try #require(try Self.built().parts.first { $0.role == .form })
        if let mismatch = Snapshot.mismatch(String(decoding: form.data, as: UTF8.self), named: "filing-bundle/3160-5.xml") { Issue.record("\(mismatch)") }
    }
}
