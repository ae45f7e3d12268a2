import Crypto
import Foundation
import PushbackIntake
import PushbackModel
import PushbackRules

/// The wells, receptors and gauge readings a run's rules read, and the registry rows lost on the way.
///
/// Registries read in this run hand over their entities at once; those whose outcome came from
/// the cache are read again only when a rule must actually be evaluated (a new as-of date with
/// only date-independent rules reads none).
struct RegistryEntities {
    let intake: Intake
    private var wells: [Well] = []
    private var receptors: [Receptor] = []
    private var wellGaps: [IntakeProblem] = []
    private var receptorGaps: [IntakeProblem] = []
    private var readings: [PressureReading] = []
    private var production: [ProductionMonth] = []
    private var productionGaps: [IntakeProblem] = []
    private var readingGaps: [IntakeProblem] = []
    /// Registries taken from the cache, whose entities are not in memory yet.
    private var unread: [InboxDocument] = []
    /// "path sha256" of every registry read (now or from the cache): what the rules' inputs are.
    private var sources: [String] = []
    private(set) var wellCount = 0
    private(set) var receptorCount = 0
    private(set) var readingCount = 0
    /// Registries read a second time because a rule needed their entities.
    private(set) var readAgain = 0

    init(intake: Intake) { self.intake = intake }

    /// Entities of a registry read in this run.
    mutating func add(_ extract: RegistryExtract) {
        wells += extract.wells
        receptors += extract.receptors
        readings += extract.readings
        production += extract.production
    }

    /// A registry whose outcome came from the cache: read only if a rule needs it.
    mutating func readLater(_ document: InboxDocument) { unread.append(document) }

    /// Counts a document's registry rows and lost rows (filings and quarantines count nothing).
    mutating func count(_ result: DocumentResult) {
        guard let entity = result.entity, result.outcome.disposition == .read else { return }
        sources.append("\(result.outcome.source.path) \(result.outcome.source.sha256)")
        wellCount += result.wells
        receptorCount += result.receptors
        readingCount += result.readings
        switch SourceMapping.Entity(rawValue: entity) {
        case .well: wellGaps += result.lostRecords
        case .receptor: receptorGaps += result.lostRecords
        case .reading: readingGaps += result.lostRecords
        case .production: productionGaps += result.lostRecords
        case nil: break
        }
    }

    /// The key of cached rule results: the reader and every registry read, by path and content.
    func inputsKey(reader: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Data("reader \(reader)\n".utf8))
        for source in sources.sorted() { hasher.update(data: Data("registry \(source)\n".utf8)) }
        return InboxDocument.hexadecimal(hasher.finalize())
    }

    /// What the rules evaluate, reading the registries kept for later first.
    mutating func input(asOf: String) -> EvaluationInput {
        for document in unread {
            readAgain += 1
            if case .registry(let extract) = intake.read(document) { add(extract) }
        }
        unread = []
        var input = EvaluationInput(wells: wells, receptors: receptors, wellGaps: wellGaps, receptorGaps: receptorGaps, asOf: asOf)
        input.readings = readings
        input.readingGaps = readingGaps
        input.production = production
        input.productionGaps = productionGaps
        return input
    }
}
