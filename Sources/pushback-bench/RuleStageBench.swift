import Foundation
import PushbackGeo
import PushbackModel
import PushbackRules

/// `pushback-bench rules DATA_DIR BUNDLE_DIR [REPEAT=3]`: every rule pack of the bundle over the
/// synthetic national wells and schools, beside the proximity join alone.
///
/// The generator gives positions only; each well gets, from its row number alone (deterministic),
/// an API number (state code from a coarse box: California 04, Texas 42, Colorado 05, else
/// Oklahoma 35; a county and sequence), a status (55 % active, 12 % idle, 10 % shut-in, 5 % TA,
/// 4 % new, 2 % drilling, 12 % plugged), a spud date (1950–2024) and a status date between the
/// spud date and 2026. Jurisdiction chains come from the bundle's boundaries and API state codes.
enum RuleStageBench {
    static func run(data: String, bundle: String, repeats: Int) throws -> [String: Any] {
        let points = try PointTable(path: data + "/wells.csv")
        let schoolPoints = try PointTable(path: data + "/schools.csv")
        let book = try RuleBook.load(rulesDirectory: bundle + "/rules", jurisdictionsDirectory: bundle + "/jurisdictions")
        let asOf = "2026-11-28"
        let wells = syntheticWells(points)
        let source = SourceReference(sha256: "synthetic", path: "schools.csv")
        let receptors = zip(schoolPoints.latitudes, schoolPoints.longitudes).enumerated().map { index, point in
            Receptor(id: "S\(index + 1)", name: "School \(index + 1)", kind: .school,
                     location: GeoPoint(latitude: point.0, longitude: point.1).map { Location(point: $0, basis: "synthetic") },
                     provenance: Evidence(source: source, line: index + 2, quote: ""))
        }
        let input = EvaluationInput(wells: wells, receptors: receptors, wellGaps: [], receptorGaps: [], asOf: asOf)
        let evaluator = RuleEvaluator(book: book)
        let rules = book.rules.filter { $0.isEffective(on: asOf) }

        var joinTimes: [Double] = [], placeTimes: [Double] = [], totalTimes: [Double] = []
        var perRule: [String: [Double]] = [:]
        var findingsPerRule: [String: Int] = [:]
        for _ in 0..<repeats {
            joinTimes.append(seconds {
                let join = ProximityJoin(targetLatitudes: schoolPoints.latitudes, targetLongitudes: schoolPoints.longitudes, radius: .meters(975.36))
                _ = join.pairs(sourceLatitudes: points.latitudes, sourceLongitudes: points.longitudes)
            })
            var placed: PlacedWells?
            let place = seconds { placed = PlacedWells(wells: wells, jurisdictions: book.jurisdictions) }
            var total = place
            for rule in rules {
                var found: [Finding] = []
                let time = seconds { found = evaluator.findings(of: rule, in: input, placed: &placed) }
                perRule["\(rule.id) v\(rule.version)", default: []].append(time)
                findingsPerRule["\(rule.id) v\(rule.version)"] = found.count
                total += time
            }
            placeTimes.append(place)
            totalTimes.append(total)
        }
        let evaluations = Double(wells.count * rules.count)
        return [
            "task": "rules", "wells": wells.count, "schools": receptors.count, "rules_in_force": rules.count,
            "join_seconds": median(joinTimes), "placement_seconds": median(placeTimes), "rule_stage_seconds": median(totalTimes),
            "rule_evaluations_per_second": evaluations / median(totalTimes), "per_rule_seconds": perRule.mapValues(median),
            "findings_per_rule": findingsPerRule, "runs": totalTimes,
            "threads": ProcessInfo.processInfo.activeProcessorCount, "peak_rss_mib": peakResidentMiB(),
        ]
    }

    /// SplitMix64 of the row number: the same well gets the same facts every run.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func syntheticWells(_ points: PointTable) -> [Well] {
        let source = SourceReference(sha256: "synthetic", path: "wells.csv")
        let statuses: [(WellStatus, UInt64)] = [(.active, 55), (.idle, 12), (.shutIn, 10), (.temporarilyAbandoned, 5), (.new, 4), (.drilling, 2), (.plugged, 12)]
        return points.latitudes.indices.map { index in
            let latitude = points.latitudes[index], longitude = points.longitudes[index]
            let state: String
            if latitude > 32.5, latitude < 42, longitude < -114.1, longitude > -124.5 { state = "04" } else if latitude < 36.5, longitude > -106.7, longitude < -93.5, latitude > 25.8 {
                state = "42"
            } else if latitude > 37, latitude < 41, longitude > -109.05, longitude < -102.05 { state = "05" } else { state = "35" }
            let hash = mix(UInt64(index))
            var pick = hash % 100
            var status = WellStatus.active
            for (candidate, share) in statuses {
                if pick < share { status = candidate; break }
                pick -= share
            }
            let county = String(format: "%03d", 1 + 2 * Int((hash >> 16) % 120))
            let api = try! APIWellNumber.parse("\(state)-\(county)-\(String(format: "%05d", index % 100_000))")
            let spud = CalendarDate(year: 1950 + Int((hash >> 24) % 75), month: 1 + Int((hash >> 32) % 12), day: 1 + Int((hash >> 40) % 28))!
            let statusDate = spud.adding(days: Int((hash >> 44) % UInt64(max(1, CalendarDate(iso: "2026-11-01")!.dayNumber - spud.dayNumber))))
            return Well(
                api: api, status: status, rawStatus: status.rawValue,
                location: GeoPoint(latitude: latitude, longitude: longitude).map { Location(point: $0, uncertainty: .meters(10), basis: "synthetic") },
                spudDate: RecordedDate(written: spud.description), statusDate: RecordedDate(written: statusDate.description),
                provenance: Evidence(source: source, line: index + 2, quote: "")
            )
        }
    }
}
