import Foundation

/// A Public Land Survey System legal description: aliquot parts or a lot, section, township,
/// range, principal meridian and footage calls, e.g. `NWNW Sec 16 T9N R60W 6th PM, 700' FNL & 700' FWL`.
///
/// Only what the text states is kept; nothing is inferred here (a missing meridian stays nil).
/// Texas block/survey/abstract descriptions ("Sec 12, Blk 40, T-2-S, T&P RR Co Survey") are not
/// PLSS and are refused.
public struct PLSSCall: Sendable, Hashable, CustomStringConvertible {
    /// A principal meridian whose initial point `PLSSApproximation` knows.
    ///
    /// The Fourth Principal Meridian is left out on purpose: it has two initial points (Illinois,
    /// 1815, and Wisconsin, 1831) and the text alone does not say which one governs.
    public enum Meridian: String, Sendable, Hashable, Codable, CaseIterable {
        case third, fifth, sixth, michigan, louisiana, stHelena, indian, cimarron, blackHills, windRiver
        case saltLake, uintah, boise, montana, ute, newMexico, navajo, gilaAndSaltRiver, sanBernardino
        case mountDiablo, humboldt, willamette

        /// The meridian's usual name, e.g. "Sixth Principal Meridian".
        public var name: String {
            switch self {
            case .third: "Third Principal Meridian"
            case .fifth: "Fifth Principal Meridian"
            case .sixth: "Sixth Principal Meridian"
            case .michigan: "Michigan Meridian"
            case .louisiana: "Louisiana Meridian"
            case .stHelena: "St. Helena Meridian"
            case .indian: "Indian Meridian"
            case .cimarron: "Cimarron Meridian"
            case .blackHills: "Black Hills Meridian"
            case .windRiver: "Wind River Meridian"
            case .saltLake: "Salt Lake Meridian"
            case .uintah: "Uintah Special Meridian"
            case .boise: "Boise Meridian"
            case .montana: "Principal Meridian Montana"
            case .ute: "Ute Meridian"
            case .newMexico: "New Mexico Principal Meridian"
            case .navajo: "Navajo Meridian"
            case .gilaAndSaltRiver: "Gila and Salt River Meridian"
            case .sanBernardino: "San Bernardino Meridian"
            case .mountDiablo: "Mount Diablo Meridian"
            case .humboldt: "Humboldt Meridian"
            case .willamette: "Willamette Meridian"
            }
        }
    }

    /// North or south of the base line.
    public enum TownshipDirection: String, Sendable, Hashable, Codable {
        case north = "N", south = "S"
    }

    /// East or west of the principal meridian.
    public enum RangeDirection: String, Sendable, Hashable, Codable {
        case east = "E", west = "W"
    }

    /// One aliquot part: a quarter (NE, NW, SE, SW) or a half (N, S, E, W) of what follows it.
    public enum AliquotPart: String, Sendable, Hashable, Codable {
        case northeastQuarter = "NE", northwestQuarter = "NW", southeastQuarter = "SE", southwestQuarter = "SW"
        case northHalf = "N2", southHalf = "S2", eastHalf = "E2", westHalf = "W2"
    }

    /// A section line a footage call is measured from.
    public enum SectionLine: String, Sendable, Hashable, Codable {
        case north = "N", south = "S", east = "E", west = "W"
    }

    /// "700 feet from the north line": a distance in US survey feet, perpendicular to a section line.
    public struct FootageCall: Sendable, Hashable, Codable {
        public var feet: Double
        public var line: SectionLine

        public init(feet: Double, line: SectionLine) {
            self.feet = feet
            self.line = line
        }
    }

