import PushbackModel

/// Pressure that comes back after a bleed-down, read from a gauge log alone
/// (`check: {type: readings, test: rebuild}`): a watched point at `minimum` or more drops by at
/// least `dropPercent` between readings (a bleed), then climbs back to `rebuildPercent` of where
/// it was within `withinMinutes` — sustained casing pressure, whether or not a JSA mentions it.
public struct ReadingRebuildCheck: Sendable {
    public var points: Set<String>
    public var minimum: Pressure
    public var dropPercent: Double
    public var rebuildPercent: Double
    public var withinMinutes: Int
}
