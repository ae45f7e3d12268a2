import Foundation
import PushbackModel

/// What a free-text location in a filing says, read with explicit patterns and nothing guessed:
/// coordinates, a PLSS legal description, a distance and direction from a town, a crew's
/// relative direction ("about three cigarettes east of the battery"), or none of these.
///
/// `LocationResolver` turns a description into a point with an uncertainty radius.
public enum LocationDescription: Sendable, Hashable {
    /// Latitude and longitude in decimal degrees (south and west negative). `datum` is "NAD83",
    /// "NAD27" or "WGS84" when the text names one. `precision` is one unit of the last digit
    /// written, in degrees (0.0001 for `35.5054`, 0.1″ = 0.1/3600 for `19.4"`).
    case coordinates(latitude: Double, longitude: Double, datum: String?, precision: Double)
    /// A PLSS legal description.
    case plss(PLSSCall)
    /// "15.7 miles NW of Midland, TX": `state` is the USPS code when the text gives one.
    case fromPlace(distance: Distance, direction: Direction, place: String, state: String?)
    /// "from the tank battery walk east about 200 paces": `landmark` is the starting point as
    /// written, nil when the text names none ("walk east about three cigarettes' worth").
    case relative(count: Double, unit: RelativeUnit, direction: Direction, landmark: String?)
    /// Anything else, with the text as given and why it was not read.
    case unresolvable(String, reason: String)

    /// A compass direction as written, with its azimuth and how wide a sector it names.
    public struct Direction: Sendable, Hashable {
        /// The words as written, e.g. "north west".
        public var text: String
        /// Degrees clockwise from north (N 0, NNE 22.5, NE 45, …).
        public var azimuth: Double
        /// Half the sector the name covers: 22.5° for the 8 points (N, NE, E, …), 11.25° for the
        /// 16-point names (NNE, ENE, …).
        public var halfSector: Double

        /// The 16 compass points by their letters.
        static let points: [String: Double] = [
            "N": 0, "NNE": 22.5, "NE": 45, "ENE": 67.5, "E": 90, "ESE": 112.5, "SE": 135, "SSE": 157.5,
            "S": 180, "SSW": 202.5, "SW": 225, "WSW": 247.5, "W": 270, "WNW": 292.5, "NW": 315, "NNW": 337.5,
        ]

        /// Reads "NW", "N.W.", "north-west", "northwest", "north north west", "NNW", "due east",
        /// "easterly", "eastward", "in a SW direction", "to the east"; nil for anything else.
        public static func parse(_ text: String) -> Direction? {
            var words = text.lowercased().replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "-", with: " ")
                .split(separator: " ").map(String.init)
            for prefix in [["in", "a"], ["in", "an"], ["to", "the"], ["due"]] where words.starts(with: prefix) {
                words.removeFirst(prefix.count)
            }
            if words.last == "direction" { words.removeLast() }
            guard var compact = words.isEmpty ? nil : words.joined() else { return nil }
            for suffix in ["wards", "ward", "erly"] where compact.hasSuffix(suffix) {
                compact.removeLast(suffix.count)
            }
            var letters = ""
            var rest = Substring(compact)
            while let word = ["north", "south", "east", "west"].first(where: { rest.hasPrefix($0) }) {
                letters += word.prefix(1).uppercased()
                rest = rest.dropFirst(word.count)
            }
            if !rest.isEmpty {
                guard letters.isEmpty, compact.count <= 3 else { return nil }
                letters = compact.uppercased()
            }
            guard let azimuth = points[letters] else { return nil }
            return Direction(text: text.trimmingCharacters(in: .whitespaces), azimuth: azimuth, halfSector: letters.count == 3 ? 11.25 : 22.5)
        }
    }

    /// How a crew measured a relative distance.
    public enum RelativeUnit: String, Sendable, Hashable, Codable {
        case paces, steps, feet, yards
        case minutesWalking = "minutes walking"
        case cigarettes
    }

    /// Reads one location text. Tries, in order: PLSS, coordinates (decimal, then
    /// degrees-minutes-seconds), distance from a place, relative direction.
    public static func parse(_ text: String) -> LocationDescription {
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !trimmed.isEmpty else { return .unresolvable(text, reason: "the location is empty") }
        do {
            if let call = try PLSSCall.parse(trimmed) { return .plss(call) }
        } catch {
            return .unresolvable(text, reason: error.reason)
        }
        if let coordinates = coordinates(trimmed) { return coordinates }
        // Asides such as "(Andrews Co.)" are hints for a reader, not part of the place's name.
        let withoutAsides = trimmed.replacingOccurrences(of: #"\s*\([^()]*\)"#, with: "", options: .regularExpression)
        if let fromPlace = fromPlace(withoutAsides) { return fromPlace }
        if let relative = relative(withoutAsides) { return relative }
        return .unresolvable(
            text,
            reason: "not coordinates, a PLSS description, a distance and direction from a place, or a distance and direction from a landmark"
        )
    }
}

