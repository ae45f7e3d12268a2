import Foundation
import PushbackModel

/// Evaluates a `jsa` rule: one test of each JSA's own content (hot work, H2S, sign-offs, step
/// controls), reading other JSAs of the same well where the test asks what is known about it.
/// Every unmet requirement of one JSA is named in one finding, with the lines that show it; a
/// JSA whose job and steps could not be read is `open` — nothing in it can be judged.
struct JSAEvaluator {
    let rule: Rule
    let check: JSACheck
    let jurisdictions: JurisdictionCatalog

    func evaluate(_ jsas: [JSAOnFile], documents: [DocumentOnFile] = []) -> [Finding] {
        jsas.compactMap { record in
            let jsa = record.jsa
            if jsa.job == nil && jsa.steps.isEmpty {
                return finding(record, kind: .open, severity: .low, title: "Cannot check: \(rule.title)",
                               message: "\(record.document.path): neither the job nor its steps could be read, so \(subjectMatter) cannot be judged. This is not a pass.",
                               evidence: [record.dateEvidence].compactMap { $0 }, compared: [ComparedValue(name: "missing", actual: "the job and its steps")])
            }
            switch check {
            case .hotWork(let limit): return hotWork(record, limit: limit)
            case .h2sControls(let threshold): return h2s(record, threshold: threshold, all: jsas, documents: documents)
            case .signOffs(let early): return signOffs(record, early: early)
            case .stepControls: return stepControls(record)
            case .atmosphere(let oxygen, let lel, let h2s): return atmosphere(record, oxygen: oxygen, lel: lel, h2s: h2s)
            case .wellStatus(let statuses): return wellStatus(record, statuses: statuses)
            case .valveChecks: return valveChecks(record)
            case .confinedSpaceAttendant: return attendant(record)
            case .pressureJudgments: return pressureJudgments(record)
            }
        }
    }

    private var subjectMatter: String {
        switch check {
        case .hotWork: "whether it plans hot work"
        case .h2sControls: "whether its job meets H2S"
        case .signOffs: "whether the crew signed before the work"
        case .stepControls: "whether each hazard has a control"
        case .atmosphere: "whether its work needed an atmosphere test"
        case .wellStatus: "what work it was"
        case .valveChecks: "what its valve checks rest on"
        case .confinedSpaceAttendant: "whether it enters a confined space"
        case .pressureJudgments: "its pressure judgments"
        }
    }

    // MARK: - Tests

