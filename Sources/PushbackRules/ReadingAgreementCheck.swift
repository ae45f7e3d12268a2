import PushbackModel

/// A pressure a JSA writes ("SICP 350 psi @ 08:25") against the gauge log of the same well and
/// point (`check: {type: readings, test: against-jsa}`), in both directions: the JSA lower than
/// the log by more than the tolerance (the crew believed less pressure than there was) fails;
/// higher is a review. The clocks are lined up by the JSA's *other* readings, so the reading
/// judged never lines up the clock it is judged on.
public struct ReadingAgreementCheck: Sendable {
    /// The points compared (`tubing`, `casing`, `bradenhead`, …).
    public var points: Set<String>
    /// The least difference that counts, and the share of the larger pressure that counts when more.
    public var tolerance: Pressure
    public var tolerancePercent: Double
    /// Log readings this close to the JSA's time (either side) are "at" it.
    public var windowMinutes: Int

    /// The difference allowed between a written and a logged pressure.
    func allowed(_ written: Double, _ logged: Double) -> Double {
        max(tolerance.psi, max(written, logged) * tolerancePercent / 100)
    }
}
