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

    public init(id: String, name: String, level: Level, parentID: String?, rulePacks: [String]) {
        self.id = id
        self.name = name
        self.level = level
        self.parentID = parentID
        self.rulePacks = rulePacks
    }
}
