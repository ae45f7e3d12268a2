import Foundation
import PushbackGeo
import Testing
import TestSupport

@Suite("Polygons and point-in-polygon")
struct PolygonTests {
    /// A square with a square hole, and a separate L-shaped polygon, as GeoJSON text.
    static let geoJSON = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"name":"Donut"},"geometry":{"type":"Polygon","coordinates":[
           [[-119.2,35.2],[-118.8,35.2],[-118.8,35.6],[-119.2,35.6],[-119.2,35.2]],
           [[-119.1,35.3],[-119.1,35.5],[-118.9,35.5],[-118.9,35.3],[-119.1,35.3]]]}},
         {"type":"Feature","properties":{"name":"Nowhere"},"geometry":null},
         {"type":"Feature","properties":{"label":"Twin"},"geometry":{"type":"MultiPolygon","coordinates":[
           [[[-118.0,35.0],[-117.8,35.0],[-117.8,35.1],[-118.0,35.1],[-118.0,35.0]]],
           [[[-117.6,35.0],[-117.4,35.0],[-117.4,35.4],[-117.5,35.4],[-117.5,35.1],[-117.6,35.1],[-117.6,35.0]]]]}}
        ]}
        """

    func index() throws -> (PolygonIndex, GeoJSONReader.Result) {
        let result = try GeoJSONReader.read(data: Data(Self.geoJSON.utf8), file: "test.geojson")
        return (PolygonIndex(boundaries: result.boundaries), result)
    }

    @Test("holes, multipolygons and null geometries")
    func basics() throws {
        let (index, result) = try index()
        #expect(result.boundaries.map(\.name) == ["Donut", "Twin"])
        #expect(result.warnings == ["test.geojson: feature 1 (Nowhere) has no geometry (null); skipped, so nothing is placed inside it"])
        #expect(index.containing(latitude: 35.25, longitude: -119.0) == [0])
        #expect(index.containing(latitude: 35.4, longitude: -119.0).isEmpty, "inside the hole")
        #expect(index.containing(latitude: 35.05, longitude: -117.9) == [1])
        #expect(index.containing(latitude: 35.3, longitude: -117.45) == [1], "the L's upright")
        #expect(index.containing(latitude: 35.3, longitude: -117.55).isEmpty, "the L's notch")
        #expect(index.containing(latitude: 40, longitude: -100).isEmpty)
    }

    @Test("the index agrees with a direct even–odd test on 20,000 random points")
    func matchesDirectTest() throws {
        let (index, result) = try index()
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return Double(state >> 11) / Double(1 << 53)
        }
        for _ in 0..<20_000 {
            let lat = 34.9 + next() * 0.8, lon = -119.3 + next() * 2.0
            var expected: [Int] = []
            for (number, boundary) in result.boundaries.enumerated() where boundary.polygons.contains(where: { Self.evenOdd($0, lon, lat) }) {
                expected.append(number)
            }
            #expect(index.containing(latitude: lat, longitude: lon) == expected, "(\(lat), \(lon))")
        }
    }

    static func evenOdd(_ polygon: Polygon, _ x: Double, _ y: Double) -> Bool {
        var inside = false
        for ring in polygon.rings {
            for i in 0..<ring.edgeCount {
                let (ax, ay, bx, by) = (ring.longitudes[i], ring.latitudes[i], ring.longitudes[i + 1], ring.latitudes[i + 1])
                if (ay > y) != (by > y), x < ax + (y - ay) * (bx - ax) / (by - ay) { inside.toggle() }
            }
        }
        return inside
    }

    @Test("a point within its uncertainty radius of a boundary is ambiguous for that boundary")
    func ambiguity() throws {
        let (index, _) = try index()
        // 0.002° of longitude at 35.4° N is about 181 m from the Donut's west edge.
        let near = index.placement(latitude: 35.4, longitude: -119.198, uncertainty: 250)
        #expect(near.inside == [0] && near.ambiguous == [0])
        let far = index.placement(latitude: 35.4, longitude: -119.198, uncertainty: 100)
        #expect(far.inside == [0] && far.ambiguous.isEmpty)
        let outside = index.placement(latitude: 35.4, longitude: -119.203, uncertainty: 400)
        #expect(outside.inside.isEmpty && outside.ambiguous == [0], "outside but possibly inside")
    }

    @Test("invalid rings are clear errors naming feature, polygon and ring", arguments: [
        (#"[[[-119,35],[-118,35],[-118,36]]]"#, "polygon 0 ring 0 has 3 positions"),
        (#"[[[-119,35],[-118,35],[-118,36],[-119,36]]]"#, "polygon 0 ring 0 is not closed"),
        (#"[[[-119,35],[-118,35],[-118,36],[-119,95],[-119,35]]]"#, "polygon 0 ring 0 position 3 is not a longitude/latitude pair in range"),
        (#"[[[-119,35],[-118,35],[-118,"x"],[-119,35]]]"#, "position 2 is not a longitude/latitude pair"),
    ])
    func invalidRings(coordinates: String, message: String) {
        let text = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Bad Town"},"geometry":{"type":"Polygon","coordinates":"# + coordinates + "}}]}"
        do {
            _ = try GeoJSONReader.read(data: Data(text.utf8), file: "bad.geojson")
            Issue.record("should be refused")
        } catch {
            #expect(error.feature == "feature 0 (Bad Town)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test("the real LA County statistical areas: 348 features, the two null geometries named, Signal Hill placed")
    func realBoundaries() throws {
        let result = try GeoJSONReader.read(path: Fixtures.repository("jurisdictions/boundaries/ca_la_county_countywide_statistical_areas.geojson").path)
        #expect(result.boundaries.count == 346)
        #expect(result.warnings.count == 2)
        #expect(result.warnings.contains { $0.contains("Unincorporated - El Monte") })
        #expect(result.warnings.contains { $0.contains("Unincorporated - Miracle Mile") })
        let index = PolygonIndex(boundaries: result.boundaries)
        // Signal Hill city hall, 2175 Cherry Ave.
        let found = index.containing(latitude: 33.8046, longitude: -118.1676).map { result.boundaries[$0].name }
        #expect(found == ["City of Signal Hill"])
        #expect(result.boundaries.filter { $0.polygons.contains { $0.rings.count > 1 } }.count >= 21, "features with holes")
    }
}
