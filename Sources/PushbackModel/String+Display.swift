extension String {
    /// The text made safe to print on a terminal or in a log: control characters (C0 except tab,
    /// DEL, C1), bidirectional overrides and isolates, and non-characters are shown as `\u{…}`
    /// escapes instead of being sent through, so a document cannot clear the screen, retitle the
    /// window, hide a link or reorder what the reader sees.
    public var displaySafe: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            let value = scalar.value
            let isControl = (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value)
            let isBidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
            let isNonCharacter = (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
            if isControl || isBidi || isNonCharacter {
                result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
