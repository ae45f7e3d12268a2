import PushbackModel

/// The documents on file for a well that pass a `DocumentTest`, judged against its dates: on
/// file (true), none or none recent enough (false), or only ones whose date cannot be read
/// (unknown).
struct DocumentsOnFile {
    let matching: [DocumentOnFile]
    let truth: ConditionResult.Truth
    /// The most recent dated one, or the undated ones, as a finding shows them.
    let shown: String

    /// `earliest`: the well's date the test's `since` names (nil when it has none).
    init(_ test: DocumentTest, earliest: CalendarDate?, documents: [DocumentOnFile], asOf: CalendarDate) {
        matching = documents.isEmpty ? [] : documents.filter(test.matches)
        let dated = matching.compactMap { document in document.date?.date.map { (document, $0) } }.filter { $0.1 <= asOf }
        let latest = dated.max { $0.1 < $1.1 }
        func place(_ document: DocumentOnFile) -> String { document.evidence.place }
        guard !matching.isEmpty else {
            truth = .false
            shown = "none (no \(test.described) naming the well among the documents read)"
            return
        }
        let since = test.since.flatMap { fact in earliest.map { (fact, $0) } }
        guard test.within != nil || since != nil else {
            truth = .true
            shown = latest.map { "dated \($0.1), \(place($0.0))" } ?? "\(place(matching[0]))"
            return
        }
        /// Why a date is too old, or nil when it is recent enough.
        func tooOld(_ date: CalendarDate) -> String? {
            if let within = test.within, within.after(date) < asOf { return "more than \(within) before \(asOf)" }
            if let (fact, earliest) = since, date < earliest { return "before \(fact.name) \(earliest)" }
            return nil
        }
        if let latest, tooOld(latest.1) == nil {
            truth = .true
            shown = "dated \(latest.1), \(place(latest.0))"
        } else if matching.contains(where: { $0.date?.date == nil }) {
            truth = .unknown
            shown = matching.filter { $0.date?.date == nil }.map { "\(place($0)) (date \($0.date.map { "\"\($0.written)\"" } ?? "not given"))" }.joined(separator: "; ")
        } else {
            truth = .false
            shown = latest.map { "latest dated \($0.1), \(place($0.0)) — \(tooOld($0.1)!)" } ?? "none dated on or before \(asOf)"
        }
    }
}
