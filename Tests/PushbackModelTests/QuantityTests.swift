import PushbackModel
import Testing

@Suite("Quantities with units")
struct QuantityTests {
    @Test("distances parse in feet, miles, metres and kilometres", arguments: [
        ("3,200 ft", 975.36), ("3200 feet", 975.36), ("1 mi", 1609.344), ("975.36 m", 975.36), ("0.2 km", 200), ("600'", 182.88),
    ])
    func distances(text: String, meters: Double) throws {
        #expect(abs(try Distance(parsing: text).meters - meters) < 1e-9)
    }

    @Test("pressures parse as gauge unless absolute", arguments: [
        ("340 psi", 340.0, false), ("340 psig", 340.0, false), ("14.7 psia", 14.7, true), ("100 kPa", 14.503773773, false), ("1 bar", 14.503773773, false),
    ])
    func pressures(text: String, psi: Double, isAbsolute: Bool) throws {
        let pressure = try Pressure(parsing: text)
        #expect(abs(pressure.psi - psi) < 1e-6)
        #expect(pressure.isAbsolute == isAbsolute)
    }

    @Test("volumes parse in barrels and Mcf")
    func volumes() throws {
        #expect(abs(try Volume(parsing: "1 bbl").cubicMeters - 0.158987294928) < 1e-12)
        #expect(abs(try Volume(parsing: "2 Mcf").thousandCubicFeet - 2) < 1e-12)
        #expect(abs(try Volume(parsing: "42 gal").barrels - 1) < 1e-9)
    }

    @Test("a number without a known unit is an error", arguments: ["3200", "ft", "12 furlongs", "3 psi-ish"])
    func rejects(text: String) {
        #expect(throws: QuantityError.self) { try Distance(parsing: text) }
    }

    @Test("distances print in both units")
    func description() {
        #expect("\(Distance.feet(3200))" == "975 m (3,200 ft)")
        #expect("\(Distance.meters(5.25))" == "5.3 m (17 ft)")
    }
}
