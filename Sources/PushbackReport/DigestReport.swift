import PushbackModel

/// `digest.txt`: the morning's plain-text digest for email — one screen on what matters: did the
/// run complete, what is new or updated (each with its rule, place, first evidence and what to
/// check next), what is due or overdue, what was resolved, which acknowledgements expire, the rest
/// collapsed to counts and ages per rule, and what changed in the rules. Everything else is in
/// `report.txt` and `report.html`.
public enum DigestReport {
    /// New and updated findings shown in full; the rest are counted.
    static let newsShown = 15
    static let linesShown = 8

    public static func render(_ content: ReportContent) -> String {
        var out: [String] = []
        out.append("PUSHBACK DIGEST — as of \(content.asOf)")
        out.append(TextReport.banner(content))
        out += content.interruptionNotices
        out.append("FINDINGS: \(content.count(kind: .fail)) fail · \(content.count(kind: .review)) review · \(content.count(kind: .open)) open (could not be checked) — "
            + Severity.allCases.reversed().compactMap { severity in
                let count = content.findings.filter { $0.severity == severity }.count
                return count == 0 ? nil : "\(severity.rawValue) \(count)"
            }.joined(separator: " · "))
        if let summary = content.baselineSummary { out.append(summary) }

        let unread = content.quarantined.map { document in
            "QUARANTINED \(document.source.path.displaySafe): \(content.problems.first { $0.scope == .document && $0.source.path == document.source.path }?.reason.displaySafe ?? "unreadable")"
        } + content.recordProblems.map(\.description)
        section(&out, "WHAT COULD NOT BE READ (\(unread.count)) — nothing in it was checked", unread)

        if let changes = content.ruleChanges {
            out.append("")
            out.append(changes.summary)
            out += changes.lines.prefix(linesShown).map { "  " + $0 }
            if changes.lines.count > linesShown { out.append("  … and \(changes.lines.count - linesShown) more (report.html)") }
        }

        let news = content.news
        if !news.isEmpty {
            out.append("")
            out.append("NEW AND UPDATED (\(news.count)), most serious first")
            for item in news.prefix(newsShown) {
                let finding = item.finding
                out.append("  #\(item.number) \(item.state == .new ? "NEW" : "UPDATED") [\(finding.severity.rawValue.uppercased())] \(finding.kind.rawValue.uppercased()) \(finding.ruleID) — \(subjectLine(finding))")
                out.append("     \(shortened(finding.message, to: 320))")
                if let due = finding.due { out.append("     Due: \(due)") }
                if let evidence = finding.evidence.first { out.append("     Evidence: \(evidence.place)\(finding.evidence.count > 1 ? " (+\(finding.evidence.count - 1) more)" : "")") }
                out.append("     Rule: \(finding.citation.text) · \(content.chain(finding.jurisdictions))")
                out.append("     Next: \(shortened(finding.remediation, to: 240))")
            }
            if news.count > newsShown { out.append("  … and \(news.count - newsShown) more new or updated finding(s): see report.html") }
        }

        let deadlines = content.deadlines
        section(&out, "OVERDUE (\(deadlines.overdue.count))", deadlines.overdue)
        section(&out, "DUE WITHIN 7 DAYS (\(deadlines.week.count))", deadlines.week)
        section(&out, "DUE WITHIN 30 DAYS (\(deadlines.month.count))", deadlines.month)
        section(&out, "RESOLVED OR NO LONGER SEEN (\(content.resolvedLines.count))", content.resolvedLines.map(\.displaySafe))
        let expiring = content.acknowledgementsExpiring()
        section(&out, "ACKNOWLEDGEMENTS EXPIRING WITHIN 14 DAYS (the findings reopen)", expiring.map(\.displaySafe))

        let settled = content.groups(content.settledNumbers)
        if !settled.isEmpty {
            out.append("")
            let first = content.baseline?.isFirstRun ?? true
            out.append(first ? "BASELINE, BY RULE (first run: recorded, not news)" : "UNCHANGED, BY RULE (still open; not new)")
            out += settled.map(groupLine)
        }
        let acknowledged = content.groups(content.acknowledgedNumbers)
        if !acknowledged.isEmpty {
            out.append("")
            out.append("ACKNOWLEDGED (quiet until their acknowledgement expires)")
            out += acknowledged.map(groupLine)
        }
        if content.findings.isEmpty {
            out.append("")
            out.append("No findings. Rules evaluated: \(content.rules.filter(\.wasEvaluated).map(\.id).joined(separator: ", ")). This is not an all-clear beyond what was read: see report.txt for the sources.")
        }
        out.append("")
        out.append("Full report: report.html (maps, evidence) · report.txt · findings.csv · findings.geojson · findings.sarif")
        return out.joined(separator: "\n") + "\n"
    }

    private static func section(_ out: inout [String], _ heading: String, _ lines: [String]) {
        guard !lines.isEmpty else { return }
        out.append("")
        out.append(heading)
        out += lines.prefix(linesShown).map { "  " + $0 }
        if lines.count > linesShown { out.append("  … and \(lines.count - linesShown) more (report.html)") }
    }

    private static func groupLine(_ group: ReportContent.FindingGroup) -> String {
        let age = group.firstSeen.map { seen in " · first seen \(seen)\(group.ageInDays.map { $0 > 0 ? " (\($0) day\($0 == 1 ? "" : "s") ago)" : " (today)" } ?? "")" } ?? ""
        return "  \(group.ruleID) — \(group.kindCounts) · most serious \(group.mostSevere.rawValue)\(age)"
    }

    static func subjectLine(_ finding: Finding) -> String {
        var line = finding.subject.description
        if !finding.related.isEmpty { line += " ↔ " + finding.related.map(\.description).joined(separator: ", ") }
        return line
    }

    /// `text` cut at a word boundary near `limit` characters, with an ellipsis.
    static func shortened(_ text: String, to limit: Int) -> String {
        let safe = text.displaySafe
        guard safe.count > limit else { return safe }
        let prefix = safe.prefix(limit)
        let cut = prefix.lastIndex(of: " ").map { prefix[..<$0] } ?? prefix
        return cut + " …"
    }
}
