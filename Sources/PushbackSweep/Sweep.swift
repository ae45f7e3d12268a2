import Foundation
import Logging
import PushbackIntake
import PushbackModel
import PushbackReport
import PushbackRules
import PushbackStore

/// The nightly sweep: load the bundle, read the inbox, evaluate, store, write the reports.
public struct Sweep: Sendable {
    public let options: SweepOptions

    public init(options: SweepOptions) { self.options = options }

    public func run() throws(SweepError) -> SweepOutcome {
        // 1. One sweep at a time per database.
        let runID = Self.newRunID()
        let started = DispatchTime.now()
        var log = options.logger
        log[metadataKey: "run_id"] = .string(runID)
        let lock: RunLock
        do {
            let holder = RunLock.Holder(runID: runID, pid: getpid(), host: ProcessInfo.processInfo.hostName, startedAt: Self.timestamp())
            lock = try RunLock.acquire(path: Self.lockPath(forDatabase: options.databasePath), holder: holder, policy: options.lockPolicy)
        } catch let held as RunLock.Held {
            log.warning("run.locked", metadata: ["holder": .string(held.holder?.description ?? "unknown"), "policy": .string(options.lockPolicy.description)])
            throw .locked(held)
        } catch {
            throw .configuration("cannot create the lock beside \(options.databasePath): \(error.localizedDescription)")
        }
        defer { withExtendedLifetime(lock) {} }

        // 2. The inbox, and whether anything changed since the last finished run.
        let store: PushbackStore
        do { store = try PushbackStore(path: options.databasePath) } catch { throw .internalFailure(error.description) }
        let discovered: (documents: [InboxDocument], refused: [(path: String, reason: String)], hashed: [InboxDocument.FileHash])
        do {
            let known = options.force ? [:] : ((try? store.fileHashes()) ?? [:]).reduce(into: [String: InboxDocument.FileHash]()) { known, entry in
                known[entry.key] = InboxDocument.FileHash(relativePath: entry.key, stamp: entry.value.stamp, sha256: entry.value.sha256)
            }
            discovered = try InboxDocument.discover(inbox: options.inbox, knownHashes: known)
        } catch {
            throw .configuration("cannot read inbox \(options.inbox): \(error.localizedDescription)")
        }
        do { try store.replaceFileHashes(discovered.hashed.map { ($0.relativePath, $0.stamp, $0.sha256) }) } catch {
            throw .internalFailure(error.description)
        }
        let fingerprint: RunFingerprint
        do { fingerprint = try RunFingerprint(options: options, documents: discovered.documents, refused: discovered.refused) } catch {
            throw .internalFailure("cannot fingerprint the run: \(error.localizedDescription)")
        }
        let interrupted: [String]
        do {
            // The lock is ours, so a run still marked running was cut short (killed, power lost).
            interrupted = try store.markInterruptedRuns(finishedAt: Self.timestamp())
            // The same inbox, bundle, reader and as-of date as the last finished run, whose
            // reports are in place: nothing to do.
            if !options.force, interrupted.isEmpty, let last = try store.lastFinishedRun(), last.fingerprint == fingerprint.run,
               let summary = last.summaryJSON, var outcome = try? JSONDecoder().decode(SweepOutcome.self, from: Data(summary.utf8)),
               outcome.reportFiles.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) {
                outcome.unchangedSince = last.run.id
                log.info("run.unchanged", metadata: ["since": .string(last.run.id), "documents": .stringConvertible(discovered.documents.count), "duration_ms": Self.milliseconds(since: started)])
                return outcome
            }
        } catch { throw .internalFailure(error.description) }

        // 3. The bundle: rules, jurisdictions and mappings are checked before anything is read.
        let book: RuleBook
        let mappings: [SourceMapping]
        do {
            book = try RuleBook.load(rulesDirectory: options.bundle.rules, jurisdictionsDirectory: options.bundle.jurisdictions)
        } catch { throw .invalidBundle(error.description) }
        do { mappings = try SourceMapping.loadAll(directory: options.bundle.mappings) } catch { throw .invalidBundle(error.description) }
        do {
            try store.beginRun(id: runID, asOf: options.asOf, startedAt: Self.timestamp(), inbox: options.inbox, fingerprint: fingerprint.run)
        } catch { throw .internalFailure(error.description) }
        log.info("run.started", metadata: [
            "as_of": .string(options.asOf), "inbox": .string(options.inbox), "documents": .stringConvertible(discovered.documents.count),
            "interrupted_runs": .array(interrupted.map { .string($0) }),
        ])
        FaultInjection.checkpoint("run:begun")