    /// Why a text that looks like a PLSS description cannot be read as one.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var text: String
        public var reason: String
        public var description: String { "\"\(text)\": \(reason)" }
    }

    /// Aliquot parts as written, left to right ("NE/4 SW/4" is `[.northeastQuarter, .southwestQuarter]`:
    /// the NE quarter of the SW quarter). Empty when none is given.
    public var aliquots: [AliquotPart]
    /// A government lot number ("Lot 3"), nil when none is given.
    public var lot: Int?
    /// 1–36, numbered back and forth from the township's north-east corner.
    public var section: Int
    public var township: Int
    public var townshipDirection: TownshipDirection
    public var range: Int
    public var rangeDirection: RangeDirection
    /// Nil when the text names no meridian.
    public var meridian: Meridian?
    /// The call from the north or south line, if any.
    public var northSouthFootage: FootageCall?
    /// The call from the east or west line, if any.
    public var eastWestFootage: FootageCall?

    public init(
        aliquots: [AliquotPart] = [], lot: Int? = nil, section: Int, township: Int, townshipDirection: TownshipDirection,
        range: Int, rangeDirection: RangeDirection, meridian: Meridian?, northSouthFootage: FootageCall? = nil,
        eastWestFootage: FootageCall? = nil
    ) {
        self.aliquots = aliquots
        self.lot = lot
        self.section = section
        self.township = township
        self.townshipDirection = townshipDirection
        self.range = range
        self.rangeDirection = rangeDirection
        self.meridian = meridian
        self.northSouthFootage = northSouthFootage
        self.eastWestFootage = eastWestFootage
    }

    /// The call written canonically: `NWNW Sec 16 T9N R60W Sixth Principal Meridian, 700 FNL 700 FWL`.
    public var description: String {
        var parts: [String] = []
        if let lot { parts.append("Lot \(lot)") }
        if !aliquots.isEmpty { parts.append(aliquots.map(\.rawValue).joined()) }
        parts.append("Sec \(section) T\(township)\(townshipDirection.rawValue) R\(range)\(rangeDirection.rawValue)")
        if let meridian { parts.append(meridian.name) }
        var text = parts.joined(separator: " ")
        let calls = [northSouthFootage, eastWestFootage].compactMap { $0 }
        if !calls.isEmpty {
            text += ", " + calls.map { "\(Self.format($0.feet)) F\($0.line.rawValue)L" }.joined(separator: " ")
        }
        return text
    }

    private static func format(_ feet: Double) -> String {
        feet == feet.rounded() ? String(Int(feet)) : String(feet)
    }
}

// MARK: - Parsing

extension PLSSCall {
    /// Reads a PLSS description from free text.
    ///
    /// Returns nil when the text has no section, township or range at all (it is not a PLSS
    /// description); throws when it has some of them but cannot be read unambiguously: a part is
    /// missing, stated twice differently, out of range, or the text is a Texas block/survey
    /// description.
    public static func parse(_ text: String) throws(ParseError) -> PLSSCall? {
        let upper = normalized(text)
        let townships = Patterns.township.allCaptures(in: upper)
        let ranges = Patterns.range.allCaptures(in: upper)
        let keywordSection = Patterns.section.firstCaptures(in: upper) ?? Patterns.compactSection.firstCaptures(in: upper)
        let bare = Patterns.bareSectionTownshipRange.firstCaptures(in: upper)
        if townships.isEmpty, ranges.isEmpty, keywordSection == nil, bare == nil { return nil }
        let fail = { (reason: String) in ParseError(text: text, reason: reason) }
        if Patterns.texasSurvey.firstCaptures(in: upper) != nil {
            throw fail("a Texas block/survey/abstract description, not PLSS; it needs the survey's own map")
        }

        let section: Int, township: Int, range: Int
        let townshipLetter: String, rangeLetter: String
        let sectionStart: String.Index
        if let keywordSection, !townships.isEmpty, !ranges.isEmpty {
            let townshipsStated = Set(townships.map { "\($0.values[1]!)\($0.values[2]!.prefix(1))" })
            let rangesStated = Set(ranges.map { "\($0.values[1]!)\($0.values[2]!.prefix(1))" })
            guard townshipsStated.count == 1, rangesStated.count == 1 else {
                throw fail("more than one township or range is stated")
            }
            section = Int(keywordSection.values[1]!)!
            sectionStart = keywordSection.start
            township = Int(townships[0].values[1]!)!
            townshipLetter = townships[0].values[2]!
            range = Int(ranges[0].values[1]!)!
            rangeLetter = ranges[0].values[2]!
        } else if let bare {
            section = Int(bare.values[1]!)!
            sectionStart = bare.start
            township = Int(bare.values[2]!)!
            townshipLetter = bare.values[3]!
            range = Int(bare.values[4]!)!
            rangeLetter = bare.values[5]!
        } else {
            let missing = [keywordSection == nil ? "section" : nil, townships.isEmpty ? "township" : nil, ranges.isEmpty ? "range" : nil]
            throw fail("no \(missing.compactMap { $0 }.joined(separator: " or ")) is stated")
        }
        guard (1...36).contains(section) else { throw fail("section \(section) is not 1–36") }
        guard (1...250).contains(township), (1...250).contains(range) else {
            throw fail("township \(township) or range \(range) is outside 1–250")
        }

        let (aliquots, lot) = try aliquotsAndLot(before: sectionStart, in: upper, text: text)
        let footage = try footageCalls(in: upper, text: text)
        return PLSSCall(
            aliquots: aliquots, lot: lot, section: section, township: township,
            townshipDirection: townshipLetter.hasPrefix("N") ? .north : .south,
            range: range, rangeDirection: rangeLetter.hasPrefix("E") ? .east : .west,
            meridian: try meridian(in: upper, text: text),
            northSouthFootage: footage.northSouth, eastWestFootage: footage.eastWest
        )
    }

