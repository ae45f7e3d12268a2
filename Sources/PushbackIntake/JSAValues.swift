import Foundation

/// Dates, times, numbers, pressures and names as crews write them on JSAs.
enum JSAValues {
    private static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12]

    /// `YYYY-MM-DD` from "11/20/2026", "2026-11-20", "20-Nov-26", "Nov 20 2026", "November 20, 2026".
    static func isoDate(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        func make(_ year: Int, _ month: Int, _ day: Int) -> String? {
            let fullYear = year < 100 ? 2000 + year : year
            guard (1...12).contains(month), (1...31).contains(day), (1900...2100).contains(fullYear) else { return nil }
            return String(format: "%04d-%02d-%02d", fullYear, month, day)
        }
        func groups(_ pattern: String) -> [String]? {
            guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
                  let match = expression.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) else { return nil }
            return (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: trimmed).map { String(trimmed[$0]) } ?? "" }
        }
        if let g = groups(#"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"#) { return make(Int(g[0])!, Int(g[1])!, Int(g[2])!) }
        if let g = groups(#"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b"#) { return make(Int(g[2])!, Int(g[0])!, Int(g[1])!) }
        if let g = groups(#"\b(\d{1,2})[- ]([a-z]{3,9})\.?[- ,]+(\d{2,4})\b"#), let month = months[String(g[1].lowercased().prefix(g[1].lowercased().hasPrefix("sept") ? 4 : 3))] {
            return make(Int(g[2])!, month, Int(g[0])!)
        }
        if let g = groups(#"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2,4})\b"#), let month = months[String(g[0].lowercased().prefix(g[0].lowercased().hasPrefix("sept") ? 4 : 3))] {
            return make(Int(g[2])!, month, Int(g[1])!)
        }
        return nil
    }

    /// `HH:MM` from "07:00", "7:00 AM", "6:30 PM", "0645", "06.45"; nil for anything else.
    static func clockTime(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let match = trimmed.range(of: #"^(\d{1,2})[:.]?(\d{2})\s*([AaPp]\.?[Mm]\.?)?(\s*hrs?)?$"#, options: .regularExpression) else { return nil }
        return time(from: String(trimmed[match]))
    }

    /// The first clock time in a text: after "@" or "at", or a bare `HH:MM` (4-digit "0645"
    /// only after "@"/"at", so years and depths are not read as times).
    static func firstTime(in text: String) -> String? {
        let patterns = [#"(?:@|\bat)\s*(\d{1,2}:?\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)(?!\d)"#, #"(?<![\d:])(\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)(?!\d|:\d)"#]
        for pattern in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern),
                  let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range(at: 1), in: text), let time = time(from: String(text[range])) else { continue }
            return time
        }
        return nil
    }

    private static func time(from text: String) -> String? {
        let digits = text.filter(\.isNumber)
        guard digits.count == 3 || digits.count == 4, var hour = Int(digits.dropLast(2)), let minute = Int(digits.suffix(2)), minute < 60 else { return nil }
        let lowered = text.lowercased()
        if lowered.contains("p"), hour < 12 { hour += 12 }
        if lowered.contains("a"), hour == 12 { hour = 0 }
        guard hour < 24 else { return nil }
        return String(format: "%02d:%02d", hour, minute)
    }

    /// A plain number ("20.9", "0", "1,500"); nil for text.
    static func number(_ text: String) -> Double? {
        Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ""))
    }

    /// The first pressure in a text: a number followed by a pressure unit of the lexicon.
    static func pressure(in text: String, units lexicon: OilfieldLexicon) -> (value: Double, unit: String)? {
        guard let match = text.range(of: #"(\d[\d,]*(?:\.\d+)?)\s*(psig|psi|kpa)(?![\p{L}])"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        let written = String(text[match])
        guard let value = Double(written.prefix { $0.isNumber || $0 == "," || $0 == "." }.replacingOccurrences(of: ",", with: "")) else { return nil }
        let unitText = written.drop { $0.isNumber || $0 == "," || $0 == "." || $0 == " " }
        return (value, lexicon.term(in: lexicon.pressureUnits, exactly: String(unitText)) ?? String(unitText))
    }

    /// An API number with dashes when its digits make one (10 or 14); as written otherwise, so a
    /// malformed number stays visible.
    static func apiNumber(_ text: String) -> String {
        let digits = Array(text.filter(\.isNumber))
        switch digits.count {
        case 10: return "\(String(digits[0..<2]))-\(String(digits[2..<5]))-\(String(digits[5..<10]))"
        case 14: return "\(String(digits[0..<2]))-\(String(digits[2..<5]))-\(String(digits[5..<10]))-\(String(digits[10..<12]))-\(String(digits[12..<14]))"
        default: return text
        }
    }

    /// "Jameson Trust 10" → ("Jameson Trust", "10"); "Miami 1" → ("Miami", "1"); nil when the
    /// text is a number alone or has no number at its end.
    static func leaseAndNumber(_ text: String) -> (lease: String, number: String)? {
        guard let match = text.range(of: #"^(.*[A-Za-z].*?)\s+#?([0-9][0-9A-Za-z-]*)$"#, options: .regularExpression) else { return nil }
        let whole = String(text[match])
        guard let space = whole.range(of: #"\s+#?[0-9][0-9A-Za-z-]*$"#, options: .regularExpression) else { return nil }
        let number = whole[space].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        return (String(whole[..<space.lowerBound]), number)
    }

    /// Two spellings of a person's name are the same when their words match ignoring case and dots.
    static func sameName(_ a: String, _ b: String) -> Bool {
        func words(_ text: String) -> [String] { text.lowercased().replacingOccurrences(of: ".", with: " ").split(separator: " ").map(String.init) }
        return words(a) == words(b)
    }
}
