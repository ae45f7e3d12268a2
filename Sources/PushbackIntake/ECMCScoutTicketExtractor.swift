import PushbackModel

/// Colorado ECMC (COGIS) well scout card, the HTML page ECMC publishes per well: identity,
/// operator, status, surface location (PLSS, footages, latitude/longitude as planned and as
/// drilled), and per wellbore its status, depths and the casing actually set with its cement.
struct ECMCScoutTicketExtractor: DocumentExtractor {
    let kind = DocumentKind.ecmcScoutTicket
    let name = "ecmc-scout"
    let version = 2

    func extract(_ document: DocumentText) -> [Fact] {
        let reader = FactReader(document: document, extractor: identifier)
        let api = { (text: String) throws -> String in try Normalize.api(text, assumedState: "05") }
        var facts: [Fact?] = [
            reader.fact("api", reader.first(#"API#\s*([\d-]+)"#), normalize: api),
            reader.fact("well_classification", reader.first(#"Well Classification:\s*([A-Z]{2,3})\b"#), normalize: Normalize.text),
            reader.fact("status", reader.first(#"^API#.*\bStatus:\s*([A-Z]{2})\b"#), normalize: Normalize.text),
            reader.fact("status_date", reader.first(#"^API#.*\bStatus:\s*[A-Z]{2}\s*-\s*(\d{1,2}/\d{1,2}/\d{4})"#), normalize: Normalize.date),
            reader.fact("well_name", reader.value(#"Well Name/No"#, value: #".*[A-Za-z0-9].*"#), normalize: Normalize.text),
            reader.fact("operator", reader.value(#"Operator"#, value: #"(.+?)\s+-\s+\d+"#), normalize: Normalize.text),
            reader.fact("operator_number", reader.value(#"Operator"#, value: #".+?\s+-\s+(\d+)"#), normalize: Normalize.number),
            reader.fact("facility_status", reader.value(#"Facility Status"#, value: #"[A-Z]{2}"#), normalize: Normalize.text),
            reader.fact("county", reader.value(#"County"#, value: #"([A-Z][A-Z ]+?)\s*(?:#\d+)?"#), normalize: Normalize.text),
            reader.fact("plss_location", reader.value(#"Location"#, value: #"[A-Z]{2,4}\s+\d{1,2}\s+\d{1,2}[NS]\s*\d{1,3}[EW]\s+\d"#), normalize: Normalize.text),
            reader.fact("field", reader.value(#"Field"#, value: #".*[A-Z]{2}.*"#), normalize: Normalize.text),
            reader.fact("ground_elevation", reader.value(#"Elevation"#, value: #"(\d+)\s*ft\.?"#), unit: "ft", normalize: Normalize.number),
            reader.fact("planned_footage", reader.value(#"Planned Location"#, value: #"\d+\s*F[NS]L\s*\d+\s*F[EW]L"#), normalize: Normalize.text),
            reader.fact("spud_date", reader.value(#"Spud Date"#, value: #"\d{1,2}/\d{1,2}/\d{4}"#), normalize: Normalize.date),
        ]
        // Planned and as-drilled coordinates, as ECMC gives them.
        for (index, prefix) in ["planned", "as_drilled"].enumerated() {
            let hits = reader.matches(#"Lat/Long:\s*(-?\d+\.\d+\s*/\s*-?\d+\.\d+)"#)
            guard index < hits.count else { continue }
            facts.append(reader.fact(prefix + "_latitude", hits[index], normalize: { try Normalize.number(String($0.split(separator: "/")[0])) }))
            facts.append(reader.fact(prefix + "_longitude", hits[index], normalize: { try Normalize.number(String($0.split(separator: "/")[1])) }))
        }
        facts += wellbores(document, reader: reader)
        return facts.compactMap { $0 }
    }

    /// Per wellbore (`Wellbore #00`, `Sidetrack #01`): status, measured and vertical depth, and the
    /// casing strings cited as ACTUAL, each with the cement record that follows it; and the
    /// original wellbore's surface casing setting depth as `surface_casing_depth`.
    private func wellbores(_ document: DocumentText, reader: FactReader) -> [Fact?] {
        var facts: [Fact?] = []
        var wellbore: String?
        var casingIndex = 0
        for (page, line) in document.allLines {
            let text = line.text
            func hit(_ value: String) -> FactReader.Hit { FactReader.Hit(page: page, line: line, text: value, tokens: []) }
            if let match = text.firstMatch(of: /^(?:Wellbore|Sidetrack) #(\d+) Wellbore Classification: \w+ Status: (\w+) - (\S+) Measured TD: (\d+) ft\. Vertical TD: (\d+) ft\./) {
                let number = String(match.1)
                wellbore = number
                casingIndex = 0
                let prefix = "wellbore[\(number)]."
                facts.append(reader.fact(prefix + "status", hit(String(match.2)), normalize: Normalize.text))
                facts.append(reader.fact(prefix + "status_date", hit(String(match.3)), normalize: Normalize.date))
                facts.append(reader.fact(prefix + "measured_depth", hit(String(match.4)), unit: "ft", normalize: Normalize.number))
                facts.append(reader.fact(prefix + "vertical_depth", hit(String(match.5)), unit: "ft", normalize: Normalize.number))
                continue
            }
            guard let wellbore, text.hasPrefix("Casing:"), text.contains("Citings Type: ACTUAL"),
                  let match = text.firstMatch(of: /String Type: ([^,]+), Hole Size: ([\d.]*)(?: in\.)?, Size: ([\d.]*)(?: in\.)?, Top: [^,]*, Depth: (\d*)/)
            else { continue }
            casingIndex += 1
            let prefix = "wellbore[\(wellbore)].casing[\(casingIndex)]."
            facts.append(reader.fact(prefix + "type", hit(String(match.1)), normalize: Normalize.text))
            facts.append(reader.fact(prefix + "hole_size", hit(String(match.2)), unit: "in", normalize: Normalize.number))
            facts.append(reader.fact(prefix + "size", hit(String(match.3)), unit: "in", normalize: Normalize.number))
            facts.append(reader.fact(prefix + "setting_depth", hit(String(match.4)), unit: "ft", normalize: Normalize.number))
            // The original wellbore's surface casing shoe, which Rule 419's bradenhead trigger is measured from.
            if wellbore == "00", String(match.1) == "SURF", !facts.contains(where: { $0?.name == "surface_casing_depth" }) {
                facts.append(reader.fact("surface_casing_depth", hit(String(match.4)), unit: "ft", normalize: Normalize.number))
            }
            // The cement record is the next line.
            if let cementLine = document.pages.first(where: { $0.number == page })?.lines.first(where: { $0.number == line.number + 1 }),
               let cement = cementLine.text.firstMatch(of: /^Cement: \| Sacks: (\d*), Top: (\d*)/) {
                let cementHit = { (value: Substring) in FactReader.Hit(page: page, line: cementLine, text: String(value), tokens: []) }
                facts.append(reader.fact(prefix + "cement_sacks", cementHit(cement.1), unit: "sacks", normalize: Normalize.number))
                facts.append(reader.fact(prefix + "top_of_cement", cementHit(cement.2), unit: "ft", normalize: Normalize.number))
            }
        }
        return facts
    }
}