    /// Upper case, with fraction signs, quotes and dashes written one way.
    private static func normalized(_ text: String) -> String {
        var upper = text.uppercased()
        for (from, to) in [("¼", "/4"), ("½", "/2"), (" 1/4", "/4"), (" 1/2", "/2"), ("’", "'"), ("′", "'"), ("–", "-"), ("—", "-")] {
            upper = upper.replacingOccurrences(of: from, with: to)
        }
        return upper
    }

    /// Aliquot parts and lot written just before the section: the words before it are read from
    /// the right while each one is made of aliquot parts, "LOT n", "OF", "THE", "IN" or a section
    /// keyword (before `12-20S-28E`).
    private static func aliquotsAndLot(before end: String.Index, in upper: String, text: String) throws(ParseError) -> ([AliquotPart], Int?) {
        let prefix = upper[..<end].replacingOccurrences(of: "LOT ", with: "LOT")
        let words = prefix.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" }).reversed()
        var groups: [[AliquotPart]] = []
        var lot: Int?
        for word in words {
            if ["OF", "THE", "IN", "SEC", "SEC.", "SECTION"].contains(word) { continue }
            if word.hasPrefix("LOT"), let number = Int(word.dropFirst(3)), lot == nil {
                lot = number
                continue
            }
            guard let parts = aliquotParts(word) else { break }
            groups.insert(parts, at: 0)
        }
        let aliquots = groups.flatMap { $0 }
        if lot != nil, !aliquots.isEmpty {
            throw ParseError(text: text, reason: "both a lot and aliquot parts are given before the section")
        }
        return (aliquots, lot)
    }

    /// Splits a word such as `NWNW`, `NW/4NW/4`, `N/2NE/4` or `E2` into parts; nil if it is not
    /// entirely aliquot parts.
    private static func aliquotParts(_ word: Substring) -> [AliquotPart]? {
        var parts: [AliquotPart] = []
        var rest = word
        while !rest.isEmpty {
            let two = String(rest.prefix(2))
            if ["NE", "NW", "SE", "SW"].contains(two) {
                parts.append(AliquotPart(rawValue: two)!)
                rest = rest.dropFirst(2)
                if rest.hasPrefix("/4") { rest = rest.dropFirst(2) }
                continue
            }
            guard let letter = rest.first, "NSEW".contains(letter) else { return nil }
            let afterLetter = rest.dropFirst()
            let suffix: Int
            if afterLetter.hasPrefix("/2") {
                suffix = 2
            } else if afterLetter.hasPrefix("2") {
                suffix = 1
            } else {
                return nil
            }
            parts.append(AliquotPart(rawValue: "\(letter)2")!)
            rest = afterLetter.dropFirst(suffix)
        }
        return parts.isEmpty ? nil : parts
    }