    private func hotWork(_ record: JSAOnFile, limit: Double) -> Finding? {
        let jsa = record.jsa
        let permit = jsa.permits.first { $0.value.lowercased() == "hot work" }
        let described = Self.mentions(jsa, pattern: #"\b(hot work|weld(ing)?|welder|cutting torch|torch[- ]cut|grind(ing)?|burning)\b"#)
        guard permit != nil || !described.isEmpty else { return nil }
        let lel = jsa.gasReadings.filter { $0.gas == "LEL" }
        var unmet: [String] = []
        var evidence = [permit?.evidence].compactMap { $0 } + described.map(\.evidence)
        if permit == nil { unmet.append("no hot-work permit is recorded for work that \(described.first.map { "reads \"\($0.text)\"" } ?? "is hot work")") }
        if lel.isEmpty {
            unmet.append("no LEL reading is recorded (\(jsa.gasReadings.isEmpty ? "no gas test at all" : "the gas test has \(jsa.gasReadings.map(\.gas).joined(separator: ", ")) but no LEL"))")
            evidence += jsa.gasReadings.prefix(1).map(\.evidence)
        }
        for reading in lel where reading.value > limit {
            unmet.append("LEL read \(JobSafetyAnalysis.Claim.plain(reading.value)) %\(reading.time.map { " at \($0)" } ?? ""), above the \(JobSafetyAnalysis.Claim.plain(limit)) % at which hot work must not start")
            evidence.append(reading.evidence)
        }
        guard !unmet.isEmpty else { return nil }
        return finding(record, kind: .fail, severity: rule.severity, title: rule.title,
                       message: "\(record.document.path) plans hot work, but \(unmet.joined(separator: "; ")). A spark in a flammable atmosphere is the hazard the permit and the gas test exist to prevent.",
                       evidence: evidence, compared: [
                        ComparedValue(name: "hot-work permit", actual: permit.map { "\($0.value) (\($0.evidence.place))" } ?? "none"),
                        ComparedValue(name: "LEL readings", actual: lel.isEmpty ? "none" : lel.map { "\(JobSafetyAnalysis.Claim.plain($0.value)) %\($0.time.map { " at \($0)" } ?? "")" }.joined(separator: ", "),
                                      limit: "\(JobSafetyAnalysis.Claim.plain(limit)) %", comparison: "≤"),
                       ])
    }

    private func h2s(_ record: JSAOnFile, threshold: Double, all: [JSAOnFile], documents: [DocumentOnFile]) -> Finding? {
        let jsa = record.jsa
        var why = Self.mentions(jsa, pattern: #"\b(h2s|h₂s|hydrogen sulfide|hydrogen sulphide|sour)\b"#).map { (text: "\"\($0.text)\" on the JSA", evidence: $0.evidence) }
        for reading in jsa.gasReadings where reading.gas == "H2S" && reading.value >= threshold {
            why.append(("H2S read \(JobSafetyAnalysis.Claim.plain(reading.value)) ppm on the JSA", reading.evidence))
        }
        if let api = record.api {
            for other in all where other.document != record.document && other.api.map({ $0.prefix(10) == api.prefix(10) }) == true {
                for reading in other.jsa.gasReadings where reading.gas == "H2S" && reading.value >= threshold {
                    why.append(("H2S read \(JobSafetyAnalysis.Claim.plain(reading.value)) ppm on another JSA of the same well, \(other.document.path)", reading.evidence))
                }
            }
            for document in documents where document.api.prefix(10) == api.prefix(10) && document.values["h2s_area"]?.contains("yes") == true {
                why.append(("\(document.evidence.source.path) (\(document.kind)) states the well is in an H2S area (subject to Statewide Rule 36)", document.evidence))
            }
            why += soursInField(of: api, threshold: threshold, all: all, documents: documents)
        }
        guard !why.isEmpty else { return nil }
        let protection = jsa.ppe.filter { ["h2s monitor", "scba", "respirator"].contains($0.value.lowercased()) }
        let controlled = jsa.steps.flatMap(\.controls).first { $0.range(of: #"(h2s|gas) monitor|scba|respirator|air pack|supplied air"#, options: [.regularExpression, .caseInsensitive]) != nil }
        let readings = jsa.gasReadings.filter { $0.gas == "H2S" }
        var unmet: [String] = []
        if protection.isEmpty && controlled == nil { unmet.append("no H2S monitor or respiratory protection is listed in its PPE or controls") }
        if readings.isEmpty { unmet.append("no H2S reading is recorded") }
        guard !unmet.isEmpty else { return nil }
        return finding(record, kind: .fail, severity: rule.severity, title: rule.title,
                       message: "\(record.document.path) is for work where H2S is known — \(why.prefix(4).map(\.text).joined(separator: "; ")) — but \(unmet.joined(separator: " and ")). "
                        + "H2S is lethal above 100 ppm and deadens smell first: nobody works a sour location without a monitor and a reading.",
                       evidence: why.prefix(6).map(\.evidence) + readings.prefix(1).map(\.evidence) + protection.map(\.evidence), compared: [
                        ComparedValue(name: "H2S known from", actual: why.map(\.text).joined(separator: "; ")),
                        ComparedValue(name: "H2S protection listed", actual: protection.isEmpty ? (controlled ?? "none") : protection.map(\.value).joined(separator: ", ")),
                        ComparedValue(name: "H2S readings", actual: readings.isEmpty ? "none" : readings.map { "\(JobSafetyAnalysis.Claim.plain($0.value)) ppm\($0.time.map { " at \($0)" } ?? "")" }.joined(separator: ", ")),
                       ])
    }

    /// The field known sour: the field a filing of the well names, and in it another well whose
    /// filing states an H2S area or whose JSA read H2S at or above `threshold`.
    private func soursInField(of api: String, threshold: Double, all: [JSAOnFile], documents: [DocumentOnFile]) -> [(text: String, evidence: Evidence)] {
        let well = api.prefix(10)
        guard let named = documents.first(where: { $0.api.prefix(10) == well && Self.fieldKey($0.values["field"]?.first) != nil }),
              let field = named.values["field"]?.first, let key = Self.fieldKey(field) else { return [] }
        let others = Set(documents.filter { $0.api.prefix(10) != well && Self.fieldKey($0.values["field"]?.first) == key }.map { $0.api.prefix(10) })
        let inField = "in the same field, \(field) (as \(named.evidence.source.path) names it)"
        var why: [(text: String, evidence: Evidence)] = []
        for document in documents where others.contains(document.api.prefix(10)) && document.values["h2s_area"]?.contains("yes") == true {
            why.append(("\(document.evidence.source.path) (\(document.kind)) states that well \(document.api), \(inField), is in an H2S area — the field is known sour", document.evidence))
        }
        for other in all where other.api.map({ others.contains($0.prefix(10)) }) == true {
            for reading in other.jsa.gasReadings where reading.gas == "H2S" && reading.value >= threshold {
                why.append(("H2S read \(JobSafetyAnalysis.Claim.plain(reading.value)) ppm on \(other.document.path), a JSA of another well \(inField)", reading.evidence))
            }
        }
        return why
    }

    /// `GIDDINGS(EAGLEFORD)` from `Giddings (Eagleford)`, `SPRABERRY(TRENDAREA)` from
    /// `SPRABERRY [TREND AREA]`, `DJHORIZONTALNIOBRARA` from `DJ HORIZONTAL NIOBRARA - #16950`
    /// (ECMC's field number dropped); nil for no name.
    static func fieldKey(_ name: String?) -> String? {
        guard let name else { return nil }
        let key = name.uppercased().replacing(/\s+-\s+#\d+\s*$/, with: "").replacing("[", with: "(").replacing("]", with: ")").filter { $0.isLetter || $0.isNumber || $0 == "(" || $0 == ")" }
        return key.contains(where: \.isLetter) ? key : nil
    }

    private func signOffs(_ record: JSAOnFile, early: Int) -> Finding? {
        let jsa = record.jsa
        guard !jsa.signOffs.isEmpty else {
            return finding(record, kind: .fail, severity: rule.severity, title: rule.title,
                           message: "\(record.document.path) has no sign-offs: nobody recorded that they were briefed on the job's hazards.", evidence: [record.dateEvidence].compactMap { $0 },
                           compared: [ComparedValue(name: "sign-offs", actual: "none", limit: "every crew member", comparison: "=")])
        }
        let timed = jsa.signOffs.compactMap { signOff in Self.minutes(signOff.time).map { (signOff, $0) } }
        let untimed = jsa.signOffs.filter { Self.minutes($0.time) == nil }
        var unmet: [String] = []
        var evidence: [Evidence] = []
        if let start = Self.minutes(jsa.startTime?.value) {
            for (signOff, at) in timed where at > start {
                unmet.append("\(signOff.name) signed at \(signOff.time!), \(at - start) min after the job started at \(jsa.startTime!.value)")
                evidence.append(signOff.evidence)
            }
            if !timed.isEmpty, timed.allSatisfy({ $0.1 > start }) { evidence.append(jsa.startTime!.evidence) }
        }
        let times = timed.map(\.1).sorted()
        if let middle = times.isEmpty ? nil : times[times.count / 2] {
            for (signOff, at) in timed where at < middle - early {
                unmet.append("\(signOff.name) signed at \(signOff.time!), \(middle - at) min before the rest of the crew — before the JSA was held, so not at it")
                evidence.append(signOff.evidence)
            }
        }
        if let prepared = jsa.preparedDate, let work = jsa.date, let preparedDay = CalendarDate(iso: prepared.value), let workDay = CalendarDate(iso: work.value), preparedDay > workDay {
            let days = preparedDay.dayNumber - workDay.dayNumber
            unmet.append("the JSA is dated \(prepared.value), \(days) day\(days == 1 ? "" : "s") after the work on \(work.value): it was filled in after the job, not before it")
            evidence += [prepared.evidence, work.evidence]
        }
        if let leader = jsa.personInCharge, !jsa.signOffs.contains(where: { Self.sameName($0.name, leader.value) }) {
            unmet.append("the person in charge, \(leader.value), is not among those who signed")
            evidence.append(leader.evidence)
        }
        let compared = [
            ComparedValue(name: "job start", actual: jsa.startTime?.value ?? "not written"),
            ComparedValue(name: "sign-offs", actual: jsa.signOffs.map { "\($0.name)\($0.role.map { " (\($0))" } ?? "") \($0.time ?? "no time")" }.joined(separator: "; ")),
        ]
        let untimedText = untimed.isEmpty ? "" : "; and \(untimed.map { $0.role == "person in charge" ? "\($0.name) (the person in charge)" : $0.name }.joined(separator: ", ")) signed with no time"
        if !unmet.isEmpty {
            return finding(record, kind: .fail, severity: rule.severity, title: rule.title,
                           message: "\(record.document.path): \(unmet.joined(separator: "; "))\(untimedText). A JSA protects only a crew that reviewed it together before the work.",
                           evidence: evidence + untimed.map(\.evidence), compared: compared)
        }
        if !untimed.isEmpty {
            return finding(record, kind: .review, severity: .medium, title: "\(rule.title): sign-off without a time",
                           message: "\(record.document.path): \(untimed.map { $0.role == "person in charge" ? "\($0.name), the person in charge," : $0.name }.joined(separator: ", ")) signed with no time (perhaps with no signature either), so whether they signed at the JSA, before the work, cannot be told. Confirm it with \(untimed.contains { $0.role == "person in charge" } ? "them" : "them and the person in charge").",
                           evidence: untimed.map(\.evidence), compared: compared)
        }
        return nil
    }

    private func stepControls(_ record: JSAOnFile) -> Finding? {
        let bare = record.jsa.steps.enumerated().filter { !$0.element.hazards.isEmpty && $0.element.controls.isEmpty }
        guard !bare.isEmpty else { return nil }
        let listed = bare.map { "step \($0.offset + 1) \"\($0.element.text)\" (\($0.element.hazards.joined(separator: ", ")))" }
        return finding(record, kind: .review, severity: rule.severity, title: rule.title,
                       message: "\(record.document.path): \(bare.count) job step(s) name a hazard and no control — \(listed.joined(separator: "; ")). A hazard written down without a control is a hazard accepted without a plan.",
                       evidence: bare.map(\.element.evidence), compared: [ComparedValue(name: "steps with hazards and no control", actual: "\(bare.count) of \(record.jsa.steps.count)")])
    }

    private func atmosphere(_ record: JSAOnFile, oxygen: ClosedRange<Double>, lel: Double, h2s: Double) -> Finding? {
        let jsa = record.jsa
        var unmet: [String] = []
        var evidence: [Evidence] = []
        for reading in jsa.gasReadings {
            let at = reading.time.map { " at \($0)" } ?? ""
            let value = JobSafetyAnalysis.Claim.plain(reading.value)
            switch reading.gas {
            case "O2" where !oxygen.contains(reading.value):
                unmet.append("oxygen read \(value) %\(at), outside \(JobSafetyAnalysis.Claim.plain(oxygen.lowerBound))–\(JobSafetyAnalysis.Claim.plain(oxygen.upperBound)) % (\(reading.value < oxygen.lowerBound ? "oxygen-deficient" : "oxygen-enriched"))")
            case "LEL" where reading.value >= lel:
                unmet.append("LEL read \(value) %\(at), at or above \(JobSafetyAnalysis.Claim.plain(lel)) %")
            case "H2S" where reading.value >= h2s:
                unmet.append("H2S read \(value) ppm\(at), at or above \(JobSafetyAnalysis.Claim.plain(h2s)) ppm")
            default: continue
            }
            evidence.append(reading.evidence)
        }
        let entry = jsa.permits.first { $0.value.lowercased() == "confined space" }.map { (text: $0.value, evidence: $0.evidence) }
            ?? Self.mentions(jsa, pattern: #"\b(confined space|tank entry|enter(ing)? (the )?tank|vessel entry)\b"#).first
        if let entry, jsa.gasReadings.isEmpty {
            unmet.append("a confined-space entry (\"\(entry.text)\") has no atmosphere test before it")
            evidence.append(entry.evidence)
        }
        guard !unmet.isEmpty else { return nil }
        return finding(record, kind: .fail, severity: rule.severity, title: rule.title,
                       message: "\(record.document.path): \(unmet.joined(separator: "; ")). That is a hazardous atmosphere: work in it — above all an entry — waits until it is ventilated or the crew is on supplied air, and tested again.",
                       evidence: evidence, compared: jsa.gasReadings.map { ComparedValue(name: "\($0.gas)\($0.time.map { " at \($0)" } ?? "")", actual: "\(JobSafetyAnalysis.Claim.plain($0.value)) \($0.unit)") })
    }

    private func wellStatus(_ record: JSAOnFile, statuses: Set<WellStatus>) -> Finding? {
        guard let status = record.wellStatus, statuses.contains(status) else { return nil }
        // Plugging, re-entry and plug checks are the work a plugged well gets.
        guard Self.mentions(record.jsa, pattern: #"\b(p&a|p ?& ?a|plug(ging)?|abandon(ment)?|re-?ent(er|ry)|cement plug)\b"#).isEmpty else { return nil }
        let job = record.jsa.job?.value ?? record.jsa.steps.first?.text ?? "work"
        return finding(record, kind: .fail, severity: rule.severity, title: rule.title,
                       message: "\(record.document.path) is for \"\(job)\" on a well the registry records as \(status.rawValue) (\(record.wellBasis)). A plugged well has no wellhead to work on: either the JSA names the wrong well, the registry is out of date, or a plugged well is being re-entered without saying so.",
                       evidence: [record.jsa.job?.evidence, record.wellSource].compactMap { $0 },
                       compared: [ComparedValue(name: "registry status", actual: status.rawValue, limit: "not \(statuses.map(\.rawValue).sorted().joined(separator: ", "))", comparison: "is"),
                                  ComparedValue(name: "job", actual: job)])
    }

    private func valveChecks(_ record: JSAOnFile) -> Finding? {
        let jsa = record.jsa
        let bare = jsa.claims.filter { $0.kind == .valveCheck && $0.value == nil && $0.durationMinutes == nil }
        guard !bare.isEmpty else { return nil }
        // A valve the job installs has never held this well's pressure.
        let newValve = bare.contains { $0.text.range(of: #"\b(new|replaced|installed)\b"#, options: [.regularExpression, .caseInsensitive]) != nil }
            || !Self.mentions(jsa, pattern: #"\b(replace|install|new)\b[^.;]*\bvalve\b"#).isEmpty
        let listed = bare.map { "\"\($0.text)\"" }.joined(separator: ", ")
        let message = "\(record.document.path) records \(listed) with no test pressure, duration or gauge reading: \"OK\" says someone looked, not that the valve holds. "
            + (newValve ? "The job installs the valve, so nothing yet shows it holds the well's pressure. " : "")
            + "Ask what it was tested with — a pressure held for a time on a gauge, or a function test — before relying on it as a barrier."
        return finding(record, kind: .review, severity: newValve ? rule.severity : .medium, title: "\(rule.title)\(newValve ? ": a new valve" : "")", message: message,
                       evidence: bare.map(\.evidence),
                       compared: bare.map { ComparedValue(name: "valve check", actual: $0.text, limit: "a pressure, duration or reading", comparison: "states") })
    }

    private func attendant(_ record: JSAOnFile) -> Finding? {
        let jsa = record.jsa
        let entry = jsa.permits.first { $0.value.lowercased() == "confined space" }.map { (text: $0.value, evidence: $0.evidence) }
            ?? Self.mentions(jsa, pattern: #"\b(confined space|tank entry|enter(ing)? (the )?(tank|vessel|cellar|pit)|vessel entry)\b"#).first
        guard let entry else { return nil }
        let watcher = #"\b(attendant|hole ?watch|safety watch|standby (man|person))\b"#
        let named = jsa.signOffs.first { ($0.role ?? "").range(of: watcher, options: [.regularExpression, .caseInsensitive]) != nil }
        let planned = Self.mentions(jsa, pattern: watcher).first { $0.text.range(of: #"\b(no|none|not)\b|:\s*n\b"#, options: [.regularExpression, .caseInsensitive]) == nil }
        guard named == nil, planned == nil else { return nil }
        let roles = jsa.signOffs.map { "\($0.name) (\($0.role ?? "no role written"))" }.joined(separator: ", ")
        let message = "\(record.document.path) plans a confined-space entry (\"\(entry.text)\") and names no attendant: nobody in the crew sign-in is one\(roles.isEmpty ? "" : " — \(roles)") — and no step or control assigns one. "
            + "An entrant overcome inside depends on someone outside who watches, keeps count, calls the rescue and does not go in. Entry waits until an attendant is assigned at the opening."
        return finding(record, kind: .fail, severity: rule.severity, title: rule.title, message: message,
                       evidence: [entry.evidence] + jsa.signOffs.map(\.evidence),
                       compared: [ComparedValue(name: "attendant", actual: "none named", limit: "at least one, outside the space, for the whole entry", comparison: "="),
                                  ComparedValue(name: "crew", actual: roles.isEmpty ? "no sign-offs" : roles)])
    }

    private func pressureJudgments(_ record: JSAOnFile) -> Finding? {
        let jsa = record.jsa
        var unmet: [(String, Evidence)] = []
        var unknown: [(String, Evidence)] = []
        for claim in jsa.claims where claim.kind == .pressureReading || claim.kind == .bleedDown {
            guard let value = claim.value,
                  let match = claim.text.firstMatch(of: /(?i)\b(below|under|less than|within|above|over|more than)\s+(?:our\s+|the\s+)?(\d+(?:\.\d+)?)\s*(psig|psi|kpa)\b/),
                  let limit = Double(match.2) else { continue }
            let says = match.1.lowercased(), limitUnit = match.3.lowercased()
            guard let unit = claim.unit?.lowercased(), let valuePSI = Self.psi(value, unit), let limitPSI = Self.psi(limit, limitUnit) else {
                unknown.append(("\"\(claim.text)\" judges a pressure with no unit Pushback can convert (\(claim.unit ?? "none written"))", claim.evidence))
                continue
            }
            let saysBelow = ["below", "under", "less than", "within"].contains(says)
            guard saysBelow ? valuePSI > limitPSI : valuePSI < limitPSI else { continue }
            let sameUnit = unit == limitUnit || (unit.hasPrefix("psi") && limitUnit.hasPrefix("psi"))
            let converted = sameUnit ? "" : ", which is \(JobSafetyAnalysis.Claim.plain(valuePSI.rounded())) psi"
            unmet.append(("\"\(claim.text)\": \(JobSafetyAnalysis.Claim.plain(value)) \(claim.unit!)\(converted) — \(saysBelow ? "above" : "below") the \(JobSafetyAnalysis.Claim.plain(limit)) \(match.3) it is judged \(says)"
                          + (sameUnit ? "" : "; the units were mixed (\(claim.unit!) read as \(match.3))"), claim.evidence))
        }
        if !unmet.isEmpty {
            return finding(record, kind: .fail, severity: rule.severity, title: rule.title,
                           message: "\(record.document.path): \(unmet.map(\.0).joined(separator: "; ")). The decision the JSA took on that judgment (to bleed, to open, to proceed) rested on a wrong comparison: stop and redo it with the pressure in the limit's unit.",
                           evidence: unmet.map(\.1), compared: unmet.map { ComparedValue(name: "judgment", actual: $0.0) })
        }
        if !unknown.isEmpty {
            return finding(record, kind: .open, severity: .low, title: "Cannot check: \(rule.title)",
                           message: "\(record.document.path): \(unknown.map(\.0).joined(separator: "; ")), so whether the judgment holds cannot be told. This is not a pass.",
                           evidence: unknown.map(\.1), compared: unknown.map { ComparedValue(name: "judgment", actual: $0.0) })
        }
        return nil
    }

    /// A pressure in psi, from psi, psig or kPa; nil for a unit Pushback does not convert.
    static func psi(_ value: Double, _ unit: String) -> Double? {
        switch unit.lowercased() {
        case "psi", "psig": value
        case "kpa": value / 6.894757
        default: nil
        }
    }

    // MARK: - Plumbing

    /// Job, step, hazard and control texts matching `pattern`, with their lines.
    private static func mentions(_ jsa: JobSafetyAnalysis, pattern: String) -> [(text: String, evidence: Evidence)] {
        var texts: [(String, Evidence)] = []
        if let job = jsa.job { texts.append((job.value, job.evidence)) }
        for step in jsa.steps {
            for text in [step.text] + step.hazards + step.controls where !text.isEmpty { texts.append((text, step.evidence)) }
        }
        var seen: Set<String> = []
        return texts.filter { $0.0.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil && seen.insert($0.0).inserted }.map { (text: $0.0, evidence: $0.1) }
    }

    /// `07:20` → minutes after midnight.
    static func minutes(_ time: String?) -> Int? {
        guard let parts = time?.split(separator: ":"), parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return hour * 60 + minute
    }

    /// `M. Okafor` and `Okafor, M.` are one person: the same surname (the longest word).
    static func sameName(_ a: String, _ b: String) -> Bool {
        func surname(_ name: String) -> String {
            let words: [Substring] = name.lowercased().split(whereSeparator: { (character: Character) in !character.isLetter })
            return words.max { $0.count < $1.count }.map(String.init) ?? name.lowercased()
        }
        return surname(a) == surname(b)
    }

    private func finding(_ record: JSAOnFile, kind: FindingKind, severity: Severity, title: String, message: String, evidence: [Evidence], compared: [ComparedValue]) -> Finding {
        Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity, title: title, message: message,
            remediation: kind == .open ? "Read the JSA by hand (or rescan it) and record its job, steps and sign-offs. Then: \(rule.remediation)" : rule.remediation,
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "jsa", id: (record.document.path as NSString).lastPathComponent, name: record.document.path),
            related: [record.api.map { Subject(type: "well", id: $0) }].compactMap { $0 },
            jurisdictions: record.api.map { jurisdictions.chain(apiStateCode: String($0.prefix(2)), fallback: rule.jurisdiction) } ?? jurisdictions.chain(from: rule.jurisdiction),
            comparedValues: compared, evidence: evidence.isEmpty ? [Evidence(source: record.document, quote: "the JSA")] : evidence,
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name): \($0.actual)", outcome: kind == .open ? "unknown" : "true") }
        )
    }
}
