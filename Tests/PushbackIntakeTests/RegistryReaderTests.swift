import Foundation
import PushbackIntake
import PushbackModel
import PushbackYAML
import Testing
import TestSupport

@Suite("Registry intake by mapping files")
struct RegistryReaderTests {
    static let mappings = try! SourceMapping.loadAll(directory: Fixtures.repository("mappings").path)

    func mapping(_ id: String) throws -> SourceMapping { try #require(Self.mappings.first { $0.id == id }) }

    func read(_ path: URL, mapping id: String) throws -> RegistryExtract {
        let bytes = [UInt8](try Data(contentsOf: path))
        return try RegistryReader(mapping: try mapping(id)).read(bytes: bytes, source: SourceReference(sha256: "test", path: path.lastPathComponent))
    }

    @Test("the CDE schools file: offices, adult and ROC/ROP rows skipped; the Riverside trap reported with its lines")
    func schools() throws {
        let extract = try read(Fixtures.repository("samples/inbox/ca_cde_public_schools_2017.csv"), mapping: "cde-public-schools")
        #expect(extract.encoding == .utf8)
        #expect(extract.recordCount == 9_051)
        let excluded: Int = extract.excluded.values.reduce(0, +)
        #expect(excluded == 1_265)
        #expect(extract.receptors.count == 7_785)
        #expect(extract.receptors.filter { $0.location == nil }.count == 13)
        #expect(extract.receptors.filter { $0.kind == .preschool }.count == 119)
        let trap = try #require(extract.problems.first { $0.firstLine == 4103 })
        #expect(trap.lastLine == 4377)
        #expect(trap.field == "School")
        #expect(trap.scope == .record)
        #expect(trap.reason.contains("swallows the next 274 lines"))
        #expect(extract.linesNotRead == 275)
        #expect(extract.problems.count == 1, "\(extract.problems)")
        let wasco = try #require(extract.receptors.first { $0.name == "Wasco High" })
        #expect(wasco.provenance.line != nil && wasco.provenance.quote.contains("Wasco High"))
    }

    @Test("the CalGEM orphan list (BOM): Kern wells idle except the Plugged & Abandoned tier")
    func orphanList() throws {
        let extract = try read(Fixtures.repository("samples/inbox/ca_calgem_orphan_wells_kern.csv"), mapping: "calgem-orphan-well-screening")
        #expect(extract.encoding == .utf8WithBOM)
        #expect(extract.wells.count == 1_095)
        #expect(extract.problems.isEmpty)
        #expect(extract.wells.filter { $0.status == .plugged }.count == 4)
        #expect(extract.wells.filter { $0.status == .idle }.count == 1_091)
        #expect(extract.wells.allSatisfy { $0.api.stateCode == "04" && ($0.api.countyCode == "029" || $0.api.countyCode == "030") })
        #expect(extract.wells.allSatisfy { $0.api.concerns.isEmpty })
        let first = try #require(extract.wells.first)
        #expect(first.provenance.line == 2)
        #expect(first.rawStatus.hasPrefix("Tier") || first.rawStatus == "Inaccessible")
        #expect(first.location != nil)
    }

    @Test("CalGEM AllWells: status words through the calgem vocabulary, raw kept")
    func allWells() throws {
        let extract = try read(Fixtures.url("real/ca_allwells_format_excerpt_300.csv"), mapping: "calgem-allwells")
        #expect(extract.wells.count == 300)
        #expect(extract.wells.allSatisfy { $0.status.rawValue == $0.rawStatus || ($0.rawStatus == "cancelled" && $0.status == .canceled) })
        #expect(Set(extract.wells.map(\.status)).isSubset(of: [.active, .idle, .plugged, .new, .canceled, .unknown]))
    }

    @Test("malformed rows are reported with file:line and reason; the rest is read")
    func malformedRows() throws {
        let text = """
            Well API,Well Tier,Well Type,Operator Name,Field,Well Designation,CalGEM District,County,Lease,City,Latitude,Longitude,View in WellFinder,x,y
            0402920040,Tier 2,Oil,Op,Fld,A 1,Inland,Kern,L,Kern County,35.1,-119.1,u,0,0
            0402920041,Tier 2,Oil,Op,Fld,A 2,Inland,Kern,L,Kern County,35.1,-119.1,u,0
            NOT-AN-API,Tier 2,Oil,Op,Fld,A 3,Inland,Kern,L,Kern County,35.1,-119.1,u,0,0
            0402920043,Tier 2,Oil,Op,Fld,A 4,Inland,Kern,L,Kern County,north,-119.1,u,0,0
            0402920044,Tier 2,Oil,Op,Fld,A 5,Inland,Kern,L,Kern County,NA,NA,u,0,0
            0402920045,Tier 2,Oil,Op,Fld,A 6,Inland,Kern,L,Kern County,0,0,u,0,0

            """
        let extract = try RegistryReader(mapping: try mapping("calgem-orphan-well-screening"))
            .read(bytes: Array(text.utf8), source: SourceReference(sha256: "h", path: "inbox/orphans.csv"))
        #expect(extract.wells.map(\.api.normalized) == ["0402920040", "0402920043", "0402920044", "0402920045"])
        #expect(extract.wells.map { $0.location == nil } == [false, true, true, true])
        let described = extract.problems.map(\.description)
        #expect(described.contains("inbox/orphans.csv:3: has 14 fields; the header has 15; row not read"))
        #expect(described.contains { $0.hasPrefix("inbox/orphans.csv:4 (Well API): \"NOT-AN-API\" is not an API well number") })
        #expect(described.contains { $0.hasPrefix("inbox/orphans.csv:5 (Latitude): latitude \"north\"") })
        #expect(described.contains { $0.hasPrefix("inbox/orphans.csv:7 (Latitude): latitude/longitude 0, 0 is a placeholder") })
        #expect(extract.problems.filter { $0.scope == .record }.count == 2)
        #expect(extract.linesNotRead == 2)
    }

    @Test("a header without the mapped columns makes the whole file unreadable, with the columns named")
    func missingColumns() throws {
        let reader = RegistryReader(mapping: try mapping("cde-public-schools"))
        #expect(throws: RegistryReader.Unreadable.self) {
            try reader.read(bytes: Array("CDSCode,School\n1,A\n".utf8), source: SourceReference(sha256: "h", path: "x.csv"))
        }
    }
}