    /// Footage calls, at most one from a north/south line and one from an east/west line.
    private static func footageCalls(in upper: String, text: String) throws(ParseError) -> (northSouth: FootageCall?, eastWest: FootageCall?) {
        var calls: [FootageCall] = []
        for match in Patterns.footageAbbreviated.allCaptures(in: upper) + Patterns.footageWords.allCaptures(in: upper) {
            let feet = Double(match.values[1]!)!
            let line = SectionLine(rawValue: String(match.values[2]!.prefix(1)))!
            guard feet <= 5_280 else {
                throw ParseError(text: text, reason: "the footage call \(match.values[0]!) is more than a section's width (5,280 ft)")
            }
            calls.append(FootageCall(feet: feet, line: line))
        }
        let northSouth = calls.filter { $0.line == .north || $0.line == .south }
        let eastWest = calls.filter { $0.line == .east || $0.line == .west }
        guard northSouth.count <= 1, eastWest.count <= 1 else {
            throw ParseError(text: text, reason: "more than one footage call from a north/south or east/west line")
        }
        return (northSouth.first, eastWest.first)
    }

    /// The meridian named in the text; nil when none is; throws when two differ or one without an
    /// initial point in the table is named.
    private static func meridian(in upper: String, text: String) throws(ParseError) -> Meridian? {
        if let other = Patterns.unsupportedMeridian.firstCaptures(in: upper) {
            throw ParseError(
                text: text,
                reason: "\(other.values[0]!) is not in the initial-point table (the Fourth has two initial points; the First and Second govern no oil and gas area here)"
            )
        }
        let found = Set(Patterns.meridians.filter { $0.expression.firstCaptures(in: upper) != nil }.map(\.meridian))
        guard found.count <= 1 else {
            throw ParseError(text: text, reason: "more than one meridian is named (\(found.map(\.name).sorted().joined(separator: ", ")))")
        }
        return found.first
    }

