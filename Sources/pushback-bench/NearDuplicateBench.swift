import Foundation
import PushbackIntake
import PushbackNumeric

/// `pushback-bench near-duplicates`: times `NearDuplicateDetector` on synthetic filings — shingling
/// and hashing, the all-pairs similarity through OpenBLAS tiles, and the plain Swift loop on the
/// first `--loop-documents` (the loop is quadratic and single-threaded: on all 20,000 it would
/// take about 25 minutes a run) — and counts how many of the planted near duplicates are found.
///
///   pushback-bench near-duplicates [--documents 20000] [--loop-documents 2000] [--repeat 3]
///                                  [--dimension 4096] [--tile-size 1024] [--threshold 0.82]
struct NearDuplicateBench {
    var documents = 20_000
    var loopDocuments = 2_000
    var repeats = 3
    var detector = NearDuplicateDetector()

    /// Reads `--name value` options; an unknown name or a value out of range is an error.
    init(options: ArraySlice<String>) throws {
        var options = options
        while let name = options.popFirst() {
            let text = options.popFirst() ?? ""
            if name == "--threshold" {
                guard let value = Float(text), value > 0, value <= 1 else { throw BenchError("--threshold needs a number in (0, 1]") }
                detector.threshold = value
                continue
            }
            guard let value = Int(text), value > 0 else { throw BenchError("\(name) needs a positive whole number") }
            switch name {
            case "--documents": documents = value
            case "--loop-documents": loopDocuments = value
            case "--repeat": repeats = value
            case "--dimension": detector.dimension = value
            case "--tile-size": detector.tileSize = value
            default: throw BenchError("unknown option \(name)")
            }
        }
        loopDocuments = min(loopDocuments, documents)
    }

