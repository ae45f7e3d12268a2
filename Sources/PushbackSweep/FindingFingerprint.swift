import Crypto
import Foundation
import PushbackIntake
import PushbackModel

/// A finding's two fingerprints (SHA-256, hex): its **identity** — the rule's lineage, the
/// subject's business key (API number, CDS code, a document's file name), the related subjects — which
/// survives re-exports, renamed files and shifted lines; and its **content** — kind, severity, due
/// date and every piece of evidence with its place (file, page, line, field) and quote — which
/// tells an updated finding from an unchanged one.
struct FindingFingerprint: Equatable {
    let identity: String
    let content: String

    init(_ finding: Finding, lineage: String) {
        let related = finding.related.map(Self.key).sorted().joined(separator: ",")
        identity = Self.digest([lineage, Self.key(finding.subject), related])
        let evidence = finding.evidence.map { item in
            "\(item.source.path)|\(item.page.map(String.init) ?? "")|\(item.line.map(String.init) ?? "")|\(item.field ?? "")|\(item.quote)"
        }
        content = Self.digest([finding.kind.rawValue, finding.severity.rawValue, finding.due ?? ""] + evidence)
    }

    /// A subject's business key. A document's is its file name: its content hash changes with every
    /// edit, and an edited registry export is the same source (its findings are updated, not new).
    static func key(_ subject: Subject) -> String {
        guard subject.type == "document", let name = subject.name, !name.isEmpty else { return "\(subject.type):\(subject.id)" }
        return "document:" + (name as NSString).lastPathComponent
    }

    /// Sets every finding's `fingerprint` and returns the pairs in the same order. Two findings
    /// with the same identity in one run (one rule raising twice on one subject) are told apart
    /// by their order: the second is `…#2`.
    static func assign(to findings: inout [Finding], lineage: (String) -> String) -> [(fingerprint: String, content: String)] {
        var seen: [String: Int] = [:]
        return findings.indices.map { index in
            let prints = FindingFingerprint(findings[index], lineage: lineage(findings[index].ruleID))
            seen[prints.identity, default: 0] += 1
            let identity = seen[prints.identity]! == 1 ? prints.identity : "\(prints.identity)#\(seen[prints.identity]!)"
            findings[index].fingerprint = identity
            return (identity, prints.content)
        }
    }

    private static func digest(_ parts: [String]) -> String {
        var hasher = SHA256()
        for part in parts {
            hasher.update(data: Data(part.utf8))
            hasher.update(data: Data([0x1F]))
        }
        return InboxDocument.hexadecimal(hasher.finalize())
    }
}
