import Foundation
import PushbackModel
import PushbackYAML

/// The test cases that sit beside a rule, in `<rule file>.tests.yaml`: small worlds (wells,
/// receptors, written locations) on an as-of date, and the findings the rule must raise there —
/// no more, no fewer. `pushback rules test` runs them, and the days around each effective date.
public struct RuleFixture: Sendable {
    /// One finding a case expects.
    public struct Expectation: Sendable, Equatable {
        public var kind: FindingKind
        /// The finding's subject id (an API number is compared by its digits).
        public var subject: String?
        /// The id of a related subject (the school of a setback finding).
        public var related: String?
        public var severity: Severity?
        /// Words the finding's message or one of its evidence quotes must contain.
        public var says: String?
        public var line: Int
    }

    /// One small world and what the rule must conclude in it.
    public struct Case: Sendable {
        public var name: String
        public var line: Int
        public var input: EvaluationInput
        /// Empty: the rule must raise nothing (a negative case).
        public var expected: [Expectation]

        /// Expects the rule to fire: a `fail` or `review` — or, for a check whose only verdict is
        /// `open` (a location that cannot be placed), an `open`.
        public func isPositive(for check: RuleCheck) -> Bool {
            let firing = check.verdicts == [.open] ? check.verdicts : check.verdicts.subtracting([.open])
            return expected.contains { firing.contains($0.kind) }
        }
        /// Expects an `open` (insufficient evidence).
        public var isOpen: Bool { expected.contains { $0.kind == .open } }
        public var isNegative: Bool { expected.isEmpty }
    }

    public var ruleID: String
    public var file: String
    public var cases: [Case]

    /// Where a rule's fixtures are: beside its file, `.yaml` → `.tests.yaml`.
    public static func path(for rule: Rule) -> String {
        (rule.file as NSString).deletingPathExtension + ".tests.yaml"
    }

    /// Parses a fixture file. Every problem names the file and line.
    public static func load(path: String) throws(RuleError) -> RuleFixture {
        do {
            return try parse(YAMLNode.load(path: path))
        } catch {
            throw RuleError(file: error.file, line: error.line, message: error.message)
        }
    }

    static func parse(_ root: YAMLNode) throws(YAMLError) -> RuleFixture {
        try root.checkKeys(allowed: ["rule", "cases"])
        let source = SourceReference(sha256: "fixture", path: root.file)
        var cases: [Case] = []
        for node in try root.required("cases").array() {
            try node.checkKeys(allowed: ["name", "as_of", "wells", "receptors", "locations", "documents", "jsas", "readings", "production", "filings", "amendments", "lost", "expect"])
            let wells = try (node.optional("wells")?.array() ?? []).map { item throws(YAMLError) in try well(item, source: source) }
            let receptors = try (node.optional("receptors")?.array() ?? []).map { item throws(YAMLError) in try receptor(item, source: source) }
            let locations = try (node.optional("locations")?.array() ?? []).map { item throws(YAMLError) in try writtenLocation(item, source: source) }
            let documents = try (node.optional("documents")?.array() ?? []).map { item throws(YAMLError) in try documentOnFile(item, source: source) }
            let asOfNode = try node.required("as_of")
            let asOf = try asOfNode.isoDate()
            // Rules count time to this date: it must be a day of the calendar, not just YYYY-MM-DD.
            guard CalendarDate(iso: asOf) != nil else { throw asOfNode.error("as_of \(asOf) is not a calendar date") }
            let expectations = try node.required("expect").array().map { item throws(YAMLError) in try expectation(item) }
            cases.append(Case(
                name: try node.required("name").string(),
                line: node.line,
                input: EvaluationInput(wells: wells, receptors: receptors, wellGaps: [], receptorGaps: [], writtenLocations: locations,
                                       asOf: asOf),
                expected: expectations
            ))
            cases[cases.count - 1].input.documentsOnFile = documents
            cases[cases.count - 1].input.jsas = try (node.optional("jsas")?.array() ?? []).map { item throws(YAMLError) in try jsa(item, source: source) }
            for item in try node.optional("readings")?.array() ?? [] { cases[cases.count - 1].input.readings += try readings(item, source: source) }
            cases[cases.count - 1].input.production = try (node.optional("production")?.array() ?? []).map { item throws(YAMLError) in try productionMonth(item, source: source) }
            for item in try node.optional("filings")?.array() ?? [] {
                let (statement, history, casing) = try filing(item)
                cases[cases.count - 1].input.identities.append(statement)
                if let history { cases[cases.count - 1].input.histories.append(history) }
                cases[cases.count - 1].input.casingStrings += casing
            }
            cases[cases.count - 1].input.amendments = try (node.optional("amendments")?.array() ?? []).map { item throws(YAMLError) in try amendment(item) }
            for item in try node.optional("lost")?.array() ?? [] { try lostRows(item, into: &cases[cases.count - 1].input) }
        }
        return RuleFixture(ruleID: try root.required("rule").string(), file: root.file, cases: cases)
    }

