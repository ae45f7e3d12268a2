import PushbackGeo
import PushbackModel
import Testing

@Suite("Proximity join")
struct ProximityJoinTests {
    /// A small deterministic generator (the tests must not depend on a global random source).
    struct Generator {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    func points(_ count: Int, near latitude: Double, _ longitude: Double, spread: Double, seed: UInt64) -> [GeoPoint] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            GeoPoint(latitude: latitude + (generator.next() - 0.5) * spread, longitude: longitude + (generator.next() - 0.5) * spread * 2)!
        }
    }

    @Test("equals brute force on random sets, Kern and the North Slope", arguments: [(35.4, -119.1), (70.3, -148.7), (-33.9, 151.2)])
    func matchesBruteForce(latitude: Double, longitude: Double) {
        let wells = points(400, near: latitude, longitude, spread: 0.2, seed: 7)
        let schools = points(150, near: latitude, longitude, spread: 0.2, seed: 11)
        let radius = Distance.feet(3_200)
        let joined = ProximityJoin(targets: schools, radius: radius).pairs(sources: wells)
        var brute: [ProximityJoin.Pair] = []
        for (i, well) in wells.enumerated() {
            for (j, school) in schools.enumerated() where GeodesicDistance.between(well, school) <= radius {
                brute.append(ProximityJoin.Pair(source: i, target: j))
            }
        }
        #expect(!brute.isEmpty)
        #expect(joined == brute)
    }

    @Test("a pair at exactly the threshold is inside; 1 mm beyond is outside")
    func threshold() {
        let school = GeoPoint(latitude: 35.38, longitude: -119.02)!
        let exact = GeodesicDistance.between(school, GeoPoint(latitude: 35.388, longitude: -119.02)!)
        let join = ProximityJoin(targets: [school], radius: exact)
        #expect(join.targets(near: GeoPoint(latitude: 35.388, longitude: -119.02)!).count == 1)
        let shorter = ProximityJoin(targets: [school], radius: exact - .meters(0.001))
        #expect(shorter.targets(near: GeoPoint(latitude: 35.388, longitude: -119.02)!).isEmpty)
    }
}
