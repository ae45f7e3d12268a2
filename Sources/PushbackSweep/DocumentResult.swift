import PushbackModel

/// What a sweep keeps of one filing or quarantined document: the same whether it was read now
/// or taken from the store's cache (an unchanged scan is not OCR'd twice). Registries are not
/// cached: they are re-read each run (a million rows a second) into the entities rules need.
struct DocumentResult: Codable {
    var outcome: DocumentOutcome
    var problems: [IntakeProblem]
    var facts: [Fact]
    var kind: String?
}
