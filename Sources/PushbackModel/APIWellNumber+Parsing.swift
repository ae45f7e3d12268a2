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
        // Works on UTF-8 bytes: registries hold millions of these.
        var bytes = Substring(text).utf8[...]
        while let first = bytes.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D { bytes = bytes.dropFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { bytes = bytes.dropLast() }
        guard !bytes.isEmpty else { throw APINumberError(text: text, reason: "it is empty") }
        if let first = bytes.first, first == UInt8(ascii: "a") || first == UInt8(ascii: "A") {
            bytes = stripLabel(String(Substring(bytes))).utf8[...]
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(14)
        var groupCount = 0, firstGroupLength = 0, inGroup = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                if !inGroup { groupCount += 1; inGroup = true }
                if groupCount == 1 { firstGroupLength += 1 }
                digits.append(byte)
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") {
                inGroup = false
            } else {
                let character = Substring(bytes).first { !($0.isASCII && ($0.isNumber || "- ./".contains($0))) } ?? "?"
                throw APINumberError(text: text, reason: "unexpected character \"\(character)\"")
            }
        }
        var concerns: [Concern] = []

        switch digits.count {
        case 10, 12, 14:
            return APIWellNumber(raw: text, digits: digits, concerns: concerns)
        case 8:
            // County + unique with no state code: `125-11325`, `41501493`.
            guard let state = assumedStateCode, state.utf8.count == 2, state.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                throw APINumberError(text: text, reason: "it has no state code and the source does not say which state it is in")
            }
            concerns.append(.stateCodeAssumed(state))
            return APIWellNumber(raw: text, digits: Array(state.utf8) + digits, concerns: concerns)
        case 9, 11, 13:
            // A spreadsheet dropped the state code's leading zero (`402920040` for CA).
            guard groupCount == 1 || firstGroupLength == 1 else {
                throw APINumberError(text: text, reason: "\(digits.count) digits in \(groupCount) groups fit no API layout")
            }
            concerns.append(.leadingZeroRestored)
            return APIWellNumber(raw: text, digits: [UInt8(ascii: "0")] + digits, concerns: concerns)
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
