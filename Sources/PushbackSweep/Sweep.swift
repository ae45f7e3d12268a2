import Crypto
import Foundation
import Logging
import PushbackGeo
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
        let newRunID = Self.newRunID()
        let started = DispatchTime.now()
        var log = options.logger
        let lock: RunLock
        do {
            let holder = RunLock.Holder(runID: newRunID, pid: getpid(), host: ProcessInfo.processInfo.hostName, startedAt: Self.timestamp())
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
        let ledger: [Acknowledgement]
        do { ledger = try store.acknowledgements() } catch { throw .internalFailure(error.description) }
        let fingerprint: RunFingerprint
        do { fingerprint = try RunFingerprint(options: options, documents: discovered.documents, refused: discovered.refused, acknowledgements: ledger.count) } catch {
            throw .internalFailure("cannot fingerprint the run: \(error.localizedDescription)")
        }
        // A run cut short with the same fingerprint (same inbox, bundle, reader, as-of date)
        // can be resumed with --resume: what it recorded stays, the rest is done.
        let resumed: String?
        let interrupted: [String]
        do {
            let unfinished = try store.unfinishedRun()
            resumed = options.resume && unfinished?.fingerprint == fingerprint.run ? unfinished?.id : nil
            if options.resume, resumed == nil {
                log.info("run.resume_declined", metadata: [
                    "reason": .string(unfinished == nil ? "no unfinished run" : "the inbox, bundle, reader or as-of date changed since run \(unfinished!.id)"),
                ])
            }
            // The lock is ours, so a run still marked running was cut short (killed, power lost).
            interrupted = try store.markInterruptedRuns(finishedAt: Self.timestamp(), except: resumed)
            // The same inbox, bundle, reader and as-of date as the last finished run, whose
            // reports are in place: nothing to do.
            if !options.force, resumed == nil, interrupted.isEmpty, let last = try store.lastFinishedRun(), last.fingerprint == fingerprint.run,
               let summary = last.summaryJSON, var outcome = try? JSONDecoder().decode(SweepOutcome.self, from: Data(summary.utf8)),
               outcome.reportFiles.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) {
                outcome.unchangedSince = last.run.id
                log.info("run.unchanged", metadata: ["since": .string(last.run.id), "documents": .stringConvertible(discovered.documents.count), "duration_ms": Self.milliseconds(since: started)])
                return outcome
            }
        } catch { throw .internalFailure(error.description) }
        let runID = resumed ?? newRunID
        log[metadataKey: "run_id"] = .string(runID)

        // 3. The bundle: rules, jurisdictions and mappings are checked before anything is read.
        let book: RuleBook
        let mappings: [SourceMapping]
        do {
            book = try RuleBook.load(rulesDirectory: options.bundle.rules, jurisdictionsDirectory: options.bundle.jurisdictions)
        } catch { throw .invalidBundle(error.description) }
        do { mappings = try SourceMapping.loadAll(directory: options.bundle.mappings) } catch { throw .invalidBundle(error.description) }
        let lexicon: OilfieldLexicon
        do { lexicon = try OilfieldLexicon.load(path: options.bundle.lexiconFile) } catch { throw .invalidBundle(error.description) }
        var resolver: LocationResolver?
        if FileManager.default.fileExists(atPath: options.bundle.gazetteerFile) {
            do { resolver = LocationResolver(gazetteer: try Gazetteer(contentsOf: URL(fileURLWithPath: options.bundle.gazetteerFile))) } catch { throw .invalidBundle("\(error)") }
        }
        if let enabled = options.enabledJurisdictions {
            let unknown = enabled.filter { book.jurisdictions.jurisdictions[$0] == nil }
            guard unknown.isEmpty else {
                throw .configuration("jurisdictions.enabled names \(unknown.joined(separator: ", ")), not in the bundle (known: \(book.jurisdictions.jurisdictions.keys.sorted().joined(separator: ", ")))")
            }
        }
        let isEnabled = { (rule: Rule) in options.enabledJurisdictions?.contains(rule.jurisdiction) ?? true }
        var journal: [String: String] = [:]
        do {
            if let resumed {
                journal = try store.journal(runID: resumed)
                try store.prepareResume(runID: resumed)
            } else {
                try store.beginRun(id: runID, asOf: options.asOf, startedAt: Self.timestamp(), inbox: options.inbox, fingerprint: fingerprint.run, ruleBundle: fingerprint.bundle)
            }
        } catch { throw .internalFailure(error.description) }
        log.info(resumed == nil ? "run.started" : "run.resumed", metadata: [
            "as_of": .string(options.asOf), "inbox": .string(options.inbox), "documents": .stringConvertible(discovered.documents.count),
            "already_recorded": .stringConvertible(journal.count), "interrupted_runs": .array(interrupted.map { .string($0) }),
        ])
        FaultInjection.checkpoint("run:begun")

        // 4. Intake, one transaction per document. A document recorded before a resume is not
        // recorded again; its result comes from the cache written in the same transaction.
        let intake = Intake(mappings: mappings, documents: DocumentIntake(reader: DocumentReader(limits: options.documentLimits), lexicon: lexicon))
        var registries = RegistryEntities(intake: intake)
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
            let alreadyRecorded = journal[document.relativePath] == document.sha256
            if let original = firstPathByHash[document.sha256] {
                let duplicate = DocumentOutcome(source: document.reference, size: document.size, disposition: .duplicate, duplicateOf: original)
                documents.append(duplicate)
                if !alreadyRecorded {
                    do { try store.record(document: duplicate, problems: [], runID: runID) } catch { throw .internalFailure(error.description) }
                }
                log.info("document.duplicate", metadata: ["document": .string(document.relativePath), "sha256": .string(document.sha256), "duplicate_of": .string(original)])
                continue
            }
            firstPathByHash[document.sha256] = document.relativePath
            let documentStarted = DispatchTime.now()
            var fromCache = false
            var result: DocumentResult
            if !options.force || alreadyRecorded, let cached = try? store.cachedDocument(sha256: document.sha256, path: document.relativePath, reader: fingerprint.reader),
               let decoded = try? JSONDecoder().decode(DocumentResult.self, from: Data(cached.utf8)) {
                result = decoded
                fromCache = true
                if result.entity != nil { registries.readLater(document) }
            } else {
                result = read(document, with: intake, titles: mappingTitles, into: &registries)
            }
            problems += result.problems
            documents.append(result.outcome)
            if !alreadyRecorded {
                let cacheable = !fromCache && !result.problems.contains(where: Intake.isTransient)
                let cacheJSON = cacheable ? (try? JSONEncoder().encode(result)).map { String(decoding: $0, as: UTF8.self) } : nil
                do {
                    try store.record(document: result.outcome, problems: result.problems, facts: result.facts, kind: result.kind, reader: fingerprint.reader, cacheJSON: cacheJSON, runID: runID)
                } catch { throw .internalFailure(error.description) }
            }
            registries.count(result)
            let outcome = result.outcome
            log.log(level: outcome.disposition == .quarantined ? .warning : .info, "document.\(outcome.disposition.rawValue)", metadata: [
                "document": .string(document.relativePath), "sha256": .string(document.sha256), "from_cache": .stringConvertible(fromCache),
                "problems": .stringConvertible(result.problems.count), "duration_ms": Self.milliseconds(since: documentStarted),
            ].merging(outcome.disposition == .quarantined ? ["reason": .string(result.problems.first?.reason ?? "")] : [:]) { $1 })
            FaultInjection.checkpoint("document:\(documents.count)")
        }

        // Which well each JSA is about, its day, clock and claims: for the report, and for the
        // rules that hold claims against readings (the registries are read if needed).
        var wellLinks: [DocumentWellLink] = []
        var jsaRecords: [JSAOnFile] = []
        let jsas = documents.filter { $0.disposition == .read && $0.mappingID == DocumentKind.jsa.rawValue }.map(\.source)
        if !jsas.isEmpty {
            do {
                let facts = try store.facts(named: ["api", "lease", "well_number", "location_description"], runID: runID)
                wellLinks = WellLinker(wells: registries.input(asOf: options.asOf).wells, resolver: resolver).links(facts: facts, documents: jsas)
                jsaRecords = JSARecords.build(facts: try store.facts(ofKind: DocumentKind.jsa.rawValue, runID: runID), links: wellLinks)
            } catch { throw .internalFailure(error.description) }
        }

        // 5. Rules. A rule whose outcome cannot change with the as-of date alone is evaluated
        // again only when its inputs (the registries read) or the bundle changed.
        let rulesStarted = DispatchTime.now()
        let evaluator = RuleEvaluator(book: book, resolver: resolver)
        let written: [WrittenLocation]
        do { written = try writtenLocations(runID: runID, documents: documents, store: store) } catch { throw .internalFailure(error.description) }
        let onFile: [DocumentOnFile]
        let statedFields = book.rules.reduce(into: Set<String>()) { $0.formUnion($1.check.statedFields) }
        do { onFile = try documentsOnFile(runID: runID, store: store, statedFields: statedFields) } catch { throw .internalFailure(error.description) }
        let identities: [WellIdentityStatement], histories: [WellHistoryStatement], casingStrings: [FiledCasingString], amendments: [FilingAmendment]
        do {
            identities = FilingRecords.identities(try store.facts(named: FilingRecords.identityFacts, runID: runID))
            histories = FilingRecords.histories(try store.facts(named: FilingRecords.historyFacts, runID: runID), identities: identities)
            casingStrings = FilingRecords.casingStrings(try store.facts(namePrefix: "casing[", runID: runID), identities: identities)
            amendments = FilingRecords.amendments(try store.facts(namePrefix: "", runID: runID))
        } catch { throw .internalFailure(error.description) }
        let filingsKey = Self.inputsKey(identities, histories, casingStrings, amendments)
        var findings: [Finding] = []
        var reused: [String] = []
        // The registries' wells placed in their jurisdictions once, for every rule that reads them.
        var placed: PlacedWells?
        for rule in book.rules where rule.isEffective(on: options.asOf) && isEnabled(rule) {
            let ruleKey = "\(fingerprint.bundle) \(rule.id) \(rule.version)"
            let inputsKey = switch rule.check {
            case .setback, .condition, .production: registries.inputsKey(reader: fingerprint.reader) + Self.inputsKey(onFile, kinds: rule.check.documentKinds)
            case .locationEstablished: Self.inputsKey(written)
            case .claimsAgainstReadings, .pressureTest, .jsa, .readingJump, .readingRebuild, .readingAgreement, .readingBuildUp, .readingShoe:
                registries.inputsKey(reader: fingerprint.reader) + Self.inputsKey(jsaRecords) + Self.inputsKey(onFile, stating: rule.check.statedFields)
            case .filing(.locationAgainstRegistry): registries.inputsKey(reader: fingerprint.reader) + " locations " + Self.inputsKey(written) + filingsKey
            case .filing: filingsKey
            }
            if !rule.check.dependsOnAsOfDate, !options.force, let cached = try? store.ruleResult(ruleKey: ruleKey, inputsKey: inputsKey),
               let decoded = try? JSONDecoder().decode([Finding].self, from: Data(cached.utf8)) {
                findings += decoded
                reused.append(rule.id)
                continue
            }
            var input = rule.check.readsRegistries ? registries.input(asOf: options.asOf) : EvaluationInput(wells: [], receptors: [], wellGaps: [], receptorGaps: [], asOf: options.asOf)
            input.writtenLocations = written
            input.documentsOnFile = onFile
            input.jsas = jsaRecords
            input.identities = identities
            input.histories = histories
            input.casingStrings = casingStrings
            input.amendments = amendments
            let ruleFindings = evaluator.findings(of: rule, in: input, placed: &placed)
            findings += ruleFindings
            if !rule.check.dependsOnAsOfDate, let json = try? JSONEncoder().encode(ruleFindings) {
                try? store.recordRuleResult(ruleKey: ruleKey, inputsKey: inputsKey, findingsJSON: String(decoding: json, as: UTF8.self))
            }
        }
        findings.sort(by: RuleEvaluator.reportOrder)
        // Fingerprints, and where each finding stands against the last complete run.
        let lineages = Dictionary(book.rules.map { ($0.id, book.lineage(of: $0.id)) }, uniquingKeysWith: { first, _ in first })
        let prints = FindingFingerprint.assign(to: &findings) { lineages[$0] ?? $0 }
        let baseline: BaselineComparison
        do {
            let previous = try store.previousCompleteRun(before: runID)
            let records = try previous.flatMap { run throws(StoreError) in try store.baselineRecords(runID: run.id) }
            baseline = BaselineComparison(current: prints, previous: records ?? [], previousRun: records == nil ? nil : previous.map { ($0.id, $0.asOf) }, asOf: options.asOf)
            try store.record(findings: findings, contentFingerprints: prints.map(\.content), baseline: baseline, runID: runID)
        } catch { throw .internalFailure(error.description) }
        log.info("rules.evaluated", metadata: [
            "rules": .stringConvertible(book.rules.count), "reused": .array(reused.map { .string($0) }),
            "registries_read_again": .stringConvertible(registries.readAgain), "wells": .stringConvertible(registries.wellCount),
            "receptors": .stringConvertible(registries.receptorCount), "findings": .stringConvertible(findings.count), "duration_ms": Self.milliseconds(since: rulesStarted),
        ])
        FaultInjection.checkpoint("findings:recorded")

        // 6. Reports.
        let quarantined = documents.filter { $0.disposition == .quarantined }.count
        var content = ReportContent(
            asOf: options.asOf,
            isComplete: quarantined == 0,
            documents: documents,
            problems: problems,
            findings: findings,
            rules: book.rules.map { rule in
                .init(id: rule.id, version: rule.version, title: rule.title, citation: rule.citation, isInEffect: rule.isEffective(on: options.asOf), isEnabled: isEnabled(rule))
            },
            jurisdictionNames: book.jurisdictions.jurisdictions.mapValues(\.name),
            interruptedRuns: interrupted.compactMap { id in (try? store.run(id: id)).flatMap { $0 }.map { ReportContent.InterruptedRun(id: $0.id, startedAt: $0.startedAt) } },
            wellLinks: wellLinks,
            baseline: baseline,
            acknowledgements: Acknowledgement.latest(ledger)
        )
        // What the report shows besides the findings goes with the run, so `pushback report`
        // renders it again; the rule changes are those since the run compared with.
        do {
            content.ruleChanges = try StoredReport.ruleChanges(store: store, rules: content.rules, bundle: fingerprint.bundle, comparedWith: baseline.previousRun?.id)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try store.recordReport(runID: runID, json: String(decoding: try encoder.encode(content.record), as: UTF8.self))
        } catch { throw .internalFailure("cannot record the report of run \(runID): \(error)") }
        // Each run's files go to OUT/runs/<run>/; OUT/<as-of> and then OUT/latest are links moved
        // over to it once all are on disk, so a reader (or a run killed half way) never leaves a
        // mix of two runs' files.
        let reportDirectory = (options.outputDirectory as NSString).appendingPathComponent(options.asOf)
        var files: [String] = []
        do {
            let runDirectory = ReportWriter.runDirectory(in: options.outputDirectory, runID: runID)
            try FileManager.default.createDirectory(atPath: runDirectory, withIntermediateDirectories: true)
            for format in ReportFormat.allCases {
                let name = format.fileName
                try ReportWriter.write(try format.render(content, options: options.reportOptions), to: (runDirectory as NSString).appendingPathComponent(name))
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
        // An acknowledged finding stays quiet until its acknowledgement expires.
        let failing = options.failOn.map { threshold in findings.contains { $0.severity >= threshold && content.acknowledgement(of: $0) == nil } } ?? false
        let exitCode: Int32 = quarantined > 0 ? 3 : (failing ? 1 : 0)
        var kinds: [String: Int] = [:]
        var severities: [String: Int] = [:]
        for finding in findings {
            kinds[finding.kind.rawValue, default: 0] += 1
            severities[finding.severity.rawValue, default: 0] += 1
        }
        var excluded: [String: Int] = [:]
        for document in documents { excluded.merge(document.excluded, uniquingKeysWith: +) }
        let outcome = SweepOutcome(
            runID: runID, asOf: options.asOf, status: quarantined == 0 ? "complete" : "partial", exitCode: exitCode,
            documentsRead: documents.filter { $0.disposition == .read }.count, documentsQuarantined: quarantined,
            documentsDuplicate: documents.filter { $0.disposition == .duplicate }.count,
            wells: registries.wellCount, receptors: registries.receptorCount, rowsExcluded: excluded,
            rowsNotRead: problems.filter { $0.scope != .field }.map(\.description),
            findings: kinds, findingsBySeverity: severities, reportDirectory: reportDirectory, reportFiles: files,
            interruptedRuns: interrupted, unchangedSince: nil, resumed: resumed != nil
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

    /// The locations the run's documents write (`location_description` facts), each with the
    /// state its API number names; JSAs that state none are listed without words.
    /// The run's documents that name a well, each with its kind, its own date (signed, approved,
    /// tested, plugged — the first the document gives) and the `statedFields` rules ask about,
    /// for `document_on_file` conditions.
    private func documentsOnFile(runID: String, store: PushbackStore, statedFields: Set<String>) throws(StoreError) -> [DocumentOnFile] {
        let dateNames = ["signed_date", "approved_date", "test_date", "plugging_date", "date"]
        let facts = try store.facts(named: ["api"] + dateNames + statedFields.sorted(), runID: runID)
        let byDocument = Dictionary(grouping: facts, by: \.fact.evidence.source.sha256)
        return byDocument.keys.sorted().flatMap { sha256 -> [DocumentOnFile] in
            let items = byDocument[sha256] ?? []
            let date = dateNames.lazy.compactMap { name in items.first { $0.fact.name == name && $0.fact.isReadable } }.first
                .map { RecordedDate(written: $0.fact.normalized ?? $0.fact.raw) }
            let apis = items.filter { $0.fact.name == "api" }.compactMap { item in item.fact.normalized.map { (item, $0) } }
            let values = items.filter { statedFields.contains($0.fact.name) && $0.fact.isReadable }
                .reduce(into: [String: [String]]()) { $0[$1.fact.name, default: []].append($1.fact.normalized ?? $1.fact.raw) }
            var seen: Set<String> = []
            return apis.compactMap { item, api in
                guard seen.insert(api).inserted else { return nil }
                return DocumentOnFile(kind: DocumentKind(rawValue: item.kind), api: api, date: date, evidence: item.fact.evidence, values: values)
            }
        }
    }

    private func writtenLocations(runID: String, documents: [DocumentOutcome], store: PushbackStore) throws(StoreError) -> [WrittenLocation] {
        let facts = try store.facts(named: ["location_description", "api"], runID: runID)
        var states: [String: String] = [:]
        for (_, fact) in facts where fact.name == "api" {
            if let code = fact.normalized?.prefix(2), let state = APICodeBook.state(code: String(code)) { states[fact.evidence.source.path] = state.postalCode }
        }
        var written: [WrittenLocation] = facts.filter { $0.fact.name == "location_description" }.compactMap { kind, fact in
            let text = fact.normalized ?? fact.raw
            return text.isEmpty ? nil : WrittenLocation(document: fact.evidence.source, documentKind: kind, text: text, evidence: fact.evidence, stateHint: states[fact.evidence.source.path])
        }
        let stated = Set(written.map(\.document.path))
        for document in documents where document.disposition == .read && document.mappingID == DocumentKind.jsa.rawValue && !stated.contains(document.source.path) {
            written.append(WrittenLocation(document: document.source, documentKind: DocumentKind.jsa.rawValue, text: nil,
                                           evidence: Evidence(source: document.source, quote: "no location on the JSA"), stateHint: nil))
        }
        return written
    }

    /// The part of a rule's cached-findings key its documents on file make: each document of the
    /// kinds it asks about, with its date and stated values (empty when it asks about none).
    private static func inputsKey(_ documents: [DocumentOnFile], kinds: Set<DocumentKind>) -> String {
        guard !kinds.isEmpty else { return "" }
        var hasher = SHA256()
        for document in documents where kinds.contains(document.kind) {
            let values = document.values.keys.sorted().map { "\($0)=\(document.values[$0]!.joined(separator: "|"))" }.joined(separator: ";")
            hasher.update(data: Data("\(document.kind) \(document.api) \(document.evidence.source.sha256) \(document.date?.written ?? "-") \(values)\n".utf8))
        }
        return " documents " + InboxDocument.hexadecimal(hasher.finalize())
    }

    /// The part of a rule's cached-findings key the documents stating what it asks about make.
    private static func inputsKey(_ documents: [DocumentOnFile], stating fields: Set<String>) -> String {
        inputsKey(documents.filter { !fields.isDisjoint(with: $0.values.keys) }, kinds: fields.isEmpty ? [] : Set(documents.map(\.kind)))
    }

    /// The part of a rule's cached-findings key its JSAs make: each JSA's well, day, clock and claims.
    private static func inputsKey(_ jsas: [JSAOnFile]) -> String {
        var hasher = SHA256()
        for jsa in jsas {
            hasher.update(data: Data("\(jsa.document.path) \(jsa.document.sha256) \(jsa.api ?? "-") \(jsa.date?.description ?? "-") \(jsa.utcOffsetMinutes.map(String.init) ?? "-")\n".utf8))
            for claim in jsa.claims { hasher.update(data: Data("  \(claim.summary) \(claim.evidence.place)\n".utf8)) }
        }
        return " jsas " + InboxDocument.hexadecimal(hasher.finalize())
    }

    /// The key of a filing rule's cached findings: every identity and history statement, casing row and amendment, in full.
    private static func inputsKey(_ identities: [WellIdentityStatement], _ histories: [WellHistoryStatement], _ casing: [FiledCasingString], _ amendments: [FilingAmendment]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var hasher = SHA256()
        hasher.update(data: (try? encoder.encode(identities)) ?? Data())
        hasher.update(data: (try? encoder.encode(histories)) ?? Data())
        hasher.update(data: (try? encoder.encode(casing)) ?? Data())
        hasher.update(data: (try? encoder.encode(amendments)) ?? Data())
        return " filings " + InboxDocument.hexadecimal(hasher.finalize())
    }

    /// The key of a location rule's cached findings: every written location, where and as what.
    private static func inputsKey(_ locations: [WrittenLocation]) -> String {
        var hasher = SHA256()
        for location in locations {
            hasher.update(data: Data("\(location.document.path) \(location.document.sha256) \(location.documentKind) \(location.stateHint ?? "-") \(location.text ?? "-")\n".utf8))
        }
        return InboxDocument.hexadecimal(hasher.finalize())
    }

    /// Reads one document afresh; a registry's entities go to `registries`.
    private func read(_ document: InboxDocument, with intake: Intake, titles: [String: String], into registries: inout RegistryEntities) -> DocumentResult {
        switch intake.read(document) {
        case .registry(let extract):
            registries.add(extract)
            return DocumentResult(
                outcome: DocumentOutcome(
                    source: document.reference, size: document.size, disposition: .read,
                    mappingID: extract.mappingID, mappingTitle: titles[extract.mappingID], encoding: extract.encoding.rawValue,
                    records: extract.recordCount, entities: extract.wells.count + extract.receptors.count + extract.production.count + extract.readings.count,
                    linesNotRead: extract.linesNotRead, excluded: extract.excluded
                ),
                problems: extract.problems, entity: extract.entity.rawValue, wells: extract.wells.count, receptors: extract.receptors.count,
                readings: extract.readings.count
            )
        case .document(let extract):
            return DocumentResult(
                outcome: DocumentOutcome(
                    source: document.reference, size: document.size, disposition: .read,
                    mappingID: extract.kind.rawValue, mappingTitle: extract.title, encoding: extract.methods.values.map(\.rawValue).sorted().first,
                    records: extract.pageCount, entities: extract.facts.count
                ),
                problems: extract.unreadPages.map { IntakeProblem(scope: .record, source: document.reference, page: $0.page, reason: $0.reason) },
                facts: extract.facts, kind: extract.kind.rawValue
            )
        case .quarantined(let problem):
            return DocumentResult(outcome: .quarantined(document.reference, size: document.size), problems: [problem])
        }
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
