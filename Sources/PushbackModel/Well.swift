/// A well as one source record describes it.
public struct Well: Sendable, Hashable, Codable {
    public var api: APIWellNumber
    public var name: String?
    public var operatorName: String?
    public var field: String?
    public var county: String?
    public var status: WellStatus
    /// The status word exactly as the source wrote it (or why none was given).
    public var rawStatus: String
    public var wellType: String?
    public var location: Location?
    /// When drilling began, as the source wrote it.
    public var spudDate: RecordedDate?
    /// When the well entered its current status (ECMC `Stat_Date`), as the source wrote it.
    public var statusDate: RecordedDate?
    /// Where this record came from.
    public var provenance: Evidence

    public init(
        api: APIWellNumber, name: String? = nil, operatorName: String? = nil, field: String? = nil,
        county: String? = nil, status: WellStatus, rawStatus: String, wellType: String? = nil,
        location: Location?, spudDate: RecordedDate? = nil, statusDate: RecordedDate? = nil, provenance: Evidence
    ) {
        self.api = api
        self.name = name
        self.operatorName = operatorName
        self.field = field
        self.county = county
        self.status = status
        self.rawStatus = rawStatus
        self.wellType = wellType
        self.location = location
        self.spudDate = spudDate
        self.statusDate = statusDate
        self.provenance = provenance
    }
}
