extension JobSafetyAnalysis.Claim {
    /// The claim as one line a reader can scan and a program can read back — the normalized value
    /// of its `claim[N]` fact: `kind [point] [value [unit]] [N min] [result] [at HH:MM]`, e.g.
    /// `bleed-down casing 0 psi at 08:10`, `pressure-test casing 1500 psi 30 min passed`.
    public var summary: String {
        let value = self.value.map { Self.plain($0) + (unit.map { " \($0)" } ?? "") }
        return [kind.rawValue, point, value, durationMinutes.map { "\($0) min" }, result, time.map { "at \($0)" }].compactMap { $0 }.joined(separator: " ")
    }

    /// Reads a `summary` back; `text` and `evidence` are the claim's words and place. Nil when
    /// `summary` does not start with a claim kind.
    public init?(summary: String, text: String, evidence: Evidence) {
        var tokens = summary.split(separator: " ").map(String.init)
        guard let first = tokens.first, let kind = Kind(rawValue: first) else { return nil }
        tokens.removeFirst()
        var time: String?, result: String?, minutes: Int?, value: Double?, unit: String?
        if tokens.count >= 2, tokens[tokens.count - 2] == "at", tokens.last!.contains(":") {
            time = tokens.removeLast()
            tokens.removeLast()
        }
        if let last = tokens.last, last == "passed" || last == "failed" { result = tokens.removeLast() }
        if tokens.count >= 2, tokens.last == "min", let number = Int(tokens[tokens.count - 2]) {
            minutes = number
            tokens.removeLast(2)
        }
        if let last = tokens.last, Self.units.contains(last.lowercased()), tokens.count >= 2, let number = Double(tokens[tokens.count - 2]) {
            unit = last
            value = number
            tokens.removeLast(2)
        } else if let last = tokens.last, let number = Double(last) {
            value = number
            tokens.removeLast()
        }
        self.init(kind: kind, point: tokens.isEmpty ? nil : tokens.joined(separator: " "), value: value, unit: unit, time: time,
                  durationMinutes: minutes, result: result, text: text, evidence: evidence)
    }

    /// The claimed pressure with its unit (`psi` and `psig` are gauge pressures), when it has one.
    public var pressure: Pressure? {
        guard let value else { return nil }
        return try? Pressure(parsing: "\(value) \(unit ?? "psi")")
    }

    /// Units a summary's value may carry.
    static let units: Set<String> = ["psi", "psig", "psia", "kpa", "bar", "#"]

    /// "0", "20.9", "1500": as written, without grouping or trailing zeros.
    public static func plain(_ value: Double) -> String { value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value) }
}
