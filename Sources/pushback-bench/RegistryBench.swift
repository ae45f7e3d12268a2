import Foundation
import PushbackIntake
import PushbackModel

/// `pushback-bench registry FILE MAPPINGS_DIR [REPEAT=3]`: times registry intake of a file
/// already in memory (reading it from disk excluded, like CSV parsing for the peers): the
/// mapping chosen from the header, UTF-8 check, parsing, mapping rows to entities with
/// provenance, on all processors. SHA-256 of the file (as the inbox scan computes it) and turning
/// every row of the well table into a `Well` value are timed apart.
enum RegistryBench {
    static func run(file: String, mappings directory: String, repeats: Int) throws -> [String: Any] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        let mappings = try SourceMapping.loadAll(directory: directory)
        let intake = Intake(mappings: mappings)
        guard let mapping = intake.classify(bytes: bytes) else { throw BenchError("no mapping in \(directory) matches \(file)") }
        let source = SourceReference(sha256: "bench", path: file)
        var times: [Double] = []
        var wells = 0, receptors = 0, records = 0
        var materializeSeconds = 0.0
        for run in 0..<repeats {
            // Declared per run, so the previous run's tables are freed before the clock starts.
            var extract: RegistryExtract?
            times.append(seconds { extract = try? RegistryReader(mapping: mapping).read(bytes: bytes, source: source) })
            records = extract?.recordCount ?? 0
            wells = extract?.wells.count ?? 0
            receptors = extract?.receptors.count ?? 0
            // After the last run: what it costs to turn every row into a `Well` value, as a sweep
            // that needs them all would.
            if run == repeats - 1, let table = extract?.wells { materializeSeconds = seconds { _ = Array(table) } }
        }
        let hashTimes = (0..<repeats).map { _ in seconds { _ = try? InboxDocument.sha256(ofFile: file) } }
        return [
            "task": "registry", "peer": "pushback (Swift)", "mapping": mapping.id, "seconds": median(times), "runs": times,
            "records": records, "wells": wells, "receptors": receptors, "rows_per_second": Double(records) / median(times),
            "bytes": bytes.count, "sha256_seconds": median(hashTimes), "all_wells_as_values_seconds": materializeSeconds,
            "threads": ProcessInfo.processInfo.activeProcessorCount, "peak_rss_mib": peakResidentMiB(),
        ]
    }
}
