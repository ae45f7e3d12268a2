import PushbackModel

/// The documents of one kind on file for a well, judged against a recency window: on file (true),
/// none or none recent enough (false), or only ones whose date cannot be read (unknown).
struct DocumentsOnFile {
    let matching: [DocumentOnFile]
    let truth: ConditionResult.Truth
    /// The most recent dated one, or the undated ones, as a finding shows them.
    let shown: String

    init(kind: DocumentKind, within: CalendarPeriod?, documents: [DocumentOnFile], asOf: CalendarDate) {
        matching = documents.filter { $0.kind == kind }
        let dated = matching.compactMap { document in document.date?.date.map { (document, $0) } }.filter { $0.1 <= asOf }
        let latest = dated.max { $0.1 < $1.1 }
        func place(_ document: DocumentOnFile) -> String { document.evidence.place }
        guard !matching.isEmpty else {
            truth = .false
            shown = "none (no \(kind) naming the well among the documents read)"
            return
        }
        guard let within else {
            truth = .true
            shown = latest.map { "dated \($0.1), \(place($0.0))" } ?? "\(place(matching[0]))"
            return
        }
        if let latest, within.after(latest.1) >= asOf {
            truth = .true
            shown = "dated \(latest.1), \(place(latest.0))"
        } else if matching.contains(where: { $0.date?.date == nil }) {
            truth = .unknown
            shown = matching.filter { $0.date?.date == nil }.map { "\(place($0)) (date \($0.date.map { "\"\($0.written)\"" } ?? "not given"))" }.joined(separator: "; ")
        } else {
            truth = .false
            shown = latest.map { "latest dated \($0.1), \(place($0.0)) — more than \(within) before \(asOf)" } ?? "none dated on or before \(asOf)"
        }
    }
}