@Suite("Mapping files")
struct SourceMappingTests {
    func load(_ yaml: String) throws -> SourceMapping {
        let directory = try Fixtures.temporaryDirectory("mapping")
        let path = directory.appendingPathComponent("m.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        return try SourceMapping.load(path: path)
    }

    @Test("the shipped mappings load")
    func shipped() throws {
        let ids = try SourceMapping.loadAll(directory: Fixtures.repository("mappings").path).map(\.id)
        #expect(ids == ["calgem-allwells", "calgem-orphan-well-screening", "cde-public-schools", "cde-pubschls", "ecmc-form7-production", "ecmc-orphan-wells-shapefile", "ecmc-orphan-wells", "ecmc-wells", "generic-receptors-geojson", "generic-receptors", "generic-wells", "pushback-readings"])
    }

    @Test("a typo in a key is an error naming the file and line")
    func unknownKey() throws {
        let yaml = "id: x\ntitle: X\npublisher: P\nentity: well\ndetect:\n  columns: [a]\nfields:\n  api: a\n  status: s\n  latitude: la\n  longitude: lo\n  operater: op\n"
        do {
            _ = try load(yaml)
            Issue.record("a misspelled field must be refused")
        } catch let error as YAMLError {
            #expect(error.line == 12)
            #expect(error.message.contains("operater"))
            #expect(error.description.contains("m.yaml:12"))
        }
    }

    @Test("a missing required field and a YAML syntax error both point at lines")
    func requiredAndSyntax() throws {
        do {
            _ = try load("id: x\ntitle: X\npublisher: P\nentity: well\ndetect:\n  columns: [a]\nfields:\n  api: a\n")
            Issue.record("status, latitude and longitude are required")
        } catch let error as YAMLError {
            #expect(error.line == 8)
            #expect(error.message.contains("status"))
        }
        do {
            _ = try load("id: x\ntitle: [unclosed\n")
            Issue.record("a syntax error must be refused")
        } catch let error as YAMLError {
            #expect(error.line != nil)
        }
    }
}

@Suite("Registry intake in parallel pieces")
struct RegistryPieceTests {
    /// Everything a read produced, comparable.
    static func summary(_ extract: RegistryExtract) -> [String] {
        ["records \(extract.recordCount), not read \(extract.linesNotRead), excluded \(extract.excluded.sorted { $0.key < $1.key })"]
            + extract.wells.map { "\($0.api.normalized) \($0.name ?? "-") \($0.provenance.line ?? 0) \($0.location.map { "\($0.point.latitude),\($0.point.longitude)" } ?? "-")" }
            + extract.receptors.map { "\($0.id) \($0.name) \($0.provenance.line ?? 0)" }
            + extract.problems.map { "\($0.firstLine ?? 0)-\($0.lastLine ?? 0) \($0.reason)" }.sorted()
    }

