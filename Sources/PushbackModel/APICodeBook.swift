/// Looks up API state and county codes in the table generated from Census county codes plus
/// the API's documented exceptions (see `scripts/data/README.md`).
public enum APICodeBook {
    /// A state (or offshore area) in the API numbering.
    public struct State: Sendable, Hashable {
        public var code: String
        public var postalCode: String
        public var name: String
    }

    private struct Tables: Sendable {
        var states: [String: State] = [:]
        var statesByPostalCode: [String: State] = [:]
        var counties: [String: String] = [:]
    }

    private static let tables: Tables = {
        var tables = Tables()
        for line in APICountyCodeTable.stateCodes.split(separator: "\n") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, fields[0].count == 2, fields[0].allSatisfy(\.isNumber) else { continue }
            let state = State(code: fields[0], postalCode: fields[1], name: fields[2...].joined(separator: ","))
            tables.states[state.code] = state
            if !state.postalCode.isEmpty { tables.statesByPostalCode[state.postalCode] = state }
        }
        for line in APICountyCodeTable.csv.split(separator: "\n") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, fields[0].count == 2, fields[0].allSatisfy(\.isNumber) else { continue }
            tables.counties[fields[0] + fields[2]] = fields[3]
        }
        return tables
    }()

    /// True when `code` is an API state or offshore-area code.
    public static func isKnownState(_ code: String) -> Bool { tables.states[code] != nil }

    /// The state for an API state code.
    public static func state(code: String) -> State? { tables.states[code] }

    /// The state for a postal abbreviation such as `CA`.
    public static func state(postalCode: String) -> State? { tables.statesByPostalCode[postalCode.uppercased()] }

    /// True when the county code is known for the state.
    public static func isKnownCounty(state: String, county: String) -> Bool { tables.counties[state + county] != nil }

    /// The county name for a state and county code, e.g. ("04", "030") → "Kern".
    public static func countyName(state: String, county: String) -> String? { tables.counties[state + county] }

    /// `ANDREWS`, from `Andrews County`: a county name as names written on filings are compared
    /// with the code book's (case, spaces, punctuation and "County"/"Parish"/"Borough" ignored).
    public static func countyKey(_ name: String) -> String {
        String(name.uppercased().replacing(/\b(COUNTY|PARISH|BOROUGH)\b/, with: "").filter { ("A"..."Z").contains($0) })
    }
}
