import ArgumentParser
import PushbackIntake

/// Limits on what one document may cost to read; beyond them it is quarantined with the reason.
struct DocumentLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-document-mib"), help: "Largest document read, in MiB.")
    var maxDocumentMiB: Int = 256

    @Option(name: .customLong("max-pages"), help: "Most pages in one PDF.")
    var maxPages: Int = 5_000

    @Option(name: .customLong("max-ocr-pages"), help: "Most scanned pages OCR'd per document (each costs seconds); the rest are reported unread.")
    var maxOCRPages: Int = 4

    @Option(name: .customLong("max-image-megapixels"), help: "Largest page image decoded for OCR, in megapixels (the guard against decompression bombs).")
    var maxImageMegapixels: Int = 60

    @Option(name: .customLong("max-inflated-mib"), help: "Most a PDF's compressed streams may inflate to together, in MiB (the guard against PDF decompression bombs).")
    var maxInflatedMiB: Int = 512

    func validate() throws {
        guard maxDocumentMiB > 0, maxPages > 0, maxOCRPages >= 0, maxImageMegapixels > 0, maxInflatedMiB > 0 else {
            throw ValidationError("document limits must be positive (--max-ocr-pages may be 0)")
        }
    }

    var limits: DocumentReader.Limits {
        var limits = DocumentReader.Limits()
        limits.bytes = maxDocumentMiB * 1_024 * 1_024
        limits.pages = maxPages
        limits.ocrPages = maxOCRPages
        limits.imagePixels = maxImageMegapixels * 1_000_000
        limits.inflatedBytes = maxInflatedMiB * 1_024 * 1_024
        return limits
    }
}
