/// An operator's name as filings spell it, with a key under which spellings of the same company
/// meet: case, punctuation and the legal-form suffix (`LLC`, `L.L.C.`, `Inc.`, `Corporation`, …)
/// do not matter. `CHESAPEAKE OPERATING, L.L.C.` and `Chesapeake Operating LLC` share a key;
/// `OXY USA INC.` and `COG OPERATING LLC` do not (a change of operator is a fact, not a typo).
public struct OperatorName: Sendable, Hashable {
    public let raw: String
    /// Upper case, punctuation removed, legal form spelled one way (`CHESAPEAKE OPERATING LLC`).
    public let normalized: String
    /// `normalized` without the legal form (`CHESAPEAKE OPERATING`): what spellings are matched on.
    public let key: String

    /// Legal forms and their one spelling, matched on whole words after punctuation is removed.
    private static let legalForms: [String: String] = [
        "LLC": "LLC", "L L C": "LLC", "LC": "LC", "INC": "INC", "INCORPORATED": "INC", "CORP": "CORP",
        "CORPORATION": "CORP", "CO": "CO", "COMPANY": "CO", "LP": "LP", "L P": "LP", "LTD": "LTD", "LIMITED": "LTD",
        "LLP": "LLP", "PLLC": "PLLC", "PC": "PC",
    ]

    public init(_ raw: String) {
        self.raw = raw
        // Letters and digits only; `&` kept as AND; everything else separates words.
        var cleaned = ""
        for character in raw.uppercased() {
            if character.isLetter || character.isNumber {
                cleaned.append(character)
            } else if character == "&" {
                cleaned += " AND "
            } else if character == "." || character == "'" {
                continue  // L.L.C. → LLC, O'NEIL → ONEIL
            } else {
                cleaned.append(" ")
            }
        }
        var words = cleaned.split(separator: " ").map(String.init)
        // Trailing legal forms, possibly several (`CO INC`) or spelled across words (`L L C`).
        var forms: [String] = []
        while !words.isEmpty {
            if words.count >= 3, let form = Self.legalForms[words.suffix(3).joined(separator: " ")] {
                forms.insert(form, at: 0)
                words.removeLast(3)
            } else if words.count >= 2, let form = Self.legalForms[words.suffix(2).joined(separator: " ")] {
                forms.insert(form, at: 0)
                words.removeLast(2)
            } else if words.count >= 2, let form = Self.legalForms[words[words.count - 1]] {
                forms.insert(form, at: 0)
                words.removeLast()
            } else {
                break
            }
        }
        key = words.joined(separator: " ")
        normalized = (words + forms).joined(separator: " ")
    }
}
