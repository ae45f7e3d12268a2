import PushbackModel

/// Turns a JSA read by `JSAReader` into facts, so a sweep stores it like any filing: the header
/// fields by name, lists by position (`ppe[2]`, `step[3].hazard[1]`), readings, claims and
/// sign-offs each with a normalized value a reader can scan and the quoted line as evidence.
struct JSAExtractor: DocumentExtractor {
    let kind = DocumentKind.jsa
    let name = "jsa"
    let version = 1
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
        for (field, item) in [("company", jsa.company), ("job", jsa.job), ("date", jsa.date), ("start_time", jsa.startTime), ("api", jsa.wellAPI),
                              ("lease", jsa.lease), ("well_number", jsa.wellNumber), ("location_description", jsa.locationText),
                              ("person_in_charge", jsa.personInCharge), ("emergency_contact", jsa.emergencyContact)] {
            if let item { add(field, raw: item.evidence.quote, normalized: item.value, evidence: item.evidence) }
        }
        if let swa = jsa.stopWorkAuthority { add("stop_work_authority", raw: swa.evidence.quote, normalized: String(swa.value), evidence: swa.evidence) }
        for (index, item) in jsa.ppe.enumerated() { add("ppe[\(index + 1)]", raw: item.evidence.quote, normalized: item.value, evidence: item.evidence) }
        for (index, item) in jsa.permits.enumerated() { add("permit[\(index + 1)]", raw: item.evidence.quote, normalized: item.value, evidence: item.evidence) }
        for (index, step) in jsa.steps.enumerated() {
            let name = "step[\(index + 1)]"
            if !step.text.isEmpty { add(name, raw: step.text, normalized: step.text, evidence: step.evidence) }
            for (number, hazard) in step.hazards.enumerated() { add("\(name).hazard[\(number + 1)]", raw: hazard, normalized: hazard, evidence: step.evidence) }
            for (number, control) in step.controls.enumerated() { add("\(name).control[\(number + 1)]", raw: control, normalized: control, evidence: step.evidence) }
        }
        for (index, reading) in jsa.gasReadings.enumerated() {
            let value = JobSafetyAnalysis.Claim.plain(reading.value)
            add("gas[\(index + 1)].\(reading.gas)", raw: reading.evidence.quote, normalized: value + (reading.time.map { " at \($0)" } ?? ""), unit: reading.unit, evidence: reading.evidence)
        }
        for (index, claim) in jsa.claims.enumerated() {
            add("claim[\(index + 1)]", raw: claim.text, normalized: claim.summary, unit: claim.unit, evidence: claim.evidence)
        }
        for (index, signOff) in jsa.signOffs.enumerated() {
            let normalized = signOff.name + (signOff.role.map { " (\($0))" } ?? "") + " " + (signOff.time ?? "no time")
            add("signoff[\(index + 1)]", raw: signOff.evidence.quote, normalized: normalized, evidence: signOff.evidence)
        }
        return facts
    }
}
