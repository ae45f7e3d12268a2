import PushbackModel

/// Builds what the cross-document checks know of each JSA from the facts its extractor stored:
/// the well (the registry well it was tied to, else the API number it writes), the day, the clock
/// its times were written on (`JSAClock`), and the JSA itself read back from its facts.
enum JSARecords {
    static func build(facts: [Fact], links: [DocumentWellLink]) -> [JSAOnFile] {
        let byDocument = Dictionary(grouping: facts, by: \.evidence.source.path)
        return links.map { link in
            let own = byDocument[link.document.path] ?? []
            let dateFact = own.first { $0.name == "date" && $0.isReadable }
            let date = dateFact.flatMap { CalendarDate(iso: $0.normalized ?? "") }
            let written = own.first { $0.name == "api" }?.normalized.flatMap { try? APIWellNumber.parse($0) }
            let tied = link.wellAPI.flatMap { try? APIWellNumber.parse($0) }
            let api = tied ?? written
            let wellBasis = tied != nil
                ? "tied to registry well \(tied!.formatted)\(link.wellName.map { " (\($0))" } ?? "") by \(link.basis?.rawValue ?? "its API number")"
                : written.map { "the API number written on it, \($0.formatted) (no registry well in the inbox)" } ?? "no well: \(link.note ?? "no API number or name that ties it")"
            let clock = JSAClock.offset(api: api, on: date)
            var record = JSAOnFile(document: link.document, api: api?.normalized, wellBasis: wellBasis, date: date, dateEvidence: dateFact?.evidence,
                                   utcOffsetMinutes: clock.minutes, clockBasis: clock.basis, jsa: JobSafetyAnalysis(facts: own))
            record.wellStatus = tied == nil ? nil : link.wellStatus.map(WellStatus.init(rawValue:))
            record.wellSource = tied == nil ? nil : link.wellSource
            return record
        }
    }
}
