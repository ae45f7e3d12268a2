/// A volume, stored in cubic metres: barrels of liquid, thousands of cubic feet of gas.
public struct Volume: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var cubicMeters: Double

    public init(cubicMeters: Double) { self.cubicMeters = cubicMeters }

    /// US oil barrels (42 US gallons).
    public static func barrels(_ value: Double) -> Volume { Volume(cubicMeters: value * 0.158_987_294_928) }
    /// Thousand cubic feet (Mcf), the unit gas is reported in.
    public static func thousandCubicFeet(_ value: Double) -> Volume { Volume(cubicMeters: value * 28.316_846_592) }
    public static func gallons(_ value: Double) -> Volume { Volume(cubicMeters: value * 0.003_785_411_784) }

    public var barrels: Double { cubicMeters / 0.158_987_294_928 }
    public var thousandCubicFeet: Double { cubicMeters / 28.316_846_592 }

    public static func < (lhs: Volume, rhs: Volume) -> Bool { lhs.cubicMeters < rhs.cubicMeters }

    public var description: String { "\(Quantity.format(barrels, decimals: 1)) bbl" }

    /// Parses `120 bbl`, `3.5 Mcf`, `42 gal`, `1.2 m3`.
    public init(parsing text: String) throws(QuantityError) {
        let (value, unit) = try Quantity.split(text)
        switch unit {
        case "bbl", "bbls", "barrel", "barrels": self = .barrels(value)
        case "mcf": self = .thousandCubicFeet(value)
        case "gal", "gallon", "gallons": self = .gallons(value)
        case "m3", "m³", "cubic meters": self = Volume(cubicMeters: value)
        default: throw QuantityError(text: text, reason: "\"\(unit)\" is not a unit of volume (bbl, Mcf, gal, m3)")
        }
    }
}
