extension JobSafetyAnalysis {
    /// One fact the JSA is stored as: its name (`company`, `ppe[2]`, `step[3].hazard[1]`,
    /// `gas[1].H2S`, `claim[4]`, `signoff[2]`), the words as written, the normalized value a
    /// reader can scan and a program read back, the unit, and where it was read.
    public struct FactEntry: Sendable, Equatable {
        public var name: String
        public var raw: String
        public var normalized: String
        public var unit: String?
        public var evidence: Evidence
    }

    /// The JSA as facts, in the document's order (the extractor adds how and how surely each was read).
    public var factEntries: [FactEntry] {
        var entries: [FactEntry] = []
        func add(_ name: String, _ raw: String, _ normalized: String, unit: String? = nil, _ evidence: Evidence) {
            entries.append(FactEntry(name: name, raw: raw, normalized: normalized, unit: unit, evidence: evidence))
        }
        for (field, item) in Self.textFields(self) { if let item { add(field, item.evidence.quote, item.value, item.evidence) } }
        if let swa = stopWorkAuthority { add("stop_work_authority", swa.evidence.quote, String(swa.value), swa.evidence) }
        for (index, item) in ppe.enumerated() { add("ppe[\(index + 1)]", item.evidence.quote, item.value, item.evidence) }
        for (index, item) in permits.enumerated() { add("permit[\(index + 1)]", item.evidence.quote, item.value, item.evidence) }
        for (index, step) in steps.enumerated() {
            let name = "step[\(index + 1)]"
            if !step.text.isEmpty { add(name, step.text, step.text, step.evidence) }
            for (number, hazard) in step.hazards.enumerated() { add("\(name).hazard[\(number + 1)]", hazard, hazard, step.evidence) }
            for (number, control) in step.controls.enumerated() { add("\(name).control[\(number + 1)]", control, control, step.evidence) }
        }
        for (index, reading) in gasReadings.enumerated() {
            add("gas[\(index + 1)].\(reading.gas)", reading.evidence.quote, Claim.plain(reading.value) + (reading.time.map { " at \($0)" } ?? ""), unit: reading.unit, reading.evidence)
        }
        for (index, claim) in claims.enumerated() { add("claim[\(index + 1)]", claim.text, claim.summary, unit: claim.unit, claim.evidence) }
        for (index, signOff) in signOffs.enumerated() {
            add("signoff[\(index + 1)]", signOff.evidence.quote, signOff.name + (signOff.role.map { " (\($0))" } ?? "") + " " + (signOff.time ?? "no time"), signOff.evidence)
        }
        return entries
    }

    /// The JSA read back from its stored facts (`factEntries`' names and normalized values);
    /// facts of other names are ignored, facts that cannot be read back are left out.
    public init(facts: [Fact]) {
        self.init()
        var steps: [Int: Step] = [:]
        for fact in facts {
            guard let value = fact.normalized else { continue }
            let item = Item(value, evidence: fact.evidence)
            switch fact.name {
            case "company": company = item
            case "job": job = item
            case "date": date = item
            case "prepared_date": preparedDate = item
            case "start_time": startTime = item
            case "api": wellAPI = item
            case "lease": lease = item
            case "well_number": wellNumber = item
            case "location_description": locationText = item
            case "person_in_charge": personInCharge = item
            case "emergency_contact": emergencyContact = item
            case "stop_work_authority": stopWorkAuthority = Item(value == "true", evidence: fact.evidence)
            default:
                guard let (list, index, rest) = Self.indexed(fact.name) else { continue }
                switch (list, rest) {
                case ("ppe", ""): ppe.append(item)
                case ("permit", ""): permits.append(item)
                case ("step", _):
                    var step = steps[index] ?? Step(text: "", hazards: [], controls: [], evidence: fact.evidence)
                    if rest.isEmpty { step.text = value } else if rest.hasPrefix(".hazard[") { step.hazards.append(value) } else if rest.hasPrefix(".control[") { step.controls.append(value) }
                    steps[index] = step
                case ("gas", _) where rest.hasPrefix("."):
                    let parts = value.split(separator: " at ", omittingEmptySubsequences: false).map(String.init)
                    guard let number = Double(parts[0]) else { continue }
                    gasReadings.append(GasReading(gas: String(rest.dropFirst()), value: number, unit: fact.unit ?? "", time: parts.count > 1 ? parts[1] : nil, evidence: fact.evidence))
                case ("claim", ""):
                    if let claim = Claim(summary: value, text: fact.raw, evidence: fact.evidence) { claims.append(claim) }
                case ("signoff", ""):
                    signOffs.append(Self.signOff(value, evidence: fact.evidence))
                default: continue
                }
            }
        }
        self.steps = steps.keys.sorted().map { steps[$0]! }
    }

    private static func textFields(_ jsa: JobSafetyAnalysis) -> [(String, Item<String>?)] {
        [("company", jsa.company), ("job", jsa.job), ("date", jsa.date), ("prepared_date", jsa.preparedDate), ("start_time", jsa.startTime), ("api", jsa.wellAPI), ("lease", jsa.lease),
         ("well_number", jsa.wellNumber), ("location_description", jsa.locationText), ("person_in_charge", jsa.personInCharge), ("emergency_contact", jsa.emergencyContact)]
    }

    /// `step[3].hazard[1]` → ("step", 3, ".hazard[1]").
    private static func indexed(_ name: String) -> (String, Int, String)? {
        guard let open = name.firstIndex(of: "["), let close = name[open...].firstIndex(of: "]"), let index = Int(name[name.index(after: open)..<close]) else { return nil }
        return (String(name[..<open]), index, String(name[name.index(after: close)...]))
    }

    /// `W. Harlan (person in charge) 06:55`, `J. Ortega no time`.
    private static func signOff(_ text: String, evidence: Evidence) -> SignOff {
        var rest = Substring(text)
        var time: String?
        if rest.hasSuffix(" no time") {
            rest = rest.dropLast(" no time".count)
        } else if let space = rest.lastIndex(of: " "), rest[rest.index(after: space)...].contains(":") {
            time = String(rest[rest.index(after: space)...])
            rest = rest[..<space]
        }
        var role: String?
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "("), open > rest.startIndex, rest[rest.index(before: open)] == " " {
            role = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
            rest = rest[..<rest.index(before: open)]
        }
        return SignOff(name: String(rest), role: role, time: time, evidence: evidence)
    }
}
