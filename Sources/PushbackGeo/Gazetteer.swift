import Foundation
import PushbackModel

/// US populated places by name and state, for "15.7 miles NW of Midland, TX".
///
/// Loaded from `data/gazetteer/us_places.csv` (columns `name,state,county,latitude,longitude`):
/// GeoNames `cities1000`, CC BY 4.0 — "GeoNames (https://www.geonames.org/), licensed under CC BY
/// 4.0" must travel with the data. Names are matched without regard to case, diacritics or
/// punctuation, with "Ft." read as "Fort", "St." as "Saint", "Ste." as "Sainte" and "Mt." as "Mount".
public struct Gazetteer: Sendable {
    /// One populated place: its GeoNames point (the town centre, not a boundary).
    public struct Place: Sendable, Hashable, Codable {
        public var name: String
        /// USPS code, e.g. "TX".
        public var state: String
        /// County as GeoNames names it ("Midland County"); empty when GeoNames gives none.
        public var county: String
        public var point: GeoPoint

        public init(name: String, state: String, county: String, point: GeoPoint) {
            self.name = name
            self.state = state
            self.county = county
            self.point = point
        }
    }

    /// Why the gazetteer file could not be read, with the file and line.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var reason: String
        public var description: String { line.map { "\(file) line \($0): \(reason)" } ?? "\(file): \(reason)" }
    }

    /// Every place, in file order.
    public let places: [Place]
    /// Indices into `places` by normalized name.
    private let byName: [String: [Int]]

    /// A gazetteer of the given places.
    public init(places: [Place]) {
        self.places = places
        var byName: [String: [Int]] = [:]
        for (index, place) in places.enumerated() {
            byName[Self.normalizedName(place.name), default: []].append(index)
        }
        self.byName = byName
    }

    /// Reads the CSV file; every row must have a name, a two-letter state and a valid point.
    public init(contentsOf url: URL) throws(LoadError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LoadError(file: url.path, line: nil, reason: "cannot be read as UTF-8 (\(error.localizedDescription))")
        }
        var places: [Place] = []
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.last == "" { lines.removeLast() }
        let header = "name,state,county,latitude,longitude"
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) == header else {
            throw LoadError(file: url.path, line: 1, reason: "the header is not \"\(header)\"")
        }
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            let fail = { (reason: String) in LoadError(file: url.path, line: number, reason: reason) }
            guard let fields = Self.fields(line), fields.count == 5 else {
                throw fail("expected 5 comma-separated fields (quotes balanced)")
            }
            guard !fields[0].isEmpty, fields[1].count == 2 else { throw fail("a name and a two-letter state are required") }
            guard let latitude = Double(fields[3]), let longitude = Double(fields[4]),
                  let point = GeoPoint(latitude: latitude, longitude: longitude)
            else { throw fail("\"\(fields[3]), \(fields[4])\" is not a latitude and longitude") }
            places.append(Place(name: fields[0], state: fields[1], county: fields[2], point: point))
        }
        self.init(places: places)
    }

    /// The places with this name, in the given state (USPS code) or, when `state` is nil, in every
    /// state. Empty when there is none.
    public func places(named name: String, state: String? = nil) -> [Place] {
        let matches = (byName[Self.normalizedName(name)] ?? []).map { places[$0] }
        guard let state else { return matches }
        return matches.filter { $0.state == state.uppercased() }
    }

    /// The form names are compared in: lower case, no diacritics, apostrophes dropped, other
    /// punctuation as spaces, abbreviations spelled out ("Ft. Worth" → "fort worth").
    public static func normalizedName(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var cleaned = ""
        for character in folded {
            if character == "'" || character == "’" { continue }
            cleaned.append(character.isLetter || character.isNumber ? character : " ")
        }
        let expansions = ["ft": "fort", "st": "saint", "ste": "sainte", "mt": "mount"]
        return cleaned.split(separator: " ").map { expansions[String($0)] ?? String($0) }.joined(separator: " ")
    }

    /// Splits one CSV line (RFC 4180 quoting, no line breaks inside fields); nil when a quote is
    /// left open.
    static func fields(_ line: Substring) -> [String]? {
        var fields: [String] = []
        var field = ""
        var isQuoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            if isQuoted {
                if character == "\"" {
                    // A doubled quote is a literal quote; a single one ends the quoted part.
                    var lookahead = characters
                    if lookahead.next() == "\"" {
                        field.append("\"")
                        characters = lookahead
                    } else {
                        isQuoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                isQuoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        guard !isQuoted else { return nil }
        fields.append(field)
        return fields
    }
}