    func run() {
        let corpus = SyntheticFilings(count: documents, seed: 20_240_611)
        var matrix = SimilarityMatrix(count: 0, dimension: detector.dimension, rowMajorVectors: [])
        var entries: [SimilarityMatrix.Entry] = []
        var shingleTimes: [Double] = []
        var blasTimes: [Double] = []
        var blasProcessorTimes: [Double] = []
        for _ in 0..<repeats {
            shingleTimes.append(seconds { matrix = detector.similarityMatrix(of: corpus.texts) })
            let processorStart = Self.processorSeconds()
            blasTimes.append(seconds { entries = matrix.entries(atLeast: detector.threshold, tileSize: detector.tileSize) })
            blasProcessorTimes.append(Self.processorSeconds() - processorStart)
        }
        let planted = Set(corpus.plantedPairs.map { [$0.original, $0.copy] })
        let found = Set(entries.map { [$0.row, $0.column] })
        let recoveredSimilarities = entries.filter { planted.contains([$0.row, $0.column]) }.map(\.similarity)
        let unplantedSimilarities = entries.filter { !planted.contains([$0.row, $0.column]) }.map(\.similarity)

        let subset = SimilarityMatrix(
            count: loopDocuments, dimension: detector.dimension,
            rowMajorVectors: Array(matrix.vectors[0..<(loopDocuments * detector.dimension)])
        )
        var subsetBLAS: [SimilarityMatrix.Entry] = []
        var subsetLoop: [SimilarityMatrix.Entry] = []
        var subsetBLASTimes: [Double] = []
        var loopTimes: [Double] = []
        var loopProcessorTimes: [Double] = []
        for _ in 0..<repeats {
            subsetBLASTimes.append(seconds { subsetBLAS = subset.entries(atLeast: detector.threshold, tileSize: detector.tileSize) })
            let processorStart = Self.processorSeconds()
            loopTimes.append(seconds { subsetLoop = subset.entriesByPlainLoop(atLeast: detector.threshold) })
            loopProcessorTimes.append(Self.processorSeconds() - processorStart)
        }
        let subsetAgrees = subsetBLAS.count == subsetLoop.count
            && zip(subsetBLAS, subsetLoop).allSatisfy { $0.row == $1.row && $0.column == $1.column && abs($0.similarity - $1.similarity) <= 1e-5 }

        report([
            "task": "near-duplicates", "documents": documents, "dimension": detector.dimension,
            "tile_size": detector.tileSize, "threshold": Double(detector.threshold),
            "mean_words": corpus.meanWords,
            "shingle_seconds": median(shingleTimes), "shingle_runs": shingleTimes,
            "blas_seconds": median(blasTimes), "blas_runs": blasTimes,
            "blas_cpu_seconds": median(blasProcessorTimes), "blas_cpu_runs": blasProcessorTimes,
            "pairs": entries.count, "planted": planted.count,
            "planted_recovered": planted.intersection(found).count, "unplanted_found": found.subtracting(planted).count,
            "recovered_similarity_min": Double(recoveredSimilarities.min() ?? 0), "recovered_similarity_max": Double(recoveredSimilarities.max() ?? 0),
            "unplanted_similarity_max": Double(unplantedSimilarities.max() ?? 0),
            "loop_documents": loopDocuments,
            "loop_seconds": median(loopTimes), "loop_runs": loopTimes,
            "loop_cpu_seconds": median(loopProcessorTimes), "loop_cpu_runs": loopProcessorTimes,
            "blas_seconds_on_loop_documents": median(subsetBLASTimes), "blas_runs_on_loop_documents": subsetBLASTimes,
            "speedup_on_loop_documents": median(loopTimes) / median(subsetBLASTimes),
            "loop_agrees_with_blas": subsetAgrees, "loop_pairs": subsetLoop.count,
            "openblas_threads": ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] ?? "default",
            "threads": ProcessInfo.processInfo.activeProcessorCount, "peak_rss_mib": peakResidentMiB(),
        ])
    }

    /// CPU seconds (user + system, all threads) the process has used so far. Unlike wall time it
    /// barely moves when other work shares the machine's cores, so it is reported beside it.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Filings of four kinds, each from a template (fixed captions and certification text) with
    /// random values and remarks; one document in twenty is an amended copy of an earlier original
    /// (status flipped to Approved and three field values changed), planted as a known near duplicate.
    struct SyntheticFilings {
        var texts: [String] = []
        var plantedPairs: [(original: Int, copy: Int)] = []
        var meanWords: Double {
            Double(texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }) / Double(max(texts.count, 1))
        }

        init(count: Int, seed: UInt64) {
            var generator = SplitMix64(state: seed)
            var lines: [[String]] = []
            var unusedOriginals: [Int] = []
            for index in 0..<count {
                if index % 20 == 19, !unusedOriginals.isEmpty {
                    let original = unusedOriginals.remove(at: Int.random(in: 0..<unusedOriginals.count, using: &generator))
                    lines.append(Self.amended(lines[original], using: &generator))
                    plantedPairs.append((original, index))
                } else {
                    lines.append(Self.filing(using: &generator))
                    unusedOriginals.append(index)
                }
            }
            texts = lines.map { $0.joined(separator: "\n") }
        }

        /// Line 1 is the status; field lines are `caption: value`; the last two lines are remarks
        /// and the form's instructions and certification.
        static func filing(using generator: inout SplitMix64) -> [String] {
            let form = forms.randomElement(using: &generator)!
            var lines = [
                "Status: Submitted",
                "RAILROAD COMMISSION OF TEXAS Oil and Gas Division \(form.title)",
                "Tracking No.: \(Int.random(in: 100_000...999_999, using: &generator))",
                "API No.: 42-\(Int.random(in: 1...507, using: &generator))-\(Int.random(in: 10_000...99_999, using: &generator))",
                "Operator: \(words(2, from: operatorWords, using: &generator)) OPERATING, LLC",
                "County: \(counties.randomElement(using: &generator)!) Field: \(words(2, from: fieldWords, using: &generator))",
            ]
            for caption in form.captions {
                lines.append("\(caption): \(value(using: &generator))")
            }
            lines.append("REMARKS: " + words(Int.random(in: 30...150, using: &generator), from: remarkWords, using: &generator))
            lines.append(form.instructions + " " + form.certification)
            return lines
        }

        static func amended(_ original: [String], using generator: inout SplitMix64) -> [String] {
            var copy = original
            copy[0] = "Status: Approved"
            let fieldLines = 6..<(copy.count - 2)
            for line in Array(fieldLines).shuffled(using: &generator).prefix(3) {
                let caption = copy[line].prefix { $0 != ":" }
                copy[line] = "\(caption): \(value(using: &generator))"
            }
            return copy
        }

        static func value(using generator: inout SplitMix64) -> String {
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: return "\(Int.random(in: 100...20_000, using: &generator)) ft"
            case 1: return String(format: "%02d/%02d/%d", Int.random(in: 1...12, using: &generator), Int.random(in: 1...28, using: &generator), Int.random(in: 2015...2025, using: &generator))
            case 2: return "\(Int.random(in: 10...2_000, using: &generator)) sacks class \(["A", "C", "H"].randomElement(using: &generator)!)"
            default: return words(Int.random(in: 1...4, using: &generator), from: remarkWords, using: &generator)
            }
        }

        static func words(_ count: Int, from vocabulary: [String], using generator: inout SplitMix64) -> String {
            (0..<count).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
        }

        static let forms: [(title: String, captions: [String], instructions: String, certification: String)] = [
            (
                "Oil Well Potential Test, Completion or Recompletion Report, and Log (Form W-2)",
                ["Lease Name", "Well No.", "Date of test", "No. of hours tested", "Production method", "Choke size",
                 "Oil produced prior to test", "Casing size and depth set", "Tubing depth set", "Top of pay",
                 "Total depth", "Plug back depth", "Producing interval", "Surface casing recommendation date",
                 "Name of drilling contractor", "Completion or recompletion date"],
                "File an original and one copy of the completed form in the appropriate District Office within 30 days after completing a well and within 10 days after a potential test. If an operator does not properly report the results of a potential test within the 10-day period, the effective date of the allowable assigned to the well will not extend back more than 10 days before the form was received. To report a retest, fill in only the front side.",
                "I declare under penalties prescribed in Sec. 91.143, Texas Natural Resources Code, that I am authorized to make this report, that this report was prepared by me or under my supervision and direction, and that data and facts stated therein are true, correct and complete, to the best of my knowledge."
            ),
            (
                "Application for Permit to Drill, Recomplete, or Re-Enter (Form W-1)",
                ["Lease Name", "Well No.", "Purpose of filing", "Wellbore profile", "Total depth", "Surface location survey",
                 "Abstract number", "Distance to nearest town", "Nearest lease line", "Acres in lease", "Spacing exception",
                 "Field type", "Completion depth", "Date permit approved"],
                "Submit the application with the plat and the filing fee before any drilling begins. The plat must show the lease lines, the nearest lease line and the nearest well on the same lease and reservoir, with distances in feet. An application for an exception to the spacing rules must list every offset operator, who will be notified and may protest within the time allowed.",
                "This permit is granted subject to the Statewide Rules; the operator is responsible for compliance with all applicable rules, and the permit may be revoked if any statement in the application is found to be untrue."
            ),
            (
                "Plugging Record (Form W-3)",
                ["Lease Name", "Well No.", "Date plugging commenced", "Date plugging completed", "Cement plug 1 depth",
                 "Cement plug 1 sacks", "Cement plug 2 depth", "Cement plug 2 sacks", "Surface plug", "Casing left in hole",
                 "Casing pulled", "Mud weight", "Fresh water depth", "Cementing company"],
                "File this record within 30 days after plugging is completed, with the cementing company's report attached. Notify the District Office at least four hours before plugging begins. Every plug must be placed through tubing or drill pipe, and the location of each plug must be verified by tagging where the district requires it; usable quality water strata must be isolated.",
                "I declare under penalties prescribed in Sec. 91.143, Texas Natural Resources Code, that I have knowledge of the plugging of this well, that the plugging was done in accordance with the approved procedure, and that all data stated herein are true and complete."
            ),
            (
                "Sundry Notices and Reports on Wells (Form 3160-5)",
                ["Lease Serial No.", "Well Name and No.", "Type of submission", "Type of action", "Date of work",
                 "Description of proposed or completed operation", "Bottom hole location", "Measured depth",
                 "True vertical depth", "Bond number", "Date accepted"],
                "Do not use this form for proposals to drill or to re-enter an abandoned well; use the application for permit to drill for such proposals. Describe the proposed or completed operation clearly, including the estimated starting date of any proposed work and the approximate duration, and attach the bond coverage and any required plats or diagrams.",
                "I hereby certify that the foregoing is true and correct. Title 18 U.S.C. Section 1001 makes it a crime for any person knowingly and willfully to make to any department or agency of the United States any false statement as to any matter within its jurisdiction."
            ),
        ]

        static let counties = ["ANDREWS", "BRAZOS", "MIDLAND", "ECTOR", "REEVES", "LOVING", "KARNES", "DE WITT", "WEBB", "HOWARD", "MARTIN", "UPTON"]
        static let operatorWords = ["PERMIAN", "EAGLE", "LONE", "STAR", "MESA", "RIDGE", "CANYON", "BLUE", "HAWK", "RED", "RIVER", "WEST", "TEXAS", "BASIN", "PLAINS", "ROCK"]
        static let fieldWords = ["SPRABERRY", "WOLFCAMP", "EAGLEFORD", "AUSTIN", "CHALK", "BONE", "SPRING", "DELAWARE", "BARNETT", "TREND", "AREA", "GIDDINGS"]
        static let remarkWords = """
            cement casing tubing packer perforated squeezed circulated pumped sacks plug depth surface water gas oil
            pressure tested held minutes psi barrels flowback choke gauge rig moved released tagged top bottom
            cleaned reamed drilled lateral kickoff curve landed frac stages sand proppant acid gallons treated
            rods pump unit installed removed shut in well head valve flange leak repaired approved staff engineer
            district office notified witness inspector verbal approval intermediate production string float shoe
            collar centralizers logged gamma ray bond log neutron density caliper swab fluid level hydrocarbon
            """.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// SplitMix64: the same corpus on every run and machine (Swift's default generator is seeded
    /// per process).
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }
}
