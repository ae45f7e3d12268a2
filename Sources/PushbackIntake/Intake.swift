import Foundation
import PushbackModel

/// Reads inbox documents with the registry mappings: picks the mapping whose columns a file's
/// header has, or quarantines the file with the reason.
public struct Intake: Sendable {
    public let mappings: [SourceMapping]

    public init(mappings: [SourceMapping]) { self.mappings = mappings }

    /// What became of one document.
    public enum Outcome: Sendable {
        case registry(RegistryExtract)
        /// The document could not be read at all; the reason names the file (and line if any).
        case quarantined(IntakeProblem)
    }

    /// Reads one document.
    public func read(_ document: InboxDocument) -> Outcome {
        let bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: document.absolutePath))) } catch {
            return .quarantined(problem(document, "cannot read the file: \(error.localizedDescription)"))
        }
        guard let mapping = classify(bytes: bytes) else {
            return .quarantined(problem(document, unrecognizedReason(bytes: bytes, path: document.relativePath)))
        }
        do {
            return .registry(try RegistryReader(mapping: mapping).read(bytes: bytes, source: document.reference))
        } catch {
            return .quarantined(problem(document, "\(error.reason)"))
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

    private func unrecognizedReason(bytes: [UInt8], path: String) -> String {
        if bytes.isEmpty { return "the file is empty" }
        if bytes.starts(with: Array("%PDF".utf8)) { return "a PDF: PDF filings are not read yet, so nothing in it was checked" }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a zip container (DOCX/XLSX?): not read yet, so nothing in it was checked" }
        let text = SourceText(bytes: Array(bytes.prefix(4096)))
        let firstLine = String(decoding: text.bytes.prefix { $0 != UInt8(ascii: "\n") }.prefix(160), as: UTF8.self)
        return "no mapping in mappings/ recognizes this file (first line: \"\(firstLine)\"); add a mapping for its source"
    }

    private func problem(_ document: InboxDocument, _ reason: String) -> IntakeProblem {
        IntakeProblem(scope: .document, source: document.reference, reason: reason)
    }
}
