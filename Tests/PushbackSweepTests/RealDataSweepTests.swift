import Foundation
import PushbackModel
import PushbackStore
import PushbackSweep
import Testing
import TestSupport

/// Checks against the whole real data set in ../shared/data/real. Skipped, with the reason shown,
/// on a machine that does not have it (the repository carries only the Kern sample).
@Suite("The sweep on the whole real orphan list", .enabled(if: Fixtures.sharedRealData != nil, "needs ../shared/data/real beside the checkout"))
struct RealDataSweepTests {
    @Test("all 5,295 orphan-list rows × CDE school sites: 718 pairs, 559 wells, 170 schools (pyproj count, P&A wells excluded)")
    func wholeOrphanList() throws {
        let real = try #require(Fixtures.sharedRealData)
        let folder = try Fixtures.temporaryDirectory("real-sweep")
        let inbox = folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for file in ["wells/ca_calgem_orphan_well_screening_prioritization.csv", "schools/ca_cde_public_schools_2017.except-los-angeles.csv"] {
            let source = real.appendingPathComponent(file)
            try FileManager.default.copyItem(at: source, to: inbox.appendingPathComponent(source.lastPathComponent))
        }
        let database = folder.appendingPathComponent("db.sqlite").path
        let outcome = try Sweep(options: SweepOptions(
            inbox: inbox.path, databasePath: database, outputDirectory: folder.appendingPathComponent("out").path,
            asOf: "2026-11-28", failOn: nil, bundle: BundleLocation(root: Fixtures.repositoryRoot.path)
        )).run()
        let fails = try PushbackStore(path: database).findings(runID: outcome.runID).filter { $0.kind == .fail }
        #expect(outcome.wells == 5_295)
        #expect(fails.count == 718)
        #expect(Set(fails.map(\.subject.id)).count == 559)
        #expect(Set(fails.flatMap(\.related).map(\.id)).count == 170)
        // API 0428304784 is listed twice: one finding per school, with both rows as evidence.
        let duplicated = fails.filter { $0.subject.id == "0428304784" }
        #expect(duplicated.count == 1)
        #expect(duplicated.allSatisfy { $0.evidence.filter { $0.source.path.contains("orphan") }.count == 2 })
    }
}
