/// What one document says about which well it is: the API number as written (and whether it
/// reads), the lease and well number, the operator, the county and the total depth — each with
/// the line it was read from. Cross-document checks hold these against each other and against
/// the API number's own state and county codes.
public struct WellIdentityStatement: Sendable, Hashable, Codable {
    public var document: SourceReference
    public var documentKind: DocumentKind
    /// The document's own date (signed, approved, completed, of the work), ISO, when it gives one.
    public var date: String?
    /// The API number as written; nil when the document writes none.
    public var writtenAPI: StatedValue?
    /// The normalized API number, when the written one reads as one.
    public var api: String?
    /// Why the written API number does not read, when it does not.
    public var apiProblem: String?
    public var lease: StatedValue?
    public var wellNumber: StatedValue?
    /// The operator of record as the filing names it (JSAs name their contractor, not this).
    public var operatorName: StatedValue?
    public var county: StatedValue?
    /// Total depth in feet, as the filing states it.
    public var totalDepthFeet: StatedValue?

    public init(
        document: SourceReference, documentKind: DocumentKind, date: String? = nil, writtenAPI: StatedValue?, api: String?, apiProblem: String? = nil,
        lease: StatedValue? = nil, wellNumber: StatedValue? = nil, operatorName: StatedValue? = nil, county: StatedValue? = nil, totalDepthFeet: StatedValue? = nil
    ) {
        self.document = document
        self.documentKind = documentKind
        self.date = date
        self.writtenAPI = writtenAPI
        self.api = api
        self.apiProblem = apiProblem
        self.lease = lease
        self.wellNumber = wellNumber
        self.operatorName = operatorName
        self.county = county
        self.totalDepthFeet = totalDepthFeet
    }

    /// `MABEE 140A #4404`: the lease and well number in one comparable form (upper case, single
    /// spaces, no `#`/`No.`), or nil when the document gives neither.
    public var wellName: String? {
        let lease = lease.map { Self.comparable($0.value) }
        let number = wellNumber.map { Self.comparable($0.value) }
        switch (lease, number) {
        case (nil, nil): return nil
        case (let lease?, nil): return lease
        case (nil, let number?): return "#\(number)"
        case (let lease?, let number?): return "\(lease) #\(number)"
        }
    }

    private static func comparable(_ text: String) -> String {
        text.uppercased().replacing(/\bNO\.\s*|#/, with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