    @Test("split into many pieces, the CDE schools file (quoted newlines, a swallowed block) reads exactly as in one piece", arguments: [2, 3, 7, 16])
    func schoolsInPieces(_ pieces: Int) throws {
        let bytes = [UInt8](try Data(contentsOf: Fixtures.repository("samples/inbox/ca_cde_public_schools_2017.csv")))
        let mapping = try #require(RegistryReaderTests.mappings.first { $0.id == "cde-public-schools" })
        let source = SourceReference(sha256: "t", path: "schools.csv")
        let whole = try RegistryReader(mapping: mapping, parallelism: 1).read(bytes: bytes, source: source)
        let split = try RegistryReader(mapping: mapping, parallelism: pieces, minimumPieceBytes: 1).read(bytes: bytes, source: source)
        #expect(Self.summary(split) == Self.summary(whole))
    }

    @Test("coordinates are the doubles Swift's own parser gives, bit for bit, in every spelling")
    func coordinatesAsDoubles() throws {
        var generator = SeededGenerator(seed: 1990)
        var spellings: [(latitude: String, longitude: String)] = []
        for _ in 0..<5_000 {
            let latitude = Double.random(in: -89.9...89.9, using: &generator)
            let longitude = Double.random(in: -179.9...179.9, using: &generator)
            let formats = ["%.6f", "%.15f", "%+.3f", "%.2e", "%.0f.", "%.17g", "%.1f"]
            func spell(_ value: Double) -> String {
                let choice = Int.random(in: 0...formats.count, using: &generator)
                return choice == formats.count ? "\(value)" : String(format: formats[choice], value)
            }
            spellings.append((spell(latitude), spell(longitude)))
        }
        var text = "api,well_status,operator_na,latitude,longitude,base_meridi,lease_name,county_name,field_name,well_type,spud_date\n"
        for (index, spelling) in spellings.enumerated() { text += "04029\(String(format: "%05d", index)),active,Op,\(spelling.latitude),\(spelling.longitude),MD,L,Kern,F,OG,\n" }
        let mapping = try #require(RegistryReaderTests.mappings.first { $0.id == "calgem-allwells" })
        let extract = try RegistryReader(mapping: mapping).read(bytes: Array(text.utf8), source: SourceReference(sha256: "t", path: "wells.csv"))
        #expect(extract.wells.count == spellings.count)
        for (well, spelling) in zip(extract.wells, spellings) {
            let point = try #require(well.location?.point, "\(spelling)")
            #expect(point.latitude.bitPattern == Double(spelling.latitude)?.bitPattern, "\(spelling.latitude)")
            #expect(point.longitude.bitPattern == Double(spelling.longitude)?.bitPattern, "\(spelling.longitude)")
        }
    }

    @Test("a piece boundary inside a quoted multi-line field falls back to an in-order read")
    func boundaryInsideQuotes() throws {
        var text = "api,well_status,operator_na,latitude,longitude,base_meridi,lease_name,county_name,field_name,well_type,spud_date\n"
        for index in 0..<200 {
            let name = index % 3 == 0 ? "\"Lease \(index)\nsecond line\nthird line\"" : "Lease \(index)"
            text += "04029\(String(format: "%05d", index)),active,Op,35.\(index),-119.\(index),MD,\(name),Kern,Elk Hills,OG,1/2/1950\n"
        }
        let mapping = try #require(RegistryReaderTests.mappings.first { $0.id == "calgem-allwells" })
        let source = SourceReference(sha256: "t", path: "wells.csv")
        let whole = try RegistryReader(mapping: mapping, parallelism: 1).read(bytes: Array(text.utf8), source: source)
        #expect(whole.wells.count == 200)
        for pieces in [2, 5, 11, 40] {
            let split = try RegistryReader(mapping: mapping, parallelism: pieces, minimumPieceBytes: 1).read(bytes: Array(text.utf8), source: source)
            #expect(Self.summary(split) == Self.summary(whole), "\(pieces) pieces")
        }
    }
}

@Suite("Colorado ECMC registries")
struct ECMCRegistryTests {
    func read(_ file: String, mapping id: String, bytes: [UInt8]? = nil) throws -> RegistryExtract {
        let mapping = try #require(RegistryReaderTests.mappings.first { $0.id == id })
        let data = try bytes ?? [UInt8](Data(contentsOf: Fixtures.url("real/registries/" + file)))
        return try RegistryReader(mapping: mapping).read(bytes: data, source: SourceReference(sha256: "t", path: file))
    }

