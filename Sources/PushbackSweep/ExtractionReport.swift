import Foundation
import PushbackIntake
import PushbackModel

/// `pushback extract`: what was read from each file, without storing anything or running rules.
public struct ExtractionReport: Sendable {
    /// One file's result; the JSON layout is documented in docs/extract-json.md.
    public struct Entry: Sendable, Encodable {
        public struct Page: Sendable, Encodable {
            var page: Int
            var reason: String
        }

        public struct Registry: Sendable, Encodable {
            var mappingID: String
            var entity: String
            var encoding: String
            var records: Int
            var wells: Int
            var receptors: Int
            var productionMonths: Int
            var excluded: [String: Int]
            var problems: [IntakeProblem]
        }

        var file: String
        var sha256: String
        /// `registry`, `document` or `quarantined`.
        var outcome: String
        var kind: String?
        var title: String?
        var classifiedBy: Evidence?
        var pages: Int?
        var methods: [String: String]?
        var facts: [Fact]?
        var unreadPages: [Page]?
        var registry: Registry?
        var reason: String?
    }

    public var entries: [Entry]
    /// Wells, operators and leases named by more than one of the files (text output only).
    public var sharedEntities: [EntityResolution.Entity] = []
    /// Later versions of the same filing among the files, with what changed (text output only).
    public var amendments: [FilingAmendment] = []
    /// Filings in different files whose texts are nearly the same (text output only).
    public var nearDuplicates: [NearDuplicateDetector.Pair] = []

    public var hasQuarantined: Bool { entries.contains { $0.outcome == "quarantined" } }

