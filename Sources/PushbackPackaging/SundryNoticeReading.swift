import PushbackModel

/// Builds a `SundryNotice` from the facts the 3160-5 extractor stored, or says exactly which
/// boxes are missing and why.
public enum SundryNoticeReading {
    /// A required box that is blank, unreadable or not on the filing.
    public struct Missing: Sendable, Hashable, CustomStringConvertible {
        /// `item 5, Lease Serial No.`
        public var item: String
        public var document: String
        /// The form field or place it should be read from.
        public var place: String
        public var reason: String

        public var description: String { "\(item): \(reason) — fill it in on \(document) (\(place)) and run the sweep again" }
    }

    /// Boxes of the form: item, fact name, whether the package needs it.
    static let boxes: [(item: String, fact: String, required: Bool)] = [
        ("item 1, Type of Well", "well_type", true),
        ("item 2, Name of Operator", "operator", true),
        ("item 3a, Address", "operator_address", true),
        ("item 3b, Phone No.", "operator_phone", false),
        ("item 4, Location of Well", "location", true),
        ("item 5, Lease Serial No.", "lease_serial", true),
        ("item 6, If Indian, Allottee or Tribe Name", "indian_allottee_or_tribe", false),
        ("item 7, If Unit of CA/Agreement, Name and/or No.", "unit_or_ca_agreement", false),
        ("item 8, Well Name and No.", "well_name", true),
        ("item 9, API Well No.", "api", true),
        ("item 10, Field and Pool or Exploratory Area", "field_and_pool", false),
        ("item 11, County or Parish, State", "county_state", true),
        ("item 12, Type of Submission", "submission_type", true),
        ("item 12, Type of Action", "action", true),
        ("item 13, Describe Proposed or Completed Operation", "description", true),
        ("item 14, Name (Printed/Typed)", "signer_name", true),
        ("item 14, Title", "signer_title", false),
        ("item 14, Date", "signed_date", true),
    ]

    /// The notice, or the boxes that keep it from being one. `plss` reads item 4 as a PLSS call.
    public static func read(facts: [Fact], source: SourceReference, plss: (String) -> SundryNotice.PLSS? = { _ in nil }) -> Result<SundryNotice, MissingBoxes> {
        var missing: [Missing] = []
        func stated(_ fact: String) -> StatedValue? {
            facts.first { $0.name == fact && $0.isReadable && !($0.normalized ?? "").isEmpty }.map { StatedValue($0.normalized!, evidence: $0.evidence) }
        }
        for box in boxes where box.required && stated(box.fact) == nil {
            let fact = facts.first { $0.name == box.fact }
            missing.append(Missing(item: box.item, document: source.path, place: fact?.evidence.field.map { "form field \($0)" } ?? "page 1",
                                   reason: fact?.problem ?? "not on the filing"))
        }
        // Item 11 holds county and state together: "Eddy County, NM".
        var county: StatedValue?, state: StatedValue?
        if let both = stated("county_state") {
            let parts = both.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let postal = parts.count >= 2 ? parts.last!.uppercased() : ""
            if parts.count >= 2, APICodeBook.state(postalCode: postal) != nil {
                let name = parts.dropLast().joined(separator: ", ").replacingOccurrences(of: #"\s+(County|Parish)$"#, with: "", options: [.regularExpression, .caseInsensitive])
                county = StatedValue(name, evidence: both.evidence)
                state = StatedValue(postal, evidence: both.evidence)
            } else {
                missing.append(Missing(item: "item 11, County or Parish, State", document: source.path, place: both.evidence.field.map { "form field \($0)" } ?? "page 1",
                                       reason: "\"\(both.value)\" does not end with a state's two-letter postal code (\"Eddy County, NM\")"))
            }
        }
        guard missing.isEmpty, let wellType = stated("well_type"), let operatorName = stated("operator"), let address = stated("operator_address"),
              let location = stated("location"), let serial = stated("lease_serial"), let wellName = stated("well_name"), let api = stated("api"),
              let county, let state, let submission = stated("submission_type"), let description = stated("description"),
              let signer = stated("signer_name"), let signed = stated("signed_date")
        else { return .failure(MissingBoxes(document: source.path, missing: missing)) }
        let actions = facts.filter { $0.name == "action" && $0.isReadable && !($0.normalized ?? "").isEmpty }.map { StatedValue($0.normalized!, evidence: $0.evidence) }
        return .success(SundryNotice(
            source: source, wellType: wellType, operatorName: operatorName, operatorAddress: address, operatorPhone: stated("operator_phone"),
            location: location, plss: plss(location.value), leaseSerial: serial, indianAllotteeOrTribe: stated("indian_allottee_or_tribe"),
            unitOrCAAgreement: stated("unit_or_ca_agreement"), wellNameAndNumber: wellName, api: api, fieldAndPool: stated("field_and_pool"),
            county: county, state: state, submissionType: submission, actions: actions, otherAction: stated("action_other"),
            completionDate: completionDate(in: description), description: description, signerName: signer, signerTitle: stated("signer_title"), signedDate: signed
        ))
    }

    /// "… work was completed on 11/20/2026 …" in item 13, as `2026-11-20`.
    static func completionDate(in description: StatedValue) -> StatedValue? {
        guard let match = description.value.firstMatch(of: /(?i)\bcompleted\s+(?:on\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})\b/),
              let month = Int(match.1), let day = Int(match.2), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return StatedValue("\(match.3)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)", evidence: description.evidence)
    }

    /// Every box a filing lacks, as the refusal lists them.
    public struct MissingBoxes: Error, Sendable, Hashable {
        public var document: String
        public var missing: [Missing]
    }
}
