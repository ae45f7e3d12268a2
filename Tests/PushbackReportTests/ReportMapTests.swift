import Foundation
import PushbackGeo
import PushbackModel
@testable import PushbackReport
import Testing

/// The maps must show what the finding says: the setback circle's radius is the setback, the well
/// sits at the measured distance from the receptor, and the parcel allowance appears only when
/// it decides the finding.
@Suite("SVG maps of proximity findings and the overview map")
struct ReportMapTests {
    static let school = GeoPoint(latitude: 35.356476, longitude: -119.0633)!

    static func setbackFinding(wellAt point: GeoPoint, kind: FindingKind = .fail, number: Int = 1, setback: Distance = .feet(3_200)) -> Finding {
        let measured = GeodesicDistance.between(point, school)
        var finding = Finding(
            ruleID: "CA-SB1137-HPZ-SCHOOL", ruleVersion: 1, kind: kind, severity: kind == .fail ? .high : .medium, title: "Well inside the zone",
            message: "m", remediation: "r", citation: Citation(text: "c", url: "https://example.org"), basis: "regulation",
            subject: Subject(type: "well", id: "040290074\(number)", name: "K.C.L. D7\(number)"),
            related: [Subject(type: "receptor", id: "15633626066674", name: "Wayne Van Horn Elementary")],
            jurisdictions: ["us-ca", "us"], comparedValues: [], evidence: [],
            geometry: FindingGeometry(subject: Location(point: point, uncertainty: .meters(10), basis: "surveyed"),
                                      related: Location(point: school, uncertainty: .meters(0), basis: "published point"),
                                      setback: setback, measured: measured, parcelRadius: .meters(150))
        )
        finding.fingerprint = "fp\(number)"
        return finding
    }

    /// The attributes of every `<tag …/>` element in `svg`, in order.
    static func elements(_ tag: String, in svg: String) -> [[String: String]] {
        let pattern = try! NSRegularExpression(pattern: "<\(tag) ([^>]*?)/?>")
        let attribute = try! NSRegularExpression(pattern: "([a-z-]+)=\"([^\"]*)\"")
        return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { match in
            let text = String(svg[Range(match.range(at: 1), in: svg)!])
            var values: [String: String] = [:]
            for pair in attribute.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                values[String(text[Range(pair.range(at: 1), in: text)!])] = String(text[Range(pair.range(at: 2), in: text)!])
            }
            return values
        }
    }

    @Test("a well 700 m north-west of a school: the circle is the setback at the map's scale and the well is 700 m from the school on it")
    func geometryToScale() throws {
        let well = GeodesicDistance.destination(from: Self.school, azimuth: 315, distance: .meters(700))
        let finding = Self.setbackFinding(wellAt: well)
        let svg = try #require(SetbackMap.svg(for: finding, number: 1))
        let circles = Self.elements("circle", in: svg)
        let setbackCircle = try #require(circles.first)
        let radius = try #require(Double(setbackCircle["r"] ?? ""))
        let pixelsPerMeter = radius / Distance.feet(3_200).meters
        let center = SetbackMap.size / 2
        #expect(setbackCircle["cx"].flatMap(Double.init) == center && setbackCircle["cy"].flatMap(Double.init) == center)
        let wellMark = try #require(circles.first { $0["r"] == "6" })
        let dx = try #require(Double(wellMark["cx"] ?? "")) - center, dy = try #require(Double(wellMark["cy"] ?? "")) - center
        let drawn = (dx * dx + dy * dy).squareRoot() / pixelsPerMeter
        #expect(abs(drawn - 700) < 1.5, "the well is drawn \(drawn) m from the school")
        // North-west: left of and above the school (SVG's y grows downwards).
        #expect(dx < 0 && dy < 0 && abs(abs(dx) - abs(dy)) < 1)
        #expect(svg.contains("700 m (2,297 ft)") && svg.contains("975 m (3,200 ft) setback") && svg.contains("well 04-029-00741 K.C.L. D71"))
        // Inside the setback, the parcel allowance decides nothing and is not drawn.
        #expect(!svg.contains("stroke-dasharray=\"6 4\""))
        #expect(SetbackMap.legend(for: finding).contains { $0.hasPrefix("line: 700 m (2,297 ft) measured point to point") })
    }

    @Test("a review just beyond the setback shows the setback from the assumed parcel's edge, with the well between the two circles")
    func possiblyWithin() throws {
        let well = GeodesicDistance.destination(from: Self.school, azimuth: 90, distance: .meters(1_050))
        let svg = try #require(SetbackMap.svg(for: Self.setbackFinding(wellAt: well, kind: .review), number: 2))
        let circles = Self.elements("circle", in: svg)
        let setbackRadius = try #require(Double(circles[0]["r"] ?? ""))
        let dashed = try #require(circles.first { $0["stroke-dasharray"] == "6 4" })
        let pixelsPerMeter = setbackRadius / Distance.feet(3_200).meters
        #expect(abs(try #require(Double(dashed["r"] ?? "")) / pixelsPerMeter - (Distance.feet(3_200).meters + 150)) < 1.5)
        let wellMark = try #require(circles.first { $0["r"] == "6" })
        let east = (try #require(Double(wellMark["cx"] ?? "")) - SetbackMap.size / 2) / pixelsPerMeter
        #expect(east > Distance.feet(3_200).meters && east < Distance.feet(3_200).meters + 150)
        #expect(SetbackMap.legend(for: Self.setbackFinding(wellAt: well, kind: .review)).contains { $0.hasPrefix("dashed: the setback measured from the edge of an assumed 150 m") })
    }

    @Test("a finding without a receptor has no map")
    func noMapWithoutReceptor() {
        var finding = Self.setbackFinding(wellAt: Self.school)
        finding.geometry = FindingGeometry(subject: Location(point: Self.school, basis: "surveyed"))
        #expect(SetbackMap.svg(for: finding, number: 1) == nil)
        #expect(SetbackMap.legend(for: finding).isEmpty)
    }

    @Test("the overview links each well to its most serious finding, draws each receptor once, and counts what it leaves out")
    func overview() throws {
        let near = GeodesicDistance.destination(from: Self.school, azimuth: 10, distance: .meters(300))
        let findings = [
            (number: 1, finding: Self.setbackFinding(wellAt: near, number: 1)),
            (number: 2, finding: Self.setbackFinding(wellAt: GeodesicDistance.destination(from: Self.school, azimuth: 200, distance: .meters(1_000)), kind: .review, number: 2)),
            // The same well as #1 under another rule: one mark, linked to #1.
            (number: 3, finding: Self.setbackFinding(wellAt: near, kind: .review, number: 3)),
        ]
        let drawing = try #require(OverviewMap.draw(findings))
        #expect(drawing.wellsDrawn == 2 && drawing.wellsLocated == 2 && drawing.receptors == 1)
        #expect(drawing.svg.contains("<a href=\"#finding-1\"><title>#1, #3: fail CA-SB1137-HPZ-SCHOOL"))
        #expect(drawing.svg.contains("<a href=\"#finding-2\">"))
        #expect(Self.elements("rect", in: drawing.svg).count == 2, "the background and one receptor")
        #expect(OverviewMap.draw([]) == nil)
    }

    @Test("coordinates are written to a tenth of a pixel without exponents, whatever the sign")
    func numbers() {
        #expect(SVGCanvas.number(12) == "12" && SVGCanvas.number(-3.45) == "-3.5" && SVGCanvas.number(-0.04) == "0" && SVGCanvas.number(0.05) == "0.1")
        #expect(SVGCanvas.number(1e-12) == "0" && SVGCanvas.number(.nan) == "0")
    }
}