// MARK: - Coordinates

extension LocationDescription {
    private static func coordinates(_ text: String) -> LocationDescription? {
        var upper = text.uppercased()
        for (from, to) in [("º", "°"), ("˚", "°"), ("′", "'"), ("’", "'"), ("‘", "'"), ("″", "\""), ("“", "\""), ("”", "\""), ("''", "\"")] {
            upper = upper.replacingOccurrences(of: from, with: to)
        }
        var datum: String?
        if let found = Patterns.datum.firstCaptures(in: upper) {
            datum = found.values[1] != nil ? "NAD\(found.values[1]!)" : "WGS84"
            upper = Patterns.datum.stringByReplacingMatches(in: upper, range: NSRange(upper.startIndex..., in: upper), withTemplate: "")
            upper = upper.trimmingCharacters(in: CharacterSet(charactersIn: " ,;()"))
        }
        if let match = Patterns.decimal.firstCaptures(in: upper) {
            let v = match.values
            guard let latitude = signed(v[2]!, before: v[1], after: v[4], negative: "S"),
                  let longitude = signed(v[6]!, before: v[5], after: v[8], negative: "W"),
                  GeoPoint(latitude: latitude, longitude: longitude) != nil
            else { return nil }
            let decimals = min(v[3]!.count, v[7]!.count)
            return .coordinates(latitude: latitude, longitude: longitude, datum: datum, precision: pow(10, -Double(decimals)))
        }
        if let match = Patterns.sexagesimal.firstCaptures(in: upper) {
            let v = match.values
            guard let (latitude, latitudePrecision) = sexagesimal(Array(v[1...8]), negative: "S"),
                  let (longitude, longitudePrecision) = sexagesimal(Array(v[9...16]), negative: "W"),
                  GeoPoint(latitude: latitude, longitude: longitude) != nil
            else { return nil }
            return .coordinates(latitude: latitude, longitude: longitude, datum: datum, precision: max(latitudePrecision, longitudePrecision))
        }
        return nil
    }

    /// A signed value from its digits and a hemisphere letter before or after it (not both, and
    /// not contradicting a minus sign).
    private static func signed(_ digits: String, before: String?, after: String?, negative: String) -> Double? {
        guard let value = Double(digits), before == nil || after == nil else { return nil }
        guard let hemisphere = before ?? after else { return value }
        guard value >= 0 else { return nil }
        return hemisphere == negative ? -value : value
    }

    /// Degrees, minutes and optional seconds (groups: hemisphere before, sign, degrees, minutes,
    /// minute decimals, seconds, second decimals, hemisphere after) and the precision written.
    private static func sexagesimal(_ v: [String?], negative: String) -> (Double, Double)? {
        guard v[0] == nil || v[7] == nil, v[1] == nil || (v[0] == nil && v[7] == nil),
              let degrees = Double(v[2]!), let minutes = Double(v[3]!), minutes < 60
        else { return nil }
        let seconds = v[5].flatMap(Double.init) ?? 0
        guard seconds < 60, v[5] == nil || v[4] == nil else { return nil }
        let magnitude = degrees + minutes / 60 + seconds / 3600
        let isNegative = v[1] == "-" || (v[0] ?? v[7]) == negative
        let precision = v[5] != nil
            ? pow(10, -Double(v[6]?.count ?? 0)) / 3600
            : pow(10, -Double(v[4]?.count ?? 0)) / 60
        return (isNegative ? -magnitude : magnitude, precision)
    }
}

// MARK: - Distance and direction from a place

extension LocationDescription {
    private static func fromPlace(_ text: String) -> LocationDescription? {
        guard let match = Patterns.fromPlace.firstCaptures(in: text),
              let count = number(match.values[1]!),
              let direction = Direction.parse(match.values[3]!)
        else { return nil }
        let unit = match.values[2]!.lowercased()
        let distance: Distance = unit.hasPrefix("k") ? .kilometers(count) : .miles(count)
        let place = match.values[4]!.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        let state = match.values[5].flatMap { stateCode($0) }
        return .fromPlace(distance: distance, direction: direction, place: place, state: state)
    }

    /// The USPS code of a state written as its code or its name ("TX", "Texas", "new mexico").
    static func stateCode(_ text: String) -> String? {
        let upper = text.uppercased().split(separator: " ").joined(separator: " ")
        if stateNames.values.contains(upper) { return upper }
        return stateNames[upper]
    }

