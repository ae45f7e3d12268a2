import PushbackGeo
import PushbackModel
import Testing

@Suite("Proximity join: exact against brute force")
struct ProximityJoinTests {
    /// A small deterministic generator (tests must not depend on a global random source).
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
            let lat = max(-90, min(90, latitude + (generator.next() - 0.5) * spread))
            var lon = longitude + (generator.next() - 0.5) * spread * 4
            if lon > 180 { lon -= 360 }
            if lon < -180 { lon += 360 }
            return GeoPoint(latitude: lat, longitude: lon)!
        }
    }

    func bruteForce(_ sources: [GeoPoint], _ targets: [GeoPoint], _ radius: Distance) -> [ProximityJoin.Pair] {
        var pairs: [ProximityJoin.Pair] = []
        for (i, source) in sources.enumerated() {
            for (j, target) in targets.enumerated() where GeodesicDistance.between(source, target) <= radius {
                pairs.append(ProximityJoin.Pair(source: i, target: j))
            }
        }
        return pairs
    }

    @Test("equals brute force: Kern, North Slope, Sydney, across a UTM zone edge, near the antimeridian, near a pole", arguments: [
        (35.4, -119.1), (70.3, -148.7), (-33.9, 151.2), (40.4, -102.0), (51.9, 179.99), (89.93, 10.0),
    ])
    func matchesBruteForce(latitude: Double, longitude: Double) {
        let wells = points(500, near: latitude, longitude, spread: 0.08, seed: 7)
        let schools = points(200, near: latitude, longitude, spread: 0.08, seed: 11)
        for radius in [Distance.feet(200), .feet(3_200), .miles(1)] {
            let joined = ProximityJoin(targets: schools, radius: radius).pairs(sources: wells, threads: 2)
            let brute = bruteForce(wells, schools, radius)
            #expect(!brute.isEmpty)
            #expect(joined == brute, "radius \(radius)")
        }
    }

    @Test("pairs at exactly the threshold are in; ±1 mm decides it, in every direction and at high latitude", arguments: [0.0, 37.0, 90.0, 181.0, 270.0])
    func threshold(azimuth: Double) {
        for origin in [GeoPoint(latitude: 35.38, longitude: -119.02)!, GeoPoint(latitude: 71.29, longitude: -156.78)!] {
            let radius = Distance.feet(3_200)
            for offset in [-0.001, 0.0, 0.001] {
                let target = GeodesicDistance.destination(from: origin, azimuth: azimuth, distance: radius + .meters(offset))
                let exact = GeodesicDistance.between(origin, target)
                let found = ProximityJoin(targets: [target], radius: radius).targets(near: origin)
                #expect(found == (exact <= radius ? [0] : []), "offset \(offset) m, exact \(exact.meters)")
                if offset != 0 { #expect((exact <= radius) == (offset < 0)) }
            }
        }
    }

    @Test("results are sorted by source then target, whatever the thread count")
    func deterministic() {
        let wells = points(3_000, near: 31.9, -102.1, spread: 0.3, seed: 3)
        let schools = points(800, near: 31.9, -102.1, spread: 0.3, seed: 5)
        let join = ProximityJoin(targets: schools, radius: .miles(1))
        let one = join.pairs(sources: wells, threads: 1)
        let many = join.pairs(sources: wells, threads: 8)
        #expect(one == many)
        #expect(one == one.sorted { ($0.source, $0.target) < ($1.source, $1.target) })
    }

    @Test("empty inputs give no pairs")
    func empty() {
        #expect(ProximityJoin(targets: [], radius: .feet(3_200)).pairs(sources: [GeoPoint(latitude: 1, longitude: 1)!]).isEmpty)
        #expect(ProximityJoin(targets: [GeoPoint(latitude: 1, longitude: 1)!], radius: .feet(3_200)).pairs(sources: []).isEmpty)
    }
}

@Suite("Uncertainty-aware within()")
struct ProximityVerdictTests {
    @Test("definitely, possibly or no", arguments: [
        (900.0, 10.0, 0.0, ProximityVerdict.definitely),
        (970.0, 10.0, 0.0, .possibly),
        (984.0, 10.0, 0.0, .possibly),
        (990.0, 0.0, 0.0, .no),
        (1_100.0, 10.0, 150.0, .possibly),
        (1_200.0, 10.0, 150.0, .no),
        (200.0, 800.0, 0.0, .possibly),
    ])
    func verdicts(distance: Double, uncertainty: Double, extent: Double, verdict: ProximityVerdict) {
        #expect(ProximityVerdict.classify(distance: .meters(distance), threshold: .feet(3_200), uncertainty: .meters(uncertainty), extent: .meters(extent)) == verdict)
    }
}
