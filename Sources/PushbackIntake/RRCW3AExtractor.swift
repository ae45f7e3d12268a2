import PushbackModel

/// Texas RRC Form W-3A, Notice of Intention to Plug and Abandon (the approved, flattened PDF the
/// RRC issues: read from its text layer by the form's labelled boxes).
struct RRCW3AExtractor: DocumentExtractor {
    let kind = DocumentKind.rrcW3A
    let name = "rrc-w3a"
    let version = 1

    func extract(_ document: DocumentText) -> [Fact] {
        let reader = FactReader(document: document, extractor: identifier)
        var facts: [Fact?] = [
            reader.fact("operator", reader.below(#"1\. Operator's Name"#, lookahead: 1), normalize: Normalize.text),
            reader.fact("permit_number", reader.below(#"6\. Drilling Permit No"#, value: #"\d{4,8}"#), normalize: Normalize.number),
            reader.fact("api", reader.below(#"5\. API No"#, value: #"[\d-]{8,14}"#), normalize: { try Normalize.api($0, assumedState: "42") }),
            reader.fact("operator_number", reader.below(#"2\. RRC Operator No"#, value: #"\d{3,7}"#), normalize: Normalize.number),
            reader.fact("county", reader.below(#"4\. County of Well Site"#, value: #"[A-Z][A-Z .'-]+"#), normalize: Normalize.text),
            reader.fact("district", reader.below(#"3\. District No"#, value: #"\d{1,2}[A-Z]?"#), normalize: Normalize.text),
            reader.fact("lease_number", reader.below(#"8\. Oil Lease No"#, value: #"\d{3,7}"#), normalize: Normalize.number),
            reader.fact("well_number", reader.below(#"9\. Well No"#, value: #"[A-Z0-9-]{1,10}"#), normalize: Normalize.text),
            reader.fact("field", reader.below(#"10\. Field Name"#, lookahead: 1), normalize: Normalize.text),
            reader.fact("lease_name", reader.below(#"11\. Lease Name"#, lookahead: 1), normalize: Normalize.text),
            reader.fact("section", reader.first(#"Section No\.\s+(\S+)"#), normalize: Normalize.text),
            reader.fact("block", reader.first(#"Block No\s+(.+?)\s+Survey"#), normalize: Normalize.text),
            reader.fact("survey", reader.first(#"Survey and Survey No\s+(.+?)\s{3}Abstract"#), normalize: Normalize.text),
            reader.fact("abstract", reader.first(#"Abstract No\.\s*(A-\s*\d+)"#), normalize: { try Normalize.text($0.replacingOccurrences(of: " ", with: "")) }),
            reader.fact("location_description", reader.first(#"(\d+(?:\.\d+)?\s+miles?\s+[NSEW]{1,3}\s+of\s+[A-Za-z .]+?)\s*$"#), normalize: Normalize.text),
            reader.fact("well_type", reader.below(#"13\. Type of well"#, value: #"[A-Za-z ]+"#), normalize: Normalize.text),
            reader.fact("completion_type", reader.below(#"14\. Type of completion"#, value: #"[A-Za-z ]+"#), normalize: Normalize.text),
            reader.fact("total_depth", reader.below(#"15\. Total depth"#, value: #"\d{2,6}"#), unit: "ft", normalize: Normalize.number),
            reader.fact("plugging_date", reader.first(#"plugging date for this well is:\s*(.+)$"#).map { hit in
                var hit = hit
                // The year wraps onto the next line of the form.
                if let next = document.pages.first(where: { $0.number == hit.page })?.lines.first(where: { $0.number == hit.line.number + 1 }),
                   next.text.trimmingCharacters(in: .whitespaces).count == 4 { hit.text += ", " + next.text.trimmingCharacters(in: .whitespaces) }
                return hit
            }, normalize: Normalize.date),
        ]
        let casingRows = reader.table(
            title: #"Casing record"#,
            columns: [("type", "Type"), ("hole_size", "Hole"), ("size", "Size"), ("setting_depth", "Depth"), ("cement_sacks", "Cement"), ("top_of_cement", "cement")],
            row: #"Casing|Conductor|Surface|Intermediate|Production|Liner"#,
            end: #"WARNING|^19\."#
        )
        for (index, row) in casingRows.enumerated() {
            let prefix = "casing[\(index + 1)]."
            facts.append(reader.fact(prefix + "type", row.cells["type"], normalize: Normalize.text))
            facts.append(reader.fact(prefix + "hole_size", row.cells["hole_size"], unit: "in", normalize: Normalize.fraction))
            facts.append(reader.fact(prefix + "size", row.cells["size"], unit: "in", normalize: Normalize.fraction))
            facts.append(reader.fact(prefix + "setting_depth", row.cells["setting_depth"], unit: "ft", normalize: Normalize.number))
            facts.append(reader.fact(prefix + "cement_sacks", row.cells["cement_sacks"], unit: "sacks", normalize: Normalize.number))
            facts.append(reader.fact(prefix + "top_of_cement", row.cells["top_of_cement"], unit: "ft", normalize: Normalize.number))
        }
        for (index, hit) in reader.matches(#"Interval \(ft\)\s+(\d+\s+to\s+\d+)"#).enumerated() {
            facts.append(reader.fact("perforations[\(index + 1)].interval", hit, unit: "ft", normalize: Self.interval))
        }
        // Blank rows of the form's plug table ("Set at or from feet to feet with sacks") are not plugs.
        let plugs = reader.matches(#"Plugging Proposal Type\s+(.+)$"#).filter { !$0.text.hasPrefix("Set at or from") }
        for (index, hit) in plugs.enumerated() {
            facts.append(reader.fact("plug[\(index + 1)]", hit, normalize: Self.plug))
        }
        return facts.compactMap { $0 }
    }

    /// `8110 to 10914` → `8110-10914`.
    static func interval(_ text: String) throws -> String {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count == 2, numbers[0] <= numbers[1] else { throw Normalize.Failure(description: "\"\(text)\" is not an interval such as 8110 to 10914") }
        return "\(numbers[0])-\(numbers[1])"
    }

    /// `Cement Plug   Set at or from 7990   feet to 7890 feet with   40   sacks` → `Cement Plug 7990-7890 ft 40 sacks`.
    static func plug(_ text: String) throws -> String {
        let collapsed = try Normalize.text(text)
        guard let typeEnd = collapsed.range(of: " Set at or from") else { throw Normalize.Failure(description: "no plug type") }
        let type = String(collapsed[..<typeEnd.lowerBound])
        let rest = collapsed[typeEnd.upperBound...]
        let numbers = rest.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 3 else { return "\(type) (depths not given)" }
        return "\(type) \(numbers[0])-\(numbers[1]) ft \(numbers[2]) sacks"
    }
}
