/// Which registry well a document (a JSA) is about, and how that was decided — or why no well
/// could be tied to it. Shown in the reports so a reader can check the tie before trusting it.
public struct DocumentWellLink: Sendable, Equatable, Codable {
    /// How the well was found.
    public enum Basis: String, Sendable, Codable {
        /// The API number written on the document is the well's.
        case apiNumber = "API number"
        /// No usable API number; the lease and well number written match the well's name.
        case wellName = "lease and well number"
        /// Neither; the only registry well inside the location's uncertainty circle.
        case location = "location"
    }

    public var document: SourceReference
    /// The API number as written, if any.
    public var writtenAPI: String?
    /// "Lease well-number" as written, if any.
    public var writtenName: String?
    /// The well (API, name, status, where it is listed); nil when none was found.
    public var wellAPI: String?
    public var wellName: String?
    public var wellStatus: String?
    public var wellSource: Evidence?
    public var basis: Basis?
    /// Why no well, or what to notice about the tie ("the name written is the registry's for
    /// another well").
    public var note: String?

    public init(
        document: SourceReference, writtenAPI: String?, writtenName: String?, wellAPI: String? = nil, wellName: String? = nil,
        wellStatus: String? = nil, wellSource: Evidence? = nil, basis: Basis? = nil, note: String? = nil
    ) {
        self.document = document
        self.writtenAPI = writtenAPI
        self.writtenName = writtenName
        self.wellAPI = wellAPI
        self.wellName = wellName
        self.wellStatus = wellStatus
        self.wellSource = wellSource
        self.basis = basis
        self.note = note
    }
}
