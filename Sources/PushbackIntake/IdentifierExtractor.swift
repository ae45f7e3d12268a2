import PushbackModel

/// The identifying facts any Texas or Colorado filing may carry — API number, dates, lease —
/// for documents without a dedicated extractor (letters, log headers, plats) and as a base for
/// the form extractors.
struct IdentifierExtractor: DocumentExtractor {
    let kind: DocumentKind
    let name = "identifiers"
    let version = 1
    /// API state code assumed for numbers written without one (42 for RRC documents).
    let assumedState: String?

    func extract(_ document: DocumentText) -> [Fact] {
        let reader = FactReader(document: document, extractor: identifier)
        var facts: [Fact] = []
        let apiPatterns = [
            #"API\s*(?:No\.?|Number|#)?\s*[:#|]?\s*((?:\d{2}-)?\d{3}-\d{5}(?:-\d{2}){0,2})"#,
            #"API\s*(?:No\.?|Number|#)?\s*[:#|]?\s*(\d{2}-\d{8})\b"#,
            #"API\s*(?:No\.?|Number|#)\}?\s*[:#]?\s*(\d{8}(?:\d{2})?)\b"#,
        ]
        var seen = Set<String>()
        for pattern in apiPatterns {
            for hit in reader.matches(pattern) {
                guard let fact = reader.fact("api", hit, normalize: { try Normalize.api($0, assumedState: assumedState) }),
                      seen.insert(fact.normalized ?? fact.raw).inserted
                else { continue }
                facts.append(fact)
            }
        }
        if let date = reader.first(#"\b((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\b"#) {
            facts.append(reader.fact("date", date, normalize: Normalize.date)!)
        }
        if let lease = reader.first(#"(?:RRC\s+)?Lease\s*(?:ID\s*)?(?:No\.?|#|Number)\s*[:#|]?\s*(\d{3,6})\b"#) {
            facts.append(reader.fact("lease_number", lease, normalize: Normalize.number)!)
        }
        return facts
    }
}
