import Foundation
import PushbackIntake
import PushbackModel

/// `pushback-bench registry FILE MAPPINGS_DIR [REPEAT=3]`: times registry intake of a file
/// already in memory (reading it from disk excluded, like CSV parsing for the peers): the
/// mapping chosen from the header, UTF-8 check, parsing, mapping rows to entities with
/// provenance, on all processors. SHA-256 of the file (as the inbox scan computes it) is timed apart.
enum RegistryBench {
    static func run(file: String, mappings directory: String, repeats: Int) throws -> [String: Any] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        let mappings = try SourceMapping.loadAll(directory: directory)
        let intake = Intake(mappings: mappings)
        guard let mapping = intake.classify(bytes: bytes) else { throw BenchError("no mapping in \(directory) matches \(file)") }
        let source = SourceReference(sha256: "bench", path: file)
        var times: [Double] = []
        var wells = 0, receptors = 0, records = 0
        for _ in 0..<repeats {
            var extract: RegistryExtract?
            times.append(seconds { extract = try? RegistryReader(mapping: mapping).read(bytes: bytes, source: source) })
            records = extract?.recordCount ?? 0
            wells = extract?.wells.count ?? 0
            receptors = extract?.receptors.count ?? 0
        }
        let hashTimes = (0..<repeats).map { _ in seconds { _ = try? InboxDocument.sha256(ofFile: file) } }
        return [
            "task": "registry", "peer": "pushback (Swift)", "mapping": mapping.id, "seconds": median(times), "runs": times,
            "records": records, "wells": wells, "receptors": receptors, "rows_per_second": Double(records) / median(times),
            "bytes": bytes.count, "sha256_seconds": median(hashTimes),
            "threads": ProcessInfo.processInfo.activeProcessorCount, "peak_rss_mib": peakResidentMiB(),
        ]
    }
}
