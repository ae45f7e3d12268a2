import Foundation
import PushbackModel

/// Evaluates `filing` / `report-after-plugging`: a plugging record due after plugging work.
/// The work is what a JSA of the well records (a plugging job on its date) or, failing that,
/// what an approved notice plans (its plugging date). A record on file dated on or after the
/// work settles it; otherwise the record is due `withinDays` after the work — a `fail` once the
/// day has passed, a `review` before. A notice whose date passed with no record is a review, the
/// JSAs of other work on the well since then named (it may never have been plugged).
struct PluggingReportEvaluator {
    let rule: Rule
    let stateCodes: Set<String>
    let report: DocumentKind
    let notice: DocumentKind
    let withinDays: Int
    let jurisdictions: JurisdictionCatalog

    static let pluggingWork = #"\b(p&a|p ?& ?a|plug(ging)? (and|&) abandon|cement plug|plug(ging)? the well|squeeze.*abandon)\b"#

    func evaluate(jsas: [JSAOnFile], documents: [DocumentOnFile], asOf: CalendarDate) -> [Finding] {
        let inScope = jsas.filter { ($0.api.map { stateCodes.contains(String($0.prefix(2))) } ?? false) }
        let plugging = inScope.filter { Self.isPlugging($0.jsa) }
        var findings: [Finding] = []
        var wellsWithWork: Set<String> = []
        for api in Set(plugging.compactMap(\.api)).sorted() {
            wellsWithWork.insert(api)
            let work = plugging.filter { $0.api == api }
            guard let latest = work.filter({ $0.date != nil }).max(by: { $0.date! < $1.date! }) else {
                findings.append(open(api, jsa: work[0]))
                continue
            }
            let day = latest.date!
            if reports(api, documents, since: day) != nil { continue }
            let due = day.adding(days: withinDays)
            let overdue = asOf > due
            let job = latest.jsa.job?.value ?? "plugging work"
            let message = "\(latest.document.path) records plugging work on well \(Self.formatted(api)) on \(day) (\"\(job)\"), and no \(report.rawValue) plugging record dated on or after it is among the documents read. "
                + (overdue ? "It was due within \(withinDays) days, by \(due); \(asOf.dayNumber - day.dayNumber) days have passed since the work. " : "It is due within \(withinDays) days, by \(due). ")
                + "Until it is filed the regulator's record shows an unplugged well, and nothing on file shows where the plugs went."
            findings.append(finding(api, kind: overdue ? .fail : .review, severity: overdue ? rule.severity : .medium, title: "\(rule.title)\(overdue ? ": overdue" : ": due \(due)")",
                                    message: message, due: due.description, related: [Subject(type: "jsa", id: (latest.document.path as NSString).lastPathComponent, name: latest.document.path)],
                                    evidence: [Self.workEvidence(latest), latest.dateEvidence].compactMap { $0 },
                                    compared: [ComparedValue(name: "plugging work", actual: "\(day), \(latest.document.path)"),
                                               ComparedValue(name: "\(report.rawValue) on file", actual: "none dated on or after \(day)", limit: "one by \(due)", comparison: "=")]))
        }
        // Notices whose plugging date passed with no record, for wells no JSA shows plugged.
        for document in documents.filter({ $0.kind == notice && stateCodes.contains(String($0.api.prefix(2))) && !wellsWithWork.contains($0.api) })
            .sorted(by: { ($0.api, $0.evidence.source.path) < ($1.api, $1.evidence.source.path) }) {
            guard let written = document.values["plugging_date"]?.first, let planned = CalendarDate(iso: written) else { continue }
            let due = planned.adding(days: withinDays)
            guard asOf > due, reports(document.api, documents, since: planned) == nil else { continue }
            let later = inScope.filter { $0.api == document.api && ($0.date.map { $0 > planned } ?? false) }.sorted { $0.date! < $1.date! }
            var message = "\(document.evidence.source.path) plans the plugging of well \(Self.formatted(document.api)) for \(planned), and no \(report.rawValue) plugging record dated on or after it is among the documents read — it would have been due by \(due). "
            if later.isEmpty {
                message += "Either the well was plugged and the record is missing, or it was not plugged and the notice has lapsed."
            } else {
                message += "JSAs since then record other work on the well — " + later.map { "\($0.document.path) on \($0.date!) (\"\($0.jsa.job?.value ?? "work")\")" }.joined(separator: "; ")
                    + " — so it was most likely never plugged: the plugging deadline the notice answered is running again, and a new notice or an extension may be needed."
            }
            findings.append(finding(document.api, kind: .review, severity: .medium, title: "\(rule.title): the notice's plugging date \(planned) passed",
                                    message: message, due: due.description, related: [Subject(type: "document", id: document.evidence.source.path, name: document.kind.rawValue)],
                                    evidence: [document.evidence] + later.compactMap { $0.jsa.job?.evidence },
                                    compared: [ComparedValue(name: "plugging date planned", actual: "\(planned), \(document.evidence.source.path)"),
                                               ComparedValue(name: "\(report.rawValue) on file", actual: "none dated on or after \(planned)", limit: "one by \(due)", comparison: "="),
                                               ComparedValue(name: "work on the well since", actual: later.isEmpty ? "none on file" : later.map { "\($0.date!)" }.joined(separator: ", "))]))
        }
        return findings
    }

