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
        let (prefix, run, concerns) = try digits(of: Substring(text).utf8, text: text, assumedStateCode: assumedStateCode)
        return APIWellNumber(raw: text, digits: prefix + run.digits, concerns: concerns)
    }

    /// Why `text` is not an API number, or nil when `parse` would accept it, without building
    /// the number: registries check millions and keep them as written.
    public static func problem(in text: String, assumedStateCode: String? = nil) -> APINumberError? {
        do {
            _ = try digits(of: Substring(text).utf8, text: text, assumedStateCode: assumedStateCode)
            return nil
        } catch { return error }
    }

    /// The digits written, as one number (an API number has at most 14), and how they were grouped.
    private struct DigitRun {
        var value: UInt64 = 0
        var count = 0
        var groupCount = 0
        var firstGroupLength = 0

        /// ASCII digits, leading zeros included.
        var digits: [UInt8] {
            var digits = [UInt8](repeating: UInt8(ascii: "0"), count: count)
            var rest = value
            for index in digits.indices.reversed() {
                digits[index] += UInt8(rest % 10)
                rest /= 10
            }
            return digits
        }
    }

    /// The digits to put before the written ones (a state code or a lost leading zero), the
    /// written digits, and the number's concerns; `text` (the same bytes as a string) is only
    /// built for an error.
    private static func digits<Bytes: BidirectionalCollection<UInt8>>(
        of bytes: Bytes, text: @autoclosure () -> String, assumedStateCode: String?
    ) throws(APINumberError) -> (prefix: [UInt8], run: DigitRun, concerns: [Concern]) where Bytes.SubSequence == Bytes {
        var bytes = bytes
        while let first = bytes.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D { bytes = bytes.dropFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { bytes = bytes.dropLast() }
        guard !bytes.isEmpty else { throw APINumberError(text: text(), reason: "it is empty") }
        if let first = bytes.first, first == UInt8(ascii: "a") || first == UInt8(ascii: "A") {
            let unlabelled = stripLabel(String(decoding: Array(bytes), as: UTF8.self))
            guard unlabelled.utf8.count < bytes.count else { throw APINumberError(text: text(), reason: "unexpected character \"\(unlabelled.first ?? "?")\"") }
            return try digits(of: Substring(unlabelled).utf8, text: text(), assumedStateCode: assumedStateCode)
        }
        var run = DigitRun()
        var inGroup = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                if !inGroup { run.groupCount += 1; inGroup = true }
                if run.groupCount == 1 { run.firstGroupLength += 1 }
                // Past 14 digits it is no API number; only the count matters then.
                if run.count < 15 { run.value = run.value * 10 + UInt64(byte - 0x30) }
                run.count += 1
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") {
                inGroup = false
            } else {
                let character = String(decoding: Array(bytes), as: UTF8.self).first { !($0.isASCII && ($0.isNumber || "- ./".contains($0))) } ?? "?"
                throw APINumberError(text: text(), reason: "unexpected character \"\(character)\"")
            }
        }
        var concerns: [Concern] = []

        switch run.count {
        case 10, 12, 14:
            return ([], run, concerns)
        case 8:
            // County + unique with no state code: `125-11325`, `41501493`.
            guard let state = assumedStateCode, state.utf8.count == 2, state.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                throw APINumberError(text: text(), reason: "it has no state code and the source does not say which state it is in")
            }
            concerns.append(.stateCodeAssumed(state))
            return (Array(state.utf8), run, concerns)
        case 9, 11, 13:
            // A spreadsheet dropped the state code's leading zero (`402920040` for CA).
            guard run.groupCount == 1 || run.firstGroupLength == 1 else {
                throw APINumberError(text: text(), reason: "\(run.count) digits in \(run.groupCount) groups fit no API layout")
            }
            concerns.append(.leadingZeroRestored)
            return ([UInt8(ascii: "0")], run, concerns)
        default:
            throw APINumberError(text: text(), reason: "\(run.count) digits; an API number has 10, 12 or 14 (8 without the state code)")
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
