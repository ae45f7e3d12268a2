import Foundation
import PushbackArchive
import PushbackModel
import PushbackOCR
import PushbackPDF
import PushbackXML

/// Reads a document's text, whatever it is: a PDF's text layer (OCR for pages without one), a
/// scanned image, HTML, Markdown or plain text. Recognizes the format from the bytes, never the
/// file name. Anything it cannot read is a quarantine reason, never a crash.
public struct DocumentReader: Sendable {
    public struct Limits: Sendable {
        /// Pages without a text layer that are OCR'd per document (OCR costs seconds a page).
        public var ocrPages: Int = 4
        public var pages: Int = 5_000
        public var bytes: Int = 256 * 1_024 * 1_024
        /// Largest image (pixels) decoded for OCR.
        public var imagePixels: Int = 60_000_000
        /// Most bytes a PDF's compressed streams may inflate to, together.
        public var inflatedBytes: Int = 512 * 1_024 * 1_024
        public init() {}
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// Why a document could not be read at all.
    public struct Unreadable: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public enum Format: String, Sendable {
        case pdf, image, html, text
        /// A zip archive: Word (DOCX) or Excel (XLSX) when it holds their parts.
        case zip
        /// UTF-16 or UTF-32 text, which Pushback does not read.
        case wideText
    }

