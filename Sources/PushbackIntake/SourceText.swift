/// The bytes of a text file as UTF-8, with a byte-order mark removed and legacy encodings
/// converted, and a note of what was done.
public struct SourceText: Sendable {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with BOM"
        /// Not valid UTF-8: read as Windows-1252 (a superset of Latin-1 for printable text).
        case windows1252 = "Windows-1252 (Latin-1)"
    }

    /// UTF-8 bytes without a BOM.
    public let bytes: [UInt8]
    public let encoding: Encoding

    public init(bytes raw: [UInt8]) {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = Array(raw.dropFirst(3))
            encoding = .utf8WithBOM
        } else if String(validating: raw, as: UTF8.self) != nil {
            bytes = raw
            encoding = .utf8
        } else {
            bytes = Array(Self.windows1252ToUTF8(raw))
            encoding = .windows1252
        }
    }

    /// Windows-1252 code points 0x80–0x9F that differ from Latin-1.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func windows1252ToUTF8(_ raw: [UInt8]) -> String.UTF8View {
        var scalars = String.UnicodeScalarView()
        for byte in raw {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars).utf8
    }
}
