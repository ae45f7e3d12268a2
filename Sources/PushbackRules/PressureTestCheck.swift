import PushbackModel

/// A JSA's pressure tests held to a pass criterion (`check: {type: pressure-test}`): long enough,
/// recorded often enough, started far enough above the surface pressure, and losing no more than
/// a share of the test pressure — on the JSA's words and on the test's log when the inbox has one.
public struct PressureTestCheck: Sendable {
    /// The least a test may run (`30 minutes`).
    public var minimumMinutes: Int
    /// The most the pressure may change over the test, as a percentage of the starting pressure.
    public var maximumChangePercent: Double
    /// The longest gap allowed between recorded readings (`1 minute`).
    public var samplingMinutes: Int
    /// How far above the pressure before the test the test must start, when that is known.
    public var minimumAboveSurface: Pressure?
}
