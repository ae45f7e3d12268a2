import PushbackModel

/// A sundry notice (BLM Form 3160-5) as the package records it: every box of the form, each with
/// the place on the filed form it was read from.
public struct SundryNotice: Sendable, Hashable {
    /// Item 4 as a PLSS call, when it reads as one.
    public struct PLSS: Sendable, Hashable {
        public var aliquots: String?
        public var lot: Int?
        public var section: Int
        public var township: String
        public var range: String
        public var meridian: String
        public var footage: String?

        public init(aliquots: String?, lot: Int?, section: Int, township: String, range: String, meridian: String, footage: String?) {
            self.aliquots = aliquots
            self.lot = lot
            self.section = section
            self.township = township
            self.range = range
            self.meridian = meridian
            self.footage = footage
        }
    }

    public var source: SourceReference
    public var wellType: StatedValue
    public var operatorName: StatedValue
    public var operatorAddress: StatedValue
    public var operatorPhone: StatedValue?
    public var location: StatedValue
    public var plss: PLSS?
    /// The serial's key (`NMNM12345`), as `BLMLeaseSerial` keys it.
    public var leaseSerial: StatedValue
    public var indianAllotteeOrTribe: StatedValue?
    public var unitOrCAAgreement: StatedValue?
    public var wellNameAndNumber: StatedValue
    /// The normalized API number (`3001512345`).
    public var api: StatedValue
    public var fieldAndPool: StatedValue?
    public var county: StatedValue
    /// The two-letter postal code item 11 ends with.
    public var state: StatedValue
    public var submissionType: StatedValue
    public var actions: [StatedValue]
    public var otherAction: StatedValue?
    /// The date the work was completed, which a subsequent report states in item 13.
    public var completionDate: StatedValue?
    public var description: StatedValue
    public var signerName: StatedValue
    public var signerTitle: StatedValue?
    public var signedDate: StatedValue

    public init(
        source: SourceReference, wellType: StatedValue, operatorName: StatedValue, operatorAddress: StatedValue, operatorPhone: StatedValue?, location: StatedValue,
        plss: PLSS?, leaseSerial: StatedValue, indianAllotteeOrTribe: StatedValue?, unitOrCAAgreement: StatedValue?, wellNameAndNumber: StatedValue, api: StatedValue,
        fieldAndPool: StatedValue?, county: StatedValue, state: StatedValue, submissionType: StatedValue, actions: [StatedValue], otherAction: StatedValue?,
        completionDate: StatedValue?, description: StatedValue, signerName: StatedValue, signerTitle: StatedValue?, signedDate: StatedValue
    ) {
        self.source = source
        self.wellType = wellType
        self.operatorName = operatorName
        self.operatorAddress = operatorAddress
        self.operatorPhone = operatorPhone
        self.location = location
        self.plss = plss
        self.leaseSerial = leaseSerial
        self.indianAllotteeOrTribe = indianAllotteeOrTribe
        self.unitOrCAAgreement = unitOrCAAgreement
        self.wellNameAndNumber = wellNameAndNumber
        self.api = api
        self.fieldAndPool = fieldAndPool
        self.county = county
        self.state = state
        self.submissionType = submissionType
        self.actions = actions
        self.otherAction = otherAction
        self.completionDate = completionDate
        self.description = description
        self.signerName = signerName
        self.signerTitle = signerTitle
        self.signedDate = signedDate
    }

    /// The API number dashed, `30-015-12345`.
    public var dashedAPI: String { (try? APIWellNumber.parse(api.value))?.formatted ?? api.value }
}
