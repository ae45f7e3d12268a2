import PushbackModel

/// The plain-text report (`report.txt`), suitable for email: the one-screen summary first, then
/// what could not be read, then every finding with its evidence.
public enum TextReport {
    public static func render(_ content: ReportContent) -> String {
        var out: [String] = []
        out.append("PUSHBACK REPORT — as of \(content.asOf)")
        out.append(String(repeating: "=", count: 60))
        out.append(banner(content))
        out += content.interruptionNotices
        out.append("")
        out.append("FINDINGS: \(content.count(kind: .fail)) fail · \(content.count(kind: .review)) review · \(content.count(kind: .open)) open (could not be checked)")
        out.append("  " + Severity.allCases.reversed().map { severity in
            "\(severity.rawValue) \(content.findings.filter { $0.severity == severity }.count)"
        }.joined(separator: " · "))
        if let summary = content.baselineSummary {
            out.append("")
            out.append(summary)
            for item in content.news {
                out.append("  \(item.state == .new ? "NEW    " : "UPDATED") #\(item.number) [\(item.finding.severity.rawValue.uppercased())] \(item.finding.kind.rawValue.uppercased()) \(item.finding.ruleID) — \(item.finding.subject)")
            }
        }
        let deadlines = content.deadlines
        if !(deadlines.overdue.isEmpty && deadlines.week.isEmpty && deadlines.month.isEmpty) {
            out.append("")
            out.append("DEADLINES: \(deadlines.overdue.count) overdue · \(deadlines.week.count) due within 7 days · \(deadlines.month.count) within 30 days")
            for (label, items) in [("OVERDUE", deadlines.overdue), ("7 DAYS ", deadlines.week), ("30 DAYS", deadlines.month)] {
                let shown = 10
                out += items.prefix(shown).map { "  \(label) \($0)" }
                if items.count > shown { out.append("  \(label) … and \(items.count - shown) more (see the findings)") }
            }
        }
        let expiring = content.acknowledgementsExpiring()
        if !expiring.isEmpty {
            out.append("")
            out.append("ACKNOWLEDGEMENTS EXPIRING WITHIN 14 DAYS (the findings reopen):")
            out += expiring.map { "  " + $0.displaySafe }
        }
        if content.findings.isEmpty {
            out.append("  No findings. Rules evaluated: \(content.rules.filter(\.wasEvaluated).map(\.id).joined(separator: ", ")); see SOURCES for what was read.")
        }

        let unread = content.quarantined.count + content.recordProblems.count
        if unread > 0 {
            out.append("")
            out.append("WHAT COULD NOT BE READ")
            for document in content.quarantined {
                let reason = content.problems.first { $0.scope == .document && $0.source.path == document.source.path }?.reason ?? "unreadable"
                out.append("  QUARANTINED \(document.source.path.displaySafe): \(reason.displaySafe)")
            }
            for problem in content.recordProblems { out.append("  \(problem)") }
        }
        if !content.fieldProblems.isEmpty {
            out.append("")
            out.append("FIELDS NOT USED (the record was read without them)")
            for problem in content.fieldProblems { out.append("  \(problem)") }
        }

        out.append("")
        out.append("FINDINGS, MOST SERIOUS FIRST")
        for (index, finding) in content.findings.enumerated() {
            out.append("")
            out.append("\(index + 1). [\(finding.severity.rawValue.uppercased())] \(finding.kind.rawValue.uppercased()) \(finding.ruleID) v\(finding.ruleVersion) — \(finding.title)\(content.standing(of: finding).map { " · \($0)" } ?? "")")
            out.append("   \(finding.subject)\(finding.related.isEmpty ? "" : " ↔ " + finding.related.map(\.description).joined(separator: ", ")) · \(content.chain(finding.jurisdictions))")
            out.append("   \(finding.message)")
            if let due = finding.due { out.append("   Due: \(due)") }
            for value in finding.comparedValues {
                let limit = value.limit.map { " \(value.comparison ?? "vs") \($0)" } ?? ""
                out.append("   Compared: \(value.name): \(value.actual)\(limit)")
            }
            for evidence in finding.evidence {
                out.append("   Evidence: \(evidence.place): \"\(evidence.quote.displaySafe)\"")
            }
            out.append("   Rule basis: \(finding.basis). Citation: \(finding.citation.text) <\(finding.citation.url)>")
            out.append("   Next: \(finding.remediation)")
        }

        if !content.resolvedLines.isEmpty {
            out.append("")
            out.append("RESOLVED OR NO LONGER SEEN SINCE THE LAST COMPLETE RUN")
            out += content.resolvedLines.map { "  " + $0.displaySafe }
        }

        if !content.wellLinks.isEmpty {
            out.append("")
            out.append("JSAs AND THE WELLS THEY ARE ABOUT")
            out += content.wellLinkLines.map { "  " + $0.displaySafe }
        }

        out.append("")
        out.append("RULES")
        for rule in content.rules {
            out.append("  \(rule.id) v\(rule.version) \(!rule.isEnabled ? "SWITCHED OFF by configuration (jurisdictions.enabled; not evaluated)" : rule.isInEffect ? "in effect" : "NOT IN EFFECT on \(content.asOf) (not evaluated)") — \(rule.title) (\(rule.citation.text))")
        }
        out.append("")
        out.append("SOURCES")
        for document in content.documents { out.append("  " + sourceLine(document)) }
        return out.joined(separator: "\n") + "\n"
    }

    static func banner(_ content: ReportContent) -> String {
        let read = content.documents.filter { $0.disposition == .read }.count
        let duplicates = content.documents.filter { $0.disposition == .duplicate }.count
        if content.isComplete {
            return "RUN: COMPLETE — \(read) document(s) read, none quarantined" + (duplicates > 0 ? "; \(duplicates) duplicate(s) of them skipped." : ".")
        }
        return "RUN: INCOMPLETE — \(content.quarantined.count) of \(content.documents.count) document(s) could not be read; nothing in them was checked (see WHAT COULD NOT BE READ)."
    }

    static func sourceLine(_ document: DocumentOutcome) -> String {
        var line = "\(document.source.path) [sha256 \(document.source.sha256.prefix(12))] "
        if let original = document.duplicateOf { return line + "DUPLICATE of \(original) (same bytes; not read twice)" }
        guard document.disposition == .read else { return line + "QUARANTINED" }
        line += "\(document.sourceDescription), \(document.encoding ?? "?"): \(document.records) records → \(document.entities) entities"
        for (reason, count) in document.excluded.sorted(by: { $0.key < $1.key }) { line += "; skipped \(count): \(reason)" }
        if document.linesNotRead > 0 { line += "; \(document.linesNotRead) line(s) not read" }
        return line
    }
}
