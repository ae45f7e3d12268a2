import Foundation
import PushbackModel

/// Decides what a document is from what it says — form titles, form numbers, letterheads —
/// never from its file name. The first signature that matches wins; each needs every one of its
/// patterns somewhere in the text (case-insensitive).
public enum DocumentClassifier {
    /// What was decided and the line that decided it.
    public struct Classification: Sendable {
        public var kind: DocumentKind
        public var title: String
        /// Where the deciding text is.
        public var page: Int
        public var line: Int
        public var quote: String
    }

    struct Signature {
        var kind: DocumentKind
        var title: String
        /// All must match; the first pattern's line is the evidence.
        var patterns: [String]
    }

    /// Ordered: more specific forms before the ones whose words they contain.
    static let signatures: [Signature] = [
        // A crew's JSA names no agency form; no agency form calls itself a JSA.
        Signature(kind: .jsa, title: "Job safety analysis (JSA)", patterns: [#"job\s+(safety|hazard)\s+analysis|\bJSA\b|\bJHA\b|tailgate\s+(meeting|safety)"#]),
        Signature(kind: .rrcW3A, title: "RRC Form W-3A, Notice of Intention to Plug and Abandon", patterns: [#"notice\s+of\s+intention\s+to\s+plug"#, #"railroad\s+commission"#]),
        Signature(kind: .rrcW3, title: "RRC Form W-3, Plugging Record", patterns: [#"form\s+w-3\b(?!a)"#, #"plugging\s+record"#]),
        Signature(kind: .rrcW1, title: "RRC Form W-1, Application for Permit to Drill", patterns: [#"application\s+for\s+permit\s+to\s+drill"#]),
        Signature(kind: .rrcW2, title: "RRC Form W-2, Oil Well Potential Test, Completion or Recompletion Report", patterns: [#"(oil\s+well\s+potential\s+test|form\s+w-2\b|facsimile\s+w-2\b)"#, #"completion\s+or\s+recompletion"#]),
        Signature(kind: .rrcW15, title: "RRC Form W-15, Cementing Report", patterns: [#"form\s+w-15\b|cementing\s+report"#]),
        Signature(kind: .rrcW12, title: "RRC Form W-12, Inclination Report", patterns: [#"form\s+w-12\b|inclination\s+report"#]),
        Signature(kind: .rrcL1, title: "RRC Form L-1, Electric Log Status Report", patterns: [#"form\s+l-1\b"#, #"electric\s+log"#]),
        Signature(kind: .rrcSWR10Letter, title: "RRC letter on an exception to Statewide Rule 10 (commingling)", patterns: [#"exception\s+to\s+swr\s+10|statewide\s+rule\s+10"#]),
        Signature(kind: .rrcPluggingGuidance, title: "RRC district plugging requirements by county and field", patterns: [#"tag\s+all\s+surface\s+casing\s+shoe\s+plugs|plugging\s+requirements"#]),
        Signature(kind: .rrcGroundwaterLetter, title: "Groundwater protection (surface casing) determination letter", patterns: [#"usable.quality\s+(ground\s*)?water|groundwater\s+advisory|must\s+be\s+protected"#]),
        Signature(kind: .blm3160_5, title: "BLM Form 3160-5, Sundry Notices and Reports on Wells", patterns: [#"sundry\s+notices\s+and\s+reports\s+on\s+wells|form\s+3160-5"#]),
        Signature(kind: .ecmcScoutTicket, title: "Colorado ECMC (COGIS) well scout card", patterns: [#"scout\s+card"#, #"api#\s*05-"#]),
        Signature(kind: .platImage, title: "Well location plat", patterns: [#"this\s+plat\s+is\s+a|survey\s+plat|plat\s+of\s+survey|graphic\s+scale"#, #"plat|survey|coordinate"#]),
        Signature(kind: .wellLogHeader, title: "Well log header", patterns: [#"compensated\s+neutron|induction\s+log|density\s+log|gamma\s+ray\s+ccl"#, #"company"#, #"field"#]),
        Signature(kind: .operatorLetter, title: "Operator correspondence to the Railroad Commission", patterns: [#"railroad\s+commission\s+of\s+texas"#, #"regarding:|\bre:"#, #"api\s*#?"#]),
    ]

    /// The document's kind, or nil when nothing recognizes it. The first page decides when it
    /// can (a form's title is on its first page; later pages quote other forms in instructions);
    /// the whole document is the fallback.
    public static func classify(_ document: DocumentText) -> Classification? {
        let all = document.allLines
        let first = all.filter { $0.page == document.pages.first?.number }
        return classify(lines: first) ?? classify(lines: all)
    }

    private static func classify(lines: [(page: Int, line: DocumentText.Line)]) -> Classification? {
        let text = lines.map(\.line.text).joined(separator: "\n")
        for signature in signatures {
            let expressions = signature.patterns.compactMap { try? NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
            let fullRange = NSRange(text.startIndex..., in: text)
            guard expressions.count == signature.patterns.count,
                  expressions.allSatisfy({ $0.firstMatch(in: text, range: fullRange) != nil })
            else { continue }
            let deciding = expressions[0]
            let hit = lines.first { deciding.firstMatch(in: $0.line.text, range: NSRange($0.line.text.startIndex..., in: $0.line.text)) != nil }
            return Classification(
                kind: signature.kind, title: signature.title,
                page: hit?.page ?? 1, line: hit?.line.number ?? 1, quote: hit?.line.text ?? ""
            )
        }
        return nil
    }
}
