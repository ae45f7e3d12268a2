import PushbackModel

/// A bleed-down seen in one series of gauge readings: a falling run from the reading before it
/// (`before`) down to its lowest reading (`low`), of at least a share of a pressure at or above a
/// minimum. A fall by the ratio of kPa to psi is a unit change in the log, not a bleed.
struct BleedDown {
    /// Indexes into the series the bleed was found in.
    var beforeIndex: Int
    var lowIndex: Int

    /// Every bleed-down of `ordered` (one well and point, in time order), earliest first.
    static func all(in ordered: [PressureReading], minimum: Pressure, dropPercent: Double) -> [BleedDown] {
        var found: [BleedDown] = []
        var index = 1
        while index < ordered.count {
            guard ordered[index].pressure.psi < ordered[index - 1].pressure.psi else { index += 1; continue }
            var bottom = index
            while bottom + 1 < ordered.count, ordered[bottom + 1].pressure.psi <= ordered[bottom].pressure.psi { bottom += 1 }
            let from = ordered[index - 1].pressure.psi, to = ordered[bottom].pressure.psi
            let unitStep = to > 0 && (index...bottom).contains { step in
                let ratio = ordered[step - 1].pressure.psi / max(ordered[step].pressure.psi, .leastNonzeroMagnitude)
                return abs(ratio / ReadingJumpEvaluator.kilopascalsPerPSI - 1) < 0.05
            }
            if from >= minimum.psi, to <= from * (1 - dropPercent / 100), !unitStep { found.append(BleedDown(beforeIndex: index - 1, lowIndex: bottom)) }
            index = bottom + 1
        }
        return found
    }
}
