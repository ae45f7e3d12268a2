/// Why a piece of text is not an API well number at all.
public struct APINumberError: Error, Sendable, Equatable, CustomStringConvertible {
    public var text: String
    public var reason: String
    public var description: String { "\"\(text)\" is not an API well number: \(reason)" }
}

extension APIWellNumber {
    /// Parses the spellings real files use:
    /// `0403700027`, `04-037-00027`, `05-123-31642-00-00`, `42-04132598`, `4200342706`,
    /// `04 029 20040`, `API No. 42-003-42706`; and, with `assumedStateCode` from the source,
    /// numbers without a state code: `125-11325` (ECMC), `41501493` (RRC).
    ///
    /// - Parameter assumedStateCode: the source's API state code, used only when the text has none.
    public static func parse(_ text: String, assumedStateCode: String? = nil) throws(APINumberError) -> APIWellNumber {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw APINumberError(text: text, reason: "it is empty") }
        let body = stripLabel(trimmed)
        var groups: [String] = []
        var current = ""
        for character in body {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if character == "-" || character == " " || character == "." || character == "/" {
                if !current.isEmpty { groups.append(current) }
                current = ""
            } else {
                throw APINumberError(text: text, reason: "unexpected character \"\(character)\"")
            }
        }
        if !current.isEmpty { groups.append(current) }
        let digits = groups.joined()
        var concerns: [Concern] = []

        switch digits.count {
        case 10, 12, 14:
            return APIWellNumber(raw: text, digits: digits, concerns: concerns)
        case 8:
            // County + unique with no state code: `125-11325`, `41501493`.
            guard let state = assumedStateCode, state.count == 2, state.allSatisfy(\.isNumber) else {
                throw APINumberError(text: text, reason: "it has no state code and the source does not say which state it is in")
            }
            concerns.append(.stateCodeAssumed(state))
            return APIWellNumber(raw: text, digits: state + digits, concerns: concerns)
        case 9, 11, 13:
            // A spreadsheet dropped the state code's leading zero (`402920040` for CA).
            guard groups.count == 1 || groups[0].count == 1 else {
                throw APINumberError(text: text, reason: "\(digits.count) digits in groups \(groups.map(\.count)) fit no API layout")
            }
            concerns.append(.leadingZeroRestored)
            return APIWellNumber(raw: text, digits: "0" + digits, concerns: concerns)
        default:
            throw APINumberError(text: text, reason: "\(digits.count) digits; an API number has 10, 12 or 14 (8 without the state code)")
        }
    }

    /// Removes a leading label such as `API`, `API #`, `API No.`, `API Number:`.
    private static func stripLabel(_ text: String) -> Substring {
        guard text.lowercased().hasPrefix("api") else { return Substring(text) }
        var rest = Substring(text).dropFirst(3)
        var changed = true
        while changed {
            changed = false
            if let first = rest.first, first == " " || first == "#" || first == ":" || first == "." {
                rest = rest.dropFirst()
                changed = true
            }
            for word in ["number", "no"] where rest.lowercased().hasPrefix(word) {
                rest = rest.dropFirst(word.count)
                changed = true
            }
        }
        return rest
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
