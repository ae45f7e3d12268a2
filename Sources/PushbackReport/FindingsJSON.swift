import Foundation
import PushbackModel

/// `findings.json`: the stable interface for other programs (documented in docs/findings-json.md).
/// Snake-case keys, sorted; one object per finding, in report order.
public enum FindingsJSON {
    /// Format version; bumped only on incompatible change.
    public static let version = 1

    struct Envelope: Encodable {
        var format = "pushback-findings"
        var version = FindingsJSON.version
        var asOf: String
        var runStatus: String
        var counts: Counts
        var findings: [Finding]
        var documents: [DocumentOutcome]
        var intakeProblems: [IntakeProblem]
    }

    struct Counts: Encodable {
        var fail: Int
        var review: Int
        var open: Int
        var bySeverity: [String: Int]
    }

    public static func render(_ content: ReportContent) throws -> Data {
        var bySeverity: [String: Int] = [:]
        for finding in content.findings { bySeverity[finding.severity.rawValue, default: 0] += 1 }
        let envelope = Envelope(
            asOf: content.asOf,
            runStatus: content.isComplete ? "complete" : "partial",
            counts: Counts(fail: content.count(kind: .fail), review: content.count(kind: .review), open: content.count(kind: .open), bySeverity: bySeverity),
            findings: content.findings,
            documents: content.documents,
            intakeProblems: content.problems
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var data = try encoder.encode(envelope)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