    /// The 50 states and DC, by upper-case name.
    static let stateNames: [String: String] = [
        "ALABAMA": "AL", "ALASKA": "AK", "ARIZONA": "AZ", "ARKANSAS": "AR", "CALIFORNIA": "CA", "COLORADO": "CO",
        "CONNECTICUT": "CT", "DELAWARE": "DE", "DISTRICT OF COLUMBIA": "DC", "FLORIDA": "FL", "GEORGIA": "GA",
        "HAWAII": "HI", "IDAHO": "ID", "ILLINOIS": "IL", "INDIANA": "IN", "IOWA": "IA", "KANSAS": "KS",
        "KENTUCKY": "KY", "LOUISIANA": "LA", "MAINE": "ME", "MARYLAND": "MD", "MASSACHUSETTS": "MA",
        "MICHIGAN": "MI", "MINNESOTA": "MN", "MISSISSIPPI": "MS", "MISSOURI": "MO", "MONTANA": "MT",
        "NEBRASKA": "NE", "NEVADA": "NV", "NEW HAMPSHIRE": "NH", "NEW JERSEY": "NJ", "NEW MEXICO": "NM",
        "NEW YORK": "NY", "NORTH CAROLINA": "NC", "NORTH DAKOTA": "ND", "OHIO": "OH", "OKLAHOMA": "OK",
        "OREGON": "OR", "PENNSYLVANIA": "PA", "RHODE ISLAND": "RI", "SOUTH CAROLINA": "SC", "SOUTH DAKOTA": "SD",
        "TENNESSEE": "TN", "TEXAS": "TX", "UTAH": "UT", "VERMONT": "VT", "VIRGINIA": "VA", "WASHINGTON": "WA",
        "WEST VIRGINIA": "WV", "WISCONSIN": "WI", "WYOMING": "WY",
    ]
}

// MARK: - Relative directions

extension LocationDescription {
    private static func relative(_ text: String) -> LocationDescription? {
        // Groups: landmark, verb, direction, number, unit.
        if let v = Patterns.relativeFromLandmark.firstCaptures(in: text)?.values {
            return relative(number: v[4]!, unit: v[5]!, direction: v[3]!, landmark: v[1], verb: v[2])
        }
        // Groups: verb, number, unit, direction, landmark.
        if let v = Patterns.relativeCountFirst.firstCaptures(in: text)?.values {
            return relative(number: v[2]!, unit: v[3]!, direction: v[4]!, landmark: v[5], verb: v[1])
        }
        // Groups: verb, direction, number, unit, landmark.
        if let v = Patterns.relativeVerbFirst.firstCaptures(in: text)?.values {
            return relative(number: v[3]!, unit: v[4]!, direction: v[2]!, landmark: v[5], verb: v[1])
        }
        return nil
    }

    private static func relative(number text: String, unit unitText: String, direction directionText: String, landmark: String?, verb: String?) -> LocationDescription? {
        guard let count = number(text), count > 0, let direction = Direction.parse(directionText) else { return nil }
        let word = unitText.lowercased()
        let unit: RelativeUnit
        if word.hasPrefix("pace") {
            unit = .paces
        } else if word.hasPrefix("step") {
            unit = .steps
        } else if word.hasPrefix("f") {
            unit = .feet
        } else if word.hasPrefix("y") {
            unit = .yards
        } else if word.hasPrefix("cig") {
            unit = .cigarettes
        } else if word.contains("walk") || verb?.lowercased() == "walk" {
            unit = .minutesWalking
        } else {
            return nil // "go east 5 minutes": minutes of what is not said
        }
        let trimmedLandmark = landmark?.trimmingCharacters(in: CharacterSet(charactersIn: " ,."))
        return .relative(count: count, unit: unit, direction: direction, landmark: trimmedLandmark?.isEmpty == false ? trimmedLandmark : nil)
    }

    /// Digits ("200", "15.7") or a number word from one to twenty ("a" and "an" are one).
    private static func number(_ text: String) -> Double? {
        if let value = Double(text) { return value }
        let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        let lower = text.lowercased()
        if lower == "a" || lower == "an" { return 1 }
        return words.firstIndex(of: lower).map { Double($0 + 1) }
    }
}

// MARK: - Patterns

