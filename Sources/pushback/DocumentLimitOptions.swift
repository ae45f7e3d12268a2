import ArgumentParser
import PushbackIntake
import PushbackTOML

/// Limits on what one document may cost to read; beyond them it is quarantined with the reason.
/// Unset, each comes from the environment, the configuration file or its default (`Settings`).
struct DocumentLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-document-mib"), help: "Largest document read, in MiB (default 256).")
    var maxDocumentMiB: Int?

    @Option(name: .customLong("max-pages"), help: "Most pages in one PDF (default 5000).")
    var maxPages: Int?

    @Option(name: .customLong("max-ocr-pages"), help: "Most scanned pages OCR'd per document (each costs seconds); the rest are reported unread (default 4).")
    var maxOCRPages: Int?

    @Option(name: .customLong("max-image-megapixels"), help: "Largest page image decoded for OCR, in megapixels (the guard against decompression bombs; default 60).")
    var maxImageMegapixels: Int?

    @Option(name: .customLong("max-inflated-mib"), help: "Most a PDF's compressed streams may inflate to together, in MiB (the guard against PDF decompression bombs; default 512).")
    var maxInflatedMiB: Int?

    /// The options given, as settings.
    var settings: [String: TOMLSettings.Value?] {
        [
            "limits.document_mib": maxDocumentMiB.map(TOMLSettings.Value.integer),
            "limits.pages": maxPages.map(TOMLSettings.Value.integer),
            "limits.ocr_pages": maxOCRPages.map(TOMLSettings.Value.integer),
            "limits.image_megapixels": maxImageMegapixels.map(TOMLSettings.Value.integer),
            "limits.inflated_mib": maxInflatedMiB.map(TOMLSettings.Value.integer),
        ]
    }

    static func limits(_ settings: Settings) -> DocumentReader.Limits {
        var limits = DocumentReader.Limits()
        if let value = settings.integer("limits.document_mib") { limits.bytes = value * 1_024 * 1_024 }
        if let value = settings.integer("limits.pages") { limits.pages = value }
        if let value = settings.integer("limits.ocr_pages") { limits.ocrPages = value }
        if let value = settings.integer("limits.image_megapixels") { limits.imagePixels = value * 1_000_000 }
        if let value = settings.integer("limits.inflated_mib") { limits.inflatedBytes = value * 1_024 * 1_024 }
        return limits
    }
}
