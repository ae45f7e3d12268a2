import Foundation
import PushbackSweep
import Testing
import TestSupport

@Suite("pushback extract across several files")
struct ExtractionReportTests {
    @Test("near-duplicate texts catch the version of a W-2 whose garbled API hides it from identity matching")
    func nearDuplicatesBesideAmendments() throws {
        let folder = Fixtures.url("real/documents/tx_rrc_text")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0).path }
        let report = try ExtractionReport.read(files: files, bundle: BundleLocation(root: Fixtures.repositoryRoot.path))
        let pairs = report.nearDuplicates.map { [$0.firstID, $0.secondID].map { URL(fileURLWithPath: $0).lastPathComponent } }
        #expect(pairs == [
            ["cmpl_W2Form_PID_327617.md", "cmpl_W2Form_PID_332250.md"],
            ["cmpl_W2Form_PID_327618.md", "cmpl_W2Form_PID_333403.md"],
            ["cmpl_W2Form_PID_333043.md", "cmpl_W2Form_PID_333943.md"],
        ])
        // 332250 writes its API as "42-7.", so only the text comparison links it to 327617.
        let amended = Set(report.amendments.flatMap { [$0.predecessor.path, $0.successor.path] }.map { URL(fileURLWithPath: $0).lastPathComponent })
        #expect(!amended.contains("cmpl_W2Form_PID_332250.md") && amended.contains("cmpl_W2Form_PID_333403.md"))
        let text = report.text()
        #expect(text.contains("Near-duplicate texts") && text.contains("Versions of the same filing") && text.contains("Named in more than one file"))
    }
}
