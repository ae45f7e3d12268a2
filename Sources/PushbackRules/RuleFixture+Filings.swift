import PushbackModel
import PushbackYAML

extension RuleFixture {
    /// A filing (or JSA) as the filing checks see it: what it says about which well it is, and
    /// its casing record —
    /// `{file, kind, api, lease, well_number, operator, county, total_depth, date, casing: [{type, hole, size, depth, sacks, top}]}`.
    /// An `api` that does not read is kept as written, as an extractor keeps it.
    static func filing(_ node: YAMLNode) throws(YAMLError) -> (WellIdentityStatement, [FiledCasingString]) {
        try node.checkKeys(allowed: ["file", "kind", "api", "lease", "well_number", "operator", "county", "total_depth", "date", "casing"])
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
        return (statement, rows)
    }
}
