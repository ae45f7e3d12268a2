import Foundation
import GRDB
import PushbackModel
@testable import PushbackStore
import Testing

@Suite("SQLite store through GRDB")
struct PushbackStoreTests {
    func temporaryStore() throws -> (PushbackStore, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pushback-store-\(UUID().uuidString)").path
        let path = (folder as NSString).appendingPathComponent("nested/pushback.sqlite")
        return (try PushbackStore(path: path), path)
    }

    static let finding = Finding(
        ruleID: "CA-SB1137-HPZ-SCHOOL", ruleVersion: 1, kind: .fail, severity: .high, title: "t", message: "m'; DROP TABLE findings; --",
        remediation: "r", citation: Citation(text: "c", url: "https://example.org"), basis: "regulation",
        subject: Subject(type: "well", id: "0402900741"), related: [Subject(type: "receptor", id: "15633626066674")],
        jurisdictions: ["us-ca", "us"], comparedValues: [ComparedValue(name: "d", actual: "304 m", limit: "975 m", comparison: "≤")],
        evidence: [Evidence(source: SourceReference(sha256: "aa", path: "x.csv"), line: 411, field: "Well API", quote: "0402900741,\"Tier 1\"")]
    )

    @Test("opening creates the file in WAL mode with the migrations applied")
    func walAndMigrations() throws {
        let (store, path) = try temporaryStore()
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.journalMode() == "wal")
        #expect(try store.appliedMigrations() == ["v1: runs, documents, problems, findings", "v2: facts read from documents", "v3: duplicate documents", "v4: run fingerprints, document cache, file hashes", "v5: facts per document, rule results", "v6: the rule bundle each run evaluated with",
                                                     "v7: finding fingerprints and baseline states", "v8: the acknowledgement ledger",
                                                     "v9: what each run's report shows besides its findings"])
        // Reopening applies nothing twice.
        #expect(try PushbackStore(path: path).appliedMigrations().count == 9)
    }

    @Test("v5 moves each earlier run's facts to its documents without losing or mixing any")
    func factsSurviveMigration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pushback-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("pushback.sqlite").path
        // A database as v4 left it: two runs that read the same document, each with its facts.
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v4: run fingerprints, document cache, file hashes")
        let fact = { (raw: String) in
            Fact(name: "api", raw: raw, normalized: raw, evidence: Evidence(source: SourceReference(sha256: "aa", path: "w2.md"), line: 3, quote: raw),
                 method: .textLayer, confidence: 1, extractor: "rrc-w2")
        }
        try queue.write { db in
            for run in ["r1", "r2"] {
                try db.execute(sql: "INSERT INTO runs (id, as_of, started_at, status, inbox) VALUES (?, '2026-11-27', ?, 'complete', 'inbox')", arguments: [run, run])
            }
            try db.execute(sql: "INSERT INTO documents (sha256, size, first_seen_run) VALUES ('aa', 10, 'r1')")
            for (run, raw) in [("r1", "42-003-46118"), ("r2", "42-003-46118"), ("r2", "42-003-42706")] {
                try db.execute(sql: "INSERT OR IGNORE INTO run_documents (run_id, path, sha256, outcome) VALUES (?, 'w2.md', 'aa', 'read')", arguments: [run])
                let body = String(decoding: try JSONEncoder.sorted.encode(fact(raw)), as: UTF8.self)
                try db.execute(sql: """
                    INSERT INTO facts (run_id, sha256, kind, name, raw, method, confidence, extractor, body_json)
                    VALUES (?, 'aa', 'rrc-w2', 'api', ?, 'text-layer', 1, 'rrc-w2', ?)
                    """, arguments: [run, raw, body])
            }
        }
        try queue.close()
        let store = try PushbackStore(path: path)
        #expect(try store.facts(runID: "r1").map(\.raw) == ["42-003-46118"])
        #expect(try store.facts(runID: "r2").map(\.raw) == ["42-003-46118", "42-003-42706"])
    }

    @Test("a run, its documents, problems and findings round-trip, text with quotes stored as data")
    func roundTrip() throws {
        let (store, _) = try temporaryStore()
        try store.beginRun(id: "r1", asOf: "2026-11-28", startedAt: "2026-11-28T02:00:00Z", inbox: "inbox")
        #expect(try store.run(id: "r1")?.status == .running)
        let document = DocumentOutcome(source: SourceReference(sha256: "aa", path: "x.csv"), size: 10, disposition: .read, mappingID: "m",
                                       mappingTitle: "M", encoding: "UTF-8", records: 3, entities: 2, linesNotRead: 1, excluded: ["office": 1])
        let problem = IntakeProblem(scope: .record, source: SourceReference(sha256: "aa", path: "x.csv"), firstLine: 4, lastLine: 5, field: "School", reason: "it's broken")
        try store.record(document: document, problems: [problem], runID: "r1")
        let duplicate = DocumentOutcome(source: SourceReference(sha256: "aa", path: "y.csv"), size: 10, disposition: .duplicate, duplicateOf: "x.csv")
        try store.record(document: duplicate, problems: [], runID: "r1")
        try store.record(findings: [Self.finding], runID: "r1")
        try store.finishRun(id: "r1", status: .complete, finishedAt: "2026-11-28T02:01:00Z", exitCode: 0, summaryJSON: "{}")

        #expect(try store.documents(runID: "r1") == [document, duplicate])
        #expect(try store.problems(runID: "r1") == [problem])
        #expect(try store.findings(runID: "r1") == [Self.finding])
        let run = try #require(try store.run(id: "r1"))
        #expect(run.status == .complete && run.exitCode == 0 && run.finishedAt == "2026-11-28T02:01:00Z")
        #expect(try store.recentRuns().map(\.id) == ["r1"])
    }

    @Test("a constraint violation is a StoreError, not a crash")
    func constraintViolation() throws {
        let (store, _) = try temporaryStore()
        try store.beginRun(id: "r1", asOf: "2026-11-28", startedAt: "t", inbox: "i")
        #expect(throws: StoreError.self) { try store.beginRun(id: "r1", asOf: "2026-11-28", startedAt: "t", inbox: "i") }
    }

    @Test("an unopenable path is a StoreError naming it")
    func unopenable() {
        do {
            _ = try PushbackStore(path: "/proc/pushback-cannot-write-here/db.sqlite")
            Issue.record("should not open")
        } catch {
            #expect(error.path.hasPrefix("/proc/"))
        }
    }

    @Test("the acknowledgement ledger keeps every decision in order and refuses edits and deletions")
    func acknowledgementLedgerIsAppendOnly() throws {
        let (store, path) = try temporaryStore()
        let first = Acknowledgement(fingerprint: "f1", reason: .falsePositive, justification: "school closed 2019", acknowledgedBy: "a", acknowledgedAt: "2026-11-28T06:00:00Z",
                                    expires: CalendarDate(iso: "2027-01-01"), ruleID: "R", subject: Subject(type: "well", id: "0402900741", name: "K.C.L. D77"), title: "t", runID: "run-1")
        var second = first
        second.reason = .acceptedRisk
        second.expires = nil
        try store.record(acknowledgement: first)
        try store.record(acknowledgement: second)
        #expect(try store.acknowledgements() == [first, second])
        #expect(Acknowledgement.latest(try store.acknowledgements())["f1"]?.reason == .acceptedRisk)
        let queue = try DatabaseQueue(path: path)
        for statement in ["UPDATE acknowledgements SET reason = 'not-applicable'", "DELETE FROM acknowledgements"] {
            #expect(throws: (any Error).self) { try queue.write { db in try db.execute(sql: statement) } }
        }
        #expect(try store.acknowledgements().count == 2)
    }
}
