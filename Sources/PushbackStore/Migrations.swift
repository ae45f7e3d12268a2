import GRDB

/// Schema migrations, applied in order at open; each is append-only once released.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: runs, documents, problems, findings") { db in
            try db.create(table: "runs") { t in
                t.primaryKey("id", .text)
                t.column("as_of", .text).notNull()
                t.column("started_at", .text).notNull()
                t.column("finished_at", .text)
                t.column("status", .text).notNull().check { ["running", "complete", "partial", "failed"].contains($0) }
                t.column("inbox", .text).notNull()
                t.column("exit_code", .integer)
                t.column("summary_json", .text)
            }
            try db.create(table: "documents") { t in
                t.primaryKey("sha256", .text)
                t.column("size", .integer).notNull()
                t.column("first_seen_run", .text).notNull().references("runs")
            }
            try db.create(table: "run_documents") { t in
                t.column("run_id", .text).notNull().references("runs", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("sha256", .text).notNull().references("documents")
                t.column("outcome", .text).notNull().check { ["read", "quarantined"].contains($0) }
                t.column("mapping_id", .text)
                t.column("mapping_title", .text)
                t.column("encoding", .text)
                t.column("records", .integer)
                t.column("entities", .integer)
                t.column("lines_not_read", .integer)
                t.column("excluded_json", .text)
                t.primaryKey(["run_id", "path"])
            }
            try db.create(table: "intake_problems") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("run_id", .text).notNull().references("runs", onDelete: .cascade)
                t.column("sha256", .text).notNull()
                t.column("path", .text).notNull()
                t.column("scope", .text).notNull()
                t.column("first_line", .integer)
                t.column("last_line", .integer)
                t.column("field", .text)
                t.column("reason", .text).notNull()
            }
            try db.create(table: "findings") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("run_id", .text).notNull().references("runs", onDelete: .cascade)
                t.column("ordinal", .integer).notNull()
                t.column("rule_id", .text).notNull()
                t.column("rule_version", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("severity", .text).notNull()
                t.column("subject_type", .text).notNull()
                t.column("subject_id", .text).notNull()
                t.column("related_id", .text)
                t.column("title", .text).notNull()
                t.column("body_json", .text).notNull()
                t.uniqueKey(["run_id", "ordinal"])
            }
            try db.create(index: "findings_by_subject", on: "findings", columns: ["subject_type", "subject_id"])
        }
        migrator.registerMigration("v2: facts read from documents") { db in
            try db.alter(table: "intake_problems") { t in t.add(column: "page", .integer) }
            try db.create(table: "facts") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("run_id", .text).notNull().references("runs", onDelete: .cascade)
                t.column("sha256", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("name", .text).notNull()
                t.column("raw", .text).notNull()
                t.column("normalized", .text)
                t.column("unit", .text)
                t.column("page", .integer)
                t.column("line", .integer)
                t.column("method", .text).notNull()
                t.column("confidence", .double).notNull()
                t.column("extractor", .text).notNull()
                t.column("problem", .text)
                t.column("body_json", .text).notNull()
            }
            try db.create(index: "facts_by_name", on: "facts", columns: ["name", "normalized"])
        }
        migrator.registerMigration("v3: duplicate documents") { db in
            // SQLite cannot widen a CHECK constraint in place: rebuild the table.
            try db.create(table: "run_documents_v3") { t in
                t.column("run_id", .text).notNull().references("runs", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("sha256", .text).notNull().references("documents")
                t.column("outcome", .text).notNull().check { ["read", "quarantined", "duplicate"].contains($0) }
                t.column("mapping_id", .text)
                t.column("mapping_title", .text)
                t.column("encoding", .text)
                t.column("records", .integer)
                t.column("entities", .integer)
                t.column("lines_not_read", .integer)
                t.column("excluded_json", .text)
                t.column("duplicate_of", .text)
                t.primaryKey(["run_id", "path"])
            }
            try db.execute(sql: """
                INSERT INTO run_documents_v3 (run_id, path, sha256, outcome, mapping_id, mapping_title, encoding, records, entities, lines_not_read, excluded_json)
                SELECT run_id, path, sha256, outcome, mapping_id, mapping_title, encoding, records, entities, lines_not_read, excluded_json FROM run_documents
                """)
            try db.drop(table: "run_documents")
            try db.rename(table: "run_documents_v3", to: "run_documents")
        }
        migrator.registerMigration("v4: run fingerprints, document cache, file hashes") { db in
            // What a run read and with which rules, so an identical re-run can be recognized.
            try db.alter(table: "runs") { t in t.add(column: "fingerprint", .text) }
            // A document's intake outcome by content, path and reader (executable and limits),
            // so an unchanged filing is not read (or OCR'd) again.
            try db.create(table: "document_cache") { t in
                t.column("sha256", .text).notNull()
                t.column("path", .text).notNull()
                t.column("reader", .text).notNull()
                t.column("outcome_json", .text).notNull()
                t.primaryKey(["sha256", "path", "reader"])
            }
            // Each inbox file's hash with its stamp (size, times, inode) when hashed: an
            // unchanged stamp is not read again.
            try db.create(table: "file_hashes") { t in
                t.primaryKey("path", .text)
                t.column("stamp", .text).notNull()
                t.column("sha256", .text).notNull()
            }
        }
        migrator.registerMigration("v5: facts per document, rule results") { db in
            // Facts belong to a document's bytes as read by one reader, not to a run: a run points
            // at them through its documents (a new as-of date no longer copies every fact).
            try db.create(table: "document_facts") { t in
                t.column("sha256", .text).notNull()
                t.column("reader", .text).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("name", .text).notNull()
                t.column("raw", .text).notNull()
                t.column("normalized", .text)
                t.column("unit", .text)
                t.column("page", .integer)
                t.column("line", .integer)
                t.column("method", .text).notNull()
                t.column("confidence", .double).notNull()
                t.column("extractor", .text).notNull()
                t.column("problem", .text)
                t.column("body_json", .text).notNull()
                t.primaryKey(["sha256", "reader", "ordinal"])
            }
            try db.create(index: "document_facts_by_name", on: "document_facts", columns: ["name", "normalized"])
            try db.alter(table: "run_documents") { t in t.add(column: "reader", .text) }
            // Earlier runs keep exactly the facts they recorded, under a reader of their own.
            try db.execute(sql: "UPDATE run_documents SET reader = 'legacy:' || run_id")
            try db.execute(sql: """
                INSERT OR IGNORE INTO document_facts (sha256, reader, ordinal, kind, name, raw, normalized, unit, page, line, method, confidence, extractor, problem, body_json)
                SELECT sha256, 'legacy:' || run_id, id, kind, name, raw, normalized, unit, page, line, method, confidence, extractor, problem, body_json FROM facts
                """)
            try db.drop(table: "facts")
            // A rule's findings over a set of inputs, for rules whose outcome does not depend on
            // the as-of date: the next day reuses them instead of evaluating again.
            try db.create(table: "rule_results") { t in
                t.column("rule_key", .text).notNull()
                t.column("inputs_key", .text).notNull()
                t.column("findings_json", .text).notNull()
                t.primaryKey(["rule_key", "inputs_key"])
            }
        }
        migrator.registerMigration("v6: the rule bundle each run evaluated with") { db in
            try db.alter(table: "runs") { t in t.add(column: "rule_bundle", .text) }
        }
        migrator.registerMigration("v7: finding fingerprints and baseline states") { db in
            try db.alter(table: "findings") { t in
                t.add(column: "fingerprint", .text)
                t.add(column: "content_fingerprint", .text)
                t.add(column: "baseline_state", .text)
                t.add(column: "first_seen", .text)
            }
            try db.create(index: "findings_by_fingerprint", on: "findings", columns: ["fingerprint"])
            try db.alter(table: "runs") { t in t.add(column: "baseline_run_id", .text) }
            // The previous complete run's findings this run no longer raises.
            try db.create(table: "absent_findings") { t in
                t.column("run_id", .text).notNull().references("runs", onDelete: .cascade)
                t.column("ordinal", .integer).notNull()
                t.column("fingerprint", .text).notNull()
                t.column("rule_id", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("severity", .text).notNull()
                t.column("subject_type", .text).notNull()
                t.column("subject_id", .text).notNull()
                t.column("title", .text).notNull()
                t.column("first_seen", .text).notNull()
                t.column("last_seen", .text).notNull()
                t.primaryKey(["run_id", "ordinal"])
            }
        }
        migrator.registerMigration("v8: the acknowledgement ledger") { db in
            // Append-only: a decision is changed by recording a later one, never by editing.
            try db.create(table: "acknowledgements") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("fingerprint", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("justification", .text).notNull()
                t.column("acknowledged_by", .text).notNull()
                t.column("acknowledged_at", .text).notNull()
                t.column("expires", .text)
                t.column("rule_id", .text).notNull()
                t.column("subject_type", .text).notNull()
                t.column("subject_id", .text).notNull()
                t.column("subject_name", .text)
                t.column("title", .text).notNull()
                t.column("run_id", .text).notNull()
            }
            for action in ["UPDATE", "DELETE"] {
                try db.execute(sql: "CREATE TRIGGER acknowledgements_no_\(action.lowercased()) BEFORE \(action) ON acknowledgements "
                    + "BEGIN SELECT RAISE(ABORT, 'the acknowledgement ledger is append-only'); END")
            }
        }
        migrator.registerMigration("v9: what each run's report shows besides its findings") { db in
            // Documents, problems, rules, jurisdiction names, interrupted runs and JSA links as
            // JSON, so `pushback report` can render a stored run again in any format.
            try db.alter(table: "runs") { t in t.add(column: "report_json", .text) }
        }
        return migrator
    }
}