    static func location(_ node: YAMLNode, basis: String) throws(YAMLError) -> Location? {
        guard let latitude = try node.optional("lat")?.double(), let longitude = try node.optional("lon")?.double() else { return nil }
        guard let point = GeoPoint(latitude: latitude, longitude: longitude) else { throw node.error("lat/lon \(latitude), \(longitude) is not a place on Earth") }
        let uncertainty = try node.optional("uncertainty").map { value throws(YAMLError) in try RuleLoader.distanceValue(value) } ?? .meters(0)
        return Location(point: point, uncertainty: uncertainty, basis: basis)
    }

    static func well(_ node: YAMLNode, source: SourceReference) throws(YAMLError) -> Well {
        try node.checkKeys(allowed: ["api", "status", "name", "operator", "type", "county", "spud_date", "status_date", "lat", "lon", "uncertainty"])
        let apiNode = try node.required("api")
        let api: APIWellNumber
        do { api = try APIWellNumber.parse(try apiNode.string()) } catch { throw apiNode.error("not an API number: \(error)") }
        let status = try node.required("status").string()
        return Well(
            api: api, name: try node.optional("name")?.string(), operatorName: try node.optional("operator")?.string(),
            county: try node.optional("county")?.string(), status: WellStatus(rawValue: status), rawStatus: status,
            wellType: try node.optional("type")?.string(), location: try location(node, basis: "fixture coordinates"),
            spudDate: try node.optional("spud_date").map { n throws(YAMLError) in RecordedDate(written: try n.string()) },
            statusDate: try node.optional("status_date").map { n throws(YAMLError) in RecordedDate(written: try n.string()) },
            provenance: Evidence(source: source, line: node.line, quote: "fixture well \(api.formatted)")
        )
    }

    static func receptor(_ node: YAMLNode, source: SourceReference) throws(YAMLError) -> Receptor {
        try node.checkKeys(allowed: ["id", "kind", "name", "lat", "lon", "uncertainty"])
        let id = try node.required("id").string()
        return Receptor(
            id: id, name: try node.optional("name")?.string() ?? id, kind: ReceptorKind(rawValue: try node.required("kind").string()),
            location: try location(node, basis: "fixture coordinates"), provenance: Evidence(source: source, line: node.line, quote: "fixture receptor \(id)")
        )
    }

    static func writtenLocation(_ node: YAMLNode, source: SourceReference) throws(YAMLError) -> WrittenLocation {
        try node.checkKeys(allowed: ["text", "document_kind", "state", "file"])
        let text = try node.optional("text")?.string()
        let document = SourceReference(sha256: "fixture-\(node.line)", path: try node.optional("file")?.string() ?? source.path)
        return WrittenLocation(
            document: document, documentKind: try node.required("document_kind").string(), text: text,
            evidence: Evidence(source: document, line: node.line, quote: text ?? "(no location written)"), stateHint: try node.optional("state")?.string()
        )
    }

    /// A document on file: the kind, the well's API number, optional date as written, optional
    /// values it states (`stating: {action: Temporarily Abandon}`).
    static func documentOnFile(_ node: YAMLNode, source: SourceReference) throws(YAMLError) -> DocumentOnFile {
        try node.checkKeys(allowed: ["kind", "api", "date", "stating"])
        var values: [String: [String]] = [:]
        for entry in try node.optional("stating")?.entries() ?? [] { values[entry.key] = try entry.value.strings() }
        let apiNode = try node.required("api")
        let api: APIWellNumber
        do { api = try APIWellNumber.parse(try apiNode.string()) } catch { throw apiNode.error("not an API number: \(error)") }
        let kind = try node.required("kind").string()
        let document = SourceReference(sha256: "fixture-document-\(node.line)", path: "\(kind) (fixture line \(node.line))")
        return DocumentOnFile(
            kind: DocumentKind(rawValue: kind), api: api.normalized, date: try node.optional("date").map { n throws(YAMLError) in RecordedDate(written: try n.string()) },
            evidence: Evidence(source: document, line: node.line, field: "api", quote: api.formatted), values: values
        )
    }

