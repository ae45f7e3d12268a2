import Foundation
import PushbackIntake
import Testing
import TestSupport

@Suite("Inbox discovery")
struct InboxDiscoveryTests {
    @Test("nested folders are walked; hidden files, links (to files or folders) are not followed; paths sorted")
    func walk() throws {
        let inbox = try Fixtures.temporaryDirectory("discovery")
        let outside = try Fixtures.temporaryDirectory("discovery-outside")
        try FileManager.default.createDirectory(at: inbox.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: inbox.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for path in ["a.csv", "b/c/d.md", "b/e.txt", ".hidden/x.csv", ".dotfile"] { try Data(path.utf8).write(to: inbox.appendingPathComponent(path)) }
        try Data("secret".utf8).write(to: outside.appendingPathComponent("secret.csv"))
        try FileManager.default.createSymbolicLink(at: inbox.appendingPathComponent("link.csv"), withDestinationURL: outside.appendingPathComponent("secret.csv"))
        try FileManager.default.createSymbolicLink(at: inbox.appendingPathComponent("elsewhere"), withDestinationURL: outside)
        let found = try InboxDocument.discover(inbox: inbox.path)
        #expect(found.documents.map(\.relativePath) == ["a.csv", "b/c/d.md", "b/e.txt"])
        #expect(found.refused.map(\.path) == ["elsewhere", "link.csv"])
        #expect(found.refused.allSatisfy { $0.reason.hasPrefix("symbolic link: not followed") })
        #expect(found.documents[0].sha256 == (try InboxDocument.sha256(ofFile: inbox.appendingPathComponent("a.csv").path)))
    }

    @Test("a file whose stamp is unchanged is not read again; a changed stamp is")
    func knownHashes() throws {
        let inbox = try Fixtures.temporaryDirectory("discovery-stamps")
        try Data("first".utf8).write(to: inbox.appendingPathComponent("a.csv"))
        let first = try InboxDocument.discover(inbox: inbox.path)
        let stamp = try #require(first.hashed.first)
        // A remembered hash with the same stamp is taken as is (it is deliberately wrong here, to show no read happened).
        let remembered = InboxDocument.FileHash(relativePath: "a.csv", stamp: stamp.stamp, sha256: "remembered")
        #expect(try InboxDocument.discover(inbox: inbox.path, knownHashes: ["a.csv": remembered]).documents.first?.sha256 == "remembered")
        try Data("second, longer".utf8).write(to: inbox.appendingPathComponent("a.csv"))
        let changed = try InboxDocument.discover(inbox: inbox.path, knownHashes: ["a.csv": remembered])
        #expect(changed.documents.first?.sha256 == (try InboxDocument.sha256(ofFile: inbox.appendingPathComponent("a.csv").path)))
        #expect(changed.hashed.first?.stamp != stamp.stamp)
    }

    @Test("a file written to between being found and being read is quarantined as changing, not read under its old hash")
    func changedWhileRead() throws {
        let inbox = try Fixtures.temporaryDirectory("discovery-changing")
        let path = inbox.appendingPathComponent("notes.md")
        try Data("# W-3A\nAPI No. 42-003-46118\n".utf8).write(to: path)
        let found = try #require(try InboxDocument.discover(inbox: inbox.path).documents.first)
        let handle = try FileHandle(forWritingTo: path)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("still being written…\n".utf8))
        try handle.close()
        guard case .quarantined(let problem) = Intake(mappings: []).read(found) else {
            Issue.record("a changing file was read")
            return
        }
        #expect(problem.reason.contains("changed while it was being read") && Intake.isTransient(problem))
        #expect(problem.source.path == "notes.md")
        // Found again, it has a new stamp and hash, and reads.
        let again = try #require(try InboxDocument.discover(inbox: inbox.path).documents.first)
        #expect(again.sha256 != found.sha256)
        if case .quarantined(let problem) = Intake(mappings: []).read(again) { #expect(!Intake.isTransient(problem)) }
    }
}
