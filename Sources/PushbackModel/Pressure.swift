/// A pressure, stored in psi. Oilfield readings are gauge pressures (psig) unless a source says
/// absolute; `isAbsolute` records which, so a comparison can refuse to mix them.
public struct Pressure: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var psi: Double
    public var isAbsolute: Bool

    public init(psi: Double, isAbsolute: Bool = false) {
        self.psi = psi
        self.isAbsolute = isAbsolute
    }

    public static func psig(_ value: Double) -> Pressure { Pressure(psi: value) }
    public static func kilopascals(_ value: Double, isAbsolute: Bool = false) -> Pressure {
        Pressure(psi: value / 6.894_757_293_168, isAbsolute: isAbsolute)
    }
    public static func bar(_ value: Double, isAbsolute: Bool = false) -> Pressure {
        Pressure(psi: value * 14.503_773_773_022, isAbsolute: isAbsolute)
    }

    public var kilopascals: Double { psi * 6.894_757_293_168 }

    public static func < (lhs: Pressure, rhs: Pressure) -> Bool { lhs.psi < rhs.psi }

    public var description: String { "\(Quantity.format(psi, decimals: psi < 10 ? 1 : 0)) \(isAbsolute ? "psia" : "psig")" }

    /// Parses `340 psi`, `340 psig`, `14.7 psia`, `2,350 kPa`, `12 bar`.
    public init(parsing text: String) throws(QuantityError) {
        let (value, unit) = try Quantity.split(text)
        switch unit {
        case "psi", "psig", "#": self = .psig(value)
        case "psia": self = Pressure(psi: value, isAbsolute: true)
        case "kpa", "kpag": self = .kilopascals(value)
        case "kpaa": self = .kilopascals(value, isAbsolute: true)
        case "bar", "barg": self = .bar(value)
        default: throw QuantityError(text: text, reason: "\"\(unit)\" is not a unit of pressure (psi, psig, psia, kPa, bar)")
        }
    }
}
