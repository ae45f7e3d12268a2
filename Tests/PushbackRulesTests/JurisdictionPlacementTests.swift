import PushbackModel
import PushbackRules
import Testing
import TestSupport

@Suite("Jurisdiction placement by boundary polygons")
struct JurisdictionPlacementTests {
    static let catalog = try! JurisdictionCatalog.load(directory: Fixtures.repository("jurisdictions").path)

    func well(_ api: String, _ latitude: Double, _ longitude: Double, uncertainty: Double = 10) -> Well {
        Well(api: try! APIWellNumber.parse(api), status: .idle, rawStatus: "idle",
             location: Location(point: GeoPoint(latitude: latitude, longitude: longitude)!, uncertainty: .meters(uncertainty), basis: "test"),
             provenance: Evidence(source: SourceReference(sha256: "x", path: "x.csv"), line: 2, quote: api))
    }

    @Test("a Signal Hill well is in Signal Hill → Los Angeles County → California → United States")
    func signalHill() {
        let placement = Self.catalog.placement(for: well("0403712345", 33.8046, -118.1676))
        #expect(placement.chain == ["us-ca-signal-hill", "us-ca-los-angeles", "us-ca", "us"])
        #expect(placement.basis == .boundaries)
        #expect(placement.ambiguous.isEmpty)
        #expect(Self.catalog.describe(placement.chain) == "City of Signal Hill → Los Angeles County → California → United States")
        #expect(Self.catalog.jurisdictions["us-ca-signal-hill"]?.boundary?.isApproximate == true)
    }

    @Test("a Kern well is in California; an offshore well falls back to its API state code")
    func fallback() {
        #expect(Self.catalog.placement(for: well("0402900741", 35.35693741, -119.05999756)).chain == ["us-ca", "us"])
        let offshore = Self.catalog.placement(for: well("0428304784", 34.3, -119.9))
        #expect(offshore.chain == ["us-ca", "us"])
        #expect(offshore.basis == .apiStateCode)
        // New Mexico (API 30) has no jurisdiction file: its wells still answer to the federal rules.
        let newMexico = Self.catalog.placement(for: Well(api: try! APIWellNumber.parse("30-015-12345"), status: .shutIn, rawStatus: "SI", location: nil,
                                                          provenance: Evidence(source: SourceReference(sha256: "x", path: "x.csv"), line: 2, quote: "30-015-12345")))
        #expect(newMexico.chain == ["us"] && newMexico.basis == .apiStateCode)
    }

    @Test("a well whose uncertainty circle crosses a city line is ambiguous for that city")
    func ambiguous() {
        // Two wells on either side of Signal Hill's northern edge, 800 m of uncertainty.
        let placement = Self.catalog.placement(for: well("0403712345", 33.8046, -118.1676, uncertainty: 800))
        #expect(placement.ambiguous.contains("us-ca-signal-hill"))
    }
}