    /// Reads each file with the bundle's mappings and the document extractors.
    public static func read(files: [String], bundle: BundleLocation, limits: DocumentReader.Limits = .init()) throws(SweepError) -> ExtractionReport {
        let mappings: [SourceMapping]
        do { mappings = try SourceMapping.loadAll(directory: bundle.mappings) } catch { throw .invalidBundle(error.description) }
        let lexicon: OilfieldLexicon
        do { lexicon = try OilfieldLexicon.load(path: bundle.lexiconFile) } catch { throw .invalidBundle(error.description) }
        let intake = Intake(mappings: mappings, documents: DocumentIntake(reader: DocumentReader(limits: limits), lexicon: lexicon))
        var entries: [Entry] = []
        var documents: [DocumentExtract] = []
        for file in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: file)
            else {
                entries.append(Entry(file: file, sha256: "", outcome: "quarantined", reason: "not a readable file"))
                continue
            }
            let hash = (try? InboxDocument.sha256(ofFile: file)) ?? ""
            let source = SourceReference(sha256: hash, path: file)
            switch intake.read(bytes: [UInt8](data), path: file, source: source) {
            case .registry(let extract):
                entries.append(Entry(file: file, sha256: hash, outcome: "registry", registry: .init(
                    mappingID: extract.mappingID, entity: extract.entity.rawValue, encoding: extract.encoding.rawValue,
                    records: extract.recordCount, wells: extract.wells.count, receptors: extract.receptors.count, productionMonths: extract.production.count,
                    excluded: extract.excluded, problems: extract.problems
                )))
            case .document(let extract):
                documents.append(extract)
                entries.append(Entry(
                    file: file, sha256: hash, outcome: "document", kind: extract.kind.rawValue, title: extract.title,
                    classifiedBy: extract.classifiedBy, pages: extract.pageCount,
                    methods: Dictionary(extract.methods.map { (String($0.key), $0.value.rawValue) }, uniquingKeysWith: { first, _ in first }),
                    facts: extract.facts, unreadPages: extract.unreadPages.map { Entry.Page(page: $0.page, reason: $0.reason) }
                ))
            case .quarantined(let problem):
                entries.append(Entry(file: file, sha256: hash, outcome: "quarantined", reason: problem.reason))
            }
        }
        let nearDuplicates = NearDuplicateDetector().pairs(in: documents.map { (id: $0.source.path, text: $0.text) })
        return ExtractionReport(entries: entries, sharedEntities: EntityResolution(documents).shared, amendments: DocumentVersions(documents).amendments,
                                nearDuplicates: nearDuplicates)
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? String(decoding: encoder.encode(entries), as: UTF8.self)) ?? "[]"
    }

    public func text() -> String {
        var lines: [String] = []
        for entry in entries {
            lines.append("\(entry.file)  [sha256 \(entry.sha256.prefix(12))]")
            switch entry.outcome {
            case "registry":
                if let registry = entry.registry {
                    lines.append("  registry \(registry.mappingID) (\(registry.encoding)): \(registry.records) records → \(registry.wells) wells, \(registry.receptors) receptors, \(registry.productionMonths) production months")
                    for (reason, count) in registry.excluded.sorted(by: { $0.key < $1.key }) { lines.append("  skipped \(count): \(reason)") }
                    for problem in registry.problems { lines.append("  problem: \(problem)") }
                }
            case "document":
                lines.append("  \(entry.kind ?? "?"): \(entry.title ?? "") — \(entry.pages ?? 0) page(s); decided by \(entry.classifiedBy?.place ?? ""): \"\(entry.classifiedBy?.quote.prefix(100) ?? "")\"")
                for page in entry.unreadPages ?? [] { lines.append("  page \(page.page) NOT READ: \(page.reason)") }
                for fact in entry.facts ?? [] {
                    let raw = fact.raw.split(whereSeparator: \.isNewline).joined(separator: " / ")
                    let value = fact.normalized.map { $0 == fact.raw ? $0 : "\($0)  (as written: \(raw))" } ?? "UNREADABLE \"\(raw)\": \(fact.problem ?? "")"
                    let where_ = "page \(fact.evidence.page ?? 1) " + (fact.evidence.line.map { "line \($0)" } ?? "field \(fact.evidence.field ?? "?")")
                    let confidence = fact.method == .ocr ? String(format: ", OCR %.0f%%", fact.confidence * 100) : ""
                    lines.append("  \(fact.name) = \(value.displaySafe)\(fact.unit.map { " \($0)" } ?? "")   [\(where_), \(fact.method.rawValue)\(confidence), \(fact.extractor)]")
                    if fact.normalized != nil, let problem = fact.problem { lines.append("      ! \(problem)") }
                }
            default:
                lines.append("  QUARANTINED: \((entry.reason ?? "").displaySafe)")
            }
        }
        if !sharedEntities.isEmpty {
            lines.append("")
            lines.append("Named in more than one file:")
            for entity in sharedEntities {
                let spellings = Set(entity.mentions.map(\.raw)).sorted().map { "\"\($0)\"" }.joined(separator: ", ")
                lines.append("  \(entity.kind.rawValue) \(entity.key) — \(entity.files.count) files, written \(spellings.displaySafe)")
                for file in entity.files { lines.append("      \(file)") }
                if !entity.possibleAliases.isEmpty { lines.append("      possibly also \(entity.possibleAliases.joined(separator: ", ")) (confirm)") }
            }
        }
        if !nearDuplicates.isEmpty {
            lines.append("")
            lines.append("Near-duplicate texts (shingle cosine similarity):")
            for pair in nearDuplicates {
                lines.append(String(format: "  %.2f  %@  ~  %@", pair.similarity, pair.firstID.displaySafe, pair.secondID.displaySafe))
            }
        }
        if !amendments.isEmpty {
            lines.append("")
            lines.append("Versions of the same filing:")
            for amendment in amendments {
                lines.append("  \(amendment.kind.rawValue) for \(amendment.identity): \(amendment.successor.path) amends \(amendment.predecessor.path)")
                if amendment.changes.isEmpty { lines.append("      no field changed") }
                for change in amendment.changes {
                    lines.append("      \(change.name): \((change.beforeText ?? "(absent)").prefix(80)) → \((change.afterText ?? "(absent)").prefix(80))".displaySafe)
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
