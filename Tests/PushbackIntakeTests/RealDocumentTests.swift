import Foundation
import PushbackIntake
import PushbackModel
import Testing
import TestSupport

/// The real filings in Tests/Fixtures/real/documents: what each is, and the key fields of the forms
/// Pushback has extractors for.
@Suite("Real documents: classification and extraction")
struct RealDocumentTests {
    static func extract(_ relativePath: String, ocrPages: Int = 4) throws -> DocumentExtract {
        let url = Fixtures.url("real/documents/" + relativePath)
        let bytes = [UInt8](try Data(contentsOf: url))
        var limits = DocumentReader.Limits()
        limits.ocrPages = ocrPages
        return try DocumentIntake(reader: DocumentReader(limits: limits)).read(path: url.path, bytes: bytes, source: SourceReference(sha256: try InboxDocument.sha256(ofFile: url.path), path: relativePath))
    }

    /// name → normalized value of the first fact with that name.
    static func values(_ extract: DocumentExtract) -> [String: String] {
        var values: [String: String] = [:]
        for fact in extract.facts where values[fact.name] == nil { values[fact.name] = fact.normalized ?? "UNREADABLE" }
        return values
    }

    @Test("the approved W-3A for 42-003-46118: header, location, total depth, every casing row, plugs")
    func w3a() throws {
        let extract = try Self.extract("tx_rrc/42-003-46118/Approved_W3A_00346118_20250826.pdf")
        #expect(extract.kind == .rrcW3A)
        let values = Self.values(extract)
        #expect(values["operator"] == "COG OPERATING LLC")
        #expect(values["api"] == "4200346118")
        #expect(values["district"] == "08")
        #expect(values["county"] == "ANDREWS")
        #expect(values["lease_number"] == "40718")
        #expect(values["lease_name"] == "MABEE 140A")
        #expect(values["well_number"] == "4404")
        #expect(values["field"] == "SPRABERRY [TREND AREA]")
        #expect(values["permit_number"] == "781518")
        #expect(values["total_depth"] == "11200")
        #expect(values["location_description"] == "15.7 miles NW of Midland")
        #expect(values["plugging_date"] == "2025-10-13")
        let casing = (1...4).map { row in
            ["hole_size", "size", "setting_depth", "cement_sacks", "top_of_cement"].map { values["casing[\(row)].\($0)"] ?? "-" }
        }
        #expect(casing == [
            ["14.75", "11.75", "1717", "930", "0"],
            ["10.625", "8.625", "5532", "1230", "2790"],
            ["7.875", "5.5", "11200", "310", "5532"],
            ["7.875", "5.5", "11200", "720", "6997"],
        ])
        #expect(values["casing[5].size"] == nil)
        #expect(values["perforations[1].interval"] == "8110-10914")
        #expect(extract.facts(prefix: "plug[").count == 9)
        #expect(values["plug[2]"] == "Cement Plug 7990-7890 ft 40 sacks")
        #expect(values["plug[9]"] == "Cement Surface Plug 350-3 ft 100 sacks")
        // Provenance on every fact: page, line, quote, text layer, extractor version.
        for fact in extract.facts {
            #expect(fact.method == .textLayer && fact.extractor == "rrc-w3a@1" && fact.evidence.page != nil && !fact.evidence.quote.isEmpty)
        }
        let depth = try #require(extract.fact("total_depth"))
        #expect(depth.unit == "ft" && depth.box != nil && depth.evidence.page == 1)
    }

    @Test("W-2 facsimile PDFs: identifiers, operator, dates; pressures the form leaves blank are recorded as blank")
    func w2PDF() throws {
        let older = Self.values(try Self.extract("tx_rrc/42-003-42706/W-2_4200342706.pdf"))
        #expect(older["api"] == "4200342706" && older["district"] == "08" && older["lease_number"] == "40917" && older["well_number"] == "2005")
        #expect(older["operator"] == "RELIANCE ENERGY, INC." && older["operator_number"] == "700995")
        #expect(older["lease_name"] == "MABEE 240A" && older["field"] == "SPRABERRY (TREND AREA)" && older["county"] == "ANDREWS")
        #expect(older["completion_date"] == "2011-06-02" && older["test_date"] == "2011-06-27" && older["permit_number"] == "711099")
        #expect(older["total_depth"] == "11950")
        #expect(older["flowing_tubing_pressure"] == "UNREADABLE")

        let extract = try Self.extract("tx_rrc_text/source_w2.pdf")
        let values = Self.values(extract)
        #expect(values["api"] == "4204132501" && values["district"] == "05" && values["well_number"] == "1H")
        #expect(values["operator"] == "HAWKWOOD ENERGY OPERATING, LLC" && values["field"] == "AGUILA VADO (EAGLEFORD)")
        #expect(values["flowing_tubing_pressure"] == "610" && values["casing_pressure"] == "240")
        #expect(values["total_depth"] == "8519" && values["total_depth_md"] == "16820")
        #expect(extract.fact("flowing_tubing_pressure")?.unit == "psi")
    }

    @Test("W-2 Markdown exports: every layout the converter produced, pressures included")
    func w2Markdown() throws {
        let expected: [(file: String, api: String, well: String, lease: String, tubing: String, casing: String)] = [
            ("cmpl_W2Form_PID_321260.md", "4204132591", "A 3H", "LUTHER", "1230", "0"),
            ("cmpl_W2Form_PID_327610.md", "UNREADABLE", "1H", "RIVERSIDE", "1200", "1200"),
            ("cmpl_W2Form_PID_327617.md", "4204132604", "2H", "PINKMAN UNIT", "1200", "750"),
            ("cmpl_W2Form_PID_327618.md", "4204132598", "2H", "LOBO", "1050", "480"),
            ("cmpl_W2Form_PID_327620.md", "4204132607", "1H", "BRAZOS FARMS D", "1260", "1000"),
            ("cmpl_W2Form_PID_333043.md", "4204132600", "A 2H", "COLLEGE STATION", "1250", "445"),
        ]
        for row in expected {
            let extract = try Self.extract("tx_rrc_text/" + row.file)
            #expect(extract.kind == .rrcW2, "\(row.file)")
            let values = Self.values(extract)
            #expect([values["api"], values["well_number"], values["lease_name"], values["flowing_tubing_pressure"], values["casing_pressure"]]
                == [row.api, row.well, row.lease, row.tubing, row.casing], "\(row.file)")
            #expect(values["county"] == "BRAZOS", "\(row.file)")
            #expect(extract.facts.allSatisfy { $0.method == .markdown }, "\(row.file)")
        }
    }

    @Test("a W-2 export that garbles its API number says so instead of guessing")
    func garbledAPI() throws {
        let extract = try Self.extract("tx_rrc_text/cmpl_W2Form_PID_327610.md")
        let api = try #require(extract.fact("api"))
        #expect(api.normalized == nil && api.raw == "42-7.")
        #expect(api.problem?.contains("not an API well number") == true)
        #expect(extract.fact("district")?.normalized == nil)
    }

    @Test("a W-2 that gives two different well numbers carries both, each naming the other")
    func contradiction() throws {
        let extract = try Self.extract("tx_rrc_text/cmpl_W2Form_PID_333943.md")
        let wells = extract.facts.filter { $0.name == "well_number" }
        #expect(wells.map(\.normalized) == ["A 2H", "27826"])
        #expect(wells[0].problem?.contains("\"27826\" (page 1 line 27)") == true)
        #expect(wells[1].problem?.contains("\"A 2H\" (page 1 line 13)") == true)
    }

    @Test("a field on the form left blank is a fact with a problem, not a missing fact")
    func blankField() throws {
        let extract = try Self.extract("tx_rrc_text/cmpl_W2Form_PID_327617.md")
        let lease = try #require(extract.fact("lease_number"))
        #expect(lease.normalized == nil && lease.raw.isEmpty && lease.problem == "the field is on the form but left blank")
    }

    @Test("W-1 drilling permits, Markdown exports and the facsimile PDF")
    func w1() throws {
        let markdown = Self.values(try Self.extract("tx_rrc_text/855565_W1_AsApprovedW1-8-1-2019_LTR.md"))
        #expect(markdown["api"] == "4204132582" && markdown["permit_number"] == "855565" && markdown["operator_number"] == "367676")
        #expect(markdown["operator"] == "HAWKWOOD ENERGY OPERATING, LLC" && markdown["lease_name"] == "RIVERSIDE" && markdown["well_number"] == "1H")
        #expect(markdown["total_depth"] == "9600" && markdown["district"] == "03" && markdown["county"] == "BRAZOS")
        #expect(markdown["field"] == "GIDDINGS (EAGLEFORD)" && markdown["field_number"] == "34733610" && markdown["well_type"] == "Oil Well")
        #expect(markdown["location_description"] == "7.6 miles SW of BRYAN" && markdown["approved_date"] == "2019-08-01")

        let pdf = Self.values(try Self.extract("tx_rrc_text/source_w1.pdf"))
        #expect(pdf["api"] == "4204132501" && pdf["permit_number"] == "836500" && pdf["operator_number"] == "367676")
        #expect(pdf["operator"] == "HAWKWOOD ENERGY OPERATING, LLC" && pdf["lease_name"] == "COCODRILO" && pdf["well_number"] == "1H")
        #expect(pdf["total_depth"] == "9000" && pdf["district"] == "03" && pdf["county"] == "BRAZOS")
        #expect(pdf["field"] == "AGUILA VADO (EAGLEFORD)" && pdf["field_number"] == "00870500" && pdf["completion_depth"] == "9000")
        #expect(pdf["location_description"] == "4 miles W of BRYAN" && pdf["approved_date"] == "2018-02-20")

        for file in ["856341_W1_AsApprovedW1-8-19-2019_LTR.md", "856584_W1_AsApprovedW1-10-28-2019_LTR.md", "856809_W1_AsApprovedW1-11-6-2019_LTR.md",
                     "858151_W1_AsApprovedW1-10-23-2019_LTR.md", "858151_W1_AsApprovedW1-9-10-2020_LTR.md", "859967_W1_AsApprovedW1-12-17-2019_LTR.md"] {
            let values = Self.values(try Self.extract("tx_rrc_text/" + file))
            #expect(values["api"]?.hasPrefix("42041") == true && values["county"] == "BRAZOS" && values["permit_number"] != nil, "\(file)")
        }
    }

    @Test("the W-1's Statewide Rule 36 answer: the box precedes its answer on the facsimile; both answers with no mark is no answer")
    func w1HydrogenSulfideArea() throws {
        var answers: [String: String] = [:]
        for file in ["855565_W1_AsApprovedW1-8-1-2019_LTR.md", "856341_W1_AsApprovedW1-8-19-2019_LTR.md", "856809_W1_AsApprovedW1-11-6-2019_LTR.md",
                     "858151_W1_AsApprovedW1-9-10-2020_LTR.md", "859967_W1_AsApprovedW1-12-17-2019_LTR.md", "source_w1.pdf"] {
            let fact = try #require(try Self.extract("tx_rrc_text/" + file).fact("h2s_area"), "\(file)")
            answers[file] = fact.normalized ?? "unreadable: \(fact.problem ?? "")"
        }
        // The PDF prints "Yes  X  No" with the X box 9 pt left of "No" and 23 pt right of "Yes".
        #expect(answers["source_w1.pdf"] == "no")
        #expect(answers["856341_W1_AsApprovedW1-8-19-2019_LTR.md"] == "yes" && answers["858151_W1_AsApprovedW1-9-10-2020_LTR.md"] == "yes")
        #expect(answers["855565_W1_AsApprovedW1-8-1-2019_LTR.md"] == "unreadable: \"Yes | No\" gives both answers and marks neither")
        #expect(answers["856809_W1_AsApprovedW1-11-6-2019_LTR.md"]?.hasPrefix("unreadable") == true)
        #expect(answers["859967_W1_AsApprovedW1-12-17-2019_LTR.md"]?.contains("a mark with no answer after it") == true)
    }

    /// Every other real document, by content: its kind and identifying facts (OCR limited to the
    /// first scanned page to keep the suite quick; the W-15 test below reads more).
    @Test("every other real document is classified as what it is, with its identifying facts",
          arguments: [
            ("tx_rrc/42-003-42706/W-15_4200342706.pdf", "rrc-w15", nil, nil),
            ("tx_rrc/42-003-46118/W-15_4200346118.pdf", "rrc-w15", nil, nil),
            ("tx_rrc/42-003-42706/W-12_4200342706.pdf", "rrc-w12", nil, nil),
            ("tx_rrc/42-003-42706/L-1_4200342706.pdf", "rrc-l1", nil, "2011-06-02"),
            ("tx_rrc/42-003-42706/L-1_Header_4200342706.pdf", "well-log-header", "4200342706", nil),
            ("tx_rrc/42-003-42706/GAU_LETTER_4200342706.pdf", "rrc-gau-letter", nil, "2010-01-11"),
            ("tx_rrc/42-003-46118/GAU_LETTER_4200346118.pdf", "rrc-gau-letter", nil, "2014-03-19"),
            ("tx_rrc/42-003-42706/SWR_10_Letter_4200342706.pdf", "rrc-swr10-letter", "4200342706", "2011-10-18"),
            ("tx_rrc/42-003-42706/Other_4200342706.pdf", "operator-letter", "4200342706", "2011-12-14"),
            ("tx_rrc/42-003-42706/Plat_4200342706.tif", "plat-image", nil, nil),
            ("tx_rrc/blank_forms/W3_Blank_Template.pdf", "rrc-w3", nil, nil),
            ("tx_rrc/guidance/RRC_District_08-8A_plugging_book.pdf", "rrc-plugging-guidance", nil, nil),
            ("blm/BLM_3160-5_Blank_Template.pdf", "blm-3160-5", nil, nil),
            ("co_ecmc_scout_tickets/05-123-31642_scout.html", "ecmc-scout-ticket", "0512331642", nil),
            ("co_ecmc_scout_tickets/05-123-32812_scout.html", "ecmc-scout-ticket", "0512332812", nil),
            ("co_ecmc_scout_tickets/05-123-33023_scout.html", "ecmc-scout-ticket", "0512333023", nil),
            ("co_ecmc_scout_tickets/05-123-33065_scout.html", "ecmc-scout-ticket", "0512333065", nil),
            ("co_ecmc_scout_tickets/05-123-33067_scout.html", "ecmc-scout-ticket", "0512333067", nil),
          ] as [(String, String, String?, String?)])
    func classification(_ path: String, _ kind: String, _ api: String?, _ date: String?) throws {
        let extract = try Self.extract(path, ocrPages: 1)
        #expect(extract.kind.rawValue == kind)
        #expect(!extract.classifiedBy.quote.isEmpty && extract.classifiedBy.page != nil)
        let values = Self.values(extract)
        if let api { #expect(values["api"] == api) }
        if let date { #expect(values["date"] == date) }
    }

    @Test("a scanned W-15 is read by OCR: text with the engine's confidence, and facts marked OCR")
    func scannedW15() throws {
        let extract = try Self.extract("tx_rrc/42-003-46118/W-15_4200346118.pdf", ocrPages: 3)
        #expect(extract.kind == .rrcW15)
        #expect(extract.methods.values.allSatisfy { $0 == .ocr })
        let date = try #require(extract.fact("date"))
        // The first date on the form: plugs #1 and #2 cemented 5/18/2017 (page 2's table; the
        // production string's 5/26/2017 follows on page 3).
        #expect(date.method == .ocr && date.normalized == "2017-05-18")
        #expect(date.confidence > 0.5 && date.confidence <= 1)
        #expect(date.box != nil)
    }
}

@Suite("Entity resolution across real documents")
struct EntityResolutionTests {
    @Test("the W-3A and W-2 of 42-003-46118 are one well and one RRC lease, under two operators")
    func pluggingAndCompletion() throws {
        let extracts = try ["tx_rrc/42-003-46118/Approved_W3A_00346118_20250826.pdf", "tx_rrc/42-003-46118/W-2_4200346118.pdf"].map { try RealDocumentTests.extract($0) }
        let resolution = EntityResolution(extracts)
        let well = try #require(resolution.shared.first { $0.kind == .well })
        #expect(well.key == "4200346118" && Set(well.mentions.map(\.raw)) == ["00346118", "42-003-46118"])
        #expect(resolution.shared.contains { $0.kind == .rrcLease && $0.key == "08-40718" })
        // A change of operator (OXY USA at completion, COG at plugging) is not merged away.
        let operators = resolution.entities.filter { $0.kind == .operator }.map(\.key)
        #expect(operators == ["COG OPERATING", "OXY USA"])
    }

    @Test("a W-1 and its W-2 (Markdown exports) meet on well and operator despite punctuation")
    func permitAndCompletion() throws {
        let extracts = try ["tx_rrc_text/856341_W1_AsApprovedW1-8-19-2019_LTR.md", "tx_rrc_text/cmpl_W2Form_PID_321260.md"].map { try RealDocumentTests.extract($0) }
        let shared = EntityResolution(extracts).shared
        #expect(shared.map { "\($0.kind.rawValue) \($0.key)" } == ["operator CHESAPEAKE OPERATING", "well 4204132591"])
    }

    @Test("a legacy BLM serial is shown as possibly the same lease as the MLRS-style one, for review")
    func serialAlias() throws {
        let files = [Fixtures.repository("samples/documents/blm-3160-5-synthetic-filled.pdf"), Fixtures.url("synthetic/blm-3160-5-filled-legacy-serial.pdf")]
        let extracts = try files.map { try BLMSundryNoticeTests.extract($0) }
        let shared = EntityResolution(extracts).shared
        let legacy = try #require(shared.first { $0.kind == .blmLease && $0.key == "NM12345" })
        #expect(legacy.possibleAliases == ["NMNM12345"])
        #expect(shared.contains { $0.kind == .well && $0.key == "3001512345" && $0.files.count == 2 })
    }
}

@Suite("ECMC scout tickets")
struct ECMCScoutTicketTests {
    @Test("the scout card of 05-123-31642: identity, operator, status, location, wellbores and the casing actually set")
    func scoutCard() throws {
        let values = RealDocumentTests.values(try RealDocumentTests.extract("co_ecmc_scout_tickets/05-123-31642_scout.html"))
        #expect(values["api"] == "0512331642" && values["well_name"] == "STATE #16-11-9-60H")
        #expect(values["operator"] == "VERDAD RESOURCES LLC" && values["operator_number"] == "10651")
        #expect(values["status"] == "PR" && values["status_date"] == "2024-02-01" && values["county"] == "WELD")
        #expect(values["plss_location"] == "NWNW 16 9N60W 6" && values["planned_footage"] == "700FNL 700 FWL" && values["spud_date"] == "2010-10-07")
        #expect(values["planned_latitude"] == "40.755031" && values["planned_longitude"] == "-104.104749")
        #expect(values["wellbore[00].status"] == "AB" && values["wellbore[00].measured_depth"] == "7598")
        #expect(values["wellbore[01].measured_depth"] == "11709" && values["wellbore[01].vertical_depth"] == "6367")
        #expect(values["wellbore[00].casing[3].size"] == "7" && values["wellbore[00].casing[3].top_of_cement"] == "1200")
        // A liner with no cement record: recorded as blank, not as zero sacks.
        #expect(values["wellbore[00].casing[4].cement_sacks"] == "UNREADABLE")
    }

    @Test("the original wellbore's surface casing depth, as set (ACTUAL, not PLANNED), for Rule 419's trigger")
    func surfaceCasingDepth() throws {
        // Read off the cards: SURF rows cited ACTUAL in Wellbore #00 (33023 planned 600 ft, set 671 ft; 33067 planned 800 ft, set 1,595 ft).
        let expected = ["31642": "1400", "32812": "1054", "33023": "671", "33065": "1111", "33067": "1595"]
        for (sequence, depth) in expected {
            let extract = try RealDocumentTests.extract("co_ecmc_scout_tickets/05-123-\(sequence)_scout.html")
            #expect(extract.facts.filter { $0.name == "surface_casing_depth" }.map(\.normalized) == [depth], "\(sequence)")
        }
    }

    @Test("every scout card's surface location agrees with the ECMC well registry's surface hole", arguments: ["31642", "32812", "33023", "33065", "33067"])
    func agreesWithRegistry(_ sequence: String) throws {
        let values = RealDocumentTests.values(try RealDocumentTests.extract("co_ecmc_scout_tickets/05-123-\(sequence)_scout.html"))
        let mapping = try #require(RegistryReaderTests.mappings.first { $0.id == "ecmc-wells" })
        let registry = try RegistryReader(mapping: mapping).read(
            bytes: [UInt8](try Data(contentsOf: Fixtures.url("real/registries/co_weld_ecmc_selected_wells.csv"))), source: SourceReference(sha256: "t", path: "wells.csv"))
        let well = try #require(registry.wells.first { $0.api.wellNumber == "05123\(sequence)" })
        let latitude = try #require(values["planned_latitude"].flatMap(Double.init))
        let longitude = try #require(values["planned_longitude"].flatMap(Double.init))
        #expect(abs(latitude - (well.location?.point.latitude ?? 0)) < 0.0001 && abs(longitude - (well.location?.point.longitude ?? 0)) < 0.0001)
    }
}