    /// A plugging record of the well dated on or after `day` (or undated: on file, date unknown).
    private func reports(_ api: String, _ documents: [DocumentOnFile], since day: CalendarDate) -> DocumentOnFile? {
        documents.first { $0.kind == report && $0.api == api && ($0.date?.date.map { $0 >= day } ?? true) }
    }

    /// The line that shows the plugging work: the job, else the first step naming it.
    static func workEvidence(_ record: JSAOnFile) -> Evidence {
        if let job = record.jsa.job, job.value.range(of: pluggingWork, options: [.regularExpression, .caseInsensitive]) != nil { return job.evidence }
        return record.jsa.steps.first { $0.text.range(of: pluggingWork, options: [.regularExpression, .caseInsensitive]) != nil }?.evidence ?? record.jsa.job?.evidence
            ?? Evidence(source: record.document, quote: "the JSA")
    }

    static func isPlugging(_ jsa: JobSafetyAnalysis) -> Bool {
        let texts = [jsa.job?.value].compactMap { $0 } + jsa.steps.map(\.text)
        return texts.contains { $0.range(of: pluggingWork, options: [.regularExpression, .caseInsensitive]) != nil }
    }

    private func open(_ api: String, jsa: JSAOnFile) -> Finding {
        finding(api, kind: .open, severity: .low, title: "Cannot check: \(rule.title)",
                message: "\(jsa.document.path) records plugging work on well \(Self.formatted(api)) but gives no date that can be read, so when the \(report.rawValue) plugging record is due cannot be told. This is not a pass.",
                due: nil, related: [Subject(type: "jsa", id: (jsa.document.path as NSString).lastPathComponent, name: jsa.document.path)],
                evidence: [Self.workEvidence(jsa)], compared: [ComparedValue(name: "date of the work", actual: "not readable")])
    }

    private func finding(_ api: String, kind: FindingKind, severity: Severity, title: String, message: String, due: String?, related: [Subject], evidence: [Evidence], compared: [ComparedValue]) -> Finding {
        Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity, title: title, message: message,
            remediation: kind == .open ? "Find the date of the work (the JSA, the cementing ticket, the daily report). Then: \(rule.remediation)" : rule.remediation,
            citation: rule.citation, basis: rule.basis, subject: Subject(type: "well", id: api), related: related,
            jurisdictions: jurisdictions.chain(apiStateCode: String(api.prefix(2)), fallback: rule.jurisdiction),
            comparedValues: compared, evidence: evidence, due: due,
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name): \($0.actual)\($0.limit.map { " vs \($0)" } ?? "")", outcome: kind == .open ? "unknown" : "true") }
        )
    }

    static func formatted(_ api: String) -> String { (try? APIWellNumber.parse(api))?.formatted ?? api }
}
