/// A length, stored in metres. Rules state distances in feet or miles; geodesics give metres.
public struct Distance: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var meters: Double

    public init(meters: Double) { self.meters = meters }

    public static func meters(_ value: Double) -> Distance { Distance(meters: value) }
    /// International feet (exactly 0.3048 m).
    public static func feet(_ value: Double) -> Distance { Distance(meters: value * 0.3048) }
    /// International miles (exactly 1,609.344 m).
    public static func miles(_ value: Double) -> Distance { Distance(meters: value * 1_609.344) }
    public static func kilometers(_ value: Double) -> Distance { Distance(meters: value * 1_000) }

    public var feet: Double { meters / 0.3048 }
    public var miles: Double { meters / 1_609.344 }

    public static func < (lhs: Distance, rhs: Distance) -> Bool { lhs.meters < rhs.meters }
    public static func + (lhs: Distance, rhs: Distance) -> Distance { Distance(meters: lhs.meters + rhs.meters) }
    public static func - (lhs: Distance, rhs: Distance) -> Distance { Distance(meters: lhs.meters - rhs.meters) }

    /// Both units, as a report shows it: `812 m (2,664 ft)`.
    public var description: String { "\(Quantity.format(meters, decimals: meters < 10 ? 1 : 0)) m (\(Quantity.format(feet, decimals: 0)) ft)" }

    /// Parses `3,200 ft`, `3200 feet`, `0.6 mi`, `975.36 m`, `1 km`.
    public init(parsing text: String) throws(QuantityError) {
        let (value, unit) = try Quantity.split(text)
        switch unit {
        case "m", "meter", "meters", "metre", "metres": self = .meters(value)
        case "ft", "foot", "feet", "'": self = .feet(value)
        case "mi", "mile", "miles": self = .miles(value)
        case "km", "kilometer", "kilometers", "kilometre", "kilometres": self = .kilometers(value)
        default: throw QuantityError(text: text, reason: "\"\(unit)\" is not a unit of distance (m, ft, mi, km)")
        }
    }
}
