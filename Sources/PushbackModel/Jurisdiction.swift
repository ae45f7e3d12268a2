/// A government whose rules apply to a place: the United States, California, Kern County.
public struct Jurisdiction: Sendable, Hashable, Codable {
    public enum Level: String, Sendable, Codable, CaseIterable {
        case federal, state, county, municipality
    }

    /// Stable id such as `us-ca` or `us-ca-kern`.
    public var id: String
    public var name: String
    public var level: Level
    /// The enclosing jurisdiction's id; nil for the top.
    public var parentID: String?
    /// Rule packs (folders under `rules/`) that apply here.
    public var rulePacks: [String]
    /// Where the boundary polygon came from, when the jurisdiction has one.
    public var boundary: BoundaryProvenance?

    public init(id: String, name: String, level: Level, parentID: String?, rulePacks: [String], boundary: BoundaryProvenance? = nil) {
        self.id = id
        self.name = name
        self.level = level
        self.parentID = parentID
        self.rulePacks = rulePacks
        self.boundary = boundary
    }
}

/// The provenance of a jurisdiction's boundary polygon.
public struct BoundaryProvenance: Sendable, Hashable, Codable {
    /// The GeoJSON file, relative to the jurisdictions folder.
    public var file: String
    public var source: String
    public var vintage: String
    /// True for simplified or generalized boundaries: placements near the line are uncertain.
    public var isApproximate: Bool
    /// How far the drawn line may be from the true one (approximate boundaries): a location this
    /// close to it (plus its own uncertainty) is only possibly inside or outside.
    public var tolerance: Distance

    public init(file: String, source: String, vintage: String, isApproximate: Bool, tolerance: Distance = .meters(0)) {
        self.file = file
        self.source = source
        self.vintage = vintage
        self.isApproximate = isApproximate
        self.tolerance = tolerance
    }
}
