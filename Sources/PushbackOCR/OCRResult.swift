/// What Tesseract read on one image: the text, its mean confidence, and every word with its own
/// confidence and box, so each fact taken from it can say how sure the engine was.
public struct OCRResult: Sendable, Equatable {
    /// One recognized word.
    public struct Word: Sendable, Equatable {
        public var text: String
        /// Tesseract's confidence, 0–100.
        public var confidence: Double
        /// Box in image pixels: left, top, right, bottom.
        public var left: Int, top: Int, right: Int, bottom: Int
        /// 1-based line within the page, in reading order.
        public var line: Int
    }

    public var text: String
    /// Mean word confidence, 0–100.
    public var meanConfidence: Int
    public var words: [Word]
    /// Tesseract's version string, for the extractor version of OCR'd facts.
    public var engine: String
}
