import PushbackModel

/// A JSA's claims held against the readings of the same well and point — the ones the JSA itself
/// writes later and the gauge or SCADA logs in the inbox (`check: {type: claims-against-readings}`).
public struct ClaimCheck: Sendable {
    /// The claim kinds checked (`bleed-down`).
    public var claims: Set<JobSafetyAnalysis.Claim.Kind>
    /// How far above the claimed pressure a reading may be and still agree with it.
    public var tolerance: Pressure
    /// Readings this close to the claim's time are "at" it: one above the tolerance contradicts the claim.
    public var windowMinutes: Int
    /// Readings after the window and up to this long after the claim that climb above the
    /// tolerance show the pressure came back (sustained casing pressure): a review.
    public var rebuildMinutes: Int
}