    @Test("ECMC well spots: API from API_Label with state 05, surface-hole coordinates, ECMC status codes")
    func wells() throws {
        let extract = try read("co_weld_ecmc_selected_wells.csv", mapping: "ecmc-wells")
        #expect(extract.recordCount == 831 && extract.wells.count == 831 && extract.problems.isEmpty)
        let first = try #require(extract.wells.first)
        #expect(first.api.normalized == "0512331642" && first.rawStatus == "PR" && first.status == .active)
        #expect(first.location?.point.latitude == 40.755031 && first.location?.point.longitude == -104.104749)
        #expect(extract.wells.allSatisfy { $0.api.stateCode == "05" && $0.status != .unknown })
        #expect(extract.wells.filter { $0.status == .temporarilyAbandoned }.count == 14 && extract.wells.filter { $0.status == .shutIn }.count == 65)
    }

    @Test("ECMC orphan wells: API without state code, UTM 13N geometry reprojected with PROJ and checked against lat/lon")
    func orphans() throws {
        let extract = try read("co_ecmc_orphan_well_program_wells.csv", mapping: "ecmc-orphan-wells")
        #expect(extract.recordCount == 2_287 && extract.wells.count == 1_745)
        #expect(extract.problems.count == 542 && extract.problems.allSatisfy { $0.reason == "has no API well number; row not read" })
        let first = try #require(extract.wells.first)
        #expect(first.api.normalized == "0512511325" && first.api.concerns.contains(.stateCodeAssumed("05")))
        let point = try #require(first.location?.point)
        // POINT (729588.7698 4473970.2038) in UTM 13N; the file's own WGS84 is 40.38471, -102.29526.
        #expect(abs(point.latitude - 40.38471) < 0.0001 && abs(point.longitude - (-102.29526)) < 0.0001)
        #expect(first.location?.basis.contains("EPSG:26913 reprojected to WGS84 with PROJ") == true)
    }

    @Test("a geometry that disagrees with the latitude/longitude columns is reported, with the distance")
    func disagreement() throws {
        let text = "Latitude,Longitude,Project,Status,LocationID,API,geometry\n40.38471,-102.29526,P,_Federal,1,125-11325,POINT (729588.77 4474970.20)\n40.1,-102.2,P,_Federal,2,125-11326,POINT (garbage)\n"
        let extract = try read("synthetic.csv", mapping: "ecmc-orphan-wells", bytes: Array(text.utf8))
        #expect(extract.wells.count == 2)
        let apart = try #require(extract.problems.first { $0.firstLine == 2 })
        #expect(apart.reason.hasPrefix("geometry (EPSG:26913) and latitude/longitude are 1000 m apart"))
        let garbage = try #require(extract.problems.first { $0.firstLine == 3 })
        #expect(garbage.reason == "geometry \"POINT (garbage)\" is not a WKT POINT; latitude/longitude used")
    }
}

@Suite("ESRI shapefiles through shapelib")
struct ShapefileIntakeTests {
    static let shp = Fixtures.url("real/registries/ecmc_orphan_wells_utm13n.shp")

    func outcome(_ url: URL) throws -> Intake.Outcome {
        let intake = Intake(mappings: RegistryReaderTests.mappings)
        return intake.read(bytes: [UInt8](try Data(contentsOf: url)), path: url.path, source: SourceReference(sha256: "t", path: url.lastPathComponent))
    }

