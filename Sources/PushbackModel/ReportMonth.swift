/// A reporting month read from the date spellings registries use: `2024-05-01`, `2024-05`,
/// `5/1/2024`, `05/2024`, `202405`, `May 2024`, `May-24`. The result is `YYYY-MM`.
public enum ReportMonth {
    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    public static func parse(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace().lowercased()
        func format(_ year: Int, _ month: Int) -> String? {
            guard (1...12).contains(month), (1800...2200).contains(year) else { return nil }
            return String(year) + "-" + (month < 10 ? "0" : "") + String(month)
        }
        if let match = trimmed.wholeMatch(of: /(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[ t].*)?/) { return format(Int(match.1)!, Int(match.2)!) }
        if let match = trimmed.wholeMatch(of: /(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?/) { return format(Int(match.3)!, Int(match.1)!) }
        if let match = trimmed.wholeMatch(of: /(\d{1,2})\/(\d{4})/) { return format(Int(match.2)!, Int(match.1)!) }
        if let match = trimmed.wholeMatch(of: /(\d{4})(\d{2})/) { return format(Int(match.1)!, Int(match.2)!) }
        if let match = trimmed.wholeMatch(of: /([a-z]{3})[a-z]*[ \-.]+(\d{2}|\d{4})/), let index = monthNames.firstIndex(of: String(match.1)) {
            let year = Int(match.2)!
            return format(year < 100 ? 2000 + year : year, index + 1)
        }
        return nil
    }
}
