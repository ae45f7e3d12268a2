import PushbackModel

/// What a sweep keeps of one document: the same whether it was read now or taken from the
/// store's cache (an unchanged scan is not OCR'd twice, an unchanged registry not re-read unless a
/// rule must be evaluated again).
///
/// The cached form leaves out the facts, which the store keeps once per document and reader.
struct DocumentResult: Codable {
    var outcome: DocumentOutcome
    var problems: [IntakeProblem]
    /// Facts read from a filing (empty for registries and when taken from the cache).
    var facts: [Fact] = []
    /// The filing's kind (`rrc-w2`, …); nil for registries.
    var kind: String?
    /// What a registry lists (`well`, `receptor`, `production`, `reading`); nil for filings.
    var entity: String?
    var wells = 0
    var receptors = 0
    var readings = 0

    private enum CodingKeys: String, CodingKey { case outcome, problems, kind, entity, wells, receptors, readings }

    /// Rows of a registry that were lost (not read): entities nobody can check.
    var lostRecords: [IntakeProblem] { problems.filter { $0.scope == .record } }
}
