import PushbackModel

/// Bradenhead pressure against the well's surface casing shoe depth
/// (`check: {type: readings, test: against-shoe}`): a reading above `percent` of the shoe's depth
/// in feet, as psig, crosses the trigger (Colorado Rule 419: 30 %). The shoe depth is what a filing
/// of the well states as `surface_casing_depth`; wells whose API state code is not in
/// `stateCodes` are not checked.
public struct ReadingShoeCheck: Sendable {
    public var points: Set<String>
    /// Per cent of the shoe depth (ft) that the pressure (psig) may reach.
    public var percent: Double
    public var stateCodes: Set<String>
}
