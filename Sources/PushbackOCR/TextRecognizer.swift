import CTesseract

/// Tesseract behind one owner: recognizes text in 8-bit grayscale images.
///
/// Owns the `TessBaseAPI` handle (ended and deleted in `deinit`). Tesseract handles are not
/// thread-safe, so this class is not `Sendable`: make one per task.
public final class TextRecognizer {
    private let handle: OpaquePointer
    public let language: String

    /// Loads the language data (`eng` from Debian's `tesseract-ocr-eng`).
    public init(language: String = "eng") throws(OCRError) {
        guard let handle = TessBaseAPICreate() else { throw OCRError(message: "Tesseract could not be created") }
        // Keep Tesseract's diagnostics out of the program's stderr.
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard TessBaseAPIInit3(handle, nil, language) == 0 else {
            TessBaseAPIDelete(handle)
            throw OCRError(message: "language data \"\(language)\" is not installed (Debian package tesseract-ocr-\(language))")
        }
        self.handle = handle
        self.language = language
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Tesseract's version, e.g. "5.3.0".
    public static var version: String { String(cString: TessVersion()) }

    /// Recognizes a grayscale image (one byte per pixel, `bytesPerLine` bytes per row).
    public func recognize(pixels: [UInt8], width: Int, height: Int, bytesPerLine: Int, resolution: Int) throws(OCRError) -> OCRResult {
        guard width > 0, height > 0, bytesPerLine >= width, pixels.count >= bytesPerLine * height else {
            throw OCRError(message: "image of \(width)×\(height) with \(bytesPerLine) bytes per line does not fit \(pixels.count) bytes")
        }
        pixels.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(handle, buffer.baseAddress, Int32(width), Int32(height), 1, Int32(bytesPerLine))
        }
        TessBaseAPISetSourceResolution(handle, Int32(resolution))
        guard TessBaseAPIRecognize(handle, nil) == 0 else {
            TessBaseAPIClear(handle)
            throw OCRError(message: "recognition failed")
        }
        defer { TessBaseAPIClear(handle) }
        let text = Self.take(TessBaseAPIGetUTF8Text(handle)) ?? ""
        return OCRResult(text: text, meanConfidence: Int(TessBaseAPIMeanTextConf(handle)), words: words(), engine: "tesseract \(Self.version)")
    }

    /// Decodes an image file (TIFF, PNG, JPEG… as Leptonica decodes them) to 8-bit grayscale, one
    /// byte per pixel. Images larger than `maximumPixels` are refused before they are decoded.
    public static func grayscale(imageAt path: String, maximumPixels: Int = 60_000_000) throws(OCRError) -> GrayscaleImage {
        var format: Int32 = 0, width: Int32 = 0, height: Int32 = 0, bitsPerSample: Int32 = 0, samples: Int32 = 0, colormap: Int32 = 0
        guard pixReadHeader(path, &format, &width, &height, &bitsPerSample, &samples, &colormap) == 0 else {
            throw OCRError(message: "\(path) is not an image Leptonica can read")
        }
        guard width > 0, height > 0, Int(width) * Int(height) <= maximumPixels else {
            throw OCRError(message: "\(path) is \(width)×\(height) pixels, over the limit of \(maximumPixels)")
        }
        guard let image = pixRead(path) else { throw OCRError(message: "\(path) could not be decoded") }
        defer {
            var owned: UnsafeMutablePointer<PIX>? = image
            pixDestroy(&owned)
        }
        let resolution = pixGetXRes(image)
        guard let gray = pixConvertTo8(image, 0) else { throw OCRError(message: "\(path) could not be turned to grayscale") }
        defer {
            var owned: UnsafeMutablePointer<PIX>? = gray
            pixDestroy(&owned)
        }
        let columns = Int(pixGetWidth(gray)), rows = Int(pixGetHeight(gray)), wordsPerLine = Int(pixGetWpl(gray))
        guard let data = pixGetData(gray) else { throw OCRError(message: "\(path) has no pixel data") }
        var pixels = [UInt8](repeating: 255, count: columns * rows)
        for y in 0..<rows {
            let line = data + y * wordsPerLine
            for x in 0..<columns {
                // Leptonica keeps pixels in 32-bit words, the leftmost pixel in the most significant byte.
                pixels[y * columns + x] = UInt8((line[x / 4] >> UInt32(24 - 8 * (x % 4))) & 0xFF)
            }
        }
        return GrayscaleImage(pixels: pixels, width: columns, height: rows, resolution: resolution > 0 ? Int(resolution) : 300)
    }

    private func words() -> [OCRResult.Word] {
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let pageIterator = TessResultIteratorGetPageIterator(iterator)
        var words: [OCRResult.Word] = []
        var line = 0
        repeat {
            if TessPageIteratorIsAtBeginningOf(pageIterator, RIL_TEXTLINE) != 0 { line += 1 }
            guard let text = Self.take(TessResultIteratorGetUTF8Text(iterator, RIL_WORD)) else { continue }
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            _ = TessPageIteratorBoundingBox(pageIterator, RIL_WORD, &left, &top, &right, &bottom)
            words.append(OCRResult.Word(
                text: text, confidence: Double(TessResultIteratorConfidence(iterator, RIL_WORD)),
                left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom), line: max(line, 1)
            ))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        return words
    }

    /// Takes ownership of a Tesseract-allocated string.
    private static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { TessDeleteText(pointer) }
        return String(cString: pointer)
    }
}
