/// Why text could not be read as a quantity.
public struct QuantityError: Error, Sendable, Equatable, CustomStringConvertible {
    public var text: String
    public var reason: String
    public var description: String { "\"\(text)\": \(reason)" }
}

/// Shared parsing and formatting for the quantity types.
public enum Quantity {
    /// Splits `3,200 ft` into (3200, "ft"); the unit is lowercased; thousands separators dropped.
    static func split(_ text: String) throws(QuantityError) -> (Double, String) {
        let trimmed = text.trimmingWhitespace()
        var number = ""
        var index = trimmed.startIndex
        while index < trimmed.endIndex {
            let character = trimmed[index]
            if character.isNumber || character == "." || character == "-" || character == "+" {
                number.append(character)
            } else if character != "," {
                break
            }
            index = trimmed.index(after: index)
        }
        let unit = String(trimmed[index...]).trimmingWhitespace().lowercased()
        guard let value = Double(number), value.isFinite else {
            throw QuantityError(text: text, reason: "no number")
        }
        guard !unit.isEmpty else { throw QuantityError(text: text, reason: "no unit") }
        return (value, unit)
    }

    /// `11,200`, `12.5`: thousands grouped, up to two decimals, no trailing zeros.
    public static func plain(_ value: Double) -> String {
        var text = format(value, decimals: 2)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// Formats with thousands separators and a fixed number of decimals, independent of locale.
    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(value) * scale).rounded() / scale
        let whole = Int(rounded)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        var result = (value < 0 && rounded > 0 ? "-" : "") + grouped
        if decimals > 0 {
            let fraction = Int(((rounded - Double(whole)) * scale).rounded())
            let fractionText = String(fraction)
            result += "." + String(repeating: "0", count: max(0, decimals - fractionText.count)) + fractionText
        }
        return result
    }
}