    /// The format the bytes are in, or nil for an unknown binary.
    public static func format(of bytes: [UInt8]) -> Format? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A])
            || bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) || bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .image }
        let head = bytes.prefix(4_096)
        guard !head.contains(0) else { return wideText(head) }
        let text = String(decoding: SourceText(bytes: Array(head)).bytes, as: UTF8.self).lowercased()
        if text.contains("<html") || text.hasPrefix("<!doctype html") { return .html }
        return .text
    }

    /// UTF-16 or UTF-32 text (with or without a byte-order mark) is recognized so it can be
    /// refused by name rather than as an unknown binary; other bytes with NULs are unknown.
    private static func wideText(_ head: ArraySlice<UInt8>) -> Format? {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .wideText }
        let bytes = Array(head.prefix(512))
        guard bytes.count >= 8 else { return nil }
        let even = stride(from: 0, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
        let odd = stride(from: 1, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
        let half = bytes.count / 2
        // One byte of every pair NUL, the other mostly printable ASCII: UTF-16 without a BOM.
        return (even > half * 9 / 10 && odd < half / 10) || (odd > half * 9 / 10 && even < half / 10) ? .wideText : nil
    }

    public func read(path: String, bytes: [UInt8], source: SourceReference) throws(Unreadable) -> DocumentText {
        guard !bytes.isEmpty else { throw Unreadable(reason: "the file is empty (0 bytes)") }
        guard bytes.count <= limits.bytes else { throw Unreadable(reason: "the file is \(bytes.count) bytes, over the \(limits.bytes)-byte limit") }
        switch Self.format(of: bytes) {
        case .pdf:
            if let excess = PDFInflationBudget(budget: limits.inflatedBytes).excess(in: bytes) { throw Unreadable(reason: excess) }
            return try readPDF(path: path, source: source)
        case .image: return try readImage(path: path, source: source)
        case .zip:
            let reader = OfficeDocumentReader(limits: ZipArchive.Limits(inflatedBytes: limits.inflatedBytes))
            do { return try reader.read(bytes: bytes, source: source) } catch { throw Unreadable(reason: error.reason) }
        case .html: return try readHTML(bytes: bytes, path: path, source: source)
        case .text: return readText(bytes: bytes, source: source)
        case .wideText: throw Unreadable(reason: "text in UTF-16 or UTF-32, which Pushback does not read: re-save it as UTF-8")
        case nil: throw Unreadable(reason: "a binary file of unknown format (first bytes \(bytes.prefix(8).map { String(format: "%02x", $0) }.joined(separator: " ")))")
        }
    }

    // MARK: - Formats

    private func readPDF(path: String, source: SourceReference) throws(Unreadable) -> DocumentText {
        let document: PDFDocument
        do { document = try PDFDocument(path: path) } catch {
            switch error.code {
            case .encrypted: throw Unreadable(reason: "the PDF is encrypted (password protected): \(error.message)")
            default: throw Unreadable(reason: "not a readable PDF (\(error.code.rawValue)): \(error.message)")
            }
        }
        guard document.pageCount > 0 else { throw Unreadable(reason: "the PDF has no pages") }
        guard document.pageCount <= limits.pages else { throw Unreadable(reason: "the PDF has \(document.pageCount) pages, over the \(limits.pages)-page limit") }
        var pages: [DocumentText.Page] = []
        var unread: [(page: Int, reason: String)] = []
        var ocrUsed = 0
        var recognizer: TextRecognizer?
        let textLayers = Self.textLayers(of: document, path: path)
        for number in 1...document.pageCount {
            let words: [PDFWord]
            switch textLayers[number - 1] {
            case .success(let found): words = found
            case .failure(let error):
                unread.append((number, "the page could not be read: \(error.message)"))
                continue
            }
            if !words.isEmpty {
                let lineWords = words.map { LineBuilder.Word(text: $0.text, left: $0.box.x1, right: $0.box.x2, top: $0.box.y1, bottom: $0.box.y2, confidence: 1) }
                pages.append(.init(number: number, lines: LineBuilder.lines(from: lineWords), method: .textLayer, ocrConfidence: nil, engine: nil))
                continue
            }
            guard ocrUsed < limits.ocrPages else {
                unread.append((number, "no text layer, and the document's \(limits.ocrPages)-page OCR limit was reached"))
                continue
            }
            ocrUsed += 1
            do {
                if recognizer == nil { recognizer = try TextRecognizer() }
                let image = try document.renderGrayscale(page: number, resolution: 300, maximumPixels: limits.imagePixels)
                let reading = try OCRPage.recognize(image, with: recognizer!)
                pages.append(OCRPage.page(number: number, reading: reading))
            } catch let error as PDFError {
                unread.append((number, "no text layer, and the page could not be rendered for OCR: \(error.message)"))
            } catch {
                unread.append((number, "no text layer, and OCR failed: \(error)"))
            }
        }
        let fields = ((try? document.formFields()) ?? []).compactMap(Self.formField)
        return DocumentText(source: source, pages: pages, unreadPages: unread, formFields: fields)
    }

    /// Long documents are read in page ranges on all processors, each range through its own
    /// poppler document (a poppler document is not shared between threads).
    static let pagesPerParallelRange = 32

    /// The words of every page, in page order.
    private static func textLayers(of document: PDFDocument, path: String) -> [Result<[PDFWord], PDFError>] {
        let count = document.pageCount
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, count / pagesPerParallelRange)
        guard workers > 1 else {
            return (1...count).map { number in Result { () throws(PDFError) in try document.words(onPage: number) } }
        }
        let ranges = (0..<workers).map { worker in (count * worker / workers + 1)...(count * (worker + 1) / workers) }
        let byRange: [[Result<[PDFWord], PDFError>]] = Parallel.map(ranges) { range in
            let own: PDFDocument
            do throws(PDFError) { own = try PDFDocument(path: path) } catch { return range.map { _ in .failure(error) } }
            return range.map { number in Result { () throws(PDFError) in try own.words(onPage: number) } }
        }
        return byRange.flatMap { $0 }
    }

    static func formField(_ field: PDFFormField) -> DocumentText.FormField? {
        let (value, isCheckBox): (String, Bool)
        switch field.value {
        case .text(let text): (value, isCheckBox) = (text, false)
        case .checkBox(let isChecked), .radioButton(let isChecked): (value, isCheckBox) = (isChecked ? "checked" : "unchecked", true)
        case .choice(let selected): (value, isCheckBox) = (selected.joined(separator: "; "), false)
        case .signature: (value, isCheckBox) = ("", false)
        case .pushButton, .unknown: return nil
        }
        return DocumentText.FormField(name: field.name, page: field.page, value: value, isCheckBox: isCheckBox, method: .formField, confidence: 1)
    }

    /// A check box printed on a form, where to look for its mark on a flattened copy.
    public struct CheckBox: Sendable {
        public var name: String
        public var page: Int
        /// PDF points, origin at the bottom-left of the page.
        public var x1: Double, y1: Double, x2: Double, y2: Double
    }

    /// Looks at a flattened PDF form's rendered pages for marks inside its check boxes (the marks
    /// are drawn, so they are not in the text layer). Boxes on pages that cannot be rendered are
    /// left out, and so are reported missing by the extractor, never guessed.
    public func checkMarks(path: String, boxes: [CheckBox]) -> [DocumentText.FormField] {
        guard let document = try? PDFDocument(path: path) else { return [] }
        var fields: [DocumentText.FormField] = []
        for page in Set(boxes.map(\.page)).sorted() {
            guard let size = try? document.size(ofPage: page),
                  let image = try? document.renderGrayscale(page: page, resolution: 150, maximumPixels: limits.imagePixels) else { continue }
            for box in boxes where box.page == page {
                let ink = image.inkCoverage(inside: PDFRectangle(x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2), pageHeight: size.height)
                // Clear marks cover a fifth of the box's inside or more; an empty box almost nothing.
                let confidence = ink >= 0.15 || ink <= 0.01 ? 0.95 : 0.6
                fields.append(.init(name: box.name, page: page, value: ink >= 0.05 ? "checked" : "unchecked", isCheckBox: true, method: .pageImage, confidence: confidence))
            }
        }
        return fields
    }

    private func readImage(path: String, source: SourceReference) throws(Unreadable) -> DocumentText {
        do {
            let image = try TextRecognizer.grayscale(imageAt: path, maximumPixels: limits.imagePixels)
            let scan = ScanImage(pixels: image.pixels, width: image.width, height: image.height, bytesPerLine: image.width, resolution: image.resolution)
            let reading = try OCRPage.read(scan, with: TextRecognizer())
            return DocumentText(source: source, pages: [OCRPage.page(number: 1, reading: reading)], unreadPages: [])
        } catch {
            throw Unreadable(reason: "an image that could not be OCR'd: \(error.message)")
        }
    }

    private func readHTML(bytes: [UInt8], path: String, source: SourceReference) throws(Unreadable) -> DocumentText {
        let document: HTMLDocument
        do { document = try HTMLDocument(data: Data(bytes), source: path) } catch {
            throw Unreadable(reason: "HTML that libxml2 cannot parse: \(error.message)")
        }
        let lines = document.lines().enumerated().map { index, text in
            DocumentText.Line.plain(text, number: index + 1, cells: text.contains(" | ") ? text.components(separatedBy: " | ") : nil)
        }
        return DocumentText(source: source, pages: [.init(number: 1, lines: lines, method: .html, ocrConfidence: nil, engine: nil)], unreadPages: [])
    }

    private func readText(bytes: [UInt8], source: SourceReference) -> DocumentText {
        let text = String(decoding: SourceText(bytes: bytes).bytes, as: UTF8.self)
        var isMarkdown = false
        var lines: [DocumentText.Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            var cells: [String]?
            if line.hasPrefix("|") {
                isMarkdown = true
                var parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.first == "" { parts.removeFirst() }
                if parts.last == "" { parts.removeLast() }
                if parts.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } && !$0.isEmpty }) { continue }
                cells = parts
                line = parts.joined(separator: " | ")
            } else if line.hasPrefix("#") {
                isMarkdown = true
                line = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            }
            lines.append(.plain(line, number: index + 1, cells: cells))
        }
        return DocumentText(source: source, pages: [.init(number: 1, lines: lines, method: isMarkdown ? .markdown : .plainText, ocrConfidence: nil, engine: nil)], unreadPages: [])
    }
}

