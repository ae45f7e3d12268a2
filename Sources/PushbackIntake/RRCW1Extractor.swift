import PushbackModel

/// Texas RRC Form W-1, Application for Permit to Drill, Recomplete or Re-enter: the RRC's
/// facsimile PDF (values printed below numbered captions) and Markdown exports (label and value
/// in neighbouring cells). Each field is looked for both ways; the reading with a value wins.
struct RRCW1Extractor: DocumentExtractor {
    let kind = DocumentKind.rrcW1
    let name = "rrc-w1"
    let version = 2

    private static let text = #".*[A-Za-z]{2}.*"#
    /// The start of the PDF's field-table row: district, then the 8-digit field number.
    private static let fieldRow = #"^\s*\d{1,2}[A-Z]?\s+"#

    func extract(_ document: DocumentText) -> [Fact] {
        let reader = FactReader(document: document, extractor: identifier)
        /// A field captioned `caption` in the PDF (value below) and `label` in tables (value beside).
        func field(_ label: String, caption: String, value: String) -> FactReader.Hit? {
            reader.firstFilled(reader.value(label, value: value), reader.below(caption, value: value))
        }
        let api = { (text: String) throws -> String in try Normalize.api(text, assumedState: "42") }
        var facts: [Fact] = []
        facts += reader.facts("api", reader.labelled(#"API No\.?"#, value: #"[\d-]{8,14}"#) + reader.matches(#"^API No\.\s*([\d-]{8,14})\s"#) + reader.matches(#"^(\d{2}-\d{3}-\d{5})\s"#), normalize: api)
        facts += reader.facts("permit_number", reader.labelled(#"Drilling Permit #|Permit #"#, value: #"\d{5,7}"#) + [reader.below(#"Drilling Permit #"#, value: #"\d{5,7}"#)].compactMap { $0 }, normalize: Normalize.number)
        let single: [Fact?] = [
            reader.fact("operator_number", field(#"RRC Operator No\.?"#, caption: #"1\. RRC Operator No\."#, value: #"\d{3,7}"#), normalize: Normalize.number),
            reader.fact("operator", field(#"Operator's Name \((?:as|exactly as) shown on form P-5, Organization Report\)"#, caption: #"2\. Operator's Name"#, value: Self.text), normalize: Normalize.text),
            reader.fact("lease_name", field(#"Lease Name"#, caption: #"4\. Lease Name"#, value: Self.text), normalize: Normalize.text),
            reader.fact("well_number", field(#"Well No\.?"#, caption: #"5\. Well No\."#, value: #"[A-Z0-9][A-Z0-9 -]{0,9}"#), normalize: Normalize.text),
            reader.fact("total_depth", field(#"Total Depth"#, caption: #"8\. Total Depth"#, value: #"\d{3,5}"#), unit: "ft", normalize: Normalize.number),
            reader.fact("district", field(#"RRC District No\.?"#, caption: #"11\. RRC District No\."#, value: #"\d{1,2}[A-Z]?"#), normalize: RRCW2Extractor.district),
            reader.fact("county", field(#"County(?! of BHL)"#, caption: #"12\. County"#, value: #"([A-Z][A-Za-z .'-]+?)(?:\s+\d{1,2}\.\s.*)?"#), normalize: Normalize.text),
            // The PDF prints the field table's values on one row well below its three-line caption.
            reader.fact("field_number", reader.firstFilled(
                reader.value(#"Field No\.?"#, value: #"\d{6,8}"#), reader.first(Self.fieldRow + #"(\d{8})\s"#)
            ), normalize: Normalize.text),
            reader.fact("field", reader.firstFilled(
                reader.value(#"Field Name \(exactly as shown in RRC records\)"#, value: Self.text), reader.first(Self.fieldRow + #"\d{8}\s+(.+?)\s+(?:Oil|Gas)\b"#)
            ), normalize: Normalize.text),
            reader.fact("well_type", field(#"Well Type"#, caption: #"29\. Well Type"#, value: #"[A-Za-z ]+"#), normalize: Normalize.text),
            reader.fact("completion_depth", field(#"Completion Depth"#, caption: #"30\. Completion Depth"#, value: #"\d{3,5}"#), unit: "ft", normalize: Normalize.number),
            reader.fact("location_description", reader.first(#"to be located\s+(.+?)\s+which is the nearest town"#), normalize: Self.location),
            reader.fact("approved_date", reader.firstFilled(
                reader.value(#"Approved Date"#, value: #"[A-Z][a-z]{2} \d{1,2}, \d{4}"#),
                reader.first(#"Data Validation Time Stamp:\s*([A-Z][a-z]{2} \d{1,2}, \d{4})"#)
            ), normalize: Normalize.date),
        ]
        // Item 10, "subject to Statewide Rule 36 (hydrogen sulfide area)?". Only a stated answer
        // counts: nothing ever reads as "no" for want of a mark.
        facts += [reader.fact("h2s_area", reader.first(#"Is this well subject to Statewide Rule 36 \(hydrogen sulfide area\)\?[\s|]*(.*?)[\s|]*$"#), normalize: Self.answer)].compactMap { $0 }
        // What the filer and RRC staff wrote: the remarks box, and each dated entry of the W-1
        // comments (`[FILER Aug 18, 2020 9:28 AM]: Permit being amended to …`) — where an
        // amended permit says why.
        facts += reader.statements("remarks", reader.labelled(#"Remarks"#, value: #"(.*?)(?:\s*Certificate:.*)?"#) + reader.matches(#"^Remarks\b:?\s*(.*?)(?:\s*Certificate:.*)?$"#))
        facts += reader.statements("comment", reader.matches(Self.comment))
        return facts + single.compactMap { $0 }
    }

    /// `Yes` (the answer printed alone, as the RRC's Markdown exports give it) or `X No` (the box before its answer, as the RRC's
    /// facsimile prints every check box: `Yes X No` is No) → `yes` / `no`. Both answers with no
    /// mark, or a mark with no answer after it (`Yes X`), is no answer.
    static func answer(_ text: String) throws -> String {
        let words = text.uppercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let answers = words.filter { $0 == "YES" || $0 == "NO" }
        guard let mark = words.firstIndex(of: "X") else {
            guard answers.count == 1 else { throw Normalize.Failure(description: "\"\(text)\" gives both answers and marks neither") }
            return answers[0].lowercased()
        }
        guard mark + 1 < words.count, ["YES", "NO"].contains(words[mark + 1]) else {
            throw Normalize.Failure(description: "\"\(text)\" has a mark with no answer after it (the form's boxes precede their answers)")
        }
        return words[mark + 1].lowercased()
    }

    /// One dated entry of the W-1 comments, up to the next entry.
    private static let comment = #"(\[(?:FILER|RRC STAFF)\b[^\]]*\]:.*?)(?=;\s*\[(?:FILER|RRC STAFF)\b|;?\s*$)"#

    /// `4   miles in a   W   direction from   BRYAN` → `4 miles W of BRYAN`.
    static func location(_ text: String) throws -> String {
        let collapsed = try Normalize.text(text.replacingOccurrences(of: "|", with: " "))
        guard let match = collapsed.firstMatch(of: /^(\d+(?:\.\d+)?) miles? in an? ([NSEW]{1,3}) direction from (.+)$/) else {
            throw Normalize.Failure(description: "\"\(text)\" is not a distance and direction such as \"7.6 miles in a SW direction from BRYAN\"")
        }
        return "\(match.1) miles \(match.2) of \(match.3)"
    }
}
