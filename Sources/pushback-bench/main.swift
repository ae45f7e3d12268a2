import Foundation
import PushbackGeo
import PushbackModel

// pushback-bench: times Pushback's geospatial core on the synthetic dataset of
// ../shared/bench/gen_synthetic.py, printing one JSON object per line (as scripts/bench/peers.py
// does for the peers). Reading the CSV files is excluded; building indexes is included.
//
//   pushback-bench join DATA_DIR [DISTANCE_M=975.36] [REPEAT=3]
//   pushback-bench pip  DATA_DIR [REPEAT=3]   (GeoJSON parsing excluded, like CSV parsing)
//   pushback-bench registry FILE MAPPINGS_DIR [REPEAT=3]   (file read into memory first)
//   pushback-bench pdf-text FILE [REPEAT=3]                 (OCR off; compare with pdftotext)
//   pushback-bench rules DATA_DIR BUNDLE_DIR [REPEAT=3]     (every rule pack over the synthetic wells;
//                                  statuses and dates derived from row numbers, RuleStageBench.swift)
//   pushback-bench near-duplicates [--documents 20000] [...]   (synthetic filings made in memory;
//                                  options in NearDuplicateBench.swift)
//   pushback-bench trend-fits [WELLS=20000] [MONTHS=120] [REPEAT=3]   (production trend fits:
//                                  batched LAPACK vs a Swift loop vs one LAPACK call a window)
//   pushback-bench packaging SCHEMA [FINDINGS=10000] [FORMS=1000] [REPEAT=3]   (filing bundle: build,
//                                  validate, package; validation beside xmllint, PackagingBench.swift)

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func report(_ fields: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

let arguments = CommandLine.arguments
if arguments.count >= 2, arguments[1] == "near-duplicates" {
    do {
        try NearDuplicateBench(options: arguments.dropFirst(2)).run()
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("pushback-bench: \(error)\n".utf8))
        exit(64)
    }
}
if arguments.count >= 2, arguments[1] == "trend-fits" {
    func number(_ index: Int, _ fallback: Int) -> Int { arguments.count > index ? Int(arguments[index]) ?? fallback : fallback }
    do {
        report(try TrendFitBench.run(wells: number(2, 20000), months: number(3, 120), repeats: number(4, 3)))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("pushback-bench: \(error)\n".utf8))
        exit(1)
    }
}
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: pushback-bench join|pip DATA_DIR [...] | near-duplicates [...]\n".utf8))
    exit(64)
}
let folder = arguments[2]
do {
    switch arguments[1] {
    case "join":
        let distance = arguments.count > 3 ? Double(arguments[3]) ?? 975.36 : 975.36
        let repeats = arguments.count > 4 ? Int(arguments[4]) ?? 3 : 3
        let wells = try PointTable(path: folder + "/wells.csv")
        let schools = try PointTable(path: folder + "/schools.csv")
        var times: [Double] = []
        var buildTimes: [Double] = []
        var pairs: [ProximityJoin.Pair] = []
        for _ in 0..<repeats {
            var join: ProximityJoin?
            let build = seconds { join = ProximityJoin(targetLatitudes: schools.latitudes, targetLongitudes: schools.longitudes, radius: .meters(distance)) }
            let query = seconds { pairs = join!.pairs(sourceLatitudes: wells.latitudes, sourceLongitudes: wells.longitudes) }
            buildTimes.append(build)
            times.append(build + query)
        }
        report([
            "task": "join", "peer": "pushback (Swift, exact WGS84)", "seconds": median(times), "index_seconds": median(buildTimes), "runs": times, "index_runs": buildTimes,
            "pairs": pairs.count, "wells": wells.latitudes.count, "schools": schools.latitudes.count,
            "threads": ProcessInfo.processInfo.activeProcessorCount, "peak_rss_mib": peakResidentMiB(),
        ])
    case "pip":
        let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3
        let wells = try PointTable(path: folder + "/wells.csv")
        let boundaries = try GeoJSONReader.read(path: folder + "/municipalities.geojson").boundaries
        var times: [Double] = []
        var buildTimes: [Double] = []
        var inside = 0
        for _ in 0..<repeats {
            var index: PolygonIndex?
            let build = seconds { index = PolygonIndex(boundaries: boundaries) }
            let query = seconds { inside = index!.countInside(latitudes: wells.latitudes, longitudes: wells.longitudes) }
            buildTimes.append(build)
            times.append(build + query)
        }
        report([
            "task": "pip", "peer": "pushback (Swift)", "seconds": median(times), "index_seconds": median(buildTimes),
            "runs": times, "index_runs": buildTimes, "inside": inside, "wells": wells.latitudes.count, "polygons": boundaries.count,
            "threads": ProcessInfo.processInfo.activeProcessorCount, "peak_rss_mib": peakResidentMiB(),
        ])
    case "registry":
        guard arguments.count >= 4 else { throw BenchError("usage: pushback-bench registry FILE MAPPINGS_DIR [REPEAT=3]") }
        report(try RegistryBench.run(file: folder, mappings: arguments[3], repeats: arguments.count > 4 ? Int(arguments[4]) ?? 3 : 3))
    case "rules":
        guard arguments.count >= 4 else { throw BenchError("usage: pushback-bench rules DATA_DIR BUNDLE_DIR [REPEAT=3]") }
        report(try RuleStageBench.run(data: folder, bundle: arguments[3], repeats: arguments.count > 4 ? Int(arguments[4]) ?? 3 : 3))
    case "packaging":
        func number(_ index: Int, _ fallback: Int) -> Int { arguments.count > index ? Int(arguments[index]) ?? fallback : fallback }
        report(try PackagingBench.run(schema: folder, findings: number(3, 10000), forms: number(4, 1000), repeats: number(5, 3)))
    case "pdf-text":
        report(try PDFTextBench.run(file: folder, repeats: arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3))
    default:
        FileHandle.standardError.write(Data("unknown task \(arguments[1])\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("pushback-bench: \(error)\n".utf8))
    exit(1)
}