    /// A JSA: its file, well, day, clock (`utc_offset`; omitted: unknown) and claims as its
    /// extractor would read them (`{kind: bleed-down, point: casing, value: 0, unit: psi, time: "08:10"}`).
    static func jsa(_ node: YAMLNode, source: SourceReference) throws(YAMLError) -> JSAOnFile {
        try node.checkKeys(allowed: ["file", "api", "date", "prepared_date", "utc_offset", "claims", "job", "start_time", "person_in_charge", "ppe", "permits", "steps", "gas", "signoffs", "well_status"])
        let file = try node.optional("file")?.string() ?? "fixture-jsa-\(node.line).txt"
        let document = SourceReference(sha256: "fixture-jsa-\(node.line)", path: file)
        let api = try node.optional("api").map { apiNode throws(YAMLError) in
            do { return try APIWellNumber.parse(try apiNode.string()) } catch { throw apiNode.error("not an API number: \(error)") }
        }
        let dateNode = try node.optional("date")
        let date = try dateNode.map { n throws(YAMLError) in
            guard let date = CalendarDate(iso: try n.isoDate()) else { throw n.error("date is not a calendar date") }
            return date
        }
        let offsetNode = try node.optional("utc_offset")
        let offset = try offsetNode.map { n throws(YAMLError) in
            do { return try Instant.parseOffset(try n.string()) } catch { throw n.error("utc_offset \(error)") }
        }
        let claims = try (node.optional("claims")?.array() ?? []).map { item throws(YAMLError) in
            try item.checkKeys(allowed: ["kind", "point", "value", "unit", "time", "minutes", "result", "text"])
            let kindNode = try item.required("kind")
            guard let kind = JobSafetyAnalysis.Claim.Kind(rawValue: try kindNode.string()) else {
                throw kindNode.error("kind must be one of \(JobSafetyAnalysis.Claim.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let claim = JobSafetyAnalysis.Claim(
                kind: kind, point: try item.optional("point")?.string(), value: try item.optional("value")?.double(), unit: try item.optional("unit")?.string(),
                time: try item.optional("time")?.string(), durationMinutes: try item.optional("minutes").map { n throws(YAMLError) in Int(try n.double()) },
                result: try item.optional("result")?.string(), text: "", evidence: Evidence(source: document, line: item.line, quote: ""))
            let text = try item.optional("text")?.string() ?? claim.summary
            return JobSafetyAnalysis.Claim(kind: kind, point: claim.point, value: claim.value, unit: claim.unit, time: claim.time, durationMinutes: claim.durationMinutes,
                                           result: claim.result, text: text, evidence: Evidence(source: document, line: item.line, quote: text))
        }
        func items(_ key: String) throws(YAMLError) -> [JobSafetyAnalysis.Item<String>] {
            try (node.optional(key)?.array() ?? []).map { item throws(YAMLError) in JobSafetyAnalysis.Item(try item.string(), evidence: Evidence(source: document, line: item.line, quote: try item.string())) }
        }
        func text(_ key: String) throws(YAMLError) -> JobSafetyAnalysis.Item<String>? {
            try node.optional(key).map { n throws(YAMLError) in JobSafetyAnalysis.Item(try n.string(), evidence: Evidence(source: document, line: n.line, field: key, quote: try n.string())) }
        }
        let steps = try (node.optional("steps")?.array() ?? []).map { item throws(YAMLError) in
            try item.checkKeys(allowed: ["text", "hazards", "controls"])
            return JobSafetyAnalysis.Step(text: try item.optional("text")?.string() ?? "", hazards: try item.optional("hazards")?.strings() ?? [],
                                          controls: try item.optional("controls")?.strings() ?? [], evidence: Evidence(source: document, line: item.line, quote: "fixture step"))
        }
        let gas = try (node.optional("gas")?.array() ?? []).map { item throws(YAMLError) in
            try item.checkKeys(allowed: ["gas", "value", "unit", "time"])
            let name = try item.required("gas").string()
            return JobSafetyAnalysis.GasReading(gas: name, value: try item.required("value").double(), unit: try item.optional("unit")?.string() ?? (name == "H2S" || name == "CO" ? "ppm" : "%"),
                                                time: try item.optional("time")?.string(), evidence: Evidence(source: document, line: item.line, quote: "fixture gas reading \(name)"))
        }
        let signOffs = try (node.optional("signoffs")?.array() ?? []).map { item throws(YAMLError) in
            try item.checkKeys(allowed: ["name", "role", "time"])
            return JobSafetyAnalysis.SignOff(name: try item.required("name").string(), role: try item.optional("role")?.string(), time: try item.optional("time")?.string(),
                                             evidence: Evidence(source: document, line: item.line, quote: "fixture sign-off"))
        }
        let jsa = JobSafetyAnalysis(job: try text("job"), date: date.map { JobSafetyAnalysis.Item($0.description, evidence: Evidence(source: document, line: dateNode?.line, field: "date", quote: $0.description)) },
                                    preparedDate: try text("prepared_date"), startTime: try text("start_time"), personInCharge: try text("person_in_charge"), ppe: try items("ppe"), permits: try items("permits"),
                                    steps: steps, gasReadings: gas, claims: claims, signOffs: signOffs)
        var record = JSAOnFile(
            document: document, api: api?.normalized, wellBasis: api.map { "the API number written on it, \($0.formatted)" } ?? "no API number written",
            date: date, dateEvidence: date.map { Evidence(source: document, line: dateNode?.line, field: "date", quote: $0.description) },
            utcOffsetMinutes: offset, clockBasis: offset.map { "UTC\(Instant.offsetText($0)) (fixture)" } ?? "not known (fixture gives no utc_offset)", jsa: jsa
        )
        if let statusNode = try node.optional("well_status") {
            record.wellStatus = WellStatus(rawValue: try statusNode.string())
            record.wellSource = Evidence(source: source, line: statusNode.line, quote: "fixture registry well \(api?.formatted ?? "") \(try statusNode.string())")
        }
        return record
    }

    /// One reading (`{api, point, time, value, unit}`) or a series of them taken at a steady
    /// interval (`{api, point, from, every: 1 minute, values: [1500, 1498, …], unit}`).
    static func readings(_ node: YAMLNode, source: SourceReference) throws(YAMLError) -> [PressureReading] {
        try node.checkKeys(allowed: ["api", "point", "time", "value", "from", "every", "values", "unit"])
        let apiNode = try node.required("api")
        let api: APIWellNumber
        do { api = try APIWellNumber.parse(try apiNode.string()) } catch { throw apiNode.error("not an API number: \(error)") }
        let pointNode = try node.required("point")
        let point = try pointNode.string()
        guard PressureReading.points.contains(point) else { throw pointNode.error("point must be one of \(PressureReading.points.sorted().joined(separator: ", "))") }
        let unit = try node.optional("unit")?.string() ?? "psig"
        func instant(_ n: YAMLNode) throws(YAMLError) -> Instant {
            do { return try Instant.parse(try n.string(), defaultOffsetMinutes: nil) } catch { throw n.error("\(error)") }
        }
        func reading(_ value: Double, at time: Instant, line: Int) throws(YAMLError) -> PressureReading {
            guard let pressure = try? Pressure(parsing: "\(value) \(unit)") else { throw node.error("unit \"\(unit)\" is not a unit of pressure") }
            return PressureReading(api: api.normalized, point: point, time: time, pressure: pressure,
                                   provenance: Evidence(source: source, line: line, field: "value", quote: "fixture reading \(point) \(Pressure.psig(pressure.psi)) at \(time)"))
        }
        if let valuesNode = try node.optional("values") {
            let start = try instant(try node.required("from"))
            let every = Int64(try RuleLoader.minutesValue(try node.required("every")) * 60)
            return try valuesNode.array().enumerated().map { offset, item throws(YAMLError) in try reading(try item.double(), at: start.adding(seconds: every * Int64(offset)), line: item.line) }
        }
        return [try reading(try node.required("value").double(), at: try instant(try node.required("time")), line: node.line)]
    }

    /// A monthly production report: api, month, status (ECMC's codes), optional days, formation,
    /// operator, volumes by their mapping names in barrels or Mcf (`oil_produced: 85`) and
    /// pressures in psig (`gas_tubing_pressure: 0`).
    static func productionMonth(_ node: YAMLNode, source: SourceReference) throws(YAMLError) -> ProductionMonth {
        let volumeNames = ProductionMonth.VolumeKind.allCases.map(\.rawValue)
        let pressureNames = ProductionMonth.PressureKind.allCases.map(\.rawValue)
        try node.checkKeys(allowed: Set(["api", "month", "status", "days", "formation", "operator", "unreadable"] + volumeNames + pressureNames))
        var pressures: [ProductionMonth.PressureKind: Pressure] = [:]
        for kind in ProductionMonth.PressureKind.allCases {
            if let value = try node.optional(kind.rawValue)?.double() { pressures[kind] = .psig(value) }
        }
        let apiNode = try node.required("api")
        let api: APIWellNumber
        do { api = try APIWellNumber.parse(try apiNode.string()) } catch { throw apiNode.error("not an API number: \(error)") }
        let monthNode = try node.required("month")
        guard let month = ReportMonth.parse(try monthNode.string()) else { throw monthNode.error("not a reporting month") }
        let rawStatus = try node.required("status").string()
        var volumes: [ProductionMonth.VolumeKind: Volume] = [:]
        for kind in ProductionMonth.VolumeKind.allCases {
            guard let value = try node.optional(kind.rawValue)?.double() else { continue }
            volumes[kind] = kind.rawValue.hasPrefix("gas") ? .thousandCubicFeet(value) : .barrels(value)
        }
        let unreadableNode = try node.optional("unreadable")
        var unreadable: Set<ProductionMonth.VolumeKind> = []
        for name in try unreadableNode?.strings() ?? [] {
            guard let kind = ProductionMonth.VolumeKind(rawValue: name) else { throw unreadableNode!.error("\"\(name)\" is not a volume (\(volumeNames.joined(separator: ", ")))") }
            unreadable.insert(kind)
        }
        var month_ = ProductionMonth(
            api: api, month: month, daysProduced: try node.optional("days").map { n throws(YAMLError) in Int(try n.double()) },
            status: WellStatusVocabulary.builtIn["ecmc"]?.status(for: rawStatus) ?? .unknown, rawStatus: rawStatus,
            operatorName: try node.optional("operator")?.string(), formation: try node.optional("formation")?.string(), volumes: volumes, pressures: pressures,
            provenance: Evidence(source: source, line: node.line, quote: "fixture report \(api.formatted) \(month) \(rawStatus)")
        )
        month_.unreadable = unreadable
        return month_
    }

    /// Rows of a source that could not be read: `{entity: well | receptor | reading | production, file, first_line, last_line, reason}`.
    static func lostRows(_ node: YAMLNode, into input: inout EvaluationInput) throws(YAMLError) {
        try node.checkKeys(allowed: ["entity", "file", "first_line", "last_line", "reason"])
        let file = try node.required("file").string()
        let first = try node.required("first_line").double()
        let gap = IntakeProblem(scope: .record, source: SourceReference(sha256: "fixture-lost-\(node.line)", path: file), firstLine: Int(first),
                                lastLine: Int(try node.optional("last_line")?.double() ?? first), reason: try node.required("reason").string())
        let entityNode = try node.required("entity")
        switch try entityNode.string() {
        case "well": input.wellGaps.append(gap)
        case "receptor": input.receptorGaps.append(gap)
        case "reading": input.readingGaps.append(gap)
        case "production": input.productionGaps.append(gap)
        case let other: throw entityNode.error("entity \"\(other)\" is not one of well, receptor, reading, production")
        }
    }

    static func expectation(_ node: YAMLNode) throws(YAMLError) -> Expectation {
        try node.checkKeys(allowed: ["kind", "subject", "related", "severity", "says"])
        let kindNode = try node.required("kind")
        guard let kind = FindingKind(rawValue: try kindNode.string()) else {
            throw kindNode.error("kind must be one of \(FindingKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return Expectation(
            kind: kind, subject: try node.optional("subject")?.string(), related: try node.optional("related")?.string(),
            severity: try node.optional("severity").map { value throws(YAMLError) in try RuleLoader.severityValue(value) },
            says: try node.optional("says")?.string(), line: node.line
        )
    }
}
