import PushbackModel

/// Turns a JSA read by `JSAReader` into facts, so a sweep stores it like any filing: the header
/// fields by name, lists by position (`ppe[2]`, `step[3].hazard[1]`), readings, claims and
/// sign-offs each with a normalized value a reader can scan and the quoted line as evidence.
struct JSAExtractor: DocumentExtractor {
    let kind = DocumentKind.jsa
    let name = "jsa"
    let version = 2
    let reader: JSAReader

    init(lexicon: OilfieldLexicon) { reader = JSAReader(lexicon: lexicon) }

    func extract(_ document: DocumentText) -> [Fact] {
        let jsa = reader.read(document)
        let methods = Dictionary(document.pages.map { ($0.number, ($0.method, $0.ocrConfidence)) }, uniquingKeysWith: { first, _ in first })
        var facts: [Fact] = []
        func add(_ name: String, raw: String, normalized: String?, unit: String? = nil, evidence: Evidence) {
            let (method, ocr) = methods[evidence.page ?? 1] ?? (.plainText, nil)
            facts.append(Fact(name: name, raw: raw, normalized: normalized, unit: unit, evidence: evidence, method: method, confidence: ocr ?? 1, extractor: identifier))
        }
        for entry in jsa.factEntries { add(entry.name, raw: entry.raw, normalized: entry.normalized, unit: entry.unit, evidence: entry.evidence) }
        return facts
    }
}