/// OCR of one rendered page. The page is first straightened (scans are fed in crooked) and its
/// table rules and check boxes are measured on the image and erased, so that Tesseract reads only
/// words and each word can be put in its table cell (`RuledTableLines`). Real scans are also filed
/// sideways and upside down; when the first reading is poor, the other three orientations are
/// tried on a third-resolution copy (cheap) and the page is read again at full resolution in the
/// orientation that reads best.
enum OCRPage {
    /// Below this mean confidence the page's orientation is questioned.
    static let doubtfulConfidence = 60
    /// How much better another orientation must read to be preferred.
    static let margin = 10

    /// What was read on a page, and the rules and check boxes found on it (in the same pixels as
    /// the words' boxes).
    struct Reading {
        var result: OCRResult
        var rulings: PageRulings
    }

    static func recognize(_ image: PDFPageImage, with recognizer: TextRecognizer) throws -> Reading {
        let scan = ScanImage(pixels: image.pixels, width: image.width, height: image.height, bytesPerLine: image.bytesPerLine, resolution: image.resolution)
        let upright = try read(scan, with: recognizer)
        guard upright.result.meanConfidence < doubtfulConfidence else { return upright }
        let (small, smallWidth, smallHeight) = shrink(scan.pixels, width: scan.width, height: scan.height, factor: 3)
        let smallResolution = max(72, image.resolution / 3)
        var scores: [(quarterTurns: Int, confidence: Int)] = []
        for quarterTurns in 0..<4 {
            let (pixels, width, height) = rotate(small, width: smallWidth, height: smallHeight, quarterTurns: quarterTurns)
            let result = try recognizer.recognize(pixels: pixels, width: width, height: height, bytesPerLine: width, resolution: smallResolution)
            scores.append((quarterTurns, result.meanConfidence))
        }
        guard let best = scores.max(by: { $0.confidence < $1.confidence }), best.quarterTurns != 0,
              best.confidence >= scores[0].confidence + margin
        else { return upright }
        let (pixels, width, height) = rotate(scan.pixels, width: scan.width, height: scan.height, quarterTurns: best.quarterTurns)
        let turned = try read(ScanImage(pixels: pixels, width: width, height: height, bytesPerLine: width, resolution: scan.resolution), with: recognizer)
        return turned.result.meanConfidence > upright.result.meanConfidence ? turned : upright
    }

