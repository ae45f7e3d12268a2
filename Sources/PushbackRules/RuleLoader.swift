import Foundation
import PushbackModel
import PushbackYAML

/// Reads and validates rule files. Every problem names the file and line.
public enum RuleLoader {
    static let metadataKeys: Set<String> = [
        "id", "version", "title", "jurisdiction", "citation", "effective_from", "effective_to", "supersedes",
        "applies_to", "severity", "basis", "rationale", "remediation", "measures", "notes", "check",
    ]

    /// Parses one rule file.
    public static func load(path: String) throws(RuleError) -> Rule {
        do {
            return try parse(YAMLNode.load(path: path))
        } catch {
            throw RuleError(file: error.file, line: error.line, message: error.message)
        }
    }

    static func parse(_ root: YAMLNode) throws(YAMLError) -> Rule {
        try root.checkKeys(allowed: metadataKeys)
        let idNode = try root.required("id")
        let id = try idNode.string()
        guard id.range(of: #"^[A-Z0-9][A-Z0-9-]*[A-Z0-9]$"#, options: .regularExpression) != nil else {
            throw idNode.error("rule id \"\(id)\" must be upper-case letters, digits and dashes")
        }
        let versionNode = try root.required("version")
        let version = try versionNode.int()
        guard version >= 1 else { throw versionNode.error("version must be 1 or more") }

        let citationNode = try root.required("citation")
        try citationNode.checkKeys(allowed: ["text", "url"])
        let urlNode = try citationNode.required("url")
        let url = try urlNode.string()
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { throw urlNode.error("citation url must be an http(s) URL") }

        let severityNode = try root.required("severity")
        let severity = try severityValue(severityNode)
        let basisNode = try root.required("basis")
        let basis = try basisNode.string()
        guard basis == "regulation" || basis == "heuristic" else {
            throw basisNode.error("basis must be \"regulation\" or \"heuristic\"")
        }
        let effectiveFrom = try root.required("effective_from").isoDate()
        let effectiveToNode = try root.optional("effective_to")
        let effectiveTo = try effectiveToNode.map { node throws(YAMLError) in try node.isoDate() }
        if let effectiveTo, let effectiveToNode, effectiveTo <= effectiveFrom {
            throw effectiveToNode.error("effective_to (\(effectiveTo)) must be after effective_from (\(effectiveFrom))")
        }
        let measures = try root.required("measures")
        try measures.checkKeys(allowed: ["from", "to"])

        return Rule(
            id: id,
            version: version,
            title: try root.required("title").string(),
            jurisdiction: try root.required("jurisdiction").string(),
            citation: Citation(text: try citationNode.required("text").string(), url: url),
            effectiveFrom: effectiveFrom,
            effectiveTo: effectiveTo,
            supersedes: try root.optional("supersedes")?.strings() ?? [],
            appliesTo: try root.required("applies_to").string(),
            severity: severity,
            basis: basis,
            rationale: try root.required("rationale").string(),
            remediation: try root.required("remediation").string(),
            measuredFrom: try measures.required("from").string(),
            measuredTo: try measures.required("to").string(),
            notes: try root.optional("notes")?.strings() ?? [],
            check: try check(root.required("check")),
            file: root.file,
            line: idNode.line
        )
    }

    static func severityValue(_ node: YAMLNode) throws(YAMLError) -> Severity {
        let text = try node.string()
        guard let severity = Severity(rawValue: text) else {
            throw node.error("severity must be one of \(Severity.allCases.map(\.rawValue).joined(separator: ", ")); found \"\(text)\"")
        }
        return severity
    }

    static func distanceValue(_ node: YAMLNode) throws(YAMLError) -> Distance {
        let text = try node.string()
        do { return try Distance(parsing: text) } catch {
            throw node.error("expected a distance with a unit such as \"3,200 ft\": \(error.reason)")
        }
    }

