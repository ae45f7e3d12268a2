import PushbackModel

/// Evaluates `filing` / `casing-listed-twice`: per filing, the casing strings its table lists
/// more than once. Two rows for one string are a `review`, never an accusation — the usual causes
/// (two determinations of the top of cement, a two-stage job through a DV tool) are named, with
/// the records that settle it.
struct CasingRecordEvaluator {
    let rule: Rule
    let jurisdictions: JurisdictionCatalog

    func evaluate(_ strings: [FiledCasingString]) -> [Finding] {
        let byDocument = Dictionary(grouping: strings, by: \.document)
        return byDocument.keys.sorted { $0.path < $1.path }.flatMap { document -> [Finding] in
            let rows = (byDocument[document] ?? []).sorted { $0.row < $1.row }
            let sized = rows.filter { $0.sizeInches != nil }
            let groups = Dictionary(grouping: sized) { StringKey(type: ($0.type ?? "").lowercased(), size: $0.sizeInches!) }
            let repeated = groups.values.filter { $0.count > 1 }.sorted { $0[0].row < $1[0].row }
            if repeated.isEmpty, let unsized = rows.first(where: { $0.sizeInches == nil }) {
                return [open(document, rows: rows, unsized: rows.filter { $0.sizeInches == nil }, first: unsized)]
            }
            return repeated.map { listedTwice($0, all: rows) }
        }
    }

    private struct StringKey: Hashable {
        var type: String
        var size: Double
    }

    private func listedTwice(_ rows: [FiledCasingString], all: [FiledCasingString]) -> Finding {
        let first = rows[0]
        let size = Self.inches(first.sizeInches!)
        let form = Self.form(first.documentKind)
        var message = "\(form) \(first.document.path) lists the \(size) \(first.type.map { $0.lowercased() } ?? "casing") string \(rows.count == 2 ? "twice" : "\(rows.count) times"): "
            + rows.map { "row \($0.row) \(Self.describe($0))" }.joined(separator: "; ") + ". "
        let depths = Set(rows.compactMap(\.settingDepthFeet)), tops = rows.compactMap(\.topOfCementFeet)
        if depths.count <= 1, Set(tops).count > 1 {
            let shallow = tops.min()!, deep = tops.max()!
            let sacks = rows.compactMap(\.cementSacks)
            message += "One string with two tops of cement may be (1) one job whose top was determined two ways — calculated from the cement volume, found by a temperature survey, or logged by a cement bond log; "
                + "(2) a two-stage job through a DV (stage) tool, the first stage from the shoe up to \(Self.feet(deep)) and the second from the tool up to \(Self.feet(shallow))"
                + (sacks.count == rows.count ? " (\(Quantity.plain(sacks.reduce(0, +))) sacks in all)" : "") + "; or (3) a transcription error. "
            if let other = all.first(where: { $0.sizeInches != first.sizeInches && $0.settingDepthFeet == shallow }) {
                message += "The shallower top, \(Self.feet(shallow)), is also the \(Self.inches(other.sizeInches!)) string's setting depth (row \(other.row)) — a figure often written in where the top was assumed rather than measured. "
            }
            message += "Which holds decides whether \(Quantity.plain(shallow))–\(Quantity.plain(deep)) ft behind the \(size) string is cemented, and so where the plugs must go."
        } else if depths.count > 1 {
            message += "One string with two setting depths may be a tapered string, a liner or tie-back recorded as casing, a string pulled and re-run, or a transcription error; the plugs placed against it depend on which."
        } else {
            message += "The rows differ in nothing that matters or only in the cement volume: a duplicated entry, or two cement jobs on the same string (a squeeze or a second stage) recorded as two rows."
        }
        var compared = rows.map { ComparedValue(name: "row \($0.row)", actual: Self.describe($0)) }
        compared.append(ComparedValue(name: "rows for one \(size) string", actual: "\(rows.count)", limit: "1", comparison: "="))
        return finding(first, kind: .review, severity: rule.severity, title: "\(rule.title): \(size)", message: message, evidence: rows.map(\.evidence), compared: compared)
    }

    private func open(_ document: SourceReference, rows: [FiledCasingString], unsized: [FiledCasingString], first: FiledCasingString) -> Finding {
        let message = "\(Self.form(first.documentKind)) \(document.path) has casing row\(unsized.count == 1 ? "" : "s") \(unsized.map { "\($0.row)" }.joined(separator: ", ")) whose casing size cannot be read, "
            + "so whether a string is listed twice cannot be told. This is not a pass."
        return finding(first, kind: .open, severity: .low, title: "Cannot check: \(rule.title)", message: message, evidence: unsized.map(\.evidence),
                       compared: [ComparedValue(name: "casing rows without a readable size", actual: "\(unsized.count) of \(rows.count)")])
    }

    private func finding(_ row: FiledCasingString, kind: FindingKind, severity: Severity, title: String, message: String, evidence: [Evidence], compared: [ComparedValue]) -> Finding {
        let documentSubject = Subject(type: "document", id: row.document.path, name: row.documentKind.rawValue)
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity, title: title, message: message,
            remediation: kind == .open ? "Read the casing record by hand and record each string's size. Then: \(rule.remediation)" : rule.remediation,
            citation: rule.citation, basis: rule.basis,
            subject: row.api.map { Subject(type: "well", id: $0) } ?? documentSubject,
            related: row.api == nil ? [] : [documentSubject],
            jurisdictions: row.api.map { jurisdictions.chain(apiStateCode: String($0.prefix(2)), fallback: rule.jurisdiction) } ?? jurisdictions.chain(from: rule.jurisdiction),
            comparedValues: compared, evidence: evidence,
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name): \($0.actual)", outcome: kind == .open ? "unknown" : "true") }
        )
    }

    /// `set at 11,200 ft, 310 sacks, top of cement 5,532 ft`.
    static func describe(_ row: FiledCasingString) -> String {
        [row.settingDepthFeet.map { "set at \(feet($0))" } ?? "setting depth not given",
         row.cementSacks.map { "\(Quantity.plain($0)) sacks" } ?? "cement not given",
         row.topOfCementFeet.map { "top of cement \(feet($0))" } ?? "top of cement not given"].joined(separator: ", ")
    }

    static func form(_ kind: DocumentKind) -> String {
        switch kind {
        case .rrcW3A: "The RRC W-3A"
        case .rrcW3: "The RRC W-3"
        case .rrcW2: "The RRC W-2"
        default: "The \(kind.rawValue) filing"
        }
    }

    /// `5 1/2 in`, from 5.5.
    static func inches(_ value: Double) -> String {
        let whole = value.rounded(.down), eighths = Int(((value - whole) * 8).rounded())
        guard eighths > 0, eighths < 8 else { return "\(Quantity.plain(value.rounded())) in" }
        let (numerator, denominator) = [(eighths, 8), (eighths / 2, 4), (eighths / 4, 2)].last { $0.0 * (8 / $0.1) == eighths }!
        return "\(whole > 0 ? "\(Int(whole)) " : "")\(numerator)/\(denominator) in"
    }

    static func feet(_ value: Double) -> String { "\(Quantity.plain(value)) ft" }
}