    /// Straightens the page, finds and erases its rules and check boxes, and reads the rest.
    static func read(_ scan: ScanImage, with recognizer: TextRecognizer) throws(OCRError) -> Reading {
        let threshold = scan.inkThreshold()
        let straight = scan.rotated(byDegrees: scan.skewDegrees(threshold: threshold))
        let rulings = PageRulings.find(in: straight, threshold: threshold)
        let clean = rulings.erased(from: straight)
        let result = try recognizer.recognize(pixels: clean.pixels, width: clean.width, height: clean.height, bytesPerLine: clean.width, resolution: clean.resolution)
        return Reading(result: result, rulings: rulings)
    }

    /// Averages `factor`×`factor` blocks.
    static func shrink(_ pixels: [UInt8], width: Int, height: Int, factor: Int) -> ([UInt8], Int, Int) {
        let smallWidth = width / factor, smallHeight = height / factor
        var small = [UInt8](repeating: 255, count: smallWidth * smallHeight)
        for y in 0..<smallHeight {
            for x in 0..<smallWidth {
                var sum = 0
                for dy in 0..<factor {
                    let row = (y * factor + dy) * width + x * factor
                    for dx in 0..<factor { sum += Int(pixels[row + dx]) }
                }
                small[y * smallWidth + x] = UInt8(sum / (factor * factor))
            }
        }
        return (small, smallWidth, smallHeight)
    }

    /// Rotates a grayscale image clockwise by quarter turns.
    static func rotate(_ pixels: [UInt8], width: Int, height: Int, quarterTurns: Int) -> ([UInt8], Int, Int) {
        switch quarterTurns % 4 {
        case 2: return (pixels.reversed(), width, height)
        case 1, 3:
            var rotated = [UInt8](repeating: 255, count: pixels.count)
            for y in 0..<height {
                for x in 0..<width {
                    let target = quarterTurns % 4 == 1 ? (x * height + (height - 1 - y)) : ((width - 1 - x) * height + y)
                    rotated[target] = pixels[y * width + x]
                }
            }
            return (rotated, height, width)
        default: return (pixels, width, height)
        }
    }

    static func page(number: Int, reading: Reading) -> DocumentText.Page {
        let result = reading.result
        let words = result.words.map { LineBuilder.Word(text: $0.text, left: Double($0.left), right: Double($0.right), top: Double($0.top), bottom: Double($0.bottom), confidence: $0.confidence / 100) }
        return DocumentText.Page(number: number, lines: RuledTableLines.lines(from: words, rulings: reading.rulings), method: .ocr,
                                 ocrConfidence: Double(result.meanConfidence) / 100, engine: result.engine)
    }
}
