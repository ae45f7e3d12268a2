import PushbackModel
import PushbackYAML

extension RuleFixture {
    /// A filing (or JSA) as the filing checks see it: what it says about which well it is, its
    /// history, and its casing record —
    /// `{file, kind, api, lease, well_number, operator, county, total_depth, date, casing: [{type, hole, size, depth, sacks, top}],
    ///   permit_number, well_type, approved_date, permit_date, spud_date, completion_date, plugging_date, status, status_date}`.
    /// An `api` that does not read is kept as written, as an extractor keeps it; a milestone date
    /// written `{unreadable: "O6/O2/2O11"}` is one on the filing that does not read.
    static func filing(_ node: YAMLNode) throws(YAMLError) -> (WellIdentityStatement, WellHistoryStatement?, [FiledCasingString]) {
        try node.checkKeys(allowed: historyKeys.union(["file", "kind", "api", "lease", "well_number", "operator", "county", "total_depth", "date", "casing"]))
        let kind = DocumentKind(rawValue: try node.required("kind").string())
        let file = try node.optional("file")?.string() ?? "\(kind) (fixture line \(node.line))"
        let document = SourceReference(sha256: "fixture-filing-\(node.line)", path: file)
        func stated(_ key: String) throws(YAMLError) -> StatedValue? {
            try node.optional(key).map { n throws(YAMLError) in StatedValue(try n.string(), evidence: Evidence(source: document, line: n.line, field: key, quote: try n.string())) }
        }
        let written = try stated("api")
        var api: String?, problem: String?
        if let written {
            do { api = try APIWellNumber.parse(written.value).normalized } catch { problem = "\(error)" }
        }
        let statement = WellIdentityStatement(
            document: document, documentKind: kind, date: try node.optional("date")?.isoDate(), writtenAPI: written, api: api, apiProblem: problem,
            lease: try stated("lease"), wellNumber: try stated("well_number"), operatorName: try stated("operator"), county: try stated("county"),
            totalDepthFeet: try stated("total_depth")
        )
        let rows = try (node.optional("casing")?.array() ?? []).enumerated().map { index, row throws(YAMLError) in
            try row.checkKeys(allowed: ["type", "hole", "size", "depth", "sacks", "top"])
            func number(_ key: String) throws(YAMLError) -> Double? { try row.optional(key)?.double() }
            return FiledCasingString(
                document: document, documentKind: kind, api: api, row: index + 1, type: try row.optional("type")?.string(), holeSizeInches: try number("hole"),
                sizeInches: try number("size"), settingDepthFeet: try number("depth"), cementSacks: try number("sacks"), topOfCementFeet: try number("top"),
                evidence: Evidence(source: document, line: row.line, field: "casing[\(index + 1)]", quote: "fixture casing row \(index + 1)")
            )
        }
        return (statement, try history(node, document: document, kind: kind, api: api), rows)
    }

    private static let milestoneKeys = ["approved_date", "permit_date", "spud_date", "completion_date", "plugging_date"]
    private static let historyKeys = Set(milestoneKeys + ["permit_number", "well_type", "status", "status_date"])

    /// The filing's history statement, or nil when the fixture gives it no milestone or type.
    private static func history(_ node: YAMLNode, document: SourceReference, kind: DocumentKind, api: String?) throws(YAMLError) -> WellHistoryStatement? {
        let keys = Set(try node.entries().map(\.key))
        guard !keys.isDisjoint(with: historyKeys) else { return nil }
        func stated(_ key: String) throws(YAMLError) -> StatedValue? {
            try node.optional(key).map { n throws(YAMLError) in StatedValue(try n.string(), evidence: Evidence(source: document, line: n.line, field: key, quote: try n.string())) }
        }
        func dated(_ key: String) throws(YAMLError) -> (date: String?, evidence: Evidence, problem: String?)? {
            guard let n = try node.optional(key) else { return nil }
            if n.isMapping {
                try n.checkKeys(allowed: ["unreadable"])
                let written = try n.required("unreadable").string()
                return (nil, Evidence(source: document, line: n.line, field: key, quote: written), "\"\(written)\" does not read as a date")
            }
            let date = try n.isoDate()
            return (date, Evidence(source: document, line: n.line, field: key, quote: date), nil)
        }
        var events: [WellHistoryStatement.Event] = []
        for key in milestoneKeys {
            guard let (date, evidence, problem) = try dated(key) else { continue }
            guard let milestone = WellHistoryStatement.Milestone(factName: key, documentKind: kind) else {
                throw node.error("\(key) dates nothing on a \(kind) (approved_date is a W-1's)")
            }
            events.append(WellHistoryStatement.Event(milestone: milestone, date: date, evidence: evidence, problem: problem))
        }
        switch (try stated("status"), try dated("status_date")) {
        case (let status?, let (date, evidence, problem)?): events.append(WellHistoryStatement.Event(status: status, on: date, documentKind: kind, evidence: evidence, problem: problem))
        case (nil, nil): break
        default: throw node.error("status and status_date go together")
        }
        return WellHistoryStatement(document: document, documentKind: kind, api: api, permitNumber: try stated("permit_number"), events: events, wellType: try stated("well_type"))
    }
}
