import Foundation
import PushbackModel

/// Reads a document, decides what it is, and runs the extractor for its kind.
public struct DocumentIntake: Sendable {
    public let reader: DocumentReader
    private let extractors: [DocumentKind: any DocumentExtractor]

    /// `lexicon`: the bundle's oilfield vocabulary; without it JSAs get their identifying facts only.
    public init(reader: DocumentReader = DocumentReader(), lexicon: OilfieldLexicon? = nil) {
        self.reader = reader
        var extractors: [DocumentKind: any DocumentExtractor] = [:]
        for extractor in Self.formExtractors { extractors[extractor.kind] = extractor }
        if let lexicon { extractors[.jsa] = JSAExtractor(lexicon: lexicon) }
        self.extractors = extractors
    }

    /// The dedicated extractors; other recognized kinds get the identifying facts only.
    static let formExtractors: [any DocumentExtractor] = [RRCW1Extractor(), RRCW2Extractor(), RRCW3AExtractor(), BLMSundryNoticeExtractor(), ECMCScoutTicketExtractor()]

    /// Why a document was quarantined.
    public struct Quarantine: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public func read(path: String, bytes: [UInt8], source: SourceReference) throws(Quarantine) -> DocumentExtract {
        var text: DocumentText
        do { text = try reader.read(path: path, bytes: bytes, source: source) } catch { throw Quarantine(reason: error.reason) }
        guard !text.pages.isEmpty else {
            throw Quarantine(reason: "no page could be read: " + text.unreadPages.map { "page \($0.page): \($0.reason)" }.joined(separator: "; "))
        }
        guard let classification = DocumentClassifier.classify(text) else {
            let lines = text.allLines.map(\.line.text).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            guard !lines.isEmpty else {
                throw Quarantine(reason: "no text was found on any page: the pages are blank, or images with nothing legible; nothing in it was checked")
            }
            let opening = String(lines.prefix(3).joined(separator: " / ").prefix(160)).displaySafe
            throw Quarantine(reason: "read, but not recognized as any known form or document (it begins: \"\(opening)\"); nothing in it was checked")
        }
        let extractor = extractors[classification.kind] ?? IdentifierExtractor(kind: classification.kind, assumedState: Self.assumedState(classification.kind))
        if !extractor.checkBoxes.isEmpty, !text.formFields.contains(where: \.isCheckBox), DocumentReader.format(of: bytes) == .pdf {
            text.formFields += reader.checkMarks(path: path, boxes: extractor.checkBoxes)
        }
        return DocumentExtract(
            source: source,
            kind: classification.kind,
            title: classification.title,
            classifiedBy: Evidence(source: source, page: classification.page, line: classification.line, field: "classification", quote: classification.quote),
            pageCount: text.pages.count + text.unreadPages.count,
            methods: Dictionary(text.pages.map { ($0.number, $0.method) }, uniquingKeysWith: { first, _ in first }),
            facts: extractor.extract(text),
            unreadPages: text.unreadPages,
            text: text.text
        )
    }

    /// RRC documents write API numbers without Texas's state code 42.
    static func assumedState(_ kind: DocumentKind) -> String? {
        kind.rawValue.hasPrefix("rrc-") || kind == .operatorLetter || kind == .platImage || kind == .wellLogHeader ? "42" : (kind == .ecmcScoutTicket ? "05" : nil)
    }
}
