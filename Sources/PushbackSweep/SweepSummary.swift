/// The one-screen summary printed at the end of a sweep.
public enum SweepSummary {
    public static func render(_ outcome: SweepOutcome) -> String {
        var lines: [String] = []
        lines.append("Pushback sweep — as of \(outcome.asOf) (run \(outcome.runID))")
        if let run = outcome.unchangedSince {
            lines.append("Nothing changed since run \(run): same inbox, rules, reader and as-of date; its outcome stands (--force runs anyway)")
        }
        if outcome.resumed == true {
            lines.append("Resumed the run \(outcome.runID), cut short earlier: what it had recorded was kept, the rest done now")
        }
        if outcome.status == "complete" {
            lines.append("Run: COMPLETE — \(outcome.documentsRead) document(s) read, none quarantined")
        } else {
            lines.append("Run: INCOMPLETE — \(outcome.documentsQuarantined) document(s) could not be read (quarantined); \(outcome.documentsRead) read")
        }
        for run in outcome.interruptedRuns {
            lines.append("Earlier run \(run) never finished (killed or cut off); it is marked failed, and this run did its work afresh")
        }
        lines.append("Read: \(outcome.wells) well record(s), \(outcome.receptors) receptor(s)")
        for (reason, count) in outcome.rowsExcluded.sorted(by: { $0.key < $1.key }) {
            lines.append("  skipped \(count) row(s): \(reason)")
        }
        if !outcome.rowsNotRead.isEmpty {
            lines.append("Not read (\(outcome.rowsNotRead.count)):")
            for problem in outcome.rowsNotRead.prefix(5) { lines.append("  " + String(problem.prefix(220))) }
            if outcome.rowsNotRead.count > 5 { lines.append("  … and \(outcome.rowsNotRead.count - 5) more in the report") }
        }
        let kinds = ["fail", "review", "open"].map { "\(outcome.findings[$0] ?? 0) \($0)" }.joined(separator: " · ")
        let severities = ["critical", "high", "medium", "low", "info"].compactMap { key in
            outcome.findingsBySeverity[key].map { "\(key) \($0)" }
        }.joined(separator: " · ")
        lines.append("Findings: \(kinds)\(severities.isEmpty ? "" : "  (\(severities))")")
        lines.append("Report: \(outcome.reportFiles.first { $0.hasSuffix(".html") } ?? outcome.reportDirectory)")
        for file in outcome.reportFiles where !file.hasSuffix(".html") { lines.append("        \(file)") }
        return lines.joined(separator: "\n")
    }
}