    @Test("a point shapefile is read through its mapping, points reprojected from the .prj's CRS with PROJ")
    func pointShapefile() throws {
        guard case .registry(let extract) = try outcome(Self.shp) else { Issue.record("not read as a registry"); return }
        #expect(extract.mappingID == "ecmc-orphan-wells-shapefile")
        #expect(extract.recordCount == 300 && extract.wells.count == 224 && extract.problems.count == 76)
        let first = try #require(extract.wells.first)
        #expect(first.api.normalized == "0512511325")
        // The program's CSV gives 40.38471, -102.29526 for this well; the shapefile has only UTM 13N.
        let point = try #require(first.location?.point)
        #expect(abs(point.latitude - 40.38471) < 0.00001 && abs(point.longitude - (-102.29526)) < 0.00001)
        #expect(first.location?.basis.contains("NAD_1983_UTM_Zone_13N") == true)
    }

    @Test("a truncated .shp and a lone .dbf are quarantined as shapefile problems")
    func brokenShapefiles() throws {
        guard case .quarantined(let truncated) = try outcome(Fixtures.url("hostile/shapefile-truncated.shp")) else { Issue.record("read"); return }
        #expect(truncated.reason.contains("shapefile"))
        let folder = try Fixtures.temporaryDirectory("lone-dbf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dbf = folder.appendingPathComponent("wells.dbf")
        try FileManager.default.copyItem(at: Fixtures.url("real/registries/ecmc_orphan_wells_utm13n.dbf"), to: dbf)
        guard case .quarantined(let lone) = try outcome(dbf) else { Issue.record("read"); return }
        #expect(lone.reason.hasPrefix("a shapefile part (.dbf) with no .shp"))
    }

    @Test("in an inbox, a shapefile's parts are one document whose identity covers every part")
    func inboxGrouping() throws {
        let inbox = try Fixtures.temporaryDirectory("shp-inbox")
        defer { try? FileManager.default.removeItem(at: inbox) }
        for ext in ["shp", "shx", "dbf", "prj", "cpg"] {
            try FileManager.default.copyItem(at: Fixtures.url("real/registries/ecmc_orphan_wells_utm13n." + ext), to: inbox.appendingPathComponent("orphans." + ext))
        }
        try Data("x".utf8).write(to: inbox.appendingPathComponent("notes.txt"))
        let before = try InboxDocument.discover(inbox: inbox.path).documents
        #expect(before.map(\.relativePath) == ["notes.txt", "orphans.shp"])
        var table = try Data(contentsOf: inbox.appendingPathComponent("orphans.dbf"))
        table[table.count - 2] ^= 0x01
        try table.write(to: inbox.appendingPathComponent("orphans.dbf"))
        let after = try InboxDocument.discover(inbox: inbox.path).documents
        #expect(after[1].sha256 != before[1].sha256, "a changed .dbf changes the shapefile's identity")
    }
}

@Suite("CDE pubschls.txt layout")
struct PubschlsTests {
    @Test("the official tab-delimited layout: No Data missing values, offices and adult centres skipped, the same schools as the CSV")
    func sample() throws {
        let url = Fixtures.url("synthetic/pubschls-sample.txt")
        let intake = Intake(mappings: RegistryReaderTests.mappings)
        guard case .registry(let extract) = intake.read(bytes: [UInt8](try Data(contentsOf: url)), path: url.path, source: SourceReference(sha256: "t", path: "pubschls.txt")) else {
            Issue.record("not read as a registry"); return
        }
        #expect(extract.mappingID == "cde-pubschls")
        #expect(extract.recordCount == 400 && extract.receptors.count == 367)
        #expect(extract.excluded == ["adult education center, not a preschool-through-grade-12 school": 14, "district or county office (no SOCType), not a school site": 19])
        #expect(extract.receptors.filter { $0.kind == .preschool }.count == 9)
        // The same rows as the CSV export give the same receptors.
        let csv = try RegistryReaderTests().read(Fixtures.repository("samples/inbox/ca_cde_public_schools_2017.csv"), mapping: "cde-public-schools")
        let csvByID = Dictionary(uniqueKeysWithValues: csv.receptors.map { ($0.id, $0) })
        for receptor in extract.receptors {
            let twin = try #require(csvByID[receptor.id], "\(receptor.id)")
            #expect(twin.name == receptor.name && twin.location?.point == receptor.location?.point)
        }
    }

