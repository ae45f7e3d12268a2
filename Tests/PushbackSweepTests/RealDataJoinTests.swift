import Foundation
import PushbackGeo
import PushbackIntake
import PushbackModel
import Testing
import TestSupport

/// The proximity join on the real data in ../shared/data/real (skipped, with the reason shown,
/// where it is absent).
@Suite("Proximity join on the real orphan list and CDE schools", .enabled(if: Fixtures.sharedRealData != nil, "needs ../shared/data/real beside the checkout"))
struct RealDataJoinTests {
    func read(_ file: String, mapping id: String) throws -> RegistryExtract {
        let real = try #require(Fixtures.sharedRealData)
        let mappings = try SourceMapping.loadAll(directory: Fixtures.repository("mappings").path)
        let mapping = try #require(mappings.first { $0.id == id })
        let bytes = [UInt8](try Data(contentsOf: real.appendingPathComponent(file)))
        return try RegistryReader(mapping: mapping).read(bytes: bytes, source: SourceReference(sha256: "-", path: file))
    }

    @Test("5,295 rows × 7,772 school sites within 975.36 m: 724 pairs (723 distinct), 564 wells, 170 schools — as pyproj counts")
    func wholeList() throws {
        let wells = try read("wells/ca_calgem_orphan_well_screening_prioritization.csv", mapping: "calgem-orphan-well-screening").wells
        let schools = try read("schools/ca_cde_public_schools_2017.except-los-angeles.csv", mapping: "cde-public-schools")
            .receptors.filter { $0.location != nil }
        #expect(wells.count == 5_295)
        #expect(schools.count == 7_772)
        let join = ProximityJoin(targets: schools.map { $0.location!.point }, radius: .meters(975.36))
        let pairs = join.pairs(sources: wells.map { $0.location!.point })
        #expect(pairs.count == 724)
        let distinct = Set(pairs.map { "\(wells[$0.source].api.normalized)|\(schools[$0.target].id)" })
        #expect(distinct.count == 723)
        #expect(Set(pairs.map { wells[$0.source].api }).count == 564)
        #expect(Set(pairs.map(\.target)).count == 170)
        #expect(wells.filter { $0.api.normalized == "0428304784" }.count == 2)
    }
}
