import Foundation
import GRDB
import PushbackModel

/// The SQLite database behind the sweep (through GRDB): runs, documents, intake problems and
/// findings. WAL mode, synchronous NORMAL; every statement parameterized; one transaction per
/// document.
///
/// The one place Pushback talks SQL, so the store can later move behind a second implementation.
public final class PushbackStore: Sendable {
    public let path: String
    private let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA foreign_keys = ON")
                // WAL with NORMAL: every transaction is atomic and survives the process being
                // killed; a power cut may lose the last few, which the next run reads again.
                // (FULL would fsync every document's transaction: minutes on a large inbox.)
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try Migrations.migrator.migrate(pool)
        } catch {
            throw StoreError(path: path, message: "cannot open the database: \(error)")
        }
    }

    /// SQLite's journal mode (`wal` once open).
    public func journalMode() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound database, else what is wrong.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Names of the migrations applied so far.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read { db in try Migrations.migrator.appliedMigrations(db) }
    }

    // MARK: - Runs

    /// `fingerprint`: what the run reads and with which rules (see `lastFinishedRun`).
    public func beginRun(id: String, asOf: String, startedAt: String, inbox: String, fingerprint: String? = nil, ruleBundle: String? = nil) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT INTO runs (id, as_of, started_at, status, inbox, fingerprint, rule_bundle) VALUES (?, ?, ?, 'running', ?, ?, ?)",
                arguments: [id, asOf, startedAt, inbox, fingerprint, ruleBundle]
            )
        }
    }

    /// The most recent run that finished (complete or partial), with its fingerprint and the
    /// summary it stored.
    public func lastFinishedRun() throws(StoreError) -> (run: StoredRun, fingerprint: String?, summaryJSON: String?)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE status IN ('complete', 'partial') ORDER BY started_at DESC, id DESC LIMIT 1")
                .map { (Self.run($0), $0["fingerprint"], $0["summary_json"]) }
        }
    }

    /// The last run that read every document.
    public func lastCompleteRun() throws(StoreError) -> StoredRun? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE status = 'complete' ORDER BY started_at DESC, id DESC LIMIT 1").map(Self.run)
        }
    }

    /// Inbox files' hashes and stamps from the last discovery: path → (stamp, sha256).
    public func fileHashes() throws(StoreError) -> [String: (stamp: String, sha256: String)] {
        try read { db in
            var hashes: [String: (stamp: String, sha256: String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, stamp, sha256 FROM file_hashes") { hashes[row["path"]] = (row["stamp"], row["sha256"]) }
            return hashes
        }
    }

    /// Replaces the remembered file hashes with `hashes` (path, stamp, sha256).
    public func replaceFileHashes(_ hashes: [(path: String, stamp: String, sha256: String)]) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM file_hashes")
            let statement = try db.makeStatement(sql: "INSERT INTO file_hashes (path, stamp, sha256) VALUES (?, ?, ?)")
            for hash in hashes { try statement.execute(arguments: [hash.path, hash.stamp, hash.sha256]) }
        }
    }

    /// A document's cached intake outcome (JSON), if this reader read these bytes at this path before.
    public func cachedDocument(sha256: String, path: String, reader: String) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT outcome_json FROM document_cache WHERE sha256 = ? AND path = ? AND reader = ?", arguments: [sha256, path, reader])
        }
    }

    /// Findings (JSON) a rule produced over the same inputs before, if any.
    public func ruleResult(ruleKey: String, inputsKey: String) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT findings_json FROM rule_results WHERE rule_key = ? AND inputs_key = ?", arguments: [ruleKey, inputsKey])
        }
    }

    public func recordRuleResult(ruleKey: String, inputsKey: String, findingsJSON: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO rule_results (rule_key, inputs_key, findings_json) VALUES (?, ?, ?)",
                arguments: [ruleKey, inputsKey, findingsJSON]
            )
        }
    }

    public func finishRun(id: String, status: RunStatus, finishedAt: String, exitCode: Int, summaryJSON: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE runs SET status = ?, finished_at = ?, exit_code = ?, summary_json = ? WHERE id = ?",
                arguments: [status.rawValue, finishedAt, exitCode, summaryJSON, id]
            )
        }
    }

    /// The most recent run still marked `running`: cut short, since only the lock holder calls
    /// this. Its id, as-of date and fingerprint.
    public func unfinishedRun() throws(StoreError) -> (id: String, asOf: String, fingerprint: String?)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT id, as_of, fingerprint FROM runs WHERE status = 'running' ORDER BY started_at DESC, id DESC LIMIT 1")
                .map { ($0["id"], $0["as_of"], $0["fingerprint"]) }
        }
    }

    /// Marks every run still `running` but `resuming` as failed (interrupted) and returns their
    /// ids. Only the holder of the sweep lock may call this: no other run can be alive then.
    public func markInterruptedRuns(finishedAt: String, except resuming: String? = nil) throws(StoreError) -> [String] {
        try write { db in
            let ids = try String.fetchAll(db, sql: "SELECT id FROM runs WHERE status = 'running' AND id IS NOT ? ORDER BY id", arguments: [resuming])
            try db.execute(
                sql: "UPDATE runs SET status = 'failed', finished_at = ?, summary_json = ? WHERE status = 'running' AND id IS NOT ?",
                arguments: [finishedAt, Self.interruptedSummary, resuming]
            )
            return ids
        }
    }

    /// What an unfinished run already recorded: document path → content hash.
    public func journal(runID: String) throws(StoreError) -> [String: String] {
        try read { db in
            var journal: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, sha256 FROM run_documents WHERE run_id = ?", arguments: [runID]) { journal[row["path"]] = row["sha256"] }
            return journal
        }
    }

    /// Before an unfinished run is resumed: forgets what it recorded after its documents (the
    /// findings, recomputed as a whole) and the refusals it recorded before them (recorded again).
    public func prepareResume(runID: String) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM findings WHERE run_id = ?", arguments: [runID])
            try db.execute(sql: "DELETE FROM intake_problems WHERE run_id = ? AND sha256 = ''", arguments: [runID])
        }
    }

    public func run(id: String) throws(StoreError) -> StoredRun? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id]).map(Self.run) }
    }

    /// Most recent runs first.
    public func recentRuns(limit: Int = 10) throws(StoreError) -> [StoredRun] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY started_at DESC, id DESC LIMIT ?", arguments: [limit]).map(Self.run)
        }
    }

    // MARK: - Documents and findings

    /// Records one document of a run in a single transaction: its outcome, its problems, the
    /// facts `reader` read from it (kept once per content and reader), and, when given, the
    /// outcome to cache for the next run — so a cached outcome never exists without its facts.
    public func record(
        document: DocumentOutcome, problems: [IntakeProblem], facts: [Fact] = [], kind: String? = nil, reader: String? = nil,
        cacheJSON: String? = nil, runID: String
    ) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO documents (sha256, size, first_seen_run) VALUES (?, ?, ?)",
                arguments: [document.source.sha256, document.size, runID]
            )
            let excluded = String(decoding: try JSONEncoder.sorted.encode(document.excluded), as: UTF8.self)
            try db.execute(
                sql: """
                    INSERT INTO run_documents (run_id, path, sha256, outcome, mapping_id, mapping_title, encoding, records, entities, lines_not_read, excluded_json, duplicate_of, reader)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [runID, document.source.path, document.source.sha256, document.disposition.rawValue, document.mappingID, document.mappingTitle,
                            document.encoding, document.records, document.entities, document.linesNotRead, excluded, document.duplicateOf, reader]
            )
            try Self.insert(problems, runID: runID, into: db)
            if let reader {
                let statement = try db.makeStatement(sql: """
                    INSERT OR IGNORE INTO document_facts (sha256, reader, ordinal, kind, name, raw, normalized, unit, page, line, method, confidence, extractor, problem, body_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (ordinal, fact) in facts.enumerated() {
                    let body = String(decoding: try JSONEncoder.sorted.encode(fact), as: UTF8.self)
                    try statement.execute(arguments: [
                        document.source.sha256, reader, ordinal, kind ?? document.mappingID ?? "", fact.name, fact.raw, fact.normalized, fact.unit,
                        fact.evidence.page, fact.evidence.line, fact.method.rawValue, fact.confidence, fact.extractor, fact.problem, body,
                    ])
                }
                if let cacheJSON {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO document_cache (sha256, path, reader, outcome_json) VALUES (?, ?, ?, ?)",
                        arguments: [document.source.sha256, document.source.path, reader, cacheJSON]
                    )
                }
            }
        }
    }

    /// The facts named `names` among a run's documents, with the kind of document each is from:
    /// by document path, then in the order they were read (through the facts' name index).
    public func facts(named names: [String], runID: String) throws(StoreError) -> [(kind: String, fact: Fact)] {
        try read { db in
            let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
            return try Row.fetchAll(db, sql: """
                SELECT f.kind, f.body_json FROM run_documents d JOIN document_facts f ON f.sha256 = d.sha256 AND f.reader = d.reader
                WHERE d.run_id = ? AND f.name IN (\(marks)) ORDER BY d.path, f.ordinal
                """, arguments: StatementArguments([runID] + names))
                .map { ($0["kind"], try JSONDecoder().decode(Fact.self, from: Data(($0["body_json"] as String).utf8))) }
        }
    }

    /// The facts of a run's documents whose names start with `prefix` (`casing[`), with their
    /// documents' kinds: by document path, then in reading order.
    public func facts(namePrefix prefix: String, runID: String) throws(StoreError) -> [(kind: String, fact: Fact)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT f.kind, f.body_json FROM run_documents d JOIN document_facts f ON f.sha256 = d.sha256 AND f.reader = d.reader
                WHERE d.run_id = ? AND substr(f.name, 1, length(?)) = ? ORDER BY d.path, f.ordinal
                """, arguments: [runID, prefix, prefix])
                .map { ($0["kind"], try JSONDecoder().decode(Fact.self, from: Data(($0["body_json"] as String).utf8))) }
        }
    }

    /// The facts of a run's documents of one kind (`jsa`): by document path, then in reading order.
    public func facts(ofKind kind: String, runID: String) throws(StoreError) -> [Fact] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT f.body_json FROM run_documents d JOIN document_facts f ON f.sha256 = d.sha256 AND f.reader = d.reader
                WHERE d.run_id = ? AND f.kind = ? ORDER BY d.path, f.ordinal
                """, arguments: [runID, kind])
                .map { try JSONDecoder().decode(Fact.self, from: Data($0.utf8)) }
        }
    }

    /// The facts of a run's documents: by document path, then in the order they were read.
    public func facts(runID: String) throws(StoreError) -> [Fact] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT f.body_json FROM run_documents d JOIN document_facts f ON f.sha256 = d.sha256 AND f.reader = d.reader
                WHERE d.run_id = ? ORDER BY d.path, f.ordinal
                """, arguments: [runID])
                .map { try JSONDecoder().decode(Fact.self, from: Data($0.utf8)) }
        }
    }

    /// Records problems that belong to no stored document (a refused symbolic link).
    public func record(problems: [IntakeProblem], runID: String) throws(StoreError) {
        try write { db in try Self.insert(problems, runID: runID, into: db) }
    }

    private static func insert(_ problems: [IntakeProblem], runID: String, into db: Database) throws {
        for problem in problems {
            try db.execute(
                sql: "INSERT INTO intake_problems (run_id, sha256, path, scope, page, first_line, last_line, field, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [runID, problem.source.sha256, problem.source.path, problem.scope.rawValue, problem.page, problem.firstLine, problem.lastLine, problem.field, problem.reason]
            )
        }
    }

    /// Records a run's findings (in report order) in one transaction.
    /// Records a run's findings in report order, with their fingerprints and, when given, where
    /// each stands against the previous complete run (and the previous run's absent ones).
    public func record(findings: [Finding], contentFingerprints: [String] = [], baseline: BaselineComparison? = nil, runID: String) throws(StoreError) {
        try write { db in
            for (ordinal, finding) in findings.enumerated() {
                let body = String(decoding: try JSONEncoder.sorted.encode(finding), as: UTF8.self)
                let standing = finding.fingerprint.flatMap { baseline?.standings[$0] }
                try db.execute(
                    sql: """
                        INSERT INTO findings (run_id, ordinal, rule_id, rule_version, kind, severity, subject_type, subject_id, related_id, title, body_json,
                                              fingerprint, content_fingerprint, baseline_state, first_seen)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [runID, ordinal, finding.ruleID, finding.ruleVersion, finding.kind.rawValue, finding.severity.rawValue,
                                finding.subject.type, finding.subject.id, finding.related.first?.id, finding.title, body,
                                finding.fingerprint, ordinal < contentFingerprints.count ? contentFingerprints[ordinal] : nil,
                                standing?.state.rawValue, standing?.firstSeen]
                )
            }
            guard let baseline else { return }
            try db.execute(sql: "UPDATE runs SET baseline_run_id = ? WHERE id = ?", arguments: [baseline.previousRun?.id, runID])
            for (ordinal, gone) in baseline.absent.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO absent_findings (run_id, ordinal, fingerprint, rule_id, kind, severity, subject_type, subject_id, title, first_seen, last_seen)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [runID, ordinal, gone.fingerprint, gone.ruleID, gone.kind.rawValue, gone.severity.rawValue, gone.subject.type, gone.subject.id,
                                gone.title, gone.firstSeen, baseline.previousRun?.asOf]
                )
            }
        }
    }

    /// The most recent complete run other than `runID` — what a run's findings are compared
    /// with (a partial run missed documents, so its silence proves nothing).
    public func previousCompleteRun(before runID: String) throws(StoreError) -> StoredRun? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE status = 'complete' AND id != ? ORDER BY started_at DESC, id DESC LIMIT 1", arguments: [runID])
                .map(Self.run)
        }
    }

    /// A run's findings as the next run's baseline; nil when the run kept no fingerprints (it
    /// predates them), so it cannot serve as one.
    public func baselineRecords(runID: String) throws(StoreError) -> [BaselineComparison.Recorded]? {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT fingerprint, content_fingerprint, first_seen, rule_id, kind, severity, subject_type, subject_id, title
                FROM findings WHERE run_id = ? ORDER BY ordinal
                """, arguments: [runID])
            guard rows.allSatisfy({ ($0["fingerprint"] as String?) != nil }) else { return nil }
            let asOf = try String.fetchOne(db, sql: "SELECT as_of FROM runs WHERE id = ?", arguments: [runID]) ?? ""
            return rows.map { row in
                BaselineComparison.Recorded(
                    fingerprint: row["fingerprint"], contentFingerprint: row["content_fingerprint"] ?? "", firstSeen: row["first_seen"] ?? asOf,
                    ruleID: row["rule_id"], subject: Subject(type: row["subject_type"], id: row["subject_id"]), title: row["title"],
                    kind: FindingKind(rawValue: row["kind"]) ?? .open, severity: Severity(rawValue: row["severity"]) ?? .medium
                )
            }
        }
    }

    /// How many of a run's findings stand in each baseline state (`new`, `updated`, `unchanged`).
    public func baselineStates(runID: String) throws(StoreError) -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT baseline_state, COUNT(*) AS n FROM findings WHERE run_id = ? AND baseline_state IS NOT NULL GROUP BY baseline_state", arguments: [runID]) {
                counts[row["baseline_state"]] = row["n"]
            }
            return counts
        }
    }

    /// How many findings a run raised and how many of the compared run's it no longer raised.
    public func findingCounts(runID: String) throws(StoreError) -> (findings: Int, absent: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM findings WHERE run_id = ?", arguments: [runID]) ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM absent_findings WHERE run_id = ?", arguments: [runID]) ?? 0)
        }
    }

    /// The previous complete run's findings a run no longer raised, in that run's order.
    public func absentFindings(runID: String) throws(StoreError) -> [BaselineComparison.Recorded] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM absent_findings WHERE run_id = ? ORDER BY ordinal", arguments: [runID]).map { row in
                BaselineComparison.Recorded(
                    fingerprint: row["fingerprint"], contentFingerprint: "", firstSeen: row["first_seen"], ruleID: row["rule_id"],
                    subject: Subject(type: row["subject_type"], id: row["subject_id"]), title: row["title"],
                    kind: FindingKind(rawValue: row["kind"]) ?? .open, severity: Severity(rawValue: row["severity"]) ?? .medium
                )
            }
        }
    }

    /// Stores what a run's report shows besides its findings (JSON the report layer writes).
    public func recordReport(runID: String, json: String) throws(StoreError) {
        try write { db in try db.execute(sql: "UPDATE runs SET report_json = ? WHERE id = ?", arguments: [json, runID]) }
    }

    /// What `recordReport` stored for a run; nil for runs that predate it (v9) or never got so far.
    public func reportJSON(runID: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT report_json FROM runs WHERE id = ?", arguments: [runID]) }
    }

    /// Where a run's findings stood against the run it was compared with: that run (nil on a
    /// first run), each finding's state and first-seen date by fingerprint, and what was gone.
    public func baseline(runID: String) throws(StoreError) -> BaselineComparison {
        let (previous, standings) = try read { db -> ((id: String, asOf: String)?, [String: BaselineComparison.Standing]) in
            let previousID = try String.fetchOne(db, sql: "SELECT baseline_run_id FROM runs WHERE id = ?", arguments: [runID])
            let previous = try previousID.flatMap { id in
                try String.fetchOne(db, sql: "SELECT as_of FROM runs WHERE id = ?", arguments: [id]).map { (id: id, asOf: $0) }
            }
            var standings: [String: BaselineComparison.Standing] = [:]
            let rows = try Row.fetchAll(db, sql: "SELECT fingerprint, baseline_state, first_seen FROM findings WHERE run_id = ? AND fingerprint IS NOT NULL ORDER BY ordinal",
                                        arguments: [runID])
            for row in rows {
                guard let state = (row["baseline_state"] as String?).flatMap(BaselineState.init(rawValue:)), let firstSeen = row["first_seen"] as String? else { continue }
                standings[row["fingerprint"]] = BaselineComparison.Standing(state: state, firstSeen: firstSeen)
            }
            return (previous, standings)
        }
        return BaselineComparison(previousRun: previous, standings: standings, absent: previous == nil ? [] : try absentFindings(runID: runID))
    }

    /// Appends a decision to the acknowledgement ledger.
    public func record(acknowledgement ack: Acknowledgement) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT INTO acknowledgements (fingerprint, reason, justification, acknowledged_by, acknowledged_at, expires, rule_id, subject_type, subject_id, subject_name, title, run_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [ack.fingerprint, ack.reason.rawValue, ack.justification, ack.acknowledgedBy, ack.acknowledgedAt, ack.expires?.description,
                            ack.ruleID, ack.subject.type, ack.subject.id, ack.subject.name, ack.title, ack.runID]
            )
        }
    }

    /// The whole ledger, oldest first.
    public func acknowledgements() throws(StoreError) -> [Acknowledgement] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM acknowledgements ORDER BY id").map { row in
                Acknowledgement(
                    fingerprint: row["fingerprint"], reason: Acknowledgement.Reason(rawValue: row["reason"]) ?? .notApplicable, justification: row["justification"],
                    acknowledgedBy: row["acknowledged_by"], acknowledgedAt: row["acknowledged_at"], expires: (row["expires"] as String?).flatMap { CalendarDate(iso: $0) },
                    ruleID: row["rule_id"], subject: Subject(type: row["subject_type"], id: row["subject_id"], name: row["subject_name"]), title: row["title"], runID: row["run_id"]
                )
            }
        }
    }

    /// Writes a consistent copy of the whole database to `path` (SQLite `VACUUM INTO`), e.g. to
    /// replay a run elsewhere without touching this one.
    public func copy(to path: String) throws(StoreError) {
        do { try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) } } catch {
            throw StoreError(path: path, message: "cannot copy the database: \(error)")
        }
    }

    /// Finding `number` (1-based, as the report numbers them) of a run.
    public func finding(runID: String, number: Int) throws(StoreError) -> Finding? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT body_json FROM findings WHERE run_id = ? AND ordinal = ?", arguments: [runID, number - 1])
                .map { try JSONDecoder().decode(Finding.self, from: Data($0.utf8)) }
        }
    }

    public func findings(runID: String) throws(StoreError) -> [Finding] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT body_json FROM findings WHERE run_id = ? ORDER BY ordinal", arguments: [runID])
                .map { try JSONDecoder().decode(Finding.self, from: Data($0.utf8)) }
        }
    }

    public func documents(runID: String) throws(StoreError) -> [DocumentOutcome] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run_documents JOIN documents USING (sha256) WHERE run_id = ? ORDER BY path", arguments: [runID]).map { row in
                let excludedJSON: String = row["excluded_json"] ?? "{}"
                return DocumentOutcome(
                    source: SourceReference(sha256: row["sha256"], path: row["path"]), size: row["size"],
                    disposition: DocumentOutcome.Disposition(rawValue: row["outcome"]) ?? .quarantined,
                    mappingID: row["mapping_id"], mappingTitle: row["mapping_title"], encoding: row["encoding"],
                    records: row["records"] ?? 0, entities: row["entities"] ?? 0, linesNotRead: row["lines_not_read"] ?? 0,
                    excluded: (try? JSONDecoder().decode([String: Int].self, from: Data(excludedJSON.utf8))) ?? [:],
                    duplicateOf: row["duplicate_of"]
                )
            }
        }
    }

    public func problems(runID: String) throws(StoreError) -> [IntakeProblem] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM intake_problems WHERE run_id = ? ORDER BY id", arguments: [runID]).map { row in
                IntakeProblem(
                    scope: IntakeProblem.Scope(rawValue: row["scope"]) ?? .record,
                    source: SourceReference(sha256: row["sha256"], path: row["path"]), page: row["page"],
                    firstLine: row["first_line"], lastLine: row["last_line"], field: row["field"], reason: row["reason"]
                )
            }
        }
    }

    // MARK: - Plumbing

    /// The summary of a run a later sweep found cut short.
    private static let interruptedSummary = #"{"interrupted":true}"#

    private static func run(_ row: Row) -> StoredRun {
        StoredRun(
            id: row["id"], asOf: row["as_of"], startedAt: row["started_at"], finishedAt: row["finished_at"],
            status: RunStatus(rawValue: row["status"]) ?? .failed, inbox: row["inbox"], exitCode: row["exit_code"],
            wasInterrupted: (row["summary_json"] as String?) == Self.interruptedSummary, ruleBundle: row["rule_bundle"]
        )
    }

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw StoreError(path: path, message: "read failed: \(error)") }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(body) } catch { throw StoreError(path: path, message: "write failed: \(error)") }
    }
}

extension JSONEncoder {
    /// Sorted keys, no escaped slashes: stable bytes for stored and emitted JSON.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
