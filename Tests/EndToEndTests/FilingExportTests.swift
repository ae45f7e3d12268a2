import Foundation
import PushbackArchive
import Testing
import TestSupport

/// `pushback export` and `pushback verify`, run as the landman runs them, on the demo sweep's
/// database: the sample lease's bundle, twice, verified, tampered, refused.
@Suite("The landman's filing bundle, end to end")
struct FilingExportTests {
    /// One demo sweep for the suite.
    static let sweep: (db: String, folder: URL) = {
        let folder = try! Fixtures.temporaryDirectory("export")
        let db = folder.appendingPathComponent("db.sqlite").path
        let result = try! CommandRunner.run(["sweep", "--inbox", Fixtures.repository("samples/inbox").path, "--db", db,
                                             "--out", folder.appendingPathComponent("reports").path, "--as-of", "2026-12-07"])
        precondition(result.exitCode == 0, result.stderr)
        return (db, folder)
    }()

    func export(_ arguments: [String], to name: String) throws -> (result: CommandRunner.Result, path: String) {
        let path = Self.sweep.folder.appendingPathComponent(name).path
        return (try CommandRunner.run(["export", "--db", Self.sweep.db, "--out", path] + arguments), path)
    }

    @Test("the sample lease exports, verifies and is byte-identical the second time; item 4 is carried as a PLSS call")
    func exportAndVerify() throws {
        let (first, path) = try export(["--lease", "NMNM 012345"], to: "bundle.zip")
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout.contains("lease NMNM12345") && first.stdout.contains("sequence 0001 (Original)") && first.stdout.contains("No agency accepts this package"))
        let (second, again) = try export(["--well", "30-015-12345"], to: "bundle-again.zip")
        #expect(second.exitCode == 0, "\(second.stderr)")
        #expect(FileManager.default.contents(atPath: path) == FileManager.default.contents(atPath: again), "the same run gives the same bytes, by lease or by well")
        let verified = try CommandRunner.run(["verify", path])
        #expect(verified.exitCode == 0 && verified.stdout.contains("verified"), "\(verified.stdout)")
        var archive = try ZipArchive(data: try #require(FileManager.default.contents(atPath: path)))
        let form = String(decoding: try archive.data(of: "forms/3160-5-3001512345-753c0b8b4cc8.xml"), as: UTF8.self)
        #expect(form.contains("<Township>22S</Township>") && form.contains("<Meridian>New Mexico Principal Meridian</Meridian>") && form.contains("<Footage>660 FNL 1980 FWL</Footage>"))
    }

    @Test("a part changed after export fails verify with exit 1, naming the part")
    func tamperedPart() throws {
        let (result, path) = try export(["--lease", "NMNM12345"], to: "to-tamper.zip")
        #expect(result.exitCode == 0, "\(result.stderr)")
        var bytes = try #require(FileManager.default.contents(atPath: path))
        // The manifest is stored deflated; flip a byte inside the evidence PDF's compressed data instead.
        let marker = Data("evidence/753c0b8b4cc8-blm-3160-5-synthetic-filled.pdf".utf8)
        let header = try #require(bytes.range(of: marker))
        bytes[header.upperBound + 200] ^= 0x5A
        let tampered = Self.sweep.folder.appendingPathComponent("tampered.zip")
        try bytes.write(to: tampered)
        let verified = try CommandRunner.run(["verify", tampered.path])
        #expect(verified.exitCode == 1, "\(verified.stdout)")
        #expect(verified.stdout.contains("FAIL evidence/753c0b8b4cc8-blm-3160-5-synthetic-filled.pdf"), "\(verified.stdout)")
    }

    @Test("no notice for the lease, a document gone from the inbox, and bad options are refused, writing nothing")
    func refusals() throws {
        let (unknown, nothing) = try export(["--lease", "WYW 192003B"], to: "none.zip")
        #expect(unknown.exitCode == 1 && unknown.stderr.contains("no sundry notice (BLM Form 3160-5) for lease WYW 192003B"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: nothing))
        let (gone, missing) = try export(["--lease", "NMNM12345", "--inbox", Self.sweep.folder.path], to: "gone.zip")
        #expect(gone.exitCode == 1 && gone.stderr.contains("is not in \(Self.sweep.folder.path) with the SHA-256 the run read"), "\(gone.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing))
        let (hashes, byHash) = try export(["--lease", "NMNM12345", "--inbox", Self.sweep.folder.path, "--hashes-only"], to: "hashes.zip")
        #expect(hashes.exitCode == 0 && hashes.stdout.contains("0 included, 1 by hash only"), "\(hashes.stdout)")
        #expect(try CommandRunner.run(["verify", byHash]).exitCode == 0)
        let (formOnly, onlyForm) = try export(["--lease", "NMNM12345", "--form", "3160-5"], to: "form-only.zip")
        #expect(formOnly.exitCode == 0 && formOnly.stdout.contains("8 parts: 1 envelope, 1 form, 1 rendering, 1 evidence, 4 package"), "\(formOnly.stdout)")
        #expect(try CommandRunner.run(["verify", onlyForm]).exitCode == 0)
        #expect(try export(["--lease", "NMNM12345", "--form", "3160-4"], to: "bad-form.zip").result.exitCode == 64)
        let (usage, _) = try export(["--lease", "NMNM12345", "--sequence", "2"], to: "usage.zip")
        #expect(usage.exitCode == 64, "\(usage.stderr)")
        let noDatabase = try CommandRunner.run(["export", "--db", "/nonexistent/db.sqlite", "--lease", "NMNM12345", "--out", "/tmp/x.zip"])
        #expect(noDatabase.exitCode == 78)
    }
}
