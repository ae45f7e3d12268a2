import Foundation
import PushbackIntake
import PushbackModel
import Testing
import TestSupport

/// BLM Form 3160-5: the real blank, and synthetic filings made from it (filled AcroForm, the same
/// filing flattened, an amendment, a legacy serial).
@Suite("BLM 3160-5 sundry notices: AcroForm fields, flattened copies, check boxes")
struct BLMSundryNoticeTests {
    static func extract(_ url: URL) throws -> DocumentExtract {
        let bytes = [UInt8](try Data(contentsOf: url))
        return try DocumentIntake().read(path: url.path, bytes: bytes, source: SourceReference(sha256: try InboxDocument.sha256(ofFile: url.path), path: url.lastPathComponent))
    }

    static let filled = Fixtures.repository("samples/documents/blm-3160-5-synthetic-filled.pdf")
    static let flattened = Fixtures.repository("samples/documents/blm-3160-5-synthetic-flattened.pdf")

    static let expected: [String: String] = [
        "lease_serial": "NMNM12345", "well_name": "FEDERAL 12 COM #3H", "api": "3001512345",
        "operator": "Example Petroleum Operating LLC", "location": "660 FNL & 1980 FWL, Sec. 12, T. 22 S., R. 27 E., NMPM",
        "county_state": "Eddy County, NM", "signer_name": "Jordan A. Example", "signed_date": "2026-11-02",
        "well_type": "Oil Well", "submission_type": "Notice of Intent", "action": "Plug and Abandon",
        "operator_phone": "(432) 555-0147", "unit_or_ca_agreement": "CA NMNM 139876", "signer_title": "Regulatory Analyst",
    ]

    @Test("a filled AcroForm is read field by field, each fact naming its field")
    func filled() throws {
        let extract = try Self.extract(Self.filled)
        #expect(extract.kind == .blm3160_5)
        for (name, value) in Self.expected {
            let fact = try #require(extract.fact(name), "\(name)")
            #expect(fact.normalized == value, "\(name)")
            #expect(fact.method == .formField && fact.evidence.field?.isEmpty == false, "\(name)")
        }
        #expect(extract.fact("lease_serial")?.evidence.field == "Text_5")
        #expect(extract.fact("action")?.evidence.field == "Checkbox_15")
        #expect(extract.fact("description")?.normalized?.hasPrefix("SYNTHETIC TEST FILING") == true)
    }

    @Test("the same filing flattened gives the same facts: text from the text layer, check marks from the page image")
    func flattened() throws {
        let extract = try Self.extract(Self.flattened)
        for (name, value) in Self.expected {
            #expect(extract.fact(name)?.normalized == value, "\(name)")
        }
        #expect(extract.fact("api")?.method == .textLayer)
        let action = try #require(extract.fact("action"))
        #expect(action.method == .pageImage && action.confidence >= 0.9)
        #expect(extract.facts.filter { $0.name == "action" }.count == 1)
        #expect(extract.fact("description")?.normalized?.contains("CIBP at 8,950 ft") == true)
    }

    @Test("the real blank: every field recorded as blank and every question as unanswered, none guessed")
    func blank() throws {
        let extract = try Self.extract(Fixtures.url("real/documents/blm/BLM_3160-5_Blank_Template.pdf"))
        for name in ["lease_serial", "api", "operator", "well_name", "signed_date"] {
            #expect(extract.fact(name)?.problem == "the field is on the form but left blank", "\(name)")
        }
        for question in ["well_type", "submission_type", "action"] {
            #expect(extract.fact(question)?.problem == "no box is checked", "\(question)")
        }
    }

    @Test("lease serials and API numbers in their other spellings normalize alike")
    func spellings() throws {
        let legacy = try Self.extract(Fixtures.url("synthetic/blm-3160-5-filled-legacy-serial.pdf"))
        #expect(legacy.fact("lease_serial")?.raw == "NM-012345")
        #expect(legacy.fact("lease_serial")?.normalized == "NM12345")
        #expect(legacy.fact("api")?.normalized == "30015123450000")
        let amended = try Self.extract(Fixtures.url("synthetic/blm-3160-5-filled-amended.pdf"))
        #expect(amended.fact("signed_date")?.normalized == "2026-11-09")
    }
}