extension LocationDescription {
    private enum Patterns {
        static let datum = expression(#"(?:DATUM\s*:?\s*)?\(?\b(?:NAD\s*-?\s*(?:19)?(27|83)|WGS\s*-?\s*(?:19)?84)\b\)?"#)

        /// `35.5054, -118.8880`, `Lat 35.5054 N Long 118.8880 W`, `N35.5054 W118.8880`. Latitude
        /// first; both with decimals.
        static let decimal = expression(
            #"^(?:LAT(?:ITUDE)?\.?\s*[:=]?\s*)?([NS])?\s*([+-]?\d{1,2}\.(\d+))\s*°?\s*([NS])?\s*[,;/]?\s*"#
                + #"(?:LONG?(?:ITUDE)?\.?\s*[:=]?\s*)?([EW])?\s*([+-]?\d{1,3}\.(\d+))\s*°?\s*([EW])?$"#
        )

        /// `35°30'19.4"N 118°53'16.6"W`, `35 30 19.4 N 118 53 16.6 W`, `N35-30-19.4 W118-53-16.6`,
        /// `35°30.323'N`. Latitude first.
        static let sexagesimal: NSRegularExpression = {
            func component(_ hemispheres: String) -> String {
                #"([\#(hemispheres)])?\s*([+-])?(\d{1,3})\s*(?:°|DEG\.?|D|-|\s)\s*(\d{1,2}(?:\.(\d+))?)\s*(?:'|MIN\.?|M|-|\s)?\s*"#
                    + #"(?:(\d{1,2}(?:\.(\d+))?)\s*(?:"|SEC\.?)?)?\s*([\#(hemispheres)])?"#
            }
            return expression(
                #"^(?:LAT(?:ITUDE)?\.?\s*[:=]?\s*)?"# + component("NS") + #"\s*[,;/]?\s*(?:LONG?(?:ITUDE)?\.?\s*[:=]?\s*)?"# + component("EW") + "$"
            )
        }()

        static let approximately = #"(?:(?:ABOUT|APPROX\.?|APPROXIMATELY|ROUGHLY|AROUND|SOME|~)\s*)?"#
        static let number = #"(\d+(?:\.\d+)?|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY|AN?)"#

        /// "15.7 miles NW of Midland, TX", "This well is to be located 7.6 miles in a SW direction from
        /// BRYAN which is the nearest town …". Groups: number, unit, direction, place, state.
        static let fromPlace: NSRegularExpression = {
            let states = (stateNames.keys.map { $0.replacingOccurrences(of: " ", with: #"\s+"#) } + stateNames.values).joined(separator: "|")
            return expression(
                #"^(?:THIS\s+WELL\s+IS\s+(?:TO\s+BE\s+)?(?:LOCATED\s+)?)?"# + approximately + number + #"\s*(MILES?|MI\.?|KILOMET(?:ER|RE)S?|KMS?\.?)\s+(.+?)\s+(?:OF|FROM)\s+(.+?)"#
                    + #"(?:,?\s+("# + states + #"))?(?:,?\s+WHICH\s+.*)?\s*\.?$"#,
                caseInsensitive: true
            )
        }()

        static let verb = #"(WALK|GO|HEAD|PACE(?:\s+OFF)?|STEP(?:\s+OFF)?)"#
        static let unit = #"(PACES?|STEPS?|FEET|FOOT|FT\.?|YARDS?|YDS?\.?|MINUTES?'?\s+(?:OF\s+)?WALK(?:ING)?|MINS?\.?\s+WALK(?:ING)?|CIGARETTES?'?(?:\s+WORTH)?|CIGS?|MINUTES?|MINS?\.?)"#
        /// "from the tank battery walk east about 200 paces".
        static let relativeFromLandmark = expression(
            #"^FROM\s+(.+?),?\s+"# + verb + #"\s+(.+?)\s+(?:FOR\s+)?"# + approximately + number + #"\s+"# + unit + #"\.?$"#,
            caseInsensitive: true
        )
        /// "about three cigarettes east of the battery", "walk 200 paces east".
        static let relativeCountFirst = expression(
            #"^(?:"# + verb + #"\s+)?"# + approximately + number + #"\s+"# + unit + #"\s+(?:TO\s+THE\s+)?(.+?)(?:\s+(?:OF|FROM)\s+(.+?))?\.?$"#,
            caseInsensitive: true
        )
        /// "walk east about three cigarettes' worth", "walk east 200 paces from the tank battery".
        static let relativeVerbFirst = expression(
            "^" + verb + #"\s+(.+?)\s+(?:FOR\s+)?"# + approximately + number + #"\s+"# + unit + #"(?:\s+(?:FROM|OF)\s+(.+?))?\.?$"#,
            caseInsensitive: true
        )

        private static func expression(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
            // The patterns are constants of this file; a typo is a programming error caught by the tests.
            try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        }
    }
}

// MARK: - Matching helpers shared with PLSSCall

extension NSRegularExpression {
    /// The capture groups of the first match (index 0 is the whole match; nil for a group that
    /// took no part), and where the match starts.
    func firstCaptures(in text: String) -> (values: [String?], start: String.Index)? {
        firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).map { Self.captures($0, in: text) }
    }

    /// The capture groups of every match, in order.
    func allCaptures(in text: String) -> [(values: [String?], start: String.Index)] {
        matches(in: text, range: NSRange(text.startIndex..., in: text)).map { Self.captures($0, in: text) }
    }

    private static func captures(_ match: NSTextCheckingResult, in text: String) -> (values: [String?], start: String.Index) {
        let values = (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
        return (values, Range(match.range, in: text)!.lowerBound)
    }
}
