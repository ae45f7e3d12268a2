import PushbackModel

/// BLM Form 3160-5, Sundry Notices and Reports on Wells (March 2012 edition). Operators file it
/// as a filled AcroForm, read field by field (the map is in docs/blm-3160-5-fields.md); a
/// flattened copy is read from its text layer, and its check boxes from marks on the page image.
struct BLMSundryNoticeExtractor: DocumentExtractor {
    let kind = DocumentKind.blm3160_5
    let name = "blm-3160-5"
    let version = 2

    /// Text fields: AcroForm name, fact name, and the printed caption the value sits below on a
    /// flattened copy.
    static let textFields: [(field: String, fact: String, caption: String)] = [
        ("Text_5", "lease_serial", #"5\. Lease Serial No\."#),
        ("Text_8", "well_name", #"8\. Well Name and No\."#),
        ("Text_9", "api", #"9\. API Well No\."#),
        ("Text_2", "operator", #"2\. Name of Operator"#),
        ("Text_3", "operator_address", #"3a\. Address"#),
        ("US_Phone_Number_1", "operator_phone", #"3b\. Phone No\."#),
        ("Text_6", "indian_allottee_or_tribe", #"6\. If Indian, Allottee or Tribe Name"#),
        ("Text_7", "unit_or_ca_agreement", #"7\. If Unit of CA/Agreement"#),
        ("Text_4", "location", #"4\. Location of Well"#),
        ("Text_10", "field_and_pool", #"10\. Field and Pool"#),
        ("Text_11", "county_state", #"11\. County or Parish, State"#),
        ("Text_16", "signer_name", #"14\. I hereby certify"#),
        ("Text_17", "signer_title", #"14\. I hereby certify"#),
        ("Date_1", "signed_date", #"^Signature\s+Date"#),
    ]

    /// Check boxes: AcroForm name, the fact they answer, the answer, and the box on page 1.
    static let boxes: [(field: String, fact: String, answer: String, rectangle: (Double, Double, Double, Double))] = [
        ("Checkbox_1", "well_type", "Oil Well", (61.04, 630.94, 69.85, 639.75)),
        ("Checkbox_2", "well_type", "Gas Well", (118.83, 630.94, 127.64, 639.75)),
        ("Checkbox_3", "well_type", "Other", (196.81, 630.94, 205.62, 639.75)),
        ("Checkbox_4", "submission_type", "Notice of Intent", (35.28, 501.43, 44.09, 510.25)),
        ("Checkbox_5", "submission_type", "Subsequent Report", (35.28, 475.67, 44.09, 484.49)),
        ("Checkbox_6", "submission_type", "Final Abandonment Notice", (35.28, 452.70, 44.09, 461.51)),
        ("Checkbox_7", "action", "Acidize", (166.17, 504.92, 174.98, 513.73)),
        ("Checkbox_8", "action", "Alter Casing", (166.17, 492.62, 174.98, 501.43)),
        ("Checkbox_9", "action", "Casing Repair", (166.17, 480.55, 174.98, 489.36)),
        ("Checkbox_10", "action", "Change Plans", (166.17, 466.86, 174.98, 475.67)),
        ("Checkbox_11", "action", "Convert to Injection", (166.17, 452.70, 174.98, 461.51)),
        ("Checkbox_12", "action", "Deepen", (265.69, 505.66, 274.50, 514.47)),
        ("Checkbox_13", "action", "Fracture Treat", (265.68, 493.37, 274.50, 502.18)),
        ("Checkbox_14", "action", "New Construction", (265.68, 481.29, 274.50, 490.10)),
        ("Checkbox_15", "action", "Plug and Abandon", (265.68, 467.60, 274.50, 476.42)),
        ("Checkbox_16", "action", "Plug Back", (265.68, 453.44, 274.50, 462.26)),
        ("Checkbox_17", "action", "Production (Start/Resume)", (360.33, 505.01, 369.14, 513.82)),
        ("Checkbox_18", "action", "Reclamation", (360.33, 492.72, 369.14, 501.53)),
        ("Checkbox_19", "action", "Recomplete", (360.33, 480.64, 369.14, 489.46)),
        ("Checkbox_20", "action", "Temporarily Abandon", (360.33, 466.96, 369.14, 475.77)),
        ("Checkbox_21", "action", "Water Disposal", (360.33, 452.80, 369.14, 461.61)),
        ("Checkbox_22", "action", "Water Shut-Off", (475.16, 505.06, 483.97, 513.87)),
        ("Checkbox_23", "action", "Well Integrity", (475.16, 492.77, 483.97, 501.58)),
        ("Checkbox_24", "action", "Other", (475.16, 480.69, 483.97, 489.51)),
    ]

    var checkBoxes: [DocumentReader.CheckBox] {
        Self.boxes.map { .init(name: $0.field, page: 1, x1: $0.rectangle.0, y1: $0.rectangle.1, x2: $0.rectangle.2, y2: $0.rectangle.3) }
    }

    func extract(_ document: DocumentText) -> [Fact] {
        let reader = FactReader(document: document, extractor: identifier)
        let fields = Dictionary(document.formFields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let hasTextFields = fields["Text_5"] != nil
        var facts: [Fact] = []
        for entry in Self.textFields {
            let normalize = Self.normalizer(entry.fact)
            if hasTextFields, let field = fields[entry.field] {
                facts.append(reader.fact(entry.fact, field: field, normalize: normalize))
            } else if let fact = reader.fact(entry.fact, flattenedValue(entry, reader: reader), normalize: normalize) {
                facts.append(fact)
            } else {
                facts.append(Fact(name: entry.fact, raw: "", normalized: nil, evidence: Evidence(source: document.source, page: 1, field: entry.field, quote: ""),
                                  method: .textLayer, confidence: 1, extractor: identifier, problem: "not found on the flattened form"))
            }
        }
        if hasTextFields, let description = fields["Text_15"] {
            facts.append(reader.fact("description", field: description, normalize: Normalize.text))
        } else if let description = flattenedDescription(document) {
            facts.append(reader.fact("description", description, normalize: Normalize.text)!)
        }
        facts += checkBoxFacts(fields, reader: reader)
        return facts
    }

    /// One fact per checked box; a question with no box checked (or a box that could not be
    /// looked at) is recorded as unanswered, never assumed.
    private func checkBoxFacts(_ fields: [String: DocumentText.FormField], reader: FactReader) -> [Fact] {
        var facts: [Fact] = []
        for question in ["well_type", "submission_type", "action"] {
            let boxes = Self.boxes.filter { $0.fact == question }
            let checked = boxes.compactMap { box in fields[box.field].flatMap { $0.value == "checked" ? ($0, box.answer) : nil } }
            for (field, answer) in checked { facts.append(reader.fact(question, field: field, value: answer)) }
            if checked.isEmpty {
                let seen = boxes.compactMap { fields[$0.field] }
                let field = seen.first ?? DocumentText.FormField(name: boxes[0].field, page: 1, value: "", isCheckBox: true, method: .pageImage, confidence: 0)
                var fact = reader.fact(question, field: field, value: "")
                fact.problem = seen.count == boxes.count ? "no box is checked" : "the check boxes could not be read"
                facts.append(fact)
            }
        }
        return facts
    }

    /// On a flattened copy the value is printed on the line below its caption (the signer's name
    /// and the date share their line with other captions).
    private func flattenedValue(_ entry: (field: String, fact: String, caption: String), reader: FactReader) -> FactReader.Hit? {
        switch entry.fact {
        case "signer_name": reader.below(entry.caption, value: #"(.+?)(?:\s+Title\s+.*)?"#, widen: 60)
        case "signer_title": reader.first(#"^\s*[A-Z][^:]*?\S\s{2,}Title\s+(\S.*?)\s*$"#)
        case "signed_date": reader.first(#"^\s*Signature\s+Date\s+(\d{1,2}/\d{1,2}/\d{4})"#)
        default: reader.below(entry.caption, value: #"(?!\d{1,2}[a-z]?\.\s).+"#, lookahead: 3, widen: 10)
        }
    }

    /// The operator's description, between the instructions of item 13 and item 14.
    private func flattenedDescription(_ document: DocumentText) -> FactReader.Hit? {
        guard let page = document.pages.first(where: { $0.number == 1 }),
              let start = page.lines.firstIndex(where: { $0.text.contains("ready for final inspection") }),
              let end = page.lines.firstIndex(where: { $0.text.hasPrefix("14. I hereby certify") }), start + 1 < end
        else { return nil }
        let lines = page.lines[(start + 1)..<end]
        let text = lines.map(\.text).joined(separator: " ")
        guard let first = lines.first, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return FactReader.Hit(page: 1, line: first, text: text, tokens: lines.flatMap(\.tokens))
    }

    static func normalizer(_ fact: String) -> (String) throws -> String {
        switch fact {
        case "api": { try Normalize.api($0) }
        case "signed_date": Normalize.date
        case "lease_serial": serial
        default: Normalize.text
        }
    }

    /// A BLM lease serial's key (`NMNM 012345` → `NMNM12345`); see `BLMLeaseSerial`.
    static func serial(_ text: String) throws -> String {
        guard let serial = BLMLeaseSerial(text) else {
            throw Normalize.Failure(description: "\"\(text)\" is not a BLM lease serial such as NMNM 012345 or WYW192003B")
        }
        return serial.key
    }
}
