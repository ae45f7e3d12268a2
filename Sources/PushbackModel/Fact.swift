/// One thing read from a document, with everything needed to find it again and to judge it:
/// the raw text, the normalized value and unit, where it was (page, line, box or form field),
/// how it was read, how confident the reading is, and which extractor version read it.
public struct Fact: Sendable, Hashable, Codable {
    /// How the text was obtained.
    public enum Method: String, Sendable, Hashable, Codable {
        case textLayer = "text-layer"
        case ocr
        case formField = "form-field"
        case markdown
        case html
        case plainText = "plain-text"
        /// A Word document's XML (paragraphs, table cells, check-box controls).
        case docx
        /// An Excel workbook's cells (line = spreadsheet row, page = sheet).
        case xlsx
        case registry
        /// A mark seen on the rendered page (a flattened form's check box).
        case pageImage = "page-image"
    }

    /// A box on a page, in the reader's units (PDF points from the top-left, or OCR pixels).
    public struct Box: Sendable, Hashable, Codable {
        public var left: Double
        public var top: Double
        public var right: Double
        public var bottom: Double

        public init(left: Double, top: Double, right: Double, bottom: Double) {
            self.left = left
            self.top = top
            self.right = right
            self.bottom = bottom
        }
    }

    /// Field name, e.g. `api`, `operator`, `casing[2].setting_depth`.
    public var name: String
    /// The value as written.
    public var raw: String
    /// The value in Pushback's form (normalized API number, ISO date, plain number); nil when the
    /// field is present but could not be read — see `problem`.
    public var normalized: String?
    public var unit: String?
    /// Source, page, line, field and the quoted text.
    public var evidence: Evidence
    public var box: Box?
    public var method: Method
    /// 0…1: OCR's word confidence, 1 for a text layer or form field read exactly.
    public var confidence: Double
    /// `extractor@version`, e.g. `rrc-w3a@1`.
    public var extractor: String
    /// Why the value is doubtful: it was left blank, could not be normalized, or the document
    /// contradicts itself (another reading of the same field disagrees).
    public var problem: String?

    public init(
        name: String, raw: String, normalized: String?, unit: String? = nil, evidence: Evidence, box: Box? = nil,
        method: Method, confidence: Double, extractor: String, problem: String? = nil
    ) {
        self.name = name
        self.raw = raw
        self.normalized = normalized
        self.unit = unit
        self.evidence = evidence
        self.box = box
        self.method = method
        self.confidence = confidence
        self.extractor = extractor
        self.problem = problem
    }

    /// True when the value was read and normalized.
    public var isReadable: Bool { normalized != nil }
}
