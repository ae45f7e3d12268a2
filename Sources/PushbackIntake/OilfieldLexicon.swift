import Foundation
import PushbackYAML

/// The oilfield vocabulary extractors read through (`lexicon/oilfield.yaml` in the bundle):
/// abbreviations, pressure points, gases, units, PPE and permits, each a canonical name with the
/// spellings crews write. Matching ignores case and runs of spaces, on whole words.
public struct OilfieldLexicon: Sendable {
    /// A canonical name and its spellings.
    public struct Term: Sendable {
        public var name: String
        public var spellings: [String]
        /// Longest spelling first, so "personal H2S monitors" wins over "H2S".
        fileprivate var pattern: NSRegularExpression
    }

    public var abbreviations: [String: String]
    public var points: [Term]
    public var gases: [Term]
    /// Gas → the unit it is read in (`ppm`, `%`).
    public var gasUnits: [String: String]
    public var pressureUnits: [Term]
    public var ppe: [Term]
    public var permits: [Term]

    /// Loads the lexicon file; a malformed one is a `YAMLError` naming file and line.
    public static func load(path: String) throws(YAMLError) -> OilfieldLexicon {
        let root = try YAMLNode.load(path: path)
        try root.checkKeys(allowed: ["abbreviations", "points", "gases", "pressure_units", "ppe", "permits"])
        var abbreviations: [String: String] = [:]
        for (key, value) in try root.required("abbreviations").entries() { abbreviations[key] = try value.string() }
        func terms(_ key: String) throws(YAMLError) -> [Term] {
            var terms: [Term] = []
            for (name, value) in try root.required(key).entries() {
                let spellings = value.isMapping ? try value.required("spellings").strings() : try value.strings()
                guard !spellings.isEmpty else { throw value.error("\(key).\(name) has no spellings") }
                terms.append(try term(name, spellings, node: value))
            }
            return terms
        }
        var gasUnits: [String: String] = [:]
        for (name, value) in try root.required("gases").entries() { gasUnits[name] = try value.required("unit").string() }
        return OilfieldLexicon(
            abbreviations: abbreviations, points: try terms("points"), gases: try terms("gases"), gasUnits: gasUnits,
            pressureUnits: try terms("pressure_units"), ppe: try terms("ppe"), permits: try terms("permits")
        )
    }

    private static func term(_ name: String, _ spellings: [String], node: YAMLNode) throws(YAMLError) -> Term {
        let alternatives = spellings.sorted { $0.count > $1.count }.map { spelling in
            NSRegularExpression.escapedPattern(for: spelling).replacingOccurrences(of: "\\ ", with: " ").replacingOccurrences(of: " ", with: #"\s+"#)
        }
        // Whole words: not preceded or followed by a letter or digit.
        let pattern = #"(?<![\p{L}\p{N}])(?:"# + alternatives.joined(separator: "|") + #")(?![\p{L}\p{N}])"#
        do {
            return Term(name: name, spellings: spellings, pattern: try NSRegularExpression(pattern: pattern, options: [.caseInsensitive]))
        } catch {
            throw node.error("cannot match the spellings of \(name): \(error)")
        }
    }

    /// Every term of `terms` named in `text`, in the order first written.
    public func mentions(of terms: [Term], in text: String) -> [(name: String, range: Range<String.Index>)] {
        var found: [(name: String, range: Range<String.Index>)] = []
        let whole = NSRange(text.startIndex..., in: text)
        for term in terms {
            guard let match = term.pattern.firstMatch(in: text, range: whole), let range = Range(match.range, in: text) else { continue }
            found.append((term.name, range))
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The term whose spellings `text` is one of (the whole text, trimmed), if any.
    public func term(in terms: [Term], exactly text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        let whole = NSRange(trimmed.startIndex..., in: trimmed)
        return terms.first { term in
            term.pattern.firstMatch(in: trimmed, range: whole).map { $0.range == whole } ?? false
        }?.name
    }
}
