import PushbackModel

/// How fast a point's pressure builds back after each bleed-down, against the same well's earlier
/// build-ups (`check: {type: readings, test: build-up}`): a straight line fitted to the first
/// `fitMinutes` after the bottom of each bleed (the log resampled every `stepMinutes`, all
/// build-ups in one batched LAPACK solve); a rate more than `factor` times the median of the
/// well's earlier rates — or less than a `factor`th of it — is inconsistent with its history.
public struct ReadingBuildUpCheck: Sendable {
    public var points: Set<String>
    /// What counts as a bleed-down (as for `rebuild`).
    public var minimum: Pressure
    public var dropPercent: Double
    public var fitMinutes: Int
    public var stepMinutes: Int
    public var factor: Double
    /// Differences in rate smaller than this are gauge noise, whatever the ratio.
    public var leastDifference: Pressure
}
