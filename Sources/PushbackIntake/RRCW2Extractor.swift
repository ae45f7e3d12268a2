import PushbackModel

/// Texas RRC Form W-2, Oil Well Potential Test, Completion or Recompletion Report: the RRC's
/// facsimile PDF (labels and values side by side on laid-out lines) and the Markdown exports of
/// it (tables whose label and value cells wander between rows). Identifiers the form repeats
/// are read everywhere they appear, so a form that contradicts itself says so.
struct RRCW2Extractor: DocumentExtractor {
    let kind = DocumentKind.rrcW2
    let name = "rrc-w2"
    let version = 2

    private static let date = #"\d{1,2}/\d{1,2}/\d{4}"#
    private static let text = #".*[A-Za-z]{2}.*"#
    /// A pressure cell: the number before `PSI`, possibly after other figures of the row.
    private static let pressure = #"(?:.*?[\s:\-])?(\d+(?:\.\d+)?)(?:\s*PSI)?"#

    func extract(_ document: DocumentText) -> [Fact] {
        let reader = FactReader(document: document, extractor: identifier)
        let api = { (text: String) throws -> String in try Normalize.api(text, assumedState: "42") }
        var facts: [Fact] = []
        facts += reader.facts("api", reader.labelled(#"API(?: No\.?)?"#, value: #"[\d-]{2,14}\.?"#) + reader.matches(#"API No\.\s*(\S+)\s+RRC District"#), normalize: api)
        facts += reader.facts("district", reader.labelled(#"RRC District(?: No\.?)?"#, value: #"\S+"#) + reader.matches(#"RRC District No\.\s*([^|:\s].*?)\s*$"#), normalize: Self.district)
        facts += reader.facts("lease_number", reader.labelled(#"RRC Lease(?: No\.?)?"#, value: #"\d{1,6}"#), normalize: Normalize.number)
        facts += reader.facts("well_number", reader.labelled(#"Well No\.?"#, value: #"[A-Z0-9][A-Z0-9 -]{0,9}"#), normalize: Normalize.text)
        let single: [Fact?] = [
            reader.fact("operator", reader.value(#"OPERATOR'S NAME \(Exactly as shown on Form P-5, Organization Report\)|Operator Name|Operator(?! INFORMATION)"#, value: Self.text), normalize: Normalize.text),
            reader.fact("operator_number", reader.value(#"RRC Operator No\.?|Operator"#, value: #"\d{3,7}"#), normalize: Normalize.number),
            reader.fact("lease_name", reader.value(#"LEASE NAME|Lease"#, value: Self.text), normalize: Normalize.text),
            reader.fact("field", reader.value(#"FIELD NAME \(as per RRC Records or Wildcat\)|Field Name|Field"#, value: Self.text), normalize: Normalize.text),
            reader.fact("county", reader.value(#"County of well site|County"#, value: #"[A-Za-z][A-Za-z .'-]+"#), normalize: Normalize.text),
            reader.fact("completion_date", reader.value(#"Completion or recompletion date|Completion or Recompletion"#, value: Self.date), normalize: Normalize.date),
            reader.fact("test_date", reader.value(#"Date of test|Date of"#, value: Self.date), normalize: Normalize.date),
            reader.fact("permit_date", reader.first(#"(?:New Well|Permit to Drill, Plug Back, or)\b.*?(\d{1,2}/\d{1,2}/\d{4})"#), normalize: Normalize.date),
            reader.fact("permit_number", reader.first(#"(?:New Well|Permit to Drill, Plug Back, or)\b.*?\d{1,2}/\d{1,2}/\d{4}\D+(\d{5,7})\b"#), normalize: Normalize.number),
            reader.fact("total_depth", reader.firstFilled(
                reader.first(#"(?:^|\|\s*)(\d{3,5})\s*MD:\s*\d{3,5}"#), reader.value(#"Total depth TVD(?: \(ft\.\))?|Total Depth"#, value: #"\d{3,5}"#)
            ), unit: "ft", normalize: Normalize.number),
            reader.fact("total_depth_md", reader.firstFilled(
                reader.first(#"(?:^|\|\s*)\d{3,5}\s*MD:\s*(\d{3,5})"#), reader.value(#"Total depth MD(?: \(ft\.\))?"#, value: #"\d{3,5}"#)
            ), unit: "ft", normalize: Normalize.number),
            reader.fact("flowing_tubing_pressure", reader.value(#"Flowing Tubing Pressure|Flowing Tubing"#, value: Self.pressure, anywhere: true), unit: "psi", normalize: Normalize.number),
            // The facsimile PDF clips the label to "Casing" at the end of the oil-gravity line.
            reader.fact("casing_pressure", reader.firstFilled(
                reader.value(#"Casing Pressure"#, value: Self.pressure, anywhere: true),
                reader.first(#"Oil Gravity.*?\bCasing(?: Pressure)?:?\s*(\d*(?:\.\d+)?)\s*(?:PSI)?$"#)
            ), unit: "psi", normalize: Normalize.number),
        ]
        // The remarks boxes (the filer's, and the RRC staff's once processed): where a corrected
        // completion report says why.
        facts += reader.statements("remarks", reader.labelled(#"REMARKS"#, value: #".*"#) + reader.matches(#"^REMARKS:\s*([^|]*?)\s*(?:\|.*)?$"#))
        return facts + single.compactMap { $0 }
    }

    /// An RRC district: `01`…`10`, `6E`, `7B`, `7C`, `8A` (a lone digit is zero-padded).
    static func district(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard trimmed.range(of: #"^(?:0?[1-9]|10)[ABCE]?$"#, options: .regularExpression) != nil else {
            throw Normalize.Failure(description: "\"\(text)\" is not an RRC district (01–10, 6E, 7B, 7C, 8A)")
        }
        return trimmed.count == 1 ? "0" + trimmed : trimmed
    }
}
