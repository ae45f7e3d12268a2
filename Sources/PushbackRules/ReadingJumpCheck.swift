import PushbackModel

/// A change between consecutive readings of one well and point larger than `limit`
/// (`check: {type: readings, test: jump}`): on an annulus, pressure that arrives that fast has a
/// path. A step by the ratio of kPa to psi is told apart as a likely unit mix-up, and a rise
/// while a JSA of the well records a pressure test of that point is the crew's, not the well's.
public struct ReadingJumpCheck: Sendable {
    /// The points watched (`casing`, `bradenhead`, `intermediate`, `annulus`).
    public var points: Set<String>
    public var limit: Pressure
}