    @Test("closed and merged schools are skipped by StatusType; pending ones kept")
    func statusType() throws {
        let header = "CDSCode\tStatusType\tCounty\tSchool\tCity\tSOCType\tEdOpsName\tLatitude\tLongitude\n"
        let rows = ["1\tActive\tKern\tA\tBakersfield\tElementary Schools (Public)\tTraditional\t35.1\t-119.1",
                    "2\tClosed\tKern\tB\tBakersfield\tElementary Schools (Public)\tTraditional\t35.2\t-119.2",
                    "3\tMerged\tKern\tC\tBakersfield\tHigh Schools (Public)\tTraditional\t35.3\t-119.3",
                    "4\tPending\tKern\tD\tBakersfield\tPreschool\tNo Data\tNo Data\tNo Data"]
        let mapping = try #require(RegistryReaderTests.mappings.first { $0.id == "cde-pubschls" })
        let extract = try RegistryReader(mapping: mapping).read(bytes: Array((header + rows.joined(separator: "\n")).utf8), source: SourceReference(sha256: "t", path: "p.txt"))
        #expect(extract.receptors.map(\.id) == ["1", "4"])
        #expect(extract.receptors.last?.location == nil && extract.receptors.last?.kind == .preschool)
        #expect(extract.excluded.values.reduce(0, +) == 2)
    }
}

@Suite("ECMC Form 7 monthly production")
struct ProductionIntakeTests {
    /// Every month of 16 real wells with the file's traps (scripts/fixtures/make_production_excerpt.py).
    static let excerpt = Fixtures.url("real/registries/co_weld_ecmc_monthly_production_excerpt.csv")

    func read(_ url: URL) throws -> RegistryExtract {
        let mapping = try #require(RegistryReaderTests.mappings.first { $0.id == "ecmc-form7-production" })
        return try RegistryReader(mapping: mapping).read(bytes: [UInt8](try Data(contentsOf: url)), source: SourceReference(sha256: "t", path: url.lastPathComponent))
    }

    /// Shut-in or TA months reporting days produced, and months whose oil inventory does not balance.
    static func inconsistencies(_ months: [ProductionMonth]) -> (daysWhileIdle: Int, unbalanced: Int) {
        let idle = months.filter { [.shutIn, .temporarilyAbandoned].contains($0.status) && ($0.daysProduced ?? 0) > 0 }.count
        let unbalanced = months.filter { month in
            guard let start = month.volumes[.oilBOMInventory]?.barrels, let end = month.volumes[.oilEOMInventory]?.barrels else { return false }
            let flow = (month.volumes[.oilProduced]?.barrels ?? 0) - (month.volumes[.oilSold]?.barrels ?? 0) + (month.volumes[.oilAdjustment]?.barrels ?? 0)
            return abs(start + flow - end) > 0.5
        }.count
        return (idle, unbalanced)
    }

    @Test("every month of the excerpt is read, lower-case status codes included; blank quantities stay blank")
    func excerptMonths() throws {
        let extract = try read(Self.excerpt)
        #expect(extract.recordCount == 2_162 && extract.production.count == 2_162 && extract.problems.isEmpty)
        #expect(extract.production.filter { $0.status == .shutIn }.count == 272)
        #expect(extract.production.filter { $0.pressures[.gasTubing] != nil }.count == 36)
        let first = try #require(extract.production.first)
        #expect(first.api.normalized == "0512332812" && first.month == "2024-05" && first.daysProduced == 0 && first.status == .temporarilyAbandoned)
        #expect(first.volumes[.oilBOMInventory].map { ($0.barrels * 10).rounded() / 10 } == 101 && first.volumes[.oilProduced] == nil)
    }

    @Test("the real inconsistencies are there to be checked: 4 shut-in or TA months with days produced, 46 unbalanced inventories in the excerpt")
    func excerptInconsistencies() throws {
        let found = Self.inconsistencies(try read(Self.excerpt).production)
        #expect(found.daysWhileIdle == 4 && found.unbalanced == 46)
    }

    @Test("the whole real file: 44,406 months, 2,365 shut in, 4 idle months with days produced, 148 unbalanced inventories",
          .enabled(if: Fixtures.sharedRealData != nil, "needs ../shared/data/real beside the checkout"))
    func wholeFile() throws {
        let url = try #require(Fixtures.sharedRealData).appendingPathComponent("production/co_weld_ecmc_monthly_production.dev-half.csv")
        let extract = try read(url)
        #expect(extract.production.count == 44_406 && extract.problems.isEmpty)
        #expect(extract.production.filter { $0.status == .shutIn }.count == 2_365)
        #expect(extract.production.filter { $0.pressures[.gasTubing] != nil }.count == 37)
        let found = Self.inconsistencies(extract.production)
        #expect(found.daysWhileIdle == 4 && found.unbalanced == 148)
    }

