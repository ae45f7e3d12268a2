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

    public init(chain: [String], ambiguous: [String], basis: Basis, apiStateConflict: String? = nil) {
        self.chain = chain
        self.ambiguous = ambiguous
        self.basis = basis
        self.apiStateConflict = apiStateConflict
    }
}
