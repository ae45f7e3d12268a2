/// Which jurisdictions a well is in, how that was decided, and which boundaries are too close to
/// call given the location's uncertainty.
public struct JurisdictionPlacement: Sendable, Equatable {
    public enum Basis: String, Sendable {
        /// Point-in-polygon over the jurisdictions' boundary files.
        case boundaries
        /// Outside every loaded boundary: placed by the API number's state code.
        case apiStateCode = "API state code"
        /// Nothing claims the well.
        case none
    }

    /// Jurisdiction ids, innermost first (`us-ca-signal-hill`, `us-ca-los-angeles`, `us-ca`, `us`).
    public var chain: [String]
    /// Jurisdictions whose boundary lies within the location's uncertainty radius.
    public var ambiguous: [String]
    public var basis: Basis
    /// Set when the location places the well in a state other than its API number's state code
    /// (API numbers are assigned from the surface location, so one of them is wrong).
    public var apiStateConflict: String?

    /// Whether the entity is in a jurisdiction: inside (its chain holds it), possibly (outside or
    /// unplaced, but that jurisdiction's boundary lies within the location's uncertainty or the
    /// boundary's own tolerance), or outside.
    public enum Membership: Sendable, Equatable {
        case inside, possibly, outside
    }

    public func membership(in id: String) -> Membership {
        if chain.contains(id) { return .inside }
        return ambiguous.contains(id) ? .possibly : .outside
    }

    public init(chain: [String], ambiguous: [String], basis: Basis, apiStateConflict: String? = nil) {
        self.chain = chain
        self.ambiguous = ambiguous
        self.basis = basis
        self.apiStateConflict = apiStateConflict
    }
}
