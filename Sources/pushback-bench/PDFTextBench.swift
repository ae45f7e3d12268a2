import Foundation
import PushbackIntake
import PushbackModel

/// `pushback-bench pdf-text FILE [REPEAT=3]`: times reading a text PDF the way intake does —
/// every page's words with their boxes from poppler, built into lines and cells — with OCR
/// disabled (long PDFs are read in page ranges on all processors), so the figure compares with
/// `pdftotext` and `pdftotext -bbox` on the same file (scripts/bench/intake.sh).
enum PDFTextBench {
    static func run(file: String, repeats: Int) throws -> [String: Any] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        var limits = DocumentReader.Limits()
        limits.ocrPages = 0
        limits.pages = 1_000_000
        let reader = DocumentReader(limits: limits)
        let source = SourceReference(sha256: "bench", path: file)
        var times: [Double] = []
        var pages = 0, lines = 0
        for _ in 0..<repeats {
            var text: DocumentText?
            times.append(seconds { text = try? reader.read(path: file, bytes: bytes, source: source) })
            pages = text?.pages.count ?? 0
            lines = text?.pages.reduce(0) { $0 + $1.lines.count } ?? 0
        }
        return [
            "task": "pdf-text", "peer": "pushback (poppler-glib words with boxes → lines)", "seconds": median(times), "runs": times,
            "pages": pages, "lines": lines, "pages_per_second": Double(pages) / median(times),
            "threads": ProcessInfo.processInfo.activeProcessorCount, "peak_rss_mib": peakResidentMiB(),
        ]
    }
}
