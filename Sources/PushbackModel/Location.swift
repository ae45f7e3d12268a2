/// Where something is, how sure we are, and how we know: a point with an uncertainty radius.
public struct Location: Sendable, Hashable, Codable {
    public var point: GeoPoint
    /// The true position lies within this distance of `point` (zero when the source is exact
    /// enough that the rule's own tolerance dominates).
    public var uncertainty: Distance
    /// How the point was obtained, e.g. "surveyed coordinates (CalGEM Latitude/Longitude)".
    public var basis: String

    public init(point: GeoPoint, uncertainty: Distance = .meters(0), basis: String) {
        self.point = point
        self.uncertainty = uncertainty
        self.basis = basis
    }
}