    @Test("units in headers are honoured; a header that contradicts the mapping's unit makes the file unreadable")
    func unitsInHeaders() throws {
        let mapping = try #require(RegistryReaderTests.mappings.first { $0.id == "ecmc-form7-production" })
        var kilopascals = mapping
        kilopascals.fields["gas_tubing_pressure"]?.column = "Gas Tubing Pressure (kPa)"
        kilopascals.fields["gas_tubing_pressure"]?.unit = nil
        let header = "api_label,First of Month,Days Produced,Well Status,BOM Inventory,EOM Inventory,Operator Name,Formation,Oil Produced,Oil Sold,Oil Adjustment,Gas Produced,Gas Flared,Gas Used,Gas Sold,Water Volume,Gas Tubing Pressure (kPa),Gas Casing Pressure,Water Tubing Pressure,Water Casing Pressure\n"
        let row = "05-123-32812,5/1/2024,30,pr,0,0,OP,NIOBRARA,10,10,0,100,0,0,100,5,689.4757,,,\n"
        let extract = try RegistryReader(mapping: kilopascals).read(bytes: Array((header + row).utf8), source: SourceReference(sha256: "t", path: "p.csv"))
        let month = try #require(extract.production.first)
        #expect(month.month == "2024-05" && month.status == .active)
        #expect(abs((month.pressures[.gasTubing]?.psi ?? 0) - 100.0) < 0.001)
        var contradicting = kilopascals
        contradicting.fields["gas_tubing_pressure"]?.unit = "psi"
        #expect(throws: RegistryReader.Unreadable.self) {
            try RegistryReader(mapping: contradicting).read(bytes: Array((header + row).utf8), source: SourceReference(sha256: "t", path: "p.csv"))
        }
    }

    @Test("reporting months in the spellings registries use", arguments: [
        ("2024-05-01", "2024-05"), ("2024-05", "2024-05"), ("5/1/2024", "2024-05"), ("05/2024", "2024-05"), ("202405", "2024-05"),
        ("May 2024", "2024-05"), ("May-24", "2024-05"), ("September 2019", "2019-09"), ("2024-13-01", nil), ("soon", nil),
    ] as [(String, String?)])
    func months(_ text: String, _ expected: String?) {
        #expect(ReportMonth.parse(text) == expected)
    }
}

@Suite("Generic receptor lists (CSV and GeoJSON)")
struct GenericReceptorTests {
    func outcome(_ text: String, name: String) -> Intake.Outcome {
        Intake(mappings: RegistryReaderTests.mappings).read(bytes: Array(text.utf8), path: "/nonexistent/" + name, source: SourceReference(sha256: "t", path: name))
    }

    @Test("a CSV receptor list with kinds of the author's choosing")
    func csv() throws {
        let text = """
            receptor_id,receptor_name,receptor_kind,latitude,longitude,county,city,category
            C-1,Oildale Community Clinic,health-care,35.4201,-119.0187,Kern,Oildale,clinic
            C-2,Little Sprouts Day Care,child-care,35.3902,-119.0412,Kern,Bakersfield,
            C-3,Unplaced site,residence,,,Kern,,
            """
        guard case .registry(let extract) = outcome(text, name: "receptors.csv") else { Issue.record("not read"); return }
        #expect(extract.mappingID == "generic-receptors")
        #expect(extract.receptors.map(\.kind) == [.healthCare, .childCare, .residence])
        #expect(extract.receptors[2].location == nil)
    }

