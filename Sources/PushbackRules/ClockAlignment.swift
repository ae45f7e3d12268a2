import PushbackModel

/// How a JSA's clock lines up with a gauge log's. A logger left on UTC or set to the wrong zone
/// is off by whole (or half) hours; the JSA's own readings — "SITP 450 psig @ 07:40" — are the
/// anchors: the shift under which the most of them find a log reading of the same point within
/// five minutes that agrees is adopted, when it does better than no shift at all.
struct ClockAlignment: Sendable {
    /// Minutes to add to a JSA instant to read the log's clock.
    var shiftMinutes: Int
    /// Anchors that agree under the shift, and how many the JSA has.
    var matched: Int
    var anchors: Int
    /// The anchors that matched, as "SITP 450 psig at 07:40" style text.
    var matchedText: [String]

    static let candidates: [Int] = [0] + (1...24).flatMap { [$0 * 30, -$0 * 30] }
    static let anchorWindowSeconds: Int64 = 5 * 60

    /// The alignment of `jsa`'s clock with the log readings of its well.
    static func estimate(_ jsa: JSAOnFile, index: ReadingIndex, tolerance: Pressure) -> ClockAlignment {
        guard let api = jsa.api else { return ClockAlignment(shiftMinutes: 0, matched: 0, anchors: 0, matchedText: []) }
        let anchors = jsa.claims.compactMap { claim -> (point: String, time: Instant, psi: Double, text: String)? in
            guard claim.kind == .pressureReading, let point = claim.point?.lowercased(), PressureReading.points.contains(point),
                  let pressure = claim.pressure, let time = jsa.instant(of: claim) else { return nil }
            return (point, time, pressure.psi, "\(claim.text) (\(point) \(Pressure.psig(pressure.psi)) at \(time.clockText))")
        }
        func matches(_ shift: Int) -> [String] {
            anchors.filter { anchor in
                let time = anchor.time.adding(seconds: Int64(shift * 60))
                return index.readings(api: api, point: anchor.point).contains { reading in
                    abs(reading.time.seconds - time.seconds) <= anchorWindowSeconds
                        && abs(reading.pressure.psi - anchor.psi) <= max(tolerance.psi, anchor.psi * 0.1)
                }
            }.map(\.text)
        }
        let unshifted = matches(0)
        var best = ClockAlignment(shiftMinutes: 0, matched: unshifted.count, anchors: anchors.count, matchedText: unshifted)
        for shift in candidates.dropFirst() {
            let matched = matches(shift)
            if matched.count > best.matched { best = ClockAlignment(shiftMinutes: shift, matched: matched.count, anchors: anchors.count, matchedText: matched) }
        }
        return best
    }

    /// How the clocks were matched, for the finding; nil when no shift was needed.
    var note: String? {
        guard shiftMinutes != 0 else { return nil }
        let span = Instant.span(Int64(abs(shiftMinutes) * 60))
        return "the log's clock is taken as \(span) \(shiftMinutes > 0 ? "ahead of" : "behind") the JSA's: \(matched) of the JSA's \(anchors) own reading(s) — "
            + "\(matchedText.joined(separator: "; ")) — agree with the log only so shifted (a logger left on UTC or on the wrong zone)"
    }
}
