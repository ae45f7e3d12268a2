import Foundation
import PushbackModel

/// The self-contained HTML report (`report.html`): inline CSS, no scripts, no external fetches;
/// readable offline and printed. Every value is escaped.
public enum HTMLReport {
    public static func render(_ content: ReportContent, options: ReportFormat.Options = ReportFormat.Options()) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Pushback report — as of \(escape(content.asOf))</title>
            <style>
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1180px;padding:.6rem 1rem;color:#1b1b1b}
            h1{font-size:1.35rem;margin:.1rem 0}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #ccc}h3{font-size:1rem;margin:.8rem 0 .3rem}
            .banner{padding:.5rem .9rem;border-radius:6px;font-weight:600;margin:.5rem 0}
            .complete{background:#e6f4ea;border:1px solid #2e7d32}.incomplete{background:#fdecea;border:1px solid #c62828}
            table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f4f4f4}.num{text-align:right}
            .sev{display:inline-block;min-width:5.2em;text-align:center;border-radius:4px;padding:0 .3em;font-size:.8rem;font-weight:700;color:#fff}
            .critical{background:#7b1fa2}.high{background:#c62828}.medium{background:#ef6c00}.low{background:#1565c0}.info{background:#616161}
            .kind{font-size:.8rem;font-weight:700;border:1px solid #999;border-radius:4px;padding:0 .3em}
            .state{font-size:.75rem;font-weight:700;border-radius:4px;padding:0 .3em;background:#fff3cd;border:1px solid #b58900}
            details{border:1px solid #ddd;border-radius:6px;margin:.35rem 0;padding:.3rem .6rem}summary{cursor:pointer}
            blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid #999;background:#fafafa;font-family:ui-monospace,monospace;font-size:.85rem;white-space:pre-wrap;word-break:break-all}
            .muted{color:#555}code{font-size:.85rem}
            .top{display:flex;gap:1rem;align-items:flex-start;flex-wrap:wrap}.glance{flex:1 1 520px;min-width:0}.top figure{flex:0 1 560px;margin:0}
            .tiles{display:flex;gap:.4rem;flex-wrap:wrap;margin:.3rem 0}.tile{flex:1 1 0;min-width:4.4rem;border:1px solid #ccc;border-radius:6px;padding:.25rem .5rem;background:#fafafa}
            .tile b{display:block;font-size:1.45rem;line-height:1.2}.tile span{font-size:.8rem;color:#444}.tile.alert{border-color:#c62828;background:#fdecea}
            .glance table{font-size:.85rem}.glance table td,.glance table th{padding:.1rem .4rem}
            .attention{margin:.3rem 0;padding-left:1.1rem;font-size:.9rem}.attention li{margin:.1rem 0}
            svg.map{width:100%;max-width:420px;height:auto;display:block}svg.chart{width:100%;max-width:560px;height:auto;display:block}.chartbox{margin:.4rem 0}svg.overview{width:100%;height:auto;display:block}
            figcaption{font-size:.8rem;color:#444}.maprow{display:flex;gap:1rem;flex-wrap:wrap;align-items:flex-start}.maprow ul{font-size:.82rem;flex:1 1 240px;margin:0}
            @media print{details{break-inside:avoid}details:not([open]) > *:not(summary){display:block}.top figure{flex-basis:100%}}
            </style>
            </head>
            <body>
            <h1>Pushback morning report — as of \(escape(content.asOf))</h1>

            """
        html += "<div class=\"banner \(content.isComplete ? "complete" : "incomplete")\">\(escape(TextReport.banner(content)))</div>\n"
        for notice in content.interruptionNotices { html += "<div class=\"banner incomplete\">\(escape(notice))</div>\n" }
        html += topSection(content)
        html += unreadSection(content)
        html += ruleChangesSection(content)
        var maps = MapBudget(cap: options.maps)
        html += newsSection(content, maps: &maps)
        html += deadlinesSection(content)
        html += historySection(content)
        html += settledSection(content, maps: &maps)
        if content.findings.isEmpty {
            html += "<h2>Findings</h2>\n<p>No findings. This is not an all-clear beyond what was read: see Sources and Rules below.</p>\n"
        }
        html += wellLinksSection(content)
        html += rulesSection(content)
        html += sourcesSection(content)
        html += "</body>\n</html>\n"
        return html
    }

    /// Maps still to draw: the report draws at most `--maps` of them, news first.
    struct MapBudget {
        let cap: Int
        var drawn = 0
        var skipped = 0

        init(cap: Int) { self.cap = max(0, cap) }

        /// Whether one more map may be drawn; counts it either way.
        mutating func take() -> Bool {
            guard drawn < cap else {
                skipped += 1
                return false
            }
            drawn += 1
            return true
        }
    }

    /// The first screen: what changed, what is due, how serious — beside the overview map.
    private static func topSection(_ content: ReportContent) -> String {
        var html = "<div class=\"top\">\n<div class=\"glance\">\n"
        if let summary = content.baselineSummary { html += "<p><strong>\(escape(summary))</strong></p>\n" }
        let deadlines = content.deadlines
        var tiles: [(label: String, count: Int, alert: Bool)] = []
        if let baseline = content.baseline, !baseline.isFirstRun {
            tiles += [("new", baseline.count(.new), baseline.count(.new) > 0), ("updated", baseline.count(.updated), baseline.count(.updated) > 0),
                      ("resolved", baseline.count(.absent), false)]
        } else if content.baseline != nil {
            tiles.append(("baseline (first run)", content.findings.count, false))
        }
        tiles += [("overdue", deadlines.overdue.count, !deadlines.overdue.isEmpty), ("due ≤ 7 days", deadlines.week.count, !deadlines.week.isEmpty),
                  ("due ≤ 30 days", deadlines.month.count, false), ("acknowledged", content.acknowledgedNumbers.count, false)]
        html += "<div class=\"tiles\">" + tiles.map { "<div class=\"tile\($0.alert ? " alert" : "")\"><b>\($0.count)</b><span>\(escape($0.label))</span></div>" }.joined() + "</div>\n"
        html += summaryTable(content)
        let attention = attentionItems(content)
        if !attention.isEmpty {
            html += "<h3>Look at these first</h3>\n<ol class=\"attention\">\n" + attention.map { "<li>\($0)</li>\n" }.joined() + "</ol>\n"
        }
        html += "</div>\n"
        let located = content.findings.enumerated().map { (number: $0.offset + 1, finding: $0.element) }
        if let overview = OverviewMap.draw(located) {
            html += "<figure>\n\(overview.svg)<figcaption>\(overview.wellsDrawn) located well(s) with findings"
                + (overview.wellsLocated > overview.wellsDrawn ? " drawn of \(overview.wellsLocated)" : "")
                + ", \(overview.receptors) receptor(s) (blue squares) with their setback circles. Filled dot: fail · ring: review · grey: open; colour: severity. "
                + "Click a dot for its finding; every located finding is in findings.geojson.</figcaption>\n</figure>\n"
        }
        return html + "</div>\n"
    }

    /// The findings to read first: overdue obligations, then new and updated findings, most serious first.
    private static func attentionItems(_ content: ReportContent) -> [String] {
        let shown = 8
        var items = content.deadlines.overdue.prefix(3).map { "<b>OVERDUE</b> \(linked($0))" }
        // Several rules that cannot check the same subject are one line: one missing fact
        // usually stops them all.
        var lines: [(first: Int, key: String?, text: String, numbers: [Int], rules: [String])] = []
        for item in content.news {
            let finding = item.finding
            let key = finding.kind == .open ? "\(finding.subject.type) \(finding.subject.id)" : nil
            if let key, let index = lines.firstIndex(where: { $0.key == key }) {
                lines[index].numbers.append(item.number)
                lines[index].rules.append(finding.ruleID)
                continue
            }
            let text = "<span class=\"sev \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span> \(item.state == .new ? "NEW" : "UPDATED") "
            lines.append((item.number, key, text, [item.number], [finding.ruleID]))
        }
        let room = max(0, shown - items.count)
        for line in lines.prefix(room) {
            let finding = content.findings[line.first - 1]
            let links = line.numbers.map { "<a href=\"#finding-\($0)\">#\($0)</a>" }.joined(separator: ", ")
            let what = line.numbers.count == 1 ? escape(finding.title) : "\(line.numbers.count) rules cannot check it (\(escape(line.rules.joined(separator: ", "))))"
            items.append(line.text + links + " \(what) — \(escape(DigestReport.subjectLine(finding)))")
        }
        if lines.count > room {
            items.append("… and more below (\(content.news.count) new or updated in all)")
        }
        // Nothing new (or a first run): the most serious rules' findings, collapsed.
        if content.news.isEmpty {
            let groups = content.groups(content.settledNumbers).sorted { $0.mostSevere > $1.mostSevere }
            for group in groups.prefix(shown - items.count) {
                items.append("<span class=\"sev \(group.mostSevere.rawValue)\">\(group.mostSevere.rawValue)</span> <a href=\"#\(groupAnchor(group.ruleID))\">\(escape(group.ruleID))</a> "
                    + "\(escape(group.title)): \(escape(group.kindCounts))")
            }
        }
        return items
    }

    /// The anchor of a rule's collapsed group of findings: `rule-CA-SB1137-HPZ-SCHOOL`.
    private static func groupAnchor(_ ruleID: String, prefix: String = "rule-") -> String {
        prefix + String(ruleID.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : "_" })
    }

    /// A line `#12 2026-12-01 RULE — subject` with its number linked to the finding.
    private static func linked(_ line: String) -> String {
        guard line.hasPrefix("#"), let space = line.firstIndex(of: " "), let number = Int(line[line.index(after: line.startIndex)..<space]) else { return escape(line) }
        return "<a href=\"#finding-\(number)\">#\(number)</a>\(escape(String(line[space...])))"
    }

    private static func ruleChangesSection(_ content: ReportContent) -> String {
        guard let changes = content.ruleChanges else { return "" }
        return "<h2>Rule changes since the last run</h2>\n<p>\(escape(changes.summary))</p>\n"
            + (changes.lines.isEmpty ? "" : "<ul>\n" + changes.lines.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n")
    }

    /// New and updated findings in full, open, most serious first.
    private static func newsSection(_ content: ReportContent, maps: inout MapBudget) -> String {
        guard let previous = content.baseline?.previousRun, !content.news.isEmpty else { return "" }
        var html = "<h2>New and updated since \(escape(previous.asOf)) (\(content.news.count))</h2>\n"
        for item in content.news { html += findingBlock(item.finding, number: item.number, content: content, open: true, maps: &maps) }
        return html
    }

    private static func deadlinesSection(_ content: ReportContent) -> String {
        let deadlines = content.deadlines
        var html = ""
        for (label, items) in [("Overdue", deadlines.overdue), ("Due within 7 days", deadlines.week), ("Due within 30 days", deadlines.month)] where !items.isEmpty {
            html += "<h3>\(label) (\(items.count))</h3>\n<ul>\n" + items.map { "<li>\(linked($0))</li>\n" }.joined() + "</ul>\n"
        }
        return html.isEmpty ? "" : "<h2>Deadlines</h2>\n" + html
    }

    /// What went away since the last complete run, and acknowledgements about to expire.
    private static func historySection(_ content: ReportContent) -> String {
        var html = ""
        if let previous = content.baseline?.previousRun, !content.resolvedLines.isEmpty {
            html += "<h2>Resolved or no longer seen since \(escape(previous.asOf)) (\(content.resolvedLines.count))</h2>\n<ul>\n"
                + content.resolvedLines.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        let expiring = content.acknowledgementsExpiring()
        if !expiring.isEmpty {
            html += "<h2>Acknowledgements expiring within 14 days</h2>\n<ul>\n" + expiring.map { "<li>\(linked($0))</li>\n" }.joined() + "</ul>\n"
        }
        return html
    }

    /// Findings that are not news — unchanged, or a first run's baseline — and acknowledged ones:
    /// collapsed by rule to counts and ages, each finding one click away.
    private static func settledSection(_ content: ReportContent, maps: inout MapBudget) -> String {
        var html = ""
        let isFirstRun = content.baseline?.isFirstRun ?? true
        for (heading, numbers, anchorPrefix) in [(isFirstRun ? "Findings (first run: the baseline)" : "Unchanged findings", content.settledNumbers, "rule-"),
                                                 ("Acknowledged findings (quiet until their acknowledgement expires)", content.acknowledgedNumbers, "acknowledged-")] where !numbers.isEmpty {
            let groups = content.groups(numbers)
            html += "<h2>\(escape(heading)) (\(numbers.count))</h2>\n"
            html += "<table><tr><th>rule</th><th>findings</th><th>most serious</th><th>first seen</th></tr>\n"
            for group in groups {
                let age = group.ageInDays.map { $0 > 0 ? " (\($0) day\($0 == 1 ? "" : "s") ago)" : " (today)" } ?? ""
                html += "<tr><td><code>\(escape(group.ruleID))</code> \(escape(group.title))</td><td>\(escape(group.kindCounts))</td>"
                    + "<td><span class=\"sev \(group.mostSevere.rawValue)\">\(group.mostSevere.rawValue)</span></td><td>\(escape(group.firstSeen ?? ""))\(age)</td></tr>\n"
            }
            html += "</table>\n"
            for group in groups {
                html += "<details id=\"\(groupAnchor(group.ruleID, prefix: anchorPrefix))\"><summary><code>\(escape(group.ruleID))</code> — \(escape(group.kindCounts))</summary>\n"
                for number in group.numbers { html += findingBlock(content.findings[number - 1], number: number, content: content, open: false, maps: &maps) }
                html += "</details>\n"
            }
        }
        if maps.skipped > 0 {
            html += "<p class=\"muted\">\(maps.skipped) proximity finding(s) are shown without a map: the report draws at most \(maps.cap) maps, new and updated findings first "
                + "(--maps, setting report.maps). Every located finding is in findings.geojson.</p>\n"
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

    private static func findingBlock(_ finding: Finding, number: Int, content: ReportContent, open: Bool, maps: inout MapBudget) -> String {
        var html = "<details id=\"finding-\(number)\"\(open ? " open" : "")><summary>#\(number) <span class=\"sev \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span> "
        html += "<span class=\"kind\">\(finding.kind.rawValue)</span> \(escape(finding.title)) — \(escape(DigestReport.subjectLine(finding)))"
        html += content.standing(of: finding).map { " <span class=\"state\">\(escape($0))</span>" } ?? ""
        html += "</summary>\n"
        html += "<p>\(escape(finding.message))</p>\n"
        html += "<p class=\"muted\">Rule <code>\(escape(finding.ruleID))</code> v\(finding.ruleVersion) (\(escape(finding.basis))) · "
        html += "<a href=\"\(escape(finding.citation.url))\">\(escape(finding.citation.text))</a> · \(escape(content.chain(finding.jurisdictions)))"
        html += finding.due.map { " · <b>due \(escape($0))</b>" } ?? ""
        html += "</p>\n"
        if finding.geometry?.isProximity == true {
            if maps.take(), let svg = SetbackMap.svg(for: finding, number: number) {
                html += "<div class=\"maprow\">\(svg)<ul>\n" + SetbackMap.legend(for: finding).map { "<li>\(escape($0))</li>\n" }.joined() + "</ul></div>\n"
            } else {
                html += "<p class=\"muted\">Map not drawn: the report draws at most \(maps.cap) maps (--maps). This finding is number \(number) in findings.geojson.</p>\n"
            }
        }
        if let chart = finding.chart {
            html += "<figure class=\"chartbox\">\(ReadingChart.svg(chart, number: number))<figcaption>Blue: the gauge log's readings (broken where it has a gap) · "
                + "orange squares: readings written on the JSA · purple diamond: the claim · red dashed: the limit."
                + (chart.clockNote.map { " Clocks: \(escape($0))." } ?? "") + "</figcaption></figure>\n"
        }
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
