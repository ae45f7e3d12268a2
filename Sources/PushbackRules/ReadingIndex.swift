import PushbackModel

/// A run's gauge and SCADA readings by well and point, each series in time order. Wells are
/// matched on the API number's first ten digits (state, county, unique number): a log written
/// with a sidetrack or event code is still the well's.
struct ReadingIndex: Sendable {
    private var series: [String: [PressureReading]] = [:]
    private var wells: Set<String> = []

    init(_ readings: [PressureReading]) {
        for reading in readings {
            series[Self.key(reading.api, reading.point), default: []].append(reading)
            wells.insert(String(reading.api.prefix(10)))
        }
        for key in series.keys { series[key]!.sort { ($0.time, $0.provenance.line ?? 0) < ($1.time, $1.provenance.line ?? 0) } }
    }

    /// The readings of one well and point, earliest first.
    func readings(api: String, point: String) -> [PressureReading] { series[Self.key(api, point)] ?? [] }

    /// Every series of the watched points (`4200346118 casing`), by key, each earliest first.
    func series(points: Set<String>) -> [(key: String, readings: [PressureReading])] {
        series.keys.sorted().compactMap { key in
            guard let first = series[key]?.first, points.contains(first.point) else { return nil }
            return (key, series[key]!)
        }
    }

    /// Whether any log in the inbox has readings of this well.
    func hasWell(_ api: String) -> Bool { wells.contains(String(api.prefix(10))) }

    /// The reading of a series nearest to `time`, if any.
    func nearest(api: String, point: String, to time: Instant) -> PressureReading? {
        readings(api: api, point: point).min { abs($0.time.seconds - time.seconds) < abs($1.time.seconds - time.seconds) }
    }

    private static func key(_ api: String, _ point: String) -> String { "\(api.prefix(10)) \(point)" }
}