    static func check(_ node: YAMLNode) throws(YAMLError) -> RuleCheck {
        let typeNode = try node.required("type")
        switch try typeNode.string() {
        case "location-established":
            try node.checkKeys(allowed: ["type", "required_for"])
            return .locationEstablished(kinds: Set(try node.optional("required_for")?.strings() ?? []))
        case "setback":
            try node.checkKeys(allowed: ["type", "statuses", "applies_when", "receptor_kinds", "distance", "severity_by_status", "receptor_parcel_radius", "location_tolerance", "raises", "deadline"])
            var severities: [WellStatus: Severity] = [:]
            if let table = try node.optional("severity_by_status") {
                for (status, value) in try table.entries() { severities[WellStatus(rawValue: status)] = try severityValue(value) }
            }
            let statuses = Set(try node.required("statuses").strings().map(WellStatus.init(rawValue:)))
            let kinds = Set(try node.required("receptor_kinds").strings().map(ReceptorKind.init(rawValue:)))
            guard !statuses.isEmpty, !kinds.isEmpty else { throw node.error("a setback needs at least one status and one receptor kind") }
            let distanceNode = try node.required("distance")
            let distance = try distanceValue(distanceNode)
            guard distance.meters > 0 else { throw distanceNode.error("distance must be positive") }
            return .setback(SetbackCheck(
                statuses: statuses,
                appliesWhen: try node.optional("applies_when").map { n throws(YAMLError) in try Condition.parse(n) },
                receptorKinds: kinds,
                distance: distance,
                severityByStatus: severities,
                receptorParcelRadius: try node.optional("receptor_parcel_radius").map { n throws(YAMLError) in try distanceValue(n) } ?? .meters(0),
                locationTolerance: try node.optional("location_tolerance").map { n throws(YAMLError) in try distanceValue(n) } ?? .meters(0),
                raises: try raisesValue(node),
                deadline: try node.optional("deadline").map { n throws(YAMLError) in
                    let deadline = try deadlineValue(n)
                    guard case .fixed = deadline.start else { throw n.error("a setback's deadline is a fixed day (on: YYYY-MM-DD)") }
                    return deadline
                }
            ))
        case "condition":
            return .condition(try conditionCheck(node))
        case "claims-against-readings":
            try node.checkKeys(allowed: ["type", "claims", "tolerance", "window", "rebuild_within"])
            let claimsNode = try node.required("claims")
            let kinds = try claimsNode.strings().map { name throws(YAMLError) in
                guard let kind = JobSafetyAnalysis.Claim.Kind(rawValue: name) else {
                    throw claimsNode.error("\"\(name)\" is not a claim kind (\(JobSafetyAnalysis.Claim.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return kind
            }
            guard !kinds.isEmpty else { throw claimsNode.error("name at least one claim kind") }
            let window = try minutesValue(try node.required("window"))
            let rebuild = try minutesValue(try node.required("rebuild_within"))
            guard rebuild >= window else { throw node.error("rebuild_within must be at least the window") }
            return .claimsAgainstReadings(ClaimCheck(claims: Set(kinds), tolerance: try pressureValue(try node.required("tolerance")), windowMinutes: window, rebuildMinutes: rebuild))
        case "pressure-test":
            try node.checkKeys(allowed: ["type", "minimum_duration", "maximum_change", "sampling", "minimum_above_surface"])
            return .pressureTest(PressureTestCheck(
                minimumMinutes: try minutesValue(try node.required("minimum_duration")), maximumChangePercent: try percentValue(try node.required("maximum_change")),
                samplingMinutes: try minutesValue(try node.required("sampling")),
                minimumAboveSurface: try node.optional("minimum_above_surface").map { n throws(YAMLError) in try pressureValue(n) }
            ))
        case "production":
            try node.checkKeys(allowed: ["type", "test", "tolerance", "statuses", "window", "ratio", "deviations", "for_at_least"])
            let testNode = try node.required("test")
            switch try testNode.string() {
            case "inventory-balance":
                let toleranceNode = try node.required("tolerance")
                let text = try toleranceNode.string()
                let tolerance: Volume
                do { tolerance = try Volume(parsing: text) } catch { throw toleranceNode.error("expected a volume such as \"0.5 bbl\": \(error.reason)") }
                return .production(.inventoryBalance(tolerance: tolerance))
            case "status-against-production":
                return .production(.statusAgainstProduction(statuses: try statusesValue(node)))
            case "trend-break":
                let windowNode = try node.required("window")
                let windowText = try windowNode.string()
                guard let match = windowText.wholeMatch(of: /\s*(\d+)\s*months?\s*/), let months = Int(match.1), (3...120).contains(months) else {
                    throw windowNode.error("window is a number of months between 3 and 120, such as \"12 months\", found \"\(windowText)\"")
                }
                let ratioNode = try node.required("ratio"), deviationsNode = try node.required("deviations")
                let ratio = try ratioNode.double(), deviations = try deviationsNode.double()
                guard ratio > 1 else { throw ratioNode.error("ratio is a factor above 1, such as 5") }
                guard deviations > 0 else { throw deviationsNode.error("deviations is a number of standard errors above 0, such as 5") }
                return .production(.trendBreak(windowMonths: months, ratio: ratio, deviations: deviations))
            case "zero-pressures":
                let runNode = try node.required("for_at_least")
                let runText = try runNode.string()
                guard let match = runText.wholeMatch(of: /\s*(\d+)\s*months?\s*/), let months = Int(match.1), months >= 1 else {
                    throw runNode.error("for_at_least is a number of months, such as \"3 months\", found \"\(runText)\"")
                }
                return .production(.zeroPressures(months: months))
            case "registry-status-against-production":
                return .production(.registryStatusAgainstProduction(statuses: try statusesValue(node)))
            case let other:
                throw testNode.error("unknown production test \"\(other)\"; known: inventory-balance, status-against-production, trend-break, zero-pressures, registry-status-against-production")
            }
        case "jsa":
            try node.checkKeys(allowed: ["type", "test", "lel_limit", "h2s_threshold", "h2s_limit", "early_by", "oxygen", "statuses"])
            let testNode = try node.required("test")
            switch try testNode.string() {
            case "hot-work":
                return .jsa(.hotWork(lelLimitPercent: try percentValue(try node.required("lel_limit"))))
            case "h2s-controls":
                return .jsa(.h2sControls(thresholdPPM: try ppmValue(try node.required("h2s_threshold"))))
            case "sign-offs":
                return .jsa(.signOffs(earlyMinutes: try minutesValue(try node.required("early_by"))))
            case "step-controls":
                return .jsa(.stepControls)
            case "atmosphere":
                let oxygenNode = try node.required("oxygen")
                let text = try oxygenNode.string()
                guard let match = text.wholeMatch(of: /\s*(\d+(?:\.\d+)?)\s*%?\s*to\s*(\d+(?:\.\d+)?)\s*%\s*/), let low = Double(match.1), let high = Double(match.2), low < high else {
                    throw oxygenNode.error("oxygen is a range such as \"19.5 % to 23.5 %\", found \"\(text)\"")
                }
                return .jsa(.atmosphere(oxygenPercent: low...high, lelLimitPercent: try percentValue(try node.required("lel_limit")), h2sLimitPPM: try ppmValue(try node.required("h2s_limit"))))
            case "well-status":
                return .jsa(.wellStatus(statuses: try statusesValue(node)))
            case "valve-checks":
                return .jsa(.valveChecks)
            case "confined-space-attendant":
                return .jsa(.confinedSpaceAttendant)
            case "pressure-judgments":
                return .jsa(.pressureJudgments)
            case let other:
                throw testNode.error("unknown JSA test \"\(other)\"; known: hot-work, h2s-controls, sign-offs, step-controls, atmosphere, well-status, valve-checks, confined-space-attendant, pressure-judgments")
            }
        case "filing":
            try node.checkKeys(allowed: ["type", "test", "states", "report", "notice", "within", "narrative", "mentions", "ignoring", "restated_in"])
            let testNode = try node.required("test")
            switch try testNode.string() {
            case "casing-listed-twice": return .filing(.casingListedTwice)
            case "amendment-explained":
                let narrativeNode = try node.required("narrative")
                let narrative = try narrativeNode.strings()
                guard !narrative.isEmpty else { throw narrativeNode.error("narrative names the facts a filing speaks in words in, such as [remarks, comment, description]") }
                var mentions: [String: [String]] = [:]
                for (field, words) in try node.optional("mentions")?.entries() ?? [] {
                    let list = try words.strings()
                    guard !list.isEmpty, list.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { throw words.error("mentions of \(field) are a list of words, such as [depth, TD]") }
                    mentions[field] = list
                }
                var restated: [String: [String]] = [:]
                for (field, fields) in try node.optional("restated_in")?.entries() ?? [] { restated[field] = try fields.strings() }
                return .filing(.amendmentExplained(AmendmentCheck(
                    narrative: narrative, mentions: mentions, ignoring: Set(try node.optional("ignoring")?.strings() ?? []), restatedIn: restated
                )))
            case "well-identity": return .filing(.wellIdentity)
            case "well-history": return .filing(.wellHistory)
            case "location-against-registry": return .filing(.locationAgainstRegistry)
            case "report-after-plugging":
                let statesNode = try node.required("states")
                let states = Set(try statesNode.strings())
                guard !states.isEmpty, states.allSatisfy({ APICodeBook.isKnownState($0) }) else { throw statesNode.error("states are API state codes such as \"42\"") }
                let withinNode = try node.required("within")
                let withinText = try withinNode.string()
                guard let match = withinText.wholeMatch(of: /\s*(\d+)\s*days?\s*/), let days = Int(match.1), days > 0 else {
                    throw withinNode.error("within is a number of days, such as \"30 days\", found \"\(withinText)\"")
                }
                return .filing(.reportAfterPlugging(stateCodes: states, report: DocumentKind(rawValue: try node.required("report").string()),
                                                    notice: DocumentKind(rawValue: try node.required("notice").string()), withinDays: days))
            case let other: throw testNode.error("unknown filing test \"\(other)\"; known: casing-listed-twice, well-identity, well-history, report-after-plugging, location-against-registry, amendment-explained")
            }
        case "readings":
            try node.checkKeys(allowed: ["type", "test", "points", "more_than", "from_at_least", "drop", "rebuilds_to", "within", "tolerance", "or_percent", "window", "fit", "every", "factor", "least_difference_per_hour", "percent_of_shoe_depth", "states"])
            let testNode = try node.required("test")
            let test = try testNode.string()
            guard ["jump", "rebuild", "against-jsa", "build-up", "against-shoe"].contains(test) else {
                throw testNode.error("unknown readings test \"\(test)\"; known: jump, rebuild, against-jsa, build-up, against-shoe")
            }
            let pointsNode = try node.required("points")
            let points = Set(try pointsNode.strings())
            guard !points.isEmpty, points.isSubset(of: PressureReading.points) else {
                throw pointsNode.error("points are some of \(PressureReading.points.sorted().joined(separator: ", "))")
            }
            if test == "build-up" {
                let fitNode = try node.required("fit"), everyNode = try node.required("every"), factorNode = try node.required("factor")
                let fit = try minutesValue(fitNode), every = try minutesValue(everyNode), factor = try factorNode.double()
                guard fit % every == 0, fit / every >= 3 else { throw everyNode.error("every must divide fit into 3 or more steps (fit \(fit) min, every \(every) min)") }
                guard factor > 1 else { throw factorNode.error("factor is how many times the history a rate must differ by, more than 1") }
                return .readingBuildUp(ReadingBuildUpCheck(
                    points: points, minimum: try pressureValue(try node.required("from_at_least")), dropPercent: try percentValue(try node.required("drop")),
                    fitMinutes: fit, stepMinutes: every, factor: factor, leastDifference: try pressureValue(try node.required("least_difference_per_hour"))
                ))
            }
            if test == "against-shoe" {
                let statesNode = try node.required("states")
                let states = Set(try statesNode.strings())
                guard !states.isEmpty, states.allSatisfy({ APICodeBook.isKnownState($0) }) else { throw statesNode.error("states are API state codes such as \"05\"") }
                return .readingShoe(ReadingShoeCheck(points: points, percent: try percentValue(try node.required("percent_of_shoe_depth")), stateCodes: states))
            }
            if test == "against-jsa" {
                return .readingAgreement(ReadingAgreementCheck(
                    points: points, tolerance: try pressureValue(try node.required("tolerance")), tolerancePercent: try percentValue(try node.required("or_percent")),
                    windowMinutes: try minutesValue(try node.required("window"))
                ))
            }
            if test == "rebuild" {
                return .readingRebuild(ReadingRebuildCheck(
                    points: points, minimum: try pressureValue(try node.required("from_at_least")), dropPercent: try percentValue(try node.required("drop")),
                    rebuildPercent: try percentValue(try node.required("rebuilds_to")), withinMinutes: try minutesValue(try node.required("within"))
                ))
            }
            return .readingJump(ReadingJumpCheck(points: points, limit: try pressureValue(try node.required("more_than"))))
        case let other:
            throw typeNode.error("unknown check type \"\(other)\"; known: setback, location-established, condition, claims-against-readings, pressure-test, production, jsa, readings, filing")
        }
    }

    /// `15 minutes`, `30 min`, `24 hours`, `2 h`: whole minutes, more than none.
    static func minutesValue(_ node: YAMLNode) throws(YAMLError) -> Int {
        let text = try node.string()
        guard let match = text.wholeMatch(of: /\s*(\d+)\s*(min|mins|minute|minutes|h|hr|hrs|hour|hours)\s*/), let number = Int(match.1), number > 0 else {
            throw node.error("expected a duration such as \"15 minutes\" or \"24 hours\", found \"\(text)\"")
        }
        return match.2.hasPrefix("h") ? number * 60 : number
    }

    /// A check's `statuses:`, at least one.
    static func statusesValue(_ node: YAMLNode) throws(YAMLError) -> Set<WellStatus> {
        let statuses = Set(try node.required("statuses").strings().map(WellStatus.init(rawValue:)))
        guard !statuses.isEmpty else { throw node.error("name at least one status") }
        return statuses
    }

    /// `10 ppm`: a concentration, more than none.
    static func ppmValue(_ node: YAMLNode) throws(YAMLError) -> Double {
        let text = try node.string()
        guard let match = text.wholeMatch(of: /\s*(\d+(?:\.\d+)?)\s*ppm\s*/), let ppm = Double(match.1), ppm > 0 else {
            throw node.error("expected a concentration such as \"10 ppm\", found \"\(text)\"")
        }
        return ppm
    }

    /// `3 %`, `10%`: a percentage between 0 and 100.
    static func percentValue(_ node: YAMLNode) throws(YAMLError) -> Double {
        let text = try node.string()
        guard text.hasSuffix("%"), let percent = Double(text.dropLast().trimmingCharacters(in: .whitespaces)), percent > 0, percent < 100 else {
            throw node.error("expected a percentage such as \"3 %\", found \"\(text)\"")
        }
        return percent
    }

    static func pressureValue(_ node: YAMLNode) throws(YAMLError) -> Pressure {
        let text = try node.string()
        do { return try Pressure(parsing: text) } catch {
            throw node.error("expected a pressure with a unit such as \"25 psi\": \(error.reason)")
        }
    }

    static func conditionCheck(_ node: YAMLNode) throws(YAMLError) -> ConditionCheck {
        try node.checkKeys(allowed: ["type", "applies_when", "fires_when", "raises", "deadline"])
        let kind = try raisesValue(node)
        let deadline = try node.optional("deadline").map { n throws(YAMLError) in try deadlineValue(n) }
        let firesWhen = try node.optional("fires_when").map { n throws(YAMLError) in try Condition.parse(n) }
        guard firesWhen != nil || deadline != nil else { throw node.error("a condition check needs fires_when, a deadline, or both") }
        return ConditionCheck(
            appliesWhen: try node.optional("applies_when").map { n throws(YAMLError) in try Condition.parse(n) },
            firesWhen: firesWhen, raises: kind, deadline: deadline
        )
    }

    /// A `deadline:` — `what`, then `on: YYYY-MM-DD`, `from:` a date fact and `after:` a period,
    /// or `annually: MM-DD`; optional `warn_before:` (required with `annually`).
    static func deadlineValue(_ deadlineNode: YAMLNode) throws(YAMLError) -> ConditionCheck.Deadline {
        try deadlineNode.checkKeys(allowed: ["what", "on", "from", "after", "annually", "warn_before"])
        let start: ConditionCheck.Deadline.Start
        let forms = ["on", "from", "annually"].filter { (try? deadlineNode.optional($0)) != nil }
        guard forms.count <= 1 else { throw deadlineNode.error("a deadline is one of on: a date, from: a fact (with after:), or annually: a day — not \(forms.joined(separator: " and "))") }
        if let annually = try deadlineNode.optional("annually") {
            let text = try annually.string()
            let parts = text.split(separator: "-").map { Int($0) }
            guard parts.count == 2, let month = parts[0], let day = parts[1], let date = CalendarDate(year: 2001, month: month, day: day) else {
                throw annually.error("expected a day of the year as MM-DD (such as 05-01), found \"\(text)\"")
            }
            guard try deadlineNode.optional("warn_before") != nil else {
                throw deadlineNode.error("an annual deadline is raised only ahead of time: give warn_before (such as 60 days)")
            }
            start = .annually(month: date.month, day: date.day)
        } else if let on = try deadlineNode.optional("on") {
            guard let date = CalendarDate(iso: try on.string()) else { throw on.error("expected a date as YYYY-MM-DD") }
            start = .fixed(date)
        } else {
            let fromNode = try deadlineNode.required("from")
            guard let fact = WellFact(name: try fromNode.string()), fact.kind == .date else {
                throw fromNode.error("a deadline runs from a date fact: \(WellFact.allCases.filter { $0.kind == .date }.map(\.name).joined(separator: ", "))")
            }
            start = .fact(fact, after: try periodValue(deadlineNode.required("after")))
        }
        return ConditionCheck.Deadline(
            what: try deadlineNode.required("what").string(), start: start,
            warnBefore: try deadlineNode.optional("warn_before").map { n throws(YAMLError) in try periodValue(n) }
        )
    }

    /// A check's optional `raises:` — `fail` (the default) or `review`.
    static func raisesValue(_ node: YAMLNode) throws(YAMLError) -> FindingKind {
        let raisesNode = try node.optional("raises")
        let raises = try raisesNode.map { n throws(YAMLError) in try n.string() } ?? "fail"
        guard let kind = FindingKind(rawValue: raises), kind != .open else {
            throw (raisesNode ?? node).error("raises must be fail or review (open is raised when a fact is missing)")
        }
        return kind
    }

    static func periodValue(_ node: YAMLNode) throws(YAMLError) -> CalendarPeriod {
        let text = try node.string()
        do { return try CalendarPeriod(parsing: text) } catch {
            throw node.error("expected a period such as \"24 months\": \(error.reason)")
        }
    }
}
