import PushbackModel

/// The self-contained HTML report (`report.html`): inline CSS, no scripts, no external fetches;
/// readable offline and printed. Every value is escaped.
public enum HTMLReport {
    public static func render(_ content: ReportContent) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Pushback report — as of \(escape(content.asOf))</title>
            <style>
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:1rem;color:#1b1b1b}
            h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #ccc}
            .banner{padding:.7rem 1rem;border-radius:6px;font-weight:600;margin:.8rem 0}
            .complete{background:#e6f4ea;border:1px solid #2e7d32}.incomplete{background:#fdecea;border:1px solid #c62828}
            table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f4f4f4}.num{text-align:right}
            .sev{display:inline-block;min-width:5.2em;text-align:center;border-radius:4px;padding:0 .3em;font-size:.8rem;font-weight:700;color:#fff}
            .critical{background:#7b1fa2}.high{background:#c62828}.medium{background:#ef6c00}.low{background:#1565c0}.info{background:#616161}
            .kind{font-size:.8rem;font-weight:700;border:1px solid #999;border-radius:4px;padding:0 .3em}
            details{border:1px solid #ddd;border-radius:6px;margin:.35rem 0;padding:.3rem .6rem}summary{cursor:pointer}
            blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid #999;background:#fafafa;font-family:ui-monospace,monospace;font-size:.85rem;white-space:pre-wrap;word-break:break-all}
            .muted{color:#555}code{font-size:.85rem}
            @media print{details{break-inside:avoid}details:not([open]) > *:not(summary){display:block}}
            </style>
            </head>
            <body>
            <h1>Pushback report</h1>
            <p class="muted">As of \(escape(content.asOf)). Findings are ordered most serious first.</p>

            """
        html += "<div class=\"banner \(content.isComplete ? "complete" : "incomplete")\">\(escape(TextReport.banner(content)))</div>\n"
        for notice in content.interruptionNotices { html += "<div class=\"banner incomplete\">\(escape(notice))</div>\n" }
        html += summaryTable(content)
        html += baselineSection(content)
        html += unreadSection(content)
        html += "<h2>Findings</h2>\n"
        if content.findings.isEmpty {
            html += "<p>No findings. This is not an all-clear beyond what was read: see Sources and Rules below.</p>\n"
        }
        for (index, finding) in content.findings.enumerated() { html += findingBlock(finding, number: index + 1, content: content) }
        html += wellLinksSection(content)
        html += rulesSection(content)
        html += sourcesSection(content)
        html += "</body>\n</html>\n"
        return html
    }

    /// What changed since the last complete run: the counts, the new and updated findings (linked
    /// to their blocks), and what is resolved or no longer seen.
    private static func baselineSection(_ content: ReportContent) -> String {
        guard let summary = content.baselineSummary else { return "" }
        var html = "<p><strong>\(escape(summary))</strong></p>\n"
        if !content.news.isEmpty {
            html += "<ul>\n" + content.news.map { item in
                "<li>\(item.state == .new ? "NEW" : "UPDATED") <a href=\"#finding-\(item.number)\">#\(item.number)</a> \(escape(item.finding.kind.rawValue)) \(escape(item.finding.ruleID)) — \(escape(item.finding.subject.description))</li>\n"
            }.joined() + "</ul>\n"
        }
        let deadlines = content.deadlines
        for (label, items) in [("Overdue", deadlines.overdue), ("Due within 7 days", deadlines.week), ("Due within 30 days", deadlines.month)] where !items.isEmpty {
            html += "<h3>\(label) (\(items.count))</h3>\n<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        let expiring = content.acknowledgementsExpiring()
        if !expiring.isEmpty {
            html += "<h3>Acknowledgements expiring within 14 days</h3>\n<ul>\n" + expiring.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        if !content.resolvedLines.isEmpty {
            html += "<h3>Resolved or no longer seen</h3>\n<ul>\n" + content.resolvedLines.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        return html
    }

    private static func summaryTable(_ content: ReportContent) -> String {
        var rows = "<table><tr><th>severity</th><th class=\"num\">fail</th><th class=\"num\">review</th><th class=\"num\">open (not checked)</th></tr>\n"
        for severity in Severity.allCases.reversed() {
            rows += "<tr><td><span class=\"sev \(severity.rawValue)\">\(severity.rawValue)</span></td>"
            for kind in FindingKind.allCases { rows += "<td class=\"num\">\(content.count(kind: kind, severity: severity))</td>" }
            rows += "</tr>\n"
        }
        return rows + "</table>\n"
    }

    private static func unreadSection(_ content: ReportContent) -> String {
        guard !content.quarantined.isEmpty || !content.problems.isEmpty else { return "" }
        var html = "<h2>What could not be read</h2>\n<table><tr><th>where</th><th>why</th></tr>\n"
        for document in content.quarantined {
            let reason = content.problems.first { $0.scope == .document && $0.source.path == document.source.path }?.reason ?? "unreadable"
            html += "<tr><td><b>QUARANTINED</b> \(escape(document.source.path))</td><td>\(escape(reason))</td></tr>\n"
        }
        for problem in content.recordProblems + content.fieldProblems {
            var place = problem.source.path
            if let first = problem.firstLine { place += ":\(first)" + (problem.lastLine.map { $0 != first ? "–\($0)" : "" } ?? "") }
            if let field = problem.field { place += " (\(field))" }
            let scope = problem.scope == .field ? "field not used: " : "not read: "
            html += "<tr><td>\(escape(place))</td><td>\(escape(scope + problem.reason))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    private static func findingBlock(_ finding: Finding, number: Int, content: ReportContent) -> String {
        var subject = finding.subject.description
        if !finding.related.isEmpty { subject += " ↔ " + finding.related.map(\.description).joined(separator: ", ") }
        var html = "<details id=\"finding-\(number)\"><summary><span class=\"sev \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span> "
        html += "<span class=\"kind\">\(finding.kind.rawValue)</span> \(escape(finding.title)) — \(escape(subject))"
        html += content.standing(of: finding).map { " <strong>\(escape($0))</strong>" } ?? ""
        html += "</summary>\n"
        html += "<p>\(escape(finding.message))</p>\n"
        html += "<p class=\"muted\">Rule <code>\(escape(finding.ruleID))</code> v\(finding.ruleVersion) (\(escape(finding.basis))) · "
        html += "<a href=\"\(escape(finding.citation.url))\">\(escape(finding.citation.text))</a> · \(escape(content.chain(finding.jurisdictions)))</p>\n"
        if !finding.comparedValues.isEmpty {
            html += "<table><tr><th>compared</th><th>actual</th><th>limit</th></tr>\n"
            for value in finding.comparedValues {
                let limit = value.limit.map { "\(value.comparison ?? "") \($0)" } ?? ""
                html += "<tr><td>\(escape(value.name))</td><td>\(escape(value.actual))</td><td>\(escape(limit))</td></tr>\n"
            }
            html += "</table>\n"
        }
        for evidence in finding.evidence {
            html += "<div class=\"muted\">\(escape(evidence.place)) <code>sha256 \(escape(String(evidence.source.sha256.prefix(12))))</code></div>"
            html += "<blockquote>\(escape(evidence.quote))</blockquote>\n"
        }
        html += "<p><b>What to check next:</b> \(escape(finding.remediation))</p>\n</details>\n"
        return html
    }

    private static func wellLinksSection(_ content: ReportContent) -> String {
        guard !content.wellLinks.isEmpty else { return "" }
        return "<h2>JSAs and the wells they are about</h2>\n<ul>\n" + content.wellLinkLines.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
    }

    private static func rulesSection(_ content: ReportContent) -> String {
        var html = "<h2>Rules</h2>\n<table><tr><th>rule</th><th>status on \(escape(content.asOf))</th><th>citation</th></tr>\n"
        for rule in content.rules {
            html += "<tr><td><code>\(escape(rule.id))</code> v\(rule.version) — \(escape(rule.title))</td>"
            html += "<td>\(!rule.isEnabled ? "<b>switched off by configuration (jurisdictions.enabled) — not evaluated</b>" : rule.isInEffect ? "in effect, evaluated" : "<b>not in effect — not evaluated</b>")</td>"
            html += "<td><a href=\"\(escape(rule.citation.url))\">\(escape(rule.citation.text))</a></td></tr>\n"
        }
        return html + "</table>\n"
    }

    private static func sourcesSection(_ content: ReportContent) -> String {
        var html = "<h2>Sources</h2>\n<table><tr><th>document</th><th>read as</th><th class=\"num\">records</th><th class=\"num\">entities</th><th>skipped / not read</th></tr>\n"
        for document in content.documents {
            html += "<tr><td>\(escape(document.source.path))<br><code>sha256 \(escape(String(document.source.sha256.prefix(16))))</code></td>"
            if let original = document.duplicateOf {
                html += "<td colspan=\"4\">duplicate of \(escape(original)) (same bytes; not read twice)</td></tr>\n"
            } else if document.disposition == .read {
                var skipped = document.excluded.sorted { $0.key < $1.key }.map { "\($0.value): \($0.key)" }
                if document.linesNotRead > 0 { skipped.append("\(document.linesNotRead) line(s) not read") }
                html += "<td>\(escape(document.sourceDescription))<br>\(escape(document.encoding ?? ""))</td><td class=\"num\">\(document.records)</td><td class=\"num\">\(document.entities)</td>"
                html += "<td>\(skipped.map(escape).joined(separator: "<br>"))</td></tr>\n"
            } else {
                html += "<td colspan=\"4\"><b>QUARANTINED</b></td></tr>\n"
            }
        }
        return html + "</table>\n"
    }

    /// Escapes text for HTML element content and attribute values (byte-level; text without
    /// special characters is returned as is).
    static func escape(_ text: String) -> String {
        let specials: Set<UInt8> = [UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'")]
        guard text.utf8.contains(where: specials.contains) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
