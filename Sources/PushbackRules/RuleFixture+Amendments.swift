import PushbackModel
import PushbackYAML

extension RuleFixture {
    /// A later version of a filing, as `DocumentVersions` finds it —
    /// `{kind, identity, api, earlier: {file, date}, later: {file, date},
    /// changes: [{field, before, after}], narrative: {remarks: [text], …}, unchanged: {field: [value]}}`.
    /// A `before` or `after` left out is a field the version lacks; `""` is a box left blank;
    /// `unchanged` gives fields both versions give alike.
    static func amendment(_ node: YAMLNode) throws(YAMLError) -> FilingAmendment {
        try node.checkKeys(allowed: ["kind", "identity", "api", "earlier", "later", "changes", "narrative", "unchanged"])
        func version(_ key: String) throws(YAMLError) -> (SourceReference, String?) {
            let version = try node.required(key)
            try version.checkKeys(allowed: ["file", "date"])
            return (SourceReference(sha256: "fixture-\(key)-\(version.line)", path: try version.required("file").string()), try version.optional("date")?.isoDate())
        }
        let (earlier, earlierDate) = try version("earlier")
        let (later, laterDate) = try version("later")
        let api = try node.optional("api").map { n throws(YAMLError) -> String in
            do { return try APIWellNumber.parse(try n.string()).normalized } catch { throw n.error("api \"\(try n.string())\" is not an API number: \(error)") }
        }
        let changes = try (node.optional("changes")?.array() ?? []).map { change throws(YAMLError) -> FilingAmendment.Change in
            try change.checkKeys(allowed: ["field", "before", "after"])
            let field = try change.required("field").string()
            func values(_ key: String, in source: SourceReference) throws(YAMLError) -> [FilingAmendment.Value] {
                guard let value = try change.optional(key) else { return [] }
                let texts: [String]
                if let list = try? value.strings() { texts = list } else { texts = [try value.string()] }
                return texts.map { FilingAmendment.Value(reading: $0.isEmpty ? nil : $0, written: $0, evidence: Evidence(source: source, line: value.line, field: field, quote: $0)) }
            }
            return FilingAmendment.Change(name: field, before: try values("before", in: earlier), after: try values("after", in: later))
        }
        var narrative: [String: [StatedValue]] = [:]
        for (name, texts) in try node.optional("narrative")?.entries() ?? [] {
            narrative[name] = try texts.strings().map { StatedValue($0, evidence: Evidence(source: later, line: texts.line, field: name, quote: $0)) }
        }
        var readings = Dictionary(grouping: changes.flatMap { change in change.after.compactMap(\.reading).map { (change.name, $0) } }, by: \.0).mapValues { $0.map(\.1) }
        for (name, values) in try node.optional("unchanged")?.entries() ?? [] { readings[name, default: []] += try values.strings() }
        return FilingAmendment(
            kind: DocumentKind(rawValue: try node.required("kind").string()), identity: try node.optional("identity")?.string() ?? "the fixture's filing",
            api: api, predecessor: earlier, successor: later, predecessorDate: earlierDate, successorDate: laterDate, changes: changes, narrative: narrative,
            successorReadings: readings
        )
    }
}
