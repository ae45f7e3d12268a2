import PushbackOCR
import PushbackPDF
import Testing
import TestSupport

@Suite("Tesseract wrapper")
struct TextRecognizerTests {
    @Test("a scanned page of the real W-15 (no text layer) is read by OCR with per-word confidence")
    func scannedW15() throws {
        let document = try PDFDocument(path: Fixtures.url("real/documents/tx_rrc/42-003-42706/W-15_4200342706.pdf").path)
        #expect(try document.text(ofPage: 1).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "the page is a scan")
        let image = try document.renderGrayscale(page: 1, resolution: 300)
        #expect(image.width == 2550 && image.height > 3000, "8.5 in wide at 300 dpi")
        let result = try TextRecognizer().recognize(pixels: image.pixels, width: image.width, height: image.height, bytesPerLine: image.bytesPerLine, resolution: 300)
        #expect(result.text.contains("RAILROAD COMMISSION OF TEXAS"))
        #expect(result.text.contains("Form W-15"))
        #expect(result.text.contains("Reliance Energy"))
        #expect(result.meanConfidence > 40 && result.meanConfidence <= 100)
        #expect(result.words.count > 50)
        #expect(result.words.allSatisfy { (0...100).contains($0.confidence) && $0.right > $0.left && $0.bottom > $0.top })
        #expect(result.engine.hasPrefix("tesseract 5"))
    }

    @Test("an image that does not fit its buffer is refused")
    func badImage() throws {
        #expect(throws: OCRError.self) { try TextRecognizer().recognize(pixels: [0, 0], width: 10, height: 10, bytesPerLine: 10, resolution: 300) }
    }

    @Test("an unknown language is a clear error")
    func unknownLanguage() {
        #expect(throws: OCRError.self) { _ = try TextRecognizer(language: "xx-nonexistent") }
    }
}
