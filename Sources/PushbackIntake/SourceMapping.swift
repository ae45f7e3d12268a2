import PushbackModel

/// How to read one agency's export: which file it is, which column holds what, which rows are
/// not what they seem, and what the source's words mean. Loaded from `mappings/*.yaml` so a new
/// agency's file needs a mapping, not code.
public struct SourceMapping: Sendable {
    /// What the records become.
    public enum Entity: String, Sendable {
        case well
        case receptor
        /// Monthly production reports.
        case production
        /// Gauge and SCADA pressure readings (docs/readings.md).
        case reading
    }

    /// How a model field is filled from a record.
    public struct FieldRule: Sendable {
        /// The column to read; nil for a constant.
        public var column: String?
        /// A constant value (used when `column` is nil).
        public var constant: String?
        /// Raw value → normalized value (matched ignoring case and surrounding spaces).
        public var values: [String: String]
        /// Value when the raw value is not in `values` (nil: keep the raw value).
        public var otherwise: String?
        /// A named built-in vocabulary (`calgem`, `ecmc`) for well status.
        public var vocabulary: String?
        /// Why the field is read this way (shown with the evidence).
        public var note: String?
        /// The unit of a quantity column (`bbl`, `mcf`, `psi`, `kPa`, …), unless its header says.
        public var unit: String?
        /// A column a file may leave out (`optional: true`): then the field is simply not given.
        public var isOptional = false
        /// Line of the rule in the mapping file.
        public var line: Int
    }

    /// A column of WKT point geometry in a projected or geographic CRS, reprojected to WGS84 with
    /// PROJ; when the file also has latitude/longitude, the two must agree within `agreeWithin`.
    public struct GeometryColumn: Sendable {
        public var column: String
        /// Any CRS PROJ knows, e.g. `EPSG:26913` (NAD83 / UTM zone 13N).
        public var crs: String
        public var agreeWithin: Distance
    }

    /// Rows to skip, with the reason counted in the intake summary.
    public struct Exclusion: Sendable {
        public var column: String
        public var values: Set<String>
        public var reason: String
    }

    public var id: String
    public var title: String
    public var publisher: String
    public var entity: Entity
    /// The file the mapping was loaded from, for messages.
    public var file: String
    public var delimiter: UInt8
    /// Cell values that mean "no value" (e.g. `NA`, empty).
    public var missingValues: Set<String>
    /// A file matches when its header has every one of these columns.
    public var detectColumns: [String]
    /// API state code (two digits) assumed for API numbers without one.
    public var apiStateCode: String?
    public var fields: [String: FieldRule]
    public var exclusions: [Exclusion]
    /// How far a source coordinate may be from the true position.
    public var locationUncertainty: Distance
    /// How the coordinates were obtained, for evidence.
    public var locationBasis: String
    /// Point geometry to reproject, when the source gives one.
    public var geometry: GeometryColumn?
    /// Receptor kind when the mapping gives none per row.
    public var defaultReceptorKind: ReceptorKind?
    /// Minutes east of UTC of timestamps written without an offset (`format.utc_offset`); nil:
    /// such a timestamp cannot be placed in time and its row is not read.
    public var utcOffsetMinutes: Int?

    /// Model fields a mapping may fill, per entity.
    static let allowedFields: [Entity: Set<String>] = [
        .well: ["api", "name", "operator", "field", "county", "status", "well_type", "latitude", "longitude", "spud_date", "status_date"],
        .receptor: ["id", "name", "kind", "category", "county", "city", "latitude", "longitude"],
        .production: Set(["api", "month", "days_produced", "status", "operator", "formation"]
            + ProductionMonth.VolumeKind.allCases.map(\.rawValue) + ProductionMonth.PressureKind.allCases.map(\.rawValue)),
        .reading: ["api", "time", "utc_offset", "point", "value", "unit", "gauge"],
    ]

    /// Fields every mapping of an entity must define (`latitude`/`longitude` may instead come
    /// from `location.geometry`).
    static let requiredFields: [Entity: [String]] = [
        .well: ["api", "status", "latitude", "longitude"],
        .receptor: ["id", "name", "kind", "latitude", "longitude"],
        .production: ["api", "month"],
        .reading: ["api", "time", "point", "value"],
    ]

    /// True when a header (already trimmed) contains every detection column.
    public func matches(header: [String]) -> Bool {
        let columns = Set(header)
        return detectColumns.allSatisfy(columns.contains)
    }
}
