/// A place a setback protects: a school, a preschool, a hospital, a residence.
public struct Receptor: Sendable, Hashable, Codable {
    /// The source's identifier (e.g. the CDE's 14-digit CDS code).
    public var id: String
    public var name: String
    public var kind: ReceptorKind
    /// The source's own category, e.g. "Elementary Schools (Public)".
    public var category: String?
    public var county: String?
    public var city: String?
    /// Nil when the source gives no usable position — a setback that cannot be checked.
    public var location: Location?
    public var provenance: Evidence

    public init(
        id: String, name: String, kind: ReceptorKind, category: String? = nil, county: String? = nil,
        city: String? = nil, location: Location?, provenance: Evidence
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.category = category
        self.county = county
        self.city = city
        self.location = location
        self.provenance = provenance
    }
}

/// What kind of sensitive receptor a place is. An open set: sources add kinds through mappings.
public struct ReceptorKind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A K-12 school site.
    public static let school = ReceptorKind(rawValue: "school")
    public static let preschool = ReceptorKind(rawValue: "preschool")
    public static let childCare = ReceptorKind(rawValue: "child-care")
    public static let healthCare = ReceptorKind(rawValue: "health-care")
    public static let residence = ReceptorKind(rawValue: "residence")
    public static let park = ReceptorKind(rawValue: "park")

    public var description: String { rawValue }
}
