import PushbackIntake
import PushbackModel

/// Builds what the cross-document filing checks know from the facts extractors stored: what each
/// document (filing or JSA) says about which well it is, what each filing says about the well's
/// history, the casing records filings list, and the later versions of filings filed again.
enum FilingRecords {
    /// The fact names read for identity statements.
    static let identityFacts = ["api", "lease", "lease_name", "well_number", "operator", "county", "total_depth"] + dateFacts
    /// A document's own date, the first of these it gives.
    static let dateFacts = ["signed_date", "approved_date", "completion_date", "plugging_date", "test_date", "date"]

    /// One statement per document that writes an API number or a lease (by document path).
    static func identities(_ facts: [(kind: String, fact: Fact)]) -> [WellIdentityStatement] {
        let byDocument = Dictionary(grouping: facts, by: \.fact.evidence.source.path)
        return byDocument.keys.sorted().compactMap { path -> WellIdentityStatement? in
            let items = byDocument[path] ?? []
            func stated(_ names: String...) -> StatedValue? {
                for name in names {
                    if let fact = items.first(where: { $0.fact.name == name && $0.fact.isReadable }) { return StatedValue(fact.fact.normalized ?? fact.fact.raw, evidence: fact.fact.evidence) }
                }
                return nil
            }
            let apiFact = items.first { $0.fact.name == "api" && !$0.fact.raw.isEmpty }?.fact
            let lease = stated("lease_name", "lease")
            guard apiFact != nil || lease != nil, let first = items.first else { return nil }
            // Extractors keep some API numbers as written (JSAs): every one is read here the same way.
            var api: String?, apiProblem: String?
            if let apiFact {
                do { api = try APIWellNumber.parse(apiFact.normalized ?? apiFact.raw).normalized } catch { apiProblem = apiFact.problem ?? "\(error)" }
            }
            let date = dateFacts.lazy.compactMap { name in items.first { $0.fact.name == name && $0.fact.isReadable }?.fact.normalized }.first
            return WellIdentityStatement(
                document: first.fact.evidence.source, documentKind: DocumentKind(rawValue: first.kind), date: date,
                writtenAPI: apiFact.map { StatedValue($0.raw, evidence: $0.evidence) }, api: api, apiProblem: apiProblem,
                lease: lease, wellNumber: stated("well_number"), operatorName: stated("operator"), county: stated("county"), totalDepthFeet: stated("total_depth")
            )
        }
    }

    /// The fact names read for history statements.
    static let historyFacts = ["approved_date", "permit_date", "spud_date", "completion_date", "plugging_date", "status", "status_date", "permit_number", "well_type", "well_classification"]

    /// One statement per filing (not JSA) that dates a milestone of its well or types it, with
    /// the API number its identity statement reads.
    static func histories(_ facts: [(kind: String, fact: Fact)], identities: [WellIdentityStatement]) -> [WellHistoryStatement] {
        let apis = Dictionary(identities.map { ($0.document.path, $0.api) }, uniquingKeysWith: { first, _ in first })
        let byDocument = Dictionary(grouping: facts.filter { $0.kind != DocumentKind.jsa.rawValue }, by: \.fact.evidence.source.path)
        return byDocument.keys.sorted().compactMap { path -> WellHistoryStatement? in
            let items = byDocument[path] ?? []
            guard let first = items.first else { return nil }
            let kind = DocumentKind(rawValue: first.kind)
            func stated(_ name: String) -> StatedValue? {
                items.first { $0.fact.name == name && $0.fact.isReadable }.map { StatedValue($0.fact.normalized ?? $0.fact.raw, evidence: $0.fact.evidence) }
            }
            // A field left blank dates nothing; one written but unreadable is kept with its problem.
            func event(_ milestone: WellHistoryStatement.Milestone, _ fact: Fact) -> WellHistoryStatement.Event? {
                guard fact.isReadable || !fact.raw.allSatisfy(\.isWhitespace) else { return nil }
                return WellHistoryStatement.Event(milestone: milestone, date: fact.normalized, evidence: fact.evidence, problem: fact.isReadable ? nil : fact.problem)
            }
            var events = items.compactMap { item in WellHistoryStatement.Milestone(factName: item.fact.name, documentKind: kind).flatMap { event($0, item.fact) } }
            if let status = stated("status"), let dated = items.first(where: { $0.fact.name == "status_date" })?.fact, event(.statusReported, dated) != nil {
                events.append(WellHistoryStatement.Event(status: status, on: dated.normalized, documentKind: kind, evidence: dated.evidence, problem: dated.isReadable ? nil : dated.problem))
            }
            let wellType = stated("well_type") ?? stated("well_classification")
            guard !events.isEmpty || wellType != nil else { return nil }
            return WellHistoryStatement(document: first.fact.evidence.source, documentKind: kind, api: apis[path] ?? nil, permitNumber: stated("permit_number"), events: events, wellType: wellType)
        }
    }

    /// The rows of every filing's casing record (`casing[N].size`, …), each with the API number
    /// its filing gives.
    static func casingStrings(_ facts: [(kind: String, fact: Fact)], identities: [WellIdentityStatement]) -> [FiledCasingString] {
        let apis = Dictionary(identities.map { ($0.document.path, $0.api) }, uniquingKeysWith: { first, _ in first })
        var rows: [String: [(kind: String, fact: Fact)]] = [:]
        var order: [String] = []
        for item in facts {
            guard let match = item.fact.name.wholeMatch(of: /casing\[(\d+)\]\.(.+)/) else { continue }
            let key = "\(item.fact.evidence.source.path)\u{0}\(match.1)"
            if rows[key] == nil { order.append(key) }
            rows[key, default: []].append(item)
        }
        return order.compactMap { key -> FiledCasingString? in
            guard let cells = rows[key], let first = cells.first, let row = Int(key.split(separator: "\u{0}").last ?? "") else { return nil }
            func value(_ field: String) -> Fact? { cells.first { $0.fact.name.hasSuffix("].\(field)") }?.fact }
            func number(_ field: String) -> Double? { value(field).flatMap { $0.isReadable ? $0.normalized.flatMap(Double.init) : nil } }
            var evidence = first.fact.evidence
            evidence.field = "casing[\(row)]"
            let source = first.fact.evidence.source
            return FiledCasingString(
                document: source, documentKind: DocumentKind(rawValue: first.kind), api: apis[source.path] ?? nil, row: row,
                type: value("type").flatMap { $0.isReadable ? $0.normalized : nil }, holeSizeInches: number("hole_size"), sizeInches: number("size"),
                settingDepthFeet: number("setting_depth"), cementSacks: number("cement_sacks"), topOfCementFeet: number("top_of_cement"), evidence: evidence
            )
        }
    }

    /// Later versions of the same filing among the run's documents (JSAs are never versions of
    /// each other), from every stored fact of each document.
    static func amendments(_ facts: [(kind: String, fact: Fact)]) -> [FilingAmendment] {
        var documents: [DocumentVersions.Document] = []
        var index: [String: Int] = [:]
        for item in facts {
            let source = item.fact.evidence.source
            if let at = index[source.path] {
                documents[at].facts.append(item.fact)
            } else {
                index[source.path] = documents.count
                documents.append(DocumentVersions.Document(kind: DocumentKind(rawValue: item.kind), source: source, facts: [item.fact]))
            }
        }
        return DocumentVersions(documents: documents).amendments
    }
}
