/// Where a finding lies on a map: its subject's location and, for a setback, the receptor's, the
/// distance measured between them and the distances the rule allows. Reports draw it (the SVG
/// maps of `report.html`) and export it (`findings.geojson`); it plays no part in a finding's
/// fingerprints, which its evidence already covers.
public struct FindingGeometry: Sendable, Hashable, Codable {
    /// The subject's location: a well's surface location, with its uncertainty and basis.
    public var subject: Location
    /// The related subject's location: the receptor of a setback finding.
    public var related: Location?
    /// The setback the rule requires, measured from the subject to the related subject.
    public var setback: Distance?
    /// The distance measured between the two points (WGS84 geodesic).
    public var measured: Distance?
    /// The parcel radius assumed around the receptor ("possibly within" allows for it).
    public var parcelRadius: Distance?

    public init(subject: Location, related: Location? = nil, setback: Distance? = nil, measured: Distance? = nil, parcelRadius: Distance? = nil) {
        self.subject = subject
        self.related = related
        self.setback = setback
        self.measured = measured
        self.parcelRadius = parcelRadius
    }

    /// A proximity finding: two located subjects and the setback between them.
    public var isProximity: Bool { related != nil && setback != nil }
}
