import Foundation
import PushbackGeodesy
import Testing
import TestSupport

@Suite("PROJ wrapper")
struct GeodesyTests {
    /// Rows computed with the independent `geographiclib` Python package
    /// (scripts/fixtures/make_geodesic_reference.py).
    static let reference: [[String]] = {
        let text = (try? String(contentsOf: Fixtures.url("geodesic-reference.csv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    }()

    @Test("the reference fixture is present")
    func fixturePresent() {
        #expect(Self.reference.count == 145)
    }

    @Test("inverse distances match geographiclib to 1 mm and azimuths to 1e-7°")
    func inverseMatchesReference() throws {
        let rows = Self.reference.filter { $0[0] == "inverse" }
        #expect(rows.count > 50)
        for row in rows {
            let v = row.dropFirst().map { Double($0)! }
            let result = Geodesic.wgs84.inverse(latitude1: v[0], longitude1: v[1], latitude2: v[2], longitude2: v[3])
            #expect(abs(result.distance - v[4]) < 0.001, "row \(row)")
            if v[4] > 1 {
                #expect(angleDifference(result.initialAzimuth, v[5]) < 1e-7, "row \(row)")
                #expect(angleDifference(result.finalAzimuth, v[6]) < 1e-7, "row \(row)")
            }
        }
    }

    @Test("direct solutions land within 1 mm of geographiclib's")
    func directMatchesReference() throws {
        let rows = Self.reference.filter { $0[0] == "direct" }
        #expect(rows.count > 50)
        for row in rows {
            let v = row.dropFirst().map { Double($0)! }
            let result = Geodesic.wgs84.direct(latitude: v[0], longitude: v[1], azimuth: v[2], distance: v[3])
            let miss = Geodesic.wgs84.distance(latitude1: result.latitude, longitude1: result.longitude, latitude2: v[4], longitude2: v[5])
            #expect(miss < 0.001, "row \(row)")
        }
    }

    @Test("3,200 ft is 975.36 m and a 975.36 m direct step comes back as 975.36 m at high latitude")
    func roundTripAtSetbackScale() {
        let end = Geodesic.wgs84.direct(latitude: 70.3, longitude: -148.7, azimuth: 37, distance: 975.36)
        let back = Geodesic.wgs84.distance(latitude1: 70.3, longitude1: -148.7, latitude2: end.latitude, longitude2: end.longitude)
        #expect(abs(back - 975.36) < 1e-6)
    }

    @Test("UTM zone 13N (EPSG:26913) reprojects to WGS84 as ECMC's own coordinates say")
    func utm13ToWGS84() throws {
        // ECMC orphan well 125-11325: geometry POINT (729588.7698 4473970.2038), Latitude 40.38471, Longitude -102.29526.
        let transformer = try CoordinateTransformer(source: "EPSG:26913", target: "EPSG:4326")
        let point = try transformer.transform(x: 729_588.769_803_564_5, y: 4_473_970.203_784_873)
        #expect(abs(point.y - 40.38471) < 0.00001)
        #expect(abs(point.x - -102.29526) < 0.00001)
    }

    @Test("an unknown CRS is a clear error")
    func unknownCRS() {
        #expect(throws: ProjectionError.self) { _ = try CoordinateTransformer(source: "EPSG:999999", target: "EPSG:4326") }
    }

    private func angleDifference(_ a: Double, _ b: Double) -> Double {
        let d = abs(a - b).truncatingRemainder(dividingBy: 360)
        return min(d, 360 - d)
    }
}
