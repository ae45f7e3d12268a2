import Foundation
import PushbackModel

/// Reads inbox documents with the registry mappings: picks the mapping whose columns a file's
/// header has, or quarantines the file with the reason.
public struct Intake: Sendable {
    public let mappings: [SourceMapping]
    public let documents: DocumentIntake

    public init(mappings: [SourceMapping], documents: DocumentIntake = DocumentIntake()) {
        self.mappings = mappings
        self.documents = documents
    }

    /// What became of one document.
    public enum Outcome: Sendable {
        /// A tabular registry read through a mapping.
        case registry(RegistryExtract)
        /// A filing, letter, scan or page read into facts.
        case document(DocumentExtract)
        /// The document could not be read at all; the reason names the file (and line if any).
        case quarantined(IntakeProblem)
    }

    /// Reads one document.
    public func read(_ document: InboxDocument) -> Outcome {
        let bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: document.absolutePath))) } catch {
            return .quarantined(problem(document, "cannot read the file: \(error.localizedDescription)"))
        }
        return read(bytes: bytes, path: document.absolutePath, source: document.reference)
    }

    /// Reads bytes already in memory (`path` is where poppler and Leptonica find the file).
    public func read(bytes: [UInt8], path: String, source: SourceReference) -> Outcome {
        if let mapping = classify(bytes: bytes) {
            do { return .registry(try RegistryReader(mapping: mapping).read(bytes: bytes, source: source)) } catch {
                return .quarantined(IntakeProblem(scope: .document, source: source, reason: error.reason))
            }
        }
        do { return .document(try documents.read(path: path, bytes: bytes, source: source)) } catch {
            return .quarantined(IntakeProblem(scope: .document, source: source, reason: error.reason))
        }
    }

    /// The mapping whose detection columns the file's header has (the most specific one wins).
    public func classify(bytes: [UInt8]) -> SourceMapping? {
        let text = SourceText(bytes: Array(bytes.prefix(64 * 1024)))
        let firstLine = text.bytes.prefix { $0 != UInt8(ascii: "\n") }
        var best: SourceMapping?
        for mapping in mappings {
            let header = DelimitedTextReader(bytes: Array(firstLine), delimiter: mapping.delimiter).read().records.first?.fields
                .map(\.trimmedCell) ?? []
            guard mapping.matches(header: header) else { continue }
            if best == nil || mapping.detectColumns.count > best!.detectColumns.count { best = mapping }
        }
        return best
    }

    private func problem(_ document: InboxDocument, _ reason: String) -> IntakeProblem {
        IntakeProblem(scope: .document, source: document.reference, reason: reason)
    }
}