    @Test("GeoJSON points: properties as columns, coordinates as WGS84 longitude/latitude; polygons refused")
    func geoJSON() throws {
        let points = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"receptor_id": "P-1", "receptor_name": "Riverside Park", "receptor_kind": "park"},
               "geometry": {"type": "Point", "coordinates": [-119.0187, 35.4201]}},
              {"type": "Feature", "properties": {"receptor_id": 2, "receptor_name": "Home, \\"the\\" farm", "receptor_kind": "residence"}, "geometry": null}
            ]}
            """
        guard case .registry(let extract) = outcome(points, name: "receptors.geojson") else { Issue.record("not read"); return }
        #expect(extract.mappingID == "generic-receptors-geojson")
        #expect(extract.receptors.map(\.id) == ["P-1", "2"])
        #expect(extract.receptors[1].name == "Home, \"the\" farm" && extract.receptors[1].location == nil)
        let point = try #require(extract.receptors[0].location?.point)
        #expect(abs(point.latitude - 35.4201) < 1e-9 && abs(point.longitude - (-119.0187)) < 1e-9)

        let polygon = #"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": []}}]}"#
        guard case .quarantined(let problem) = outcome(polygon, name: "area.geojson") else { Issue.record("read"); return }
        #expect(problem.reason.hasPrefix("feature 1 is a Polygon"))
    }
}

@Suite("Pressure readings logs")
struct ReadingsLogTests {
    func read(_ name: String) throws -> RegistryExtract {
        try RegistryReaderTests().read(Fixtures.repository("samples/inbox/readings/" + name), mapping: "pushback-readings")
    }

    @Test("an RTU log: ISO timestamps with offsets, field words for points, fault codes reported by line, kPa rows converted")
    func rtuLog() throws {
        let extract = try read("mabee-140a-4404-rtu-2026-11-20.csv")
        #expect(extract.entity == .reading && extract.recordCount == 128)
        #expect(extract.readings.count == 126)
        #expect(extract.problems.map { "\($0.firstLine ?? 0) \($0.field ?? "") \($0.reason)" } == [
            "32 value value \"ERR\" is not a number; row not read", "97 value value \"ERR\" is not a number; row not read",
        ])
        let casing = extract.readings.filter { $0.point == "casing" }
        #expect(casing.count == 63 && Set(extract.readings.map(\.point)) == ["casing", "tubing"], "csg is casing")
        #expect(extract.readings.allSatisfy { $0.api == "4200346118" && $0.time.utcOffsetMinutes == -360 })
        // After 11:00 the transmitter reports kPa: still about 450 psi on the tubing.
        let late = try #require(extract.readings.last { $0.point == "tubing" })
        #expect(late.provenance.quote.contains(",kPa,") && abs(late.pressure.psi - 452) < 6, "\(late.pressure)")
        #expect(late.gauge == "RTU-4404 PT-1" && late.provenance.line == 128)
    }

    @Test("a chart recorder's export: M/D/YYYY AM/PM timestamps with the offset in its own column; no gauge column needed")
    func chartRecorder() throws {
        let extract = try read("rohn-pc-ld-16-96hn-chart-2026-11-17.csv")
        #expect(extract.readings.count == 150 && extract.problems.isEmpty)
        let first = try #require(extract.readings.first)
        #expect(first.time.description == "2026-11-17T08:30:00-07:00" && first.gauge == "Barton 202A, chart 17-96")
        let plain = try read("mabee-240a-2005-gauges-2026-10-30.csv")
        #expect(plain.readings.count == 50 && plain.readings.allSatisfy { $0.gauge == nil })
    }

    @Test("rows a logger gets wrong are not read, each with its line and the reason; the rest are")
    func badRows() throws {
        let csv = """
            timestamp,api,point,value,unit
            2026-11-20T08:00:00-06:00,42-003-46118,casing,352,psig
            2026-11-20T08:05:00,42-003-46118,casing,351,psig
            2026-11-20T08:10:00-06:00,42-003-46118,flowline,40,psig
            2026-11-20T08:15:00-06:00,42-003-46118,casing,---,psig
            2026-11-20T08:20:00-06:00,42-003-46118,casing,12,inHg
            2026-11-20T08:25:00-06:00,42-003-461,casing,10,psig
            2026-11-20T08:30:00-06:00,42-003-46118,tbg,2.1,bar

            """
        let mapping = try RegistryReaderTests().mapping("pushback-readings")
        let extract = try RegistryReader(mapping: mapping).read(bytes: Array(csv.utf8), source: SourceReference(sha256: "t", path: "log.csv"))
        #expect(extract.readings.count == 2 && abs(extract.readings[1].pressure.psi - 30.46) < 0.01, "2.1 bar")
        let reasons = extract.problems.map { "\($0.firstLine ?? 0): \($0.reason)" }
        #expect(reasons.count == 5, "\(reasons)")
        for expected in ["3: timestamp \"2026-11-20T08:05:00\" has no UTC offset", "4: point \"flowline\" is not one of", "5: value \"---\" is not a number",
                         "6: unit \"inHg\" is not a unit of pressure", "7: "] {
            #expect(reasons.contains { $0.hasPrefix(expected) }, "\(expected) in \(reasons)")
        }
    }
}
