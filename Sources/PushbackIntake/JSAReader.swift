import Foundation
import PushbackModel

/// Reads a job safety analysis out of a document's lines, whatever the layout: label–value pairs
/// (table cells, "Label: value", several on a line), a steps/hazards/controls table or "Steps:"
/// lists, check boxes (☒/☐) and Y/N checklists for PPE and permits, gas readings in tables or
/// prose, crews' claims ("bled csg to 0 psi 08:10", "function tested BOP OK", "pressure test
/// passed 1500 psi 30 min") and sign-offs. Words go through the `OilfieldLexicon`. Nothing is
/// guessed: what the document does not say stays empty.
public struct JSAReader: Sendable {
    public let lexicon: OilfieldLexicon

    public init(lexicon: OilfieldLexicon) { self.lexicon = lexicon }

    /// One line with where it is.
    struct Located {
        var page: Int
        var line: DocumentText.Line
        var text: String { line.text }
    }

    public func read(_ document: DocumentText) -> JobSafetyAnalysis {
        let ocrPages = Set(document.pages.filter { $0.method == .ocr }.map(\.number))
        let lines = Self.joiningContinuations(document.allLines.map { entry in
            Located(page: entry.page, line: ocrPages.contains(entry.page) ? Self.withoutOCRConfusions(Self.withoutRules(entry.line)) : Self.withoutEmphasis(entry.line))
        })
        func evidence(_ located: Located, field: String? = nil, quote: String? = nil) -> Evidence {
            Evidence(source: document.source, page: located.page, line: located.line.number, field: field, quote: quote ?? located.text)
        }
        var jsa = JobSafetyAnalysis()
        let pairs = labelledValues(lines)
        func item(_ field: Field, normalize: (String) -> String? = { $0 }) -> JobSafetyAnalysis.Item<String>? {
            for pair in pairs where pair.field == field {
                if let value = normalize(pair.value) { return .init(value, evidence: evidence(pair.located, field: pair.label, quote: pair.value)) }
            }
            return nil
        }
        jsa.company = item(.company) ?? companyHeading(lines).map { .init($0.text, evidence: evidence($0, field: "heading")) }
        jsa.job = item(.job)
        jsa.date = item(.date, normalize: JSAValues.isoDate) ?? headingDate(lines).map { .init($0.date, evidence: evidence($0.line, field: "heading", quote: $0.text)) }
        jsa.preparedDate = item(.preparedDate, normalize: JSAValues.isoDate)
        jsa.startTime = item(.startTime, normalize: JSAValues.clockTime)
        jsa.wellAPI = item(.wellAPI) { text in text.range(of: #"\d[\d-]{7,}\d"#, options: .regularExpression).map { JSAValues.apiNumber(String(text[$0])) } }
        jsa.lease = item(.lease)
        jsa.wellNumber = item(.wellNumber) { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
        // "Well: Jameson Trust 10" with no lease named apart: the lease and its well number.
        if jsa.lease == nil, let well = jsa.wellNumber, let split = JSAValues.leaseAndNumber(well.value) {
            jsa.lease = .init(split.lease, evidence: well.evidence)
            jsa.wellNumber = .init(split.number, evidence: well.evidence)
        }
        // "Lease: MABEE 140A #4404" with no well number apart: the number is the one after "#".
        if jsa.wellNumber == nil, let lease = jsa.lease, lease.value.contains("#"), let split = JSAValues.leaseAndNumber(lease.value) {
            jsa.lease = .init(split.lease, evidence: lease.evidence)
            jsa.wellNumber = .init(split.number, evidence: lease.evidence)
        }
        jsa.locationText = item(.location)
        jsa.personInCharge = item(.personInCharge)
        jsa.emergencyContact = item(.emergencyContact)
        if let line = lines.first(where: { $0.text.range(of: #"stop[- ]work\s+authority|\bSWA\b"#, options: [.regularExpression, .caseInsensitive]) != nil }) {
            jsa.stopWorkAuthority = .init(true, evidence: evidence(line, field: "stop-work authority"))
        }
        jsa.ppe = marked(lexicon.ppe, in: lines, listLabel: #"^PPE\b"#).map { .init($0.name, evidence: evidence($0.line)) }
        jsa.permits = marked(lexicon.permits, in: lines, listLabel: #"^permits?\b"#).map { .init($0.name, evidence: evidence($0.line)) }
        jsa.steps = steps(lines).map { .init(text: $0.text, hazards: $0.hazards, controls: $0.controls, evidence: evidence($0.line)) }
        jsa.gasReadings = gasReadings(lines).map { .init(gas: $0.gas, value: $0.value, unit: $0.unit, time: $0.time, evidence: evidence($0.line)) }
        jsa.claims = claims(lines).map { claim in
            .init(kind: claim.kind, point: claim.point, value: claim.value, unit: claim.unit, time: claim.time, durationMinutes: claim.minutes,
                  result: claim.result, text: claim.text, evidence: evidence(claim.line, quote: claim.text))
        }
        let inCharge = jsa.personInCharge?.value
        jsa.signOffs = signOffs(lines).map { signOff in
            let isInCharge = signOff.saysInCharge || (inCharge.map { JSAValues.sameName($0, signOff.name) } ?? false)
            return .init(name: signOff.name, role: isInCharge ? "person in charge" : signOff.role, time: signOff.time, evidence: evidence(signOff.line))
        }
        return jsa
    }

    // MARK: - Lines

    /// Markdown emphasis (`**Company:**`) is not part of the words.
    static func withoutEmphasis(_ line: DocumentText.Line) -> DocumentText.Line {
        guard line.text.contains("**") || line.text.contains("__") else { return line }
        var plain = line
        plain.text = line.text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        plain.cells = line.cells?.map { $0.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "") }
        return plain
    }

    /// An OCR'd table line without the table's rules (unless they were found on the image and
    /// erased before OCR): vertical bars split cells, stray rule marks (`_`, `[`, `—`, `~`) at a cell's ends go, cells left empty are dropped. Positions are
    /// kept only while every cell keeps its own.
    static func withoutRules(_ line: DocumentText.Line) -> DocumentText.Line {
        guard let cells = line.cells, !line.cellsFromRules else { return line }
        let junk = CharacterSet(charactersIn: "|_[]—–~“”‘’\"`.,;:*-").union(.whitespaces)
        var split: [String] = []
        var bounds: [ClosedRange<Double>]? = []
        for (index, cell) in cells.enumerated() {
            let parts = cell.split(separator: "|").map { $0.trimmingCharacters(in: junk) }.filter { $0.count > 1 || $0.first?.isNumber == true }
            split += parts
            if parts.count == 1, let range = line.cellBounds?[index] { bounds?.append(range) } else if !parts.isEmpty { bounds = nil }
        }
        guard !split.isEmpty else { return line }
        var cleaned = line
        cleaned.cells = split
        cleaned.cellBounds = bounds?.count == split.count ? bounds : nil
        cleaned.text = split.joined(separator: " | ")
        return cleaned
    }

    /// Letters and digits OCR confuses where a gas reading makes the meaning plain: "02" before a
    /// percentage (or as a "% " column heading) is O2, a lone "O" before ppm or % is zero.
    static func withoutOCRConfusions(_ line: DocumentText.Line) -> DocumentText.Line {
        func corrected(_ text: String) -> String {
            text.replacingOccurrences(of: #"(?<![\d:/.])\b02(?=\s*(?:\d+(?:\.\d+)?\s*)?%)"#, with: "O2", options: .regularExpression)
                .replacingOccurrences(of: #"(?<=\s|^)[Oo](?=\s*(?:ppm|%))"#, with: "0", options: .regularExpression)
        }
        var fixed = line
        fixed.text = corrected(line.text)
        fixed.cells = line.cells?.map(corrected)
        return fixed
    }

    /// Labels whose lists run on over the following lines in prose ("Hazards: …; soft ground at
    /// the" / "pad").
    static let listLabels = #"^(PPE|Permits?|(Job\s+)?Steps?|Hazards?|Controls?|Sign[- ]?offs?|Crew\s+signed|Emergency)\s*:"#

    /// A prose line that continues a list label's line (not blank, not a table row, not itself
    /// starting with "Word:") is joined to it, so wrapped lists read whole.
    static func joiningContinuations(_ lines: [Located]) -> [Located] {
        var joined: [Located] = []
        var open = false
        for located in lines {
            let text = located.text.trimmingCharacters(in: .whitespaces)
            let startsLabel = text.range(of: #"^[A-Za-z][^:]{0,40}:"#, options: .regularExpression) != nil
            // A laid-out page may see one column group on a line: that is still prose.
            let isProse = (located.line.cells?.count ?? 0) <= 1
            if open, isProse, !text.isEmpty, !startsLabel, var last = joined.popLast() {
                last.line.text += " " + text
                joined.append(last)
                continue
            }
            open = isProse && text.range(of: listLabels, options: [.regularExpression, .caseInsensitive]) != nil
            joined.append(located)
        }
        return joined
    }

    // MARK: - Labelled values

    enum Field { case company, job, date, preparedDate, startTime, wellAPI, lease, wellNumber, location, personInCharge, emergencyContact }

    /// Label spellings (lower case, without trailing `:` or `#`) → field.
    static let labels: [String: Field] = {
        var labels: [String: Field] = [:]
        for (field, spellings) in [
            (Field.company, ["company", "contractor", "service company", "company name"]),
            (.job, ["job/task", "job / task", "job", "task", "job description", "work to be performed", "job task"]),
            (.date, ["date", "job date", "date of work", "work date"]),
            (.preparedDate, ["jsa date", "date of jsa", "date prepared", "prepared on", "jha date"]),
            (.startTime, ["start time", "start", "time started", "jsa time"]),
            (.wellAPI, ["api no.", "api no", "api", "api number", "api well no."]),
            (.lease, ["lease", "lease name", "lease/well name", "lease / well name", "lease/well"]),
            (.wellNumber, ["well no.", "well no", "well", "well number", "well name/no."]),
            (.location, ["location", "legal location", "surface location", "directions", "location / directions", "where", "job location", "well location"]),
            (.personInCharge, ["person in charge", "supervisor", "foreman", "foreman / person in charge", "pic", "rig supervisor", "supervisor / pic", "supv", "supv.", "rig supv"]),
            (.emergencyContact, ["emergency contact", "emergency", "emergency contacts", "in case of emergency", "emergency #"]),
        ] {
            for spelling in spellings { labels[spelling] = field }
        }
        return labels
    }()

    /// The labels with their spaces removed, for OCR that runs words together ("APINo.").
    static let labelsWithoutSpaces: [String: Field] = Dictionary(labels.map { ($0.key.replacingOccurrences(of: " ", with: ""), $0.value) }, uniquingKeysWith: { first, _ in first })

    struct Pair {
        var field: Field
        var label: String
        var value: String
        var located: Located
    }

    /// Every label–value pair: adjacent table cells, and "Label: value" segments of text lines
    /// (segments split at " | " or runs of 3+ spaces).
    func labelledValues(_ lines: [Located]) -> [Pair] {
        var pairs: [Pair] = []
        for located in lines {
            if let cells = located.line.cells {
                for index in cells.indices.dropLast() {
                    guard let field = Self.field(label: cells[index]) else { continue }
                    let value = cells[index + 1].trimmingCharacters(in: .whitespaces)
                    if !value.isEmpty, Self.field(label: value) == nil { pairs.append(Pair(field: field, label: cells[index], value: value, located: located)) }
                }
                // A "Label: value" cell (a laid-out page groups both in one column).
                for cell in cells { if let pair = Self.colonPair(cell, located: located) { pairs.append(pair) } }
                continue
            }
            let segments = located.text.components(separatedBy: "   ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for segment in segments {
                if let pair = Self.colonPair(segment, located: located) { pairs.append(pair) }
            }
        }
        return pairs
    }

    /// "Label: value", "API# 42-…", "Well #4404".
    static func colonPair(_ segment: String, located: Located) -> Pair? {
        if let colon = segment.firstIndex(of: ":") {
            let label = String(segment[..<colon])
            let value = segment[segment.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            // "06:45" is a time, not a label.
            if let field = field(label: label), !value.isEmpty, !(label.last?.isNumber ?? false) { return Pair(field: field, label: label, value: value, located: located) }
        }
        if let match = segment.range(of: #"^(API\s*#|API\s+No\.?|API(?=\s+\d)|Well\s*#|Well\s+No\.?)\s*"#, options: [.regularExpression, .caseInsensitive]) {
            let label = String(segment[match]).trimmingCharacters(in: .whitespaces)
            let value = segment[match.upperBound...].trimmingCharacters(in: .whitespaces)
            if let field = field(label: label), !value.isEmpty { return Pair(field: field, label: label, value: value, located: located) }
        }
        return nil
    }

    static func field(label: String) -> Field? {
        var key = label.lowercased().trimmingCharacters(in: .whitespaces)
        while let last = key.last, last == ":" || last == "#" { key.removeLast(); key = key.trimmingCharacters(in: .whitespaces) }
        key = key.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let field = labels[key] ?? labelsWithoutSpaces[key.replacingOccurrences(of: " ", with: "")] { return field }
        // A label wrapped in its cell ("Person in" / "charge"): a multi-word start of one.
        if key.contains(" "), key.count >= 8, let match = labels.first(where: { $0.key.hasPrefix(key + " ") }) { return match.value }
        // "Supervisor/Person in charge", "Foreman / person in charge": any part that is a label
        // (never inside a "Label: value" text, whose colon is not at its end).
        guard key.contains("/"), !key.contains(":") else { return nil }
        return key.split(separator: "/").lazy.compactMap { labels[$0.trimmingCharacters(in: .whitespaces)] }.first
    }

    /// A first line naming a company ("RED DRAW WELL SERVICE, LLC") when no label says who.
    func companyHeading(_ lines: [Located]) -> Located? {
        guard let first = lines.first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
        // "BUTTONWILLOW RIG MOVING CO. - JSA / TAILGATE MEETING": the name before the title, or
        // before the gap that sets the title apart on a laid-out page.
        var name = first.line.cells?.first(where: { !$0.isEmpty }) ?? first.text
        if let dash = name.range(of: #"\s+[-–—]\s+"#, options: .regularExpression) { name = String(name[..<dash.lowerBound]) }
        guard name.range(of: #"\b(LLC|L\.L\.C|Inc|Co|Company|Corp|Services?|Ltd)(\.|\b)"#, options: [.regularExpression, .caseInsensitive]) != nil else { return nil }
        var heading = first
        heading.line.text = name.trimmingCharacters(in: .whitespaces)
        return heading
    }

    /// A date standing alone in the first lines ("10/30/2026   Start: 06:45") when no label says
    /// which date the JSA is.
    func headingDate(_ lines: [Located]) -> (date: String, text: String, line: Located)? {
        for located in lines.prefix(4) {
            let segments = located.line.cells ?? located.text.components(separatedBy: "   ")
            for segment in segments {
                let text = segment.trimmingCharacters(in: .whitespaces)
                if let date = JSAValues.isoDate(text) { return (date, text, located) }
            }
        }
        return nil
    }

    // MARK: - PPE and permits

    /// Terms marked ☒ (a check-box control or glyph), answered Y in a checklist, or listed after
    /// `listLabel` ("PPE: hard hats, FRC …", continued on the following lines until a blank one).
    func marked(_ terms: [OilfieldLexicon.Term], in lines: [Located], listLabel: String) -> [(name: String, line: Located)] {
        var found: [(name: String, line: Located)] = []
        func add(_ name: String, _ line: Located) { if !found.contains(where: { $0.name == name }) { found.append((name, line)) } }
        var inList = false
        for located in lines {
            let text = located.text
            if text.contains("☒") || text.contains("☐") {
                // Each box governs the words up to the next box.
                let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "☒" || $0 == "☐" })
                var checked: [Bool] = []
                for character in text where character == "☒" || character == "☐" { checked.append(character == "☒") }
                // parts[0] precedes the first box; a box's words end at the next box or cell.
                for (index, isChecked) in checked.enumerated() where isChecked && index + 1 < parts.count {
                    let words = parts[index + 1].split(separator: "|").first.map(String.init) ?? ""
                    if let name = lexicon.mentions(of: terms, in: words).first?.name { add(name, located) }
                }
                // Box and label in separate cells: "☒ | Hard hat".
                if let cells = located.line.cells {
                    for (index, cell) in cells.enumerated() where cell.trimmingCharacters(in: .whitespaces) == "☒" && index + 1 < cells.count {
                        if let name = lexicon.term(in: terms, exactly: cells[index + 1]) ?? lexicon.mentions(of: terms, in: cells[index + 1]).first?.name { add(name, located) }
                    }
                }
                continue
            }
            if let cells = located.line.cells, cells.count >= 2, let answer = cells.dropFirst().first(where: { !$0.isEmpty }) {
                // A checklist row: "Hard hat | Y", "Confined space entry permit issued | Y".
                if ["y", "yes", "x", "✓", "✔"].contains(answer.lowercased().trimmingCharacters(in: .whitespaces)) {
                    if let name = lexicon.mentions(of: terms, in: cells[0]).first?.name, isAffirmed(cells[0]) { add(name, located) }
                }
                continue
            }
            if text.range(of: listLabel, options: [.regularExpression, .caseInsensitive]) != nil { inList = true }
            if text.trimmingCharacters(in: .whitespaces).isEmpty { inList = false }
            if inList { for mention in lexicon.mentions(of: terms, in: text) { add(mention.name, located) } }
        }
        return found
    }

    /// A checklist item that asks whether something is in place, not whether it is absent.
    private func isAffirmed(_ item: String) -> Bool { item.range(of: #"\b(not|no)\b"#, options: [.regularExpression, .caseInsensitive]) == nil }

    // MARK: - Steps

    struct StepRow {
        var text: String
        var hazards: [String]
        var controls: [String]
        var line: Located
    }

    /// Steps from a table whose header names step, hazard and control columns; else from
    /// "Steps:" numbered lines with "Hazards:" and "Controls:" lists.
    func steps(_ lines: [Located]) -> [StepRow] {
        var rows: [StepRow] = []
        var table: (step: Int, hazard: Int, control: Int, bounds: [ClosedRange<Double>]?)?
        for located in lines {
            guard let cells = located.line.cells else { table = nil; continue }
            let lowered = cells.map { $0.lowercased() }
            if let step = lowered.firstIndex(where: { $0.contains("step") || $0 == "task" || $0.contains("sequence") }),
               let hazard = lowered.firstIndex(where: { $0.contains("hazard") }),
               let control = lowered.firstIndex(where: { $0.contains("control") || $0.contains("safe") || $0.contains("mitigat") || $0.contains("action") }) {
                table = (step, hazard, control, located.line.cellBounds)
                continue
            }
            guard let current = table else { continue }
            // On a laid-out page a row's cells sit under the header's columns; a wrapped row
            // leaves the step column empty.
            var columns = cells
            if let headerBounds = current.bounds, let bounds = located.line.cellBounds, bounds.count == cells.count {
                // The table ends at a line whose cells do not start under its columns, or at a heading.
                let aligned = bounds.allSatisfy { range in headerBounds.contains { abs($0.lowerBound - range.lowerBound) <= 10 } }
                let isHeading = cells.count == 1 && cells[0].rangeOfCharacter(from: .lowercaseLetters) == nil
                guard aligned, !isHeading else { table = nil; continue }
                columns = Array(repeating: "", count: headerBounds.count)
                for (cell, range) in zip(cells, bounds) {
                    let column = headerBounds.lastIndex { $0.lowerBound <= range.lowerBound + 4 } ?? 0
                    columns[column] += (columns[column].isEmpty ? "" : " ") + cell
                }
            }
            guard columns.count > max(current.step, current.hazard, current.control) else { table = nil; continue }
            let text = Self.withoutNumbering(columns[current.step])
            let hazards = Self.items(columns[current.hazard]), controls = Self.items(columns[current.control])
            if current.bounds != nil, !rows.isEmpty, text.isEmpty || Self.continues(text) {
                var last = rows.removeLast()
                if !text.isEmpty { last.text += " " + text }
                last.hazards = Self.continuing(last.hazards, with: hazards)
                last.controls = Self.continuing(last.controls, with: controls)
                rows.append(last)
                continue
            }
            guard !text.isEmpty else { continue }
            rows.append(StepRow(text: text, hazards: hazards, controls: controls, line: located))
        }
        if !rows.isEmpty { return rows }
        return narrativeSteps(lines)
    }

    /// A wrapped fragment continues the item above when it starts in lower case ("down",
    /// "flowback tank"); a capital starts a new item ("Struck-by").
    static func continues(_ fragment: String) -> Bool { fragment.first?.isLowercase ?? false }

    static func continuing(_ items: [String], with fragments: [String]) -> [String] {
        var items = items
        for fragment in fragments {
            if continues(fragment), let last = items.popLast() { items.append(last + " " + fragment) } else { items.append(fragment) }
        }
        return items
    }

    /// "Steps:" followed by "1) …" lines; "Hazards: a; b" and "Controls: c; d" attach to no
    /// step in particular, so they go with the first.
    func narrativeSteps(_ lines: [Located]) -> [StepRow] {
        var rows: [StepRow] = []
        var inSteps = false
        var hazards: [String] = [], controls: [String] = []
        for located in lines {
            let text = located.text.trimmingCharacters(in: .whitespaces)
            if let range = text.range(of: #"^(job\s+)?steps?\s*(:|$)"#, options: [.regularExpression, .caseInsensitive]) {
                inSteps = true
                // "Steps: 1) Lower derrick 2) Load out …" on one line.
                let rest = String(text[range.upperBound...])
                for step in rest.components(separatedBy: .init(charactersIn: "\n")).flatMap(Self.inlineNumbered) {
                    rows.append(StepRow(text: step, hazards: [], controls: [], line: located))
                }
                continue
            }
            if let range = text.range(of: #"^hazards?\s*:\s*"#, options: [.regularExpression, .caseInsensitive]) {
                hazards += Self.items(String(text[range.upperBound...]))
                inSteps = false
                continue
            }
            if let range = text.range(of: #"^controls?\s*:\s*"#, options: [.regularExpression, .caseInsensitive]) {
                controls += Self.items(String(text[range.upperBound...]))
                inSteps = false
                continue
            }
            if inSteps {
                if text.range(of: #"^\d{1,2}[.)]\s+"#, options: .regularExpression) != nil {
                    rows += Self.inlineNumbered(text).map { StepRow(text: $0, hazards: [], controls: [], line: located) }
                } else if text.isEmpty, !rows.isEmpty {
                    inSteps = false
                }
            }
        }
        if !rows.isEmpty {
            rows[0].hazards = hazards
            rows[0].controls = controls
        } else if !hazards.isEmpty || !controls.isEmpty, let first = lines.first {
            rows.append(StepRow(text: "", hazards: hazards, controls: controls, line: first))
        }
        return rows
    }

    /// A cell's items: its paragraphs (joined by "; " when read) or a "; "-separated list.
    static func items(_ cell: String) -> [String] {
        cell.components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// "1) a 2) b 3) c" → ["a", "b", "c"].
    static func inlineNumbered(_ text: String) -> [String] {
        guard text.range(of: #"^\s*\d{1,2}[.)]\s"#, options: .regularExpression) != nil else { return [] }
        return text.replacingOccurrences(of: #"(^|\s)\d{1,2}[.)]\s+"#, with: "\u{1F}", options: .regularExpression)
            .split(separator: "\u{1F}").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func withoutNumbering(_ text: String) -> String {
        text.replacingOccurrences(of: #"^\s*\d{1,2}[.)]\s*"#, with: "", options: .regularExpression).trimmingCharacters(in: .whitespaces)
    }

    // MARK: - Gas readings

    struct Reading {
        var gas: String
        var value: Double
        var unit: String
        var time: String?
        var line: Located
    }

    /// Readings from a table whose header names gases (a "Time" column gives each row's time),
    /// and from prose ("H2S 0 ppm, LEL 0%, O2 20.9%", the line's "@ 06:50" as the time).
    func gasReadings(_ lines: [Located]) -> [Reading] {
        var readings: [Reading] = []
        var header: (time: Int?, gases: [(column: Int, gas: String)])?
        for located in lines {
            if let cells = located.line.cells {
                let gases = cells.enumerated().compactMap { index, cell -> (Int, String)? in
                    let name = cell.replacingOccurrences(of: #"\s*(ppm|%)\s*$"#, with: "", options: .regularExpression)
                    return lexicon.term(in: lexicon.gases, exactly: name).map { (index, $0) }
                }
                if gases.count >= 2 {
                    header = (cells.firstIndex { $0.lowercased().hasPrefix("time") }, gases)
                    continue
                }
                if let current = header {
                    let time = current.time.flatMap { cells.indices.contains($0) ? JSAValues.clockTime(cells[$0]) : nil }
                    var any = false
                    for (column, gas) in current.gases where cells.indices.contains(column) {
                        guard let value = JSAValues.number(cells[column]) else { continue }
                        readings.append(Reading(gas: gas, value: value, unit: lexicon.gasUnits[gas] ?? "", time: time, line: located))
                        any = true
                    }
                    if any || cells.allSatisfy({ $0.isEmpty || JSAValues.clockTime($0) != nil }) { continue }
                }
                header = nil
            }
            readings += proseReadings(located)
        }
        return readings
    }

    private static let readingPattern = try! NSRegularExpression(
        pattern: #"(?<![\p{L}\p{N}])(H2S|H₂S|%?LEL|O2|O₂|CO)\s*(?:[:=]|reading|level)?\s*(\d+(?:\.\d+)?)\s*(ppm|%)?(?![\p{L}\p{N}])"#, options: [.caseInsensitive]
    )

    func proseReadings(_ located: Located) -> [Reading] {
        let text = located.text
        let time = JSAValues.firstTime(in: text)
        return Self.readingPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let gasRange = Range(match.range(at: 1), in: text), let valueRange = Range(match.range(at: 2), in: text),
                  let gas = lexicon.term(in: lexicon.gases, exactly: String(text[gasRange])), let value = Double(text[valueRange]) else { return nil }
            let unit = Range(match.range(at: 3), in: text).map { String(text[$0]).lowercased() == "ppm" ? "ppm" : "%" }
            // "CO" without a unit is too often a state or a company abbreviation.
            if gas == "CO", unit == nil { return nil }
            return Reading(gas: gas, value: value, unit: unit ?? lexicon.gasUnits[gas] ?? "", time: time, line: located)
        }
    }

    // MARK: - Claims

    struct ClaimMatch {
        var kind: JobSafetyAnalysis.Claim.Kind
        var point: String?
        var value: Double?
        var unit: String?
        var time: String?
        var minutes: Int?
        var result: String?
        var text: String
        var line: Located
    }

    /// Claims in every line and cell, clause by clause.
    func claims(_ lines: [Located]) -> [ClaimMatch] {
        var found: [ClaimMatch] = []
        for located in lines {
            let pieces = (located.line.cells ?? [located.text]).flatMap { $0.components(separatedBy: ". ") }
            for piece in pieces {
                var previousKind: JobSafetyAnalysis.Claim.Kind?
                for clause in Self.clauses(piece) {
                    guard var claim = claim(in: clause, continuing: previousKind, line: located) else { continue }
                    // "SITP 450 psig, SICP 120 psig @ 07:05": one time for the sentence; a
                    // checklist row gives it in a cell of its own.
                    if claim.time == nil { claim.time = JSAValues.firstTime(in: piece) ?? located.line.cells?.lazy.compactMap(JSAValues.clockTime).first }
                    found.append(claim)
                    previousKind = claim.kind
                }
            }
        }
        return found
    }

    /// A cell or line cut at sentence ends, semicolons and commas that start a new clause.
    static func clauses(_ text: String) -> [String] {
        text.components(separatedBy: CharacterSet(charactersIn: ";"))
            .flatMap { $0.components(separatedBy: ". ") }
            .flatMap { $0.components(separatedBy: ", ") }
            .map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "."))) }
            .filter { !$0.isEmpty }
    }

    func claim(in clause: String, continuing previous: JobSafetyAnalysis.Claim.Kind?, line: Located) -> ClaimMatch? {
        let point = lexicon.mentions(of: lexicon.points, in: clause).first?.name
        let pressure = JSAValues.pressure(in: clause, units: lexicon)
        let time = JSAValues.firstTime(in: clause.replacingOccurrences(of: #"\d+\s*min"#, with: "", options: [.regularExpression, .caseInsensitive]))
        let lowered = clause.lowercased()
        func match(_ kind: JobSafetyAnalysis.Claim.Kind, point: String?, result: String? = nil, minutes: Int? = nil) -> ClaimMatch {
            ClaimMatch(kind: kind, point: point, value: pressure?.value, unit: pressure?.unit, time: time, minutes: minutes, result: result, text: clause, line: line)
        }
        if lowered.range(of: #"\b(pressure\s+test|test(ed)?\s+(csg|casing|tbg|tubing)|(csg|casing|tbg|tubing)\s+test)"#, options: .regularExpression) != nil, pressure != nil {
            let minutes = clause.range(of: #"(\d+)\s*min"#, options: [.regularExpression, .caseInsensitive]).flatMap { Int(clause[$0].prefix { $0.isNumber }) }
            let result = lowered.range(of: #"\b(passed|pass|good|ok|held)\b"#, options: .regularExpression) != nil ? "passed"
                : (lowered.range(of: #"\b(failed|fail)\b"#, options: .regularExpression) != nil ? "failed" : nil)
            return match(.pressureTest, point: point ?? "casing", result: result, minutes: minutes)
        }
        if lowered.range(of: #"function\s*test"#, options: .regularExpression) != nil, point == "BOP" {
            return match(.functionTest, point: "BOP", result: lowered.contains("ok") || lowered.contains("good") ? "passed" : nil)
        }
        if lowered.range(of: #"\b(bled|bleed|blew|blow)\b"#, options: .regularExpression) != nil, pressure != nil {
            return match(.bleedDown, point: point)
        }
        if previous == .bleedDown, pressure != nil, point != nil, lowered.range(of: #"\bto\s+\d"#, options: .regularExpression) != nil {
            return match(.bleedDown, point: point)
        }
        if let point, pressure != nil, ["casing", "tubing", "bradenhead", "annulus"].contains(point) {
            return match(.pressureReading, point: point)
        }
        if lowered.range(of: #"\b(checked|check)\b.*\b(ok|good|fine)\b"#, options: .regularExpression) != nil,
           lowered.range(of: #"valve"#, options: .regularExpression) != nil {
            return match(.valveCheck, point: point ?? "wellhead valve")
        }
        if lowered.range(of: #"\bloto\b\s+(on|applied|in place)|\blocked\s+out\b"#, options: .regularExpression) != nil {
            return ClaimMatch(kind: .isolation, point: point, value: nil, unit: nil, time: time, minutes: nil, result: nil, text: clause, line: line)
        }
        return nil
    }

    // MARK: - Sign-offs

    struct SignOffRow {
        var name: String
        var time: String?
        /// A role column's text ("welder", "entrant").
        var role: String?
        var saysInCharge: Bool
        var line: Located
    }

    /// Rows under a "Name | … | Time" header, or lines after "Crew signed:" / "Sign-off:".
    func signOffs(_ lines: [Located]) -> [SignOffRow] {
        var rows: [SignOffRow] = []
        var header: (name: Int, time: Int?, role: Int?)?
        var inList = false
        for located in lines {
            // A laid-out page sees one column group on a prose line: that is still prose.
            if let cells = located.line.cells, cells.count > 1 {
                let lowered = cells.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
                if let name = lowered.firstIndex(where: { $0 == "name" || $0 == "print name" || $0 == "crew member" || $0 == "printed name" }),
                   lowered.contains(where: { $0.contains("sign") || $0.contains("initial") || $0.hasPrefix("time") }) {
                    header = (name, lowered.firstIndex { $0.hasPrefix("time") }, lowered.firstIndex { $0 == "role" || $0 == "position" })
                    continue
                }
                if let current = header, cells.indices.contains(current.name) {
                    let name = cells[current.name].trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, name.rangeOfCharacter(from: .letters) != nil {
                        let time = current.time.flatMap { cells.indices.contains($0) ? JSAValues.clockTime(cells[$0]) : nil }
                        let role = current.role.flatMap { cells.indices.contains($0) ? cells[$0].trimmingCharacters(in: .whitespaces) : nil }
                        rows.append(SignOffRow(name: Self.nameOnly(name), time: time, role: role?.isEmpty == false ? role : nil,
                                               saysInCharge: Self.saysInCharge((role ?? "") + " " + name), line: located))
                    }
                    continue
                }
                header = nil
                continue
            }
            let text = located.text.trimmingCharacters(in: .whitespaces)
            if let label = text.range(of: #"^(crew\s+)?(signed|sign[- ]?offs?|signatures?|sign[- ]in)\b[^:]*:?"#, options: [.regularExpression, .caseInsensitive])
                ?? Self.timedCrewList(text) {
                // "Sign-off: A. Figueroa (PIC) 09:25; M. Reyes 09:25" on one line; "Crew: K. Haugen
                // (PIC) 07:20, B. Schafer 07:21" separates them by commas when each has its time.
                let rest = text[label.upperBound...].trimmingCharacters(in: .whitespaces)
                let separator: Character = rest.contains(";") ? ";" : (Self.timedCrewList(text) != nil ? "," : ";")
                let entries = rest.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.first?.isLetter ?? false }
                rows += entries.map { SignOffRow(name: Self.nameOnly($0), time: JSAValues.firstTime(in: $0), role: nil, saysInCharge: Self.saysInCharge($0), line: located) }
                inList = entries.isEmpty
                continue
            }
            if inList {
                // A blank line ends the list once it has names; one right under the label does not.
                guard !text.isEmpty else { inList = rows.isEmpty; continue }
                guard let letters = text.first, letters.isLetter else { inList = false; continue }
                rows.append(SignOffRow(name: Self.nameOnly(text), time: JSAValues.firstTime(in: text), role: nil, saysInCharge: Self.saysInCharge(text), line: located))
            }
        }
        return rows
    }

    /// "Crew: C. Dunaway 07:20, A. Quintana 07:21": a crew list whose every comma-separated entry
    /// ends with the time the person signed. The range of the "Crew:" label.
    static func timedCrewList(_ text: String) -> Range<String.Index>? {
        guard let label = text.range(of: #"^crew\s*:"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        let entries = text[label.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let timed = entries.allSatisfy { $0.range(of: #"^\p{L}.*\b\d{1,2}:\d{2}$"#, options: .regularExpression) != nil }
        return timed && !entries.isEmpty ? label : nil
    }

    /// "W. Harlan (rig supv) 06:55" → "W. Harlan".
    static func nameOnly(_ text: String) -> String {
        var name = text
        if let cut = name.firstIndex(where: { $0 == "(" || $0 == "," }) { name = String(name[..<cut]) }
        name = name.replacingOccurrences(of: #"\s+\d{1,2}:?\d{2}\s*$"#, with: "", options: .regularExpression)
        name = name.replacingOccurrences(of: #"\s+-\s+.*$"#, with: "", options: .regularExpression)
        return name.trimmingCharacters(in: .whitespaces)
    }

    static func saysInCharge(_ text: String) -> Bool {
        text.range(of: #"person\s+in\s+charge|\bPIC\b|supv|supervisor|foreman"#, options: [.regularExpression, .caseInsensitive]) != nil
    }
}