        // 4. Intake, one transaction per document.
        let intake = Intake(mappings: mappings, documents: DocumentIntake(reader: DocumentReader(limits: options.documentLimits)))
        var wells: [Well] = []
        var receptors: [Receptor] = []
        var wellGaps: [IntakeProblem] = []
        var receptorGaps: [IntakeProblem] = []
        var problems: [IntakeProblem] = []
        var documents: [DocumentOutcome] = []
        let mappingTitles = Dictionary(mappings.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for refused in discovered.refused {
            let reference = SourceReference(sha256: "", path: refused.path)
            let problem = IntakeProblem(scope: .document, source: reference, reason: refused.reason)
            problems.append(problem)
            documents.append(.quarantined(reference, size: 0))
            do { try store.record(problems: [problem], runID: runID) } catch { throw .internalFailure(error.description) }
        }
        var firstPathByHash: [String: String] = [:]
        for (position, document) in discovered.documents.enumerated() {
            options.progress?(position + 1, discovered.documents.count, document.relativePath)
            if let original = firstPathByHash[document.sha256] {
                let duplicate = DocumentOutcome(source: document.reference, size: document.size, disposition: .duplicate, duplicateOf: original)
                documents.append(duplicate)
                do { try store.record(document: duplicate, problems: [], runID: runID) } catch { throw .internalFailure(error.description) }
                log.info("document.duplicate", metadata: ["document": .string(document.relativePath), "sha256": .string(document.sha256), "duplicate_of": .string(original)])
                continue
            }
            firstPathByHash[document.sha256] = document.relativePath
            let documentStarted = DispatchTime.now()
            var fromCache = false
            let result: DocumentResult
            if !options.force, let cached = try? store.cachedDocument(sha256: document.sha256, path: document.relativePath, reader: fingerprint.reader),
               let decoded = try? JSONDecoder().decode(DocumentResult.self, from: Data(cached.utf8)) {
                result = decoded
                fromCache = true
            } else {
                switch intake.read(document) {
                case .registry(let extract):
                    wells += extract.wells
                    receptors += extract.receptors
                    let lost = extract.problems.filter { $0.scope == .record }
                    switch extract.entity {
                    case .receptor: receptorGaps += lost
                    case .well: wellGaps += lost
                    // No rule reads production reports yet; their lost rows are in the report as problems.
                    case .production: break
                    }
                    result = DocumentResult(
                        outcome: DocumentOutcome(
                            source: document.reference, size: document.size, disposition: .read,
                            mappingID: extract.mappingID, mappingTitle: mappingTitles[extract.mappingID], encoding: extract.encoding.rawValue,
                            records: extract.recordCount, entities: extract.wells.count + extract.receptors.count + extract.production.count,
                            linesNotRead: extract.linesNotRead, excluded: extract.excluded
                        ),
                        problems: extract.problems, facts: [], kind: nil
                    )
                case .document(let extract):
                    result = DocumentResult(
                        outcome: DocumentOutcome(
                            source: document.reference, size: document.size, disposition: .read,
                            mappingID: extract.kind.rawValue, mappingTitle: extract.title, encoding: extract.methods.values.map(\.rawValue).sorted().first,
                            records: extract.pageCount, entities: extract.facts.count
                        ),
                        problems: extract.unreadPages.map { IntakeProblem(scope: .record, source: document.reference, page: $0.page, reason: $0.reason) },
                        facts: extract.facts, kind: extract.kind.rawValue
                    )
                    cache(result, of: document, reader: fingerprint.reader, in: store)
                case .quarantined(let problem):
                    result = DocumentResult(outcome: .quarantined(document.reference, size: document.size), problems: [problem], facts: [], kind: nil)
                    cache(result, of: document, reader: fingerprint.reader, in: store)
                }
            }
            let outcome = result.outcome
            let documentProblems = result.problems
            problems += documentProblems
            documents.append(outcome)
            do { try store.record(document: outcome, problems: documentProblems, facts: result.facts, kind: result.kind, runID: runID) } catch {
                throw .internalFailure(error.description)
            }
            log.log(level: outcome.disposition == .quarantined ? .warning : .info, "document.\(outcome.disposition.rawValue)", metadata: [
                "document": .string(document.relativePath), "sha256": .string(document.sha256), "from_cache": .stringConvertible(fromCache),
                "problems": .stringConvertible(documentProblems.count), "duration_ms": Self.milliseconds(since: documentStarted),
            ].merging(outcome.disposition == .quarantined ? ["reason": .string(documentProblems.first?.reason ?? "")] : [:]) { $1 })
            FaultInjection.checkpoint("document:\(documents.count)")
        }

        // 5. Rules.
        let rulesStarted = DispatchTime.now()
        let evaluation = RuleEvaluator(book: book).evaluate(EvaluationInput(
            wells: wells, receptors: receptors, wellGaps: wellGaps, receptorGaps: receptorGaps, asOf: options.asOf
        ))
        do { try store.record(findings: evaluation.findings, runID: runID) } catch { throw .internalFailure(error.description) }
        log.info("rules.evaluated", metadata: [
            "rules": .stringConvertible(book.rules.count), "wells": .stringConvertible(wells.count), "receptors": .stringConvertible(receptors.count),
            "findings": .stringConvertible(evaluation.findings.count), "duration_ms": Self.milliseconds(since: rulesStarted),
        ])
        FaultInjection.checkpoint("findings:recorded")

        // 6. Reports.
        let quarantined = documents.filter { $0.disposition == .quarantined }.count
        let content = ReportContent(
            asOf: options.asOf,
            isComplete: quarantined == 0,
            documents: documents,
            problems: problems,
            findings: evaluation.findings,
            rules: book.rules.map { rule in
                .init(id: rule.id, version: rule.version, title: rule.title, citation: rule.citation, isInEffect: rule.isEffective(on: options.asOf))
            },
            jurisdictionNames: book.jurisdictions.jurisdictions.mapValues(\.name)
        )
        // Each run's files go to OUT/runs/<run>/; OUT/<as-of> and then OUT/latest are links moved
        // over to it once all are on disk, so a reader (or a run killed half way) never leaves a
        // mix of two runs' files.
        let reportDirectory = (options.outputDirectory as NSString).appendingPathComponent(options.asOf)
        var files: [String] = []
        do {
            let runDirectory = ReportWriter.runDirectory(in: options.outputDirectory, runID: runID)
            try FileManager.default.createDirectory(atPath: runDirectory, withIntermediateDirectories: true)
            for (name, data) in [
                ("findings.json", try FindingsJSON.render(content)),
                ("report.txt", Data(TextReport.render(content).utf8)),
                ("report.html", Data(HTMLReport.render(content).utf8)),
            ] {
                try ReportWriter.write(data, to: (runDirectory as NSString).appendingPathComponent(name))
                files.append((reportDirectory as NSString).appendingPathComponent(name))
                FaultInjection.checkpoint("report:\(name)")
            }
            try ReportWriter.synchronizeDirectory(runDirectory)
            try ReportWriter.pointLink(in: options.outputDirectory, named: options.asOf, to: ReportWriter.runDirectoryLink(runID: runID))
            FaultInjection.checkpoint("link:as-of")
            try ReportWriter.pointLink(in: options.outputDirectory, named: "latest", to: options.asOf)
            FaultInjection.checkpoint("link:latest")
            ReportWriter.removeUnlinkedRunDirectories(in: options.outputDirectory)
        } catch {
            throw .internalFailure("cannot write the reports in \(reportDirectory): \(error.localizedDescription)")
        }

        // 7. Exit status: partial (3) outranks findings (1).
        let failing = options.failOn.map { threshold in evaluation.findings.contains { $0.severity >= threshold } } ?? false
        let exitCode: Int32 = quarantined > 0 ? 3 : (failing ? 1 : 0)
        var kinds: [String: Int] = [:]
        var severities: [String: Int] = [:]
        for finding in evaluation.findings {
            kinds[finding.kind.rawValue, default: 0] += 1
            severities[finding.severity.rawValue, default: 0] += 1
        }
        var excluded: [String: Int] = [:]
        for document in documents { excluded.merge(document.excluded, uniquingKeysWith: +) }
        let outcome = SweepOutcome(
            runID: runID, asOf: options.asOf, status: quarantined == 0 ? "complete" : "partial", exitCode: exitCode,
            documentsRead: documents.filter { $0.disposition == .read }.count, documentsQuarantined: quarantined,
            documentsDuplicate: documents.filter { $0.disposition == .duplicate }.count,
            wells: wells.count, receptors: receptors.count, rowsExcluded: excluded,
            rowsNotRead: problems.filter { $0.scope != .field }.map(\.description),
            findings: kinds, findingsBySeverity: severities, reportDirectory: reportDirectory, reportFiles: files,
            interruptedRuns: interrupted, unchangedSince: nil
        )
        do {
            let summary = String(decoding: try JSONEncoder().encode(outcome), as: UTF8.self)
            try store.finishRun(id: runID, status: quarantined == 0 ? .complete : .partial, finishedAt: Self.timestamp(), exitCode: Int(exitCode), summaryJSON: summary)
        } catch { throw .internalFailure("\(error)") }
        log.info("run.finished", metadata: [
            "status": .string(outcome.status), "exit_code": .stringConvertible(Int(exitCode)), "report": .string(reportDirectory),
            "duration_ms": Self.milliseconds(since: started),
        ])
        FaultInjection.checkpoint("run:finished")
        return outcome
    }

    /// Keeps a filing's or a quarantined document's result for the next run (a failure to cache
    /// only costs that run a re-read).
    private func cache(_ result: DocumentResult, of document: InboxDocument, reader: String, in store: PushbackStore) {
        guard let json = try? JSONEncoder().encode(result) else { return }
        try? store.cacheDocument(sha256: document.sha256, path: document.relativePath, reader: reader, outcomeJSON: String(decoding: json, as: UTF8.self))
    }

    /// Milliseconds since `start`, for log lines.
    private static func milliseconds(since start: DispatchTime) -> Logger.Metadata.Value {
        .stringConvertible(Double((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000) / 1_000)
    }

    /// `pushback.lock` in the database's folder.
    public static func lockPath(forDatabase path: String) -> String {
        ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("pushback.lock")
    }

    /// A run id that sorts by start time and is unique per process: `20261128T020000Z-1a2b3c`.
    static func newRunID() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return "\(formatter.string(from: Date()))-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
