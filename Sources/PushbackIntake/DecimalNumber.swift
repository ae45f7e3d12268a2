/// Parses decimal numbers as registries write them (`35.3012`, `-119.0451`), millions per file.
enum DecimalNumber {
    /// The `Double` nearest `text`, as `Double(text)` gives it, without its cost for the common
    /// case: an optional sign, at most 15 significant digits and an optional fraction is one
    /// exact integer divided by an exact power of ten, which IEEE division rounds correctly
    /// (Clinger's fast path). Everything else (exponents, more digits, `inf`, `0x…`) goes to
    /// `Double(text)`.
    static func parse(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) } ?? Double(text)
    }

    /// The fast path over `text`'s bytes; nil when the text is not that simple.
    private static func parse(utf8 text: UnsafeBufferPointer<UInt8>) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0, fractionDigits = 0
        var isNegative = false, seenPoint = false, isSimple = true, isFirst = true
        for byte in text {
            defer { isFirst = false }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                digits += 1
                if seenPoint { fractionDigits += 1 }
            case UInt8(ascii: ".") where !seenPoint:
                seenPoint = true
            case UInt8(ascii: "-") where isFirst:
                isNegative = true
            case UInt8(ascii: "+") where isFirst:
                break
            default:
                isSimple = false
            }
            if !isSimple || digits > 15 { return nil }
        }
        guard digits > 0 else { return nil }
        // 10^fractionDigits, exact: every power of ten up to 10¹⁵ is a `Double`.
        var divisor = 1.0
        for _ in 0..<fractionDigits { divisor *= 10 }
        let magnitude = Double(mantissa) / divisor
        return isNegative ? -magnitude : magnitude
    }
}
