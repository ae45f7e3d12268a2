import PushbackModel

/// A document's text as pages of lines, each line keeping its words and their positions, however
/// it was read (PDF text layer, OCR, Markdown, HTML, plain text). Extractors work on this.
public struct DocumentText: Sendable {
    /// One word (or table cell) with where it sits.
    public struct Token: Sendable, Equatable {
        public var text: String
        /// Horizontal extent and vertical extent in the page's units (points or OCR pixels);
        /// for text without geometry, character offsets in the line and the line number.
        public var left: Double, right: Double, top: Double, bottom: Double
        /// 0…1 (OCR word confidence; 1 otherwise).
        public var confidence: Double
    }

    /// One line of a page.
    public struct Line: Sendable, Equatable {
        /// 1-based within the page.
        public var number: Int
        /// The line as text (tokens joined by one space, or a wider gap where columns separate).
        public var text: String
        public var tokens: [Token]
        /// Table cells, when the source marks them (Markdown and HTML tables), or column groups
        /// of a laid-out page (words separated by a wide gap).
        public var cells: [String]?
        /// Horizontal extent of each cell, for laid-out pages.
        public var cellBounds: [ClosedRange<Double>]?
        /// The cells are those of a table whose printed rules were found on a scanned page's image:
        /// exact columns, blank cells kept as empty strings (as in a Word or Excel table).
        public var cellsFromRules = false
    }

    public struct Page: Sendable {
        /// 1-based page number.
        public var number: Int
        public var lines: [Line]
        public var method: Fact.Method
        /// Mean OCR confidence 0…1, for OCR'd pages.
        public var ocrConfidence: Double?
        /// OCR engine and version, for OCR'd pages.
        public var engine: String?
    }

    /// A form field's value: from a PDF's AcroForm, or, on a flattened form, a check box whose
    /// mark was looked for on the page image.
    public struct FormField: Sendable, Equatable {
        public var name: String
        public var page: Int
        /// The text, or `checked` / `unchecked` for a check box.
        public var value: String
        public var isCheckBox: Bool
        /// `.formField` or `.pageImage`.
        public var method: Fact.Method
        public var confidence: Double
    }

    public var source: SourceReference
    public var pages: [Page]
    /// Pages that could not be read (no text layer and beyond the OCR limit, or OCR failed).
    public var unreadPages: [(page: Int, reason: String)]
    /// AcroForm fields (empty for documents that have none, e.g. flattened forms).
    public var formFields: [FormField] = []

    /// All lines of all pages, in order.
    public var allLines: [(page: Int, line: Line)] {
        pages.flatMap { page in page.lines.map { (page.number, $0) } }
    }

    /// The whole text, pages separated by form feeds (for classification and searching).
    public var text: String {
        pages.map { $0.lines.map(\.text).joined(separator: "\n") }.joined(separator: "\n\u{0C}\n")
    }
}

extension DocumentText.Line {
    /// A line from plain text, one token per whitespace-separated word (positions are character offsets).
    static func plain(_ text: String, number: Int, cells: [String]? = nil) -> DocumentText.Line {
        var tokens: [DocumentText.Token] = []
        var offset = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !word.isEmpty {
                tokens.append(.init(text: String(word), left: Double(offset), right: Double(offset + word.count), top: Double(number), bottom: Double(number), confidence: 1))
            }
            offset += word.count + 1
        }
        return DocumentText.Line(number: number, text: text, tokens: tokens, cells: cells, cellBounds: nil)
    }
}
