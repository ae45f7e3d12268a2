import Foundation
import PushbackModel

/// `findings.csv`: one row per finding for spreadsheets — RFC 4180 (quoted where needed, CRLF
/// line ends) in UTF-8 with a byte-order mark, so spreadsheet programs read the dashes and
/// accents right. Text cells that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, tab or carriage return) are prefixed with `'`; the numeric columns are plain numbers.
public enum FindingsCSV {
    public static let columns = [
        "number", "state", "first_seen", "acknowledged", "severity", "kind", "rule_id", "rule_version", "title",
        "subject_type", "subject_id", "subject_name", "related", "jurisdictions", "due",
        "latitude", "longitude", "uncertainty_m", "distance_m", "setback_m",
        "message", "evidence", "evidence_count", "citation", "citation_url", "remediation", "fingerprint",
    ]

    public static func render(_ content: ReportContent) -> String {
        var out = "\u{FEFF}" + columns.joined(separator: ",") + "\r\n"
        for (index, finding) in content.findings.enumerated() {
            let standing = content.baselineStanding(of: finding)
            let ack = content.acknowledgement(of: finding).map { "\($0.reason.rawValue) by \($0.acknowledgedBy)\($0.expires.map { " until \($0)" } ?? "")" }
            let geometry = finding.geometry
            let cells: [Cell] = [
                .number("\(index + 1)"), .text(standing?.state), .text(standing?.firstSeen), .text(ack),
                .text(finding.severity.rawValue), .text(finding.kind.rawValue), .text(finding.ruleID), .number("\(finding.ruleVersion)"), .text(finding.title),
                .text(finding.subject.type), .text(finding.subject.id), .text(finding.subject.name),
                .text(finding.related.map(\.description).joined(separator: "; ")), .text(content.chain(finding.jurisdictions)), .text(finding.due),
                .number(geometry.map { coordinate($0.subject.point.latitude) }), .number(geometry.map { coordinate($0.subject.point.longitude) }),
                .number(geometry.map { meters($0.subject.uncertainty) }), .number(geometry?.measured.map(meters)), .number(geometry?.setback.map(meters)),
                .text(finding.message), .text(finding.evidence.first.map { "\($0.place): \($0.quote)" }), .number("\(finding.evidence.count)"),
                .text(finding.citation.text), .text(finding.citation.url), .text(finding.remediation), .text(finding.fingerprint),
            ]
            out += cells.map(\.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }

    private enum Cell {
        case text(String?)
        case number(String?)

        var csv: String {
            switch self {
            case .number(let value): return value ?? ""
            case .text(let value):
                guard var value, !value.isEmpty else { return "" }
                if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
                guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
                return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
        }
    }

    /// Degrees to seven decimals (about a centimetre), no exponent.
    static func coordinate(_ value: Double) -> String { fixed(value, decimals: 7) }

    /// Metres to two decimals.
    static func meters(_ distance: Distance) -> String { fixed(distance.meters, decimals: 2) }

    /// `value` rounded to `decimals`, trailing zeros dropped: `-119.0599976`, `304.5`, `10`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let units = Int64((abs(value) * scale).rounded())
        let whole = units / Int64(scale), fraction = units % Int64(scale)
        var text = (value < 0 && units > 0 ? "-" : "") + String(whole)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: decimals - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }
}