    /// The regular expressions, over the upper-cased, normalized text.
    private enum Patterns {
        static let township = expression(#"(?<![A-Z])T(?:WP|OWNSHIP)?\.?\s*-?\s*(\d{1,3})\s*-?\s*(NORTH|SOUTH|N|S)(?![A-QS-Z])\.?"#)
        static let range = expression(#"(?:(?<![A-Z])|(?<=\d[NS]))R(?:GE|ANGE)?\.?\s*-?\s*(\d{1,3})\s*-?\s*(EAST|WEST|E|W)(?![A-Z])\.?"#)
        static let section = expression(#"(?<![A-Z])SEC(?:TION|\.)?\s*-?\s*(\d{1,2})(?![\d.])"#)
        /// `S16-T9N-R60W`: a bare S only directly before a township.
        static let compactSection = expression(#"(?<![A-Z/])S(\d{1,2})(?=\s*[-,]?\s*T\s*-?\s*\d)"#)
        /// `16-9N-60W`, `16 8N 60W`.
        static let bareSectionTownshipRange = expression(#"(?<![\d.])(\d{1,2})\s*[- ]\s*(\d{1,3})\s*-?\s*(N|S)\s*[- ]\s*(\d{1,3})\s*-?\s*(E|W)(?![A-Z])"#)
        static let texasSurvey = expression(#"(?<![A-Z])(?:BLK|BLOCK|ABST|ABSTRACT|A-\d+|RR\s+CO|RY\s+CO)(?![A-Z])"#)
        /// `700' FNL`, `700 FT FNL`, `700FNL`.
        static let footageAbbreviated = expression(#"(?<![\d.])(\d{1,5}(?:\.\d+)?)\s*(?:'|FT\.?|FEET)?\s*F([NSEW])L(?![A-Z])"#)
        /// `700 feet from the north line`, `700' from the north section line`.
        static let footageWords = expression(#"(?<![\d.])(\d{1,5}(?:\.\d+)?)\s*(?:'|FT\.?|FEET)\s*FROM\s+(?:THE\s+)?(NORTH|SOUTH|EAST|WEST)(?:\s+SECTION)?\s+LINE"#)
        static let unsupportedMeridian = expression(#"(?<![A-Z\d])(?:1ST|2ND|4TH|FIRST|SECOND|FOURTH)\s*(?:PRINCIPAL\s+MERIDIAN|P\.?\s*M\.?(?![A-Z]))"#)

        /// A meridian's name must be followed by "Meridian", "PM" or "B&M"; abbreviations such as
        /// NMPM, MDB&M or SBM stand alone. Two-letter codes (IM, CM, SB, MD) are not accepted
        /// in free text: they are too easily something else.
        static let meridians: [(meridian: Meridian, expression: NSRegularExpression)] = {
            let suffix = #"\s*(?:PRINCIPAL\s+MERIDIAN|SPECIAL\s+MERIDIAN|BASE\s*(?:&|AND)\s*MERIDIAN|MERIDIAN|P\.?\s*M\.?(?![A-Z])|B\.?\s*(?:&|AND)\s*M\.?(?![A-Z]))"#
            let baseAndMeridian = #"\.?\s?(?:B\.?\s?(?:&|AND)?\s?)?M\.?(?![A-Z])"#
            let named: [(Meridian, String)] = [
                (.third, #"(?:3(?:RD)?|THIRD)"#), (.fifth, #"(?:5(?:TH)?|FIFTH)"#), (.sixth, #"(?:6(?:TH)?|SIXTH)"#),
                (.michigan, "MICHIGAN"), (.louisiana, "LOUISIANA"), (.stHelena, #"(?:ST\.?|SAINT)\s+HELENA"#),
                (.indian, "INDIAN"), (.cimarron, "CIMARRON"), (.blackHills, #"BLACK\s+HILLS"#), (.windRiver, #"WIND\s+RIVER"#),
                (.saltLake, #"SALT\s+LAKE"#), (.uintah, "UINTAH?"), (.boise, "BOISE"), (.montana, "MONTANA"), (.ute, "UTE"),
                (.newMexico, #"NEW\s+MEXICO"#), (.navajo, "NAVAJO"), (.gilaAndSaltRiver, #"GILA\s+(?:AND|&)\s+SALT\s+RIVER"#),
                (.sanBernardino, #"SAN\s+BERNARDINO"#), (.mountDiablo, #"(?:MOUNT|MT\.?)\s+DIABLO"#), (.humboldt, "HUMBOLDT"),
                (.willamette, "WILLAMETTE"),
            ]
            let abbreviated: [(Meridian, String)] = [
                (.newMexico, #"N\.?\s?M\.?\s?P\.?\s?M\.?(?![A-Z])"#), (.mountDiablo, #"M\.?\s?D"# + baseAndMeridian),
                (.sanBernardino, #"S\.?\s?B"# + baseAndMeridian), (.humboldt, #"H\.?\s?B\.?\s?(?:&|AND)\s?M\.?(?![A-Z])"#),
                (.saltLake, #"S\.?\s?L"# + baseAndMeridian), (.blackHills, #"B\.?\s?H\.?\s?M\.?(?![A-Z])"#),
                (.windRiver, #"W\.?\s?R\.?\s?M\.?(?![A-Z])"#), (.gilaAndSaltRiver, #"G\.?\s?(?:&|AND)?\s?S\.?\s?R"# + baseAndMeridian),
                (.montana, #"P\.?\s?M\.?\s?M\.?(?![A-Z])"#), (.uintah, #"U\.?\s?S\.?\s?M\.?(?![A-Z])"#),
            ]
            return named.map { ($0.0, expression(#"(?<![A-Z\d])"# + $0.1 + suffix)) }
                + abbreviated.map { ($0.0, expression(#"(?<![A-Z\d])"# + $0.1)) }
        }()

        private static func expression(_ pattern: String) -> NSRegularExpression {
            // The patterns are constants of this file; a typo is a programming error caught by the tests.
            try! NSRegularExpression(pattern: pattern)
        }
    }
}
