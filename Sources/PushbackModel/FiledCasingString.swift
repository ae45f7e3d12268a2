/// One row of a filing's casing record (RRC W-3A/W-2, BLM 3160-5 attachments): the string's
/// type, hole and casing sizes, setting depth, cement and top of cement, with the row it was
/// read from. A figure the row leaves blank or that does not read is nil.
public struct FiledCasingString: Sendable, Hashable, Codable {
    public var document: SourceReference
    public var documentKind: DocumentKind
    /// The normalized API number of the well the filing is about, when it reads.
    public var api: String?
    /// The row's place in the table, from 1.
    public var row: Int
    public var type: String?
    public var holeSizeInches: Double?
    public var sizeInches: Double?
    public var settingDepthFeet: Double?
    public var cementSacks: Double?
    public var topOfCementFeet: Double?
    /// The row as read (the line it stands on).
    public var evidence: Evidence

    public init(
        document: SourceReference, documentKind: DocumentKind, api: String?, row: Int, type: String?, holeSizeInches: Double?, sizeInches: Double?,
        settingDepthFeet: Double?, cementSacks: Double?, topOfCementFeet: Double?, evidence: Evidence
    ) {
        self.document = document
        self.documentKind = documentKind
        self.api = api
        self.row = row
        self.type = type
        self.holeSizeInches = holeSizeInches
        self.sizeInches = sizeInches
        self.settingDepthFeet = settingDepthFeet
        self.cementSacks = cementSacks
        self.topOfCementFeet = topOfCementFeet
        self.evidence = evidence
    }
}
