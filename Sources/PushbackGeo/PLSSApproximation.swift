import Foundation
import PushbackGeodesy
import PushbackModel

/// Places a PLSS call on an ideal survey grid laid out from its principal meridian's initial
/// point, with an uncertainty radius measured against surveyed wells.
///
/// The grid ("method A" of the PLSS notes): townships 6 US survey miles square counted from
/// the base line and the principal meridian; range widths laid off along the base line and range
/// lines run north as true meridians; no restart on standard parallels (correction lines);
/// 1-mile sections numbered back and forth from the township's north-east corner. The point is
/// the footage call from the named section lines when both are given, else the centre of the
/// aliquot part or standard lot, else the section centre (per axis when only one call is given).
///
/// Real corners sit away from this grid: on 831 ECMC Weld County wells (6th PM, 548–581 km from
/// the initial point) the error was median 994 m, p95 1,099 m, max 1,391 m, systematically about
/// 1 km east and 0.1–0.4 km north; on 300 CalGEM Los Angeles wells (San Bernardino, 92–168 km)
/// the section-centre residual was about 0.14 km. The radius follows those figures: `baseUncertainty`
/// + `uncertaintyPerDistance` × distance from the initial point (500 m + 0.2 %: 1.6 km at 565 km,
/// 0.76 km at 130 km), plus the half-diagonal of whatever the text leaves open (284 m for a
/// quarter-quarter, 1,138 m for a section). No per-township correction is applied.
public struct PLSSApproximation: Sendable, Hashable {
    /// Where a principal meridian meets its base line, in degrees, with where the value comes from.
    public struct InitialPoint: Sendable, Hashable {
        public var latitude: Double
        public var longitude: Double
        /// The source the value was read from.
        public var source: String
        /// True when the seconds are recalled rather than read from a source during the survey
        /// of sources: use with care.
        public var isFromMemory: Bool
    }

    /// A located PLSS call.
    public struct Result: Sendable, Hashable {
        public var location: Location
        /// Every assumption behind the point and the radius, as sentences.
        public var assumptions: [String]
        /// How far the footage call lies outside the stated aliquot part or lot, when it does by
        /// more than `footageTolerance`: one of the two is wrong (the radius then covers both).
        public var footageOutsideAliquot: Distance?
        /// Geodesic distance from the meridian's initial point to the point.
        public var distanceFromInitialPoint: Distance
    }

    /// Why a call cannot be placed.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var call: String
        public var reason: String
        public var description: String { "\(call): \(reason)" }
    }

    /// The radius at the initial point itself (grid scatter, footage and datum): 500 m.
    public var baseUncertainty: Distance
    /// The radius's growth with distance from the initial point: 0.002 (0.2 %).
    public var uncertaintyPerDistance: Double

    /// A footage call this far outside its stated aliquot part still counts as inside: real
    /// sections are not 5,280 ft, which moves quarter-quarter lines by tens of feet.
    public static let footageTolerance = Distance(meters: 100 * usSurveyFoot)

    public init(baseUncertainty: Distance = .meters(500), uncertaintyPerDistance: Double = 0.002) {
        self.baseUncertainty = baseUncertainty
        self.uncertaintyPerDistance = uncertaintyPerDistance
    }

    /// Places the call; it must name its meridian.
    public func locate(_ call: PLSSCall) throws(Failure) -> Result {
        guard let meridian = call.meridian else {
            throw Failure(call: call.description, reason: "no principal meridian is named")
        }
        let origin = Self.initialPoint(of: meridian)
        var assumptions = [
            "PLSS ideal grid from the \(meridian.name) initial point \(Self.degrees(origin.latitude)), \(Self.degrees(origin.longitude)) (\(origin.source)): "
                + "range widths along the base line, range lines as true meridians, no correction-line offsets, "
                + "1-mile sections (US survey feet) from the township's south-east corner",
            "the initial point's datum is not stated (NAD27-era values); the result is taken as NAD83/WGS84 without a datum shift",
        ]
        if origin.isFromMemory {
            assumptions.append("the \(meridian.name) initial point is from memory, not checked against a source")
        }

        let (region, regionNote) = Self.region(of: call)
        var openHalfWidth = 0.0, openHalfHeight = 0.0
        let y: Double, x: Double
        switch call.northSouthFootage {
        case let footage?: y = footage.line == .north ? Self.sectionFeet - footage.feet : footage.feet
        case nil:
            y = (region.south + region.north) / 2
            openHalfHeight = (region.north - region.south) / 2
        }
        switch call.eastWestFootage {
        case let footage?: x = footage.line == .west ? footage.feet : Self.sectionFeet - footage.feet
        case nil:
            x = (region.west + region.east) / 2
            openHalfWidth = (region.east - region.west) / 2
        }
        let openTerm = (openHalfWidth * openHalfWidth + openHalfHeight * openHalfHeight).squareRoot() * Self.usSurveyFoot
        assumptions.append(Self.positionNote(call, regionNote: regionNote, openTerm: openTerm))

        let point = Self.point(call, origin: origin, feetEastOfWestLine: x, feetNorthOfSouthLine: y)
        let fromOrigin = GeodesicDistance.meters(origin.latitude, origin.longitude, point.latitude, point.longitude)
        let gridTerm = baseUncertainty.meters + uncertaintyPerDistance * fromOrigin
        assumptions.append(
            "grid uncertainty \(Distance.meters(gridTerm)) = \(Distance.meters(baseUncertainty.meters)) + \(Self.percent(uncertaintyPerDistance)) of the "
                + "\(String(format: "%.0f", fromOrigin / 1000)) km from the initial point (on 831 surveyed Weld County wells, 548–581 km out, "
                + "this grid was off by median 994 m, p95 1,099 m, max 1,391 m)"
        )

        var contradictionTerm = 0.0
        var outside: Distance?
        if call.lot != nil || !call.aliquots.isEmpty {
            let dy = call.northSouthFootage == nil ? 0 : max(region.south - y, 0, y - region.north)
            let dx = call.eastWestFootage == nil ? 0 : max(region.west - x, 0, x - region.east)
            let beyond = (dx * dx + dy * dy).squareRoot() * Self.usSurveyFoot
            if beyond > Self.footageTolerance.meters {
                let farX = max(abs(x - region.west), abs(x - region.east))
                let farY = max(abs(y - region.south), abs(y - region.north))
                contradictionTerm = (farX * farX + farY * farY).squareRoot() * Self.usSurveyFoot
                outside = .meters(beyond)
                assumptions.append(
                    "the footage call lies \(Distance.meters(beyond)) outside \(regionNote), as stated: one of them is wrong, "
                        + "so the radius is widened by \(Distance.meters(contradictionTerm)) to cover that part too"
                )
            }
        }

        let radius = gridTerm + openTerm + contradictionTerm
        let location = Location(point: point, uncertainty: .meters(radius), basis: "approximate (PLSS ideal grid) from \(call.description)")
        return Result(location: location, assumptions: assumptions, footageOutsideAliquot: outside, distanceFromInitialPoint: .meters(fromOrigin))
    }

    // MARK: - Grid

    /// The US survey foot (1200/3937 m), the unit of PLSS footage and miles.
    static let usSurveyFoot = 1_200.0 / 3_937.0
    private static let sectionFeet = 5_280.0
    private static let mile = sectionFeet * usSurveyFoot

    /// The point `x` feet east of the section's west line and `y` feet north of its south line.
    private static func point(_ call: PLSSCall, origin: InitialPoint, feetEastOfWestLine x: Double, feetNorthOfSouthLine y: Double) -> GeoPoint {
        // Township south line: T1N's is the base line; T1S's is 6 miles south of it.
        let townshipSouthMiles = call.townshipDirection == .north ? Double(call.township - 1) * 6 : -Double(call.township) * 6
        // Township east line: R1W's is the principal meridian; R1E's is 6 miles east of it.
        let townshipEastMiles = call.rangeDirection == .east ? Double(call.range) * 6 : -Double(call.range - 1) * 6
        let row = (call.section - 1) / 6
        let index = (call.section - 1) % 6
        let columnFromEast = row % 2 == 0 ? index : 5 - index

        let north = townshipSouthMiles * mile + Double(5 - row) * mile + y * usSurveyFoot
        let west = Double(columnFromEast) * mile + (sectionFeet - x) * usSurveyFoot
        // Meridians are geodesics, so the distance north is walked exactly along one.
        let latitude = Geodesic.wgs84.direct(latitude: origin.latitude, longitude: origin.longitude, azimuth: north >= 0 ? 0 : 180, distance: abs(north)).latitude
        let townshipEastLongitude = origin.longitude + degreesAlongParallel(townshipEastMiles * mile, latitude: origin.latitude)
        let longitude = townshipEastLongitude - degreesAlongParallel(west, latitude: latitude)
        return GeoPoint(latitude: latitude, longitude: longitude)!
    }

    /// Degrees of longitude spanned by `meters` measured along the parallel at `latitude`.
    private static func degreesAlongParallel(_ meters: Double, latitude: Double) -> Double {
        let phi = latitude * .pi / 180
        let primeVertical = WGS84.a / (1 - WGS84.e2 * sin(phi) * sin(phi)).squareRoot()
        return meters / (primeVertical * cos(phi)) * 180 / .pi
    }

    // MARK: - Aliquot parts and lots

    /// A rectangle of an ideal section, in feet from its south and west lines.
    private struct Region {
        var south = 0.0, north = PLSSApproximation.sectionFeet, west = 0.0, east = PLSSApproximation.sectionFeet
    }

    /// The part of the section the aliquots or the lot name, and how to call it in a sentence.
    private static func region(of call: PLSSCall) -> (Region, String) {
        if let lot = call.lot {
            guard let quarterQuarter = standardLot(lot, section: call.section) else {
                return (Region(), "section \(call.section) (lot \(lot) is not a standard north-tier or west-column lot, so its place in the section is unknown)")
            }
            return (apply(quarterQuarter, to: Region()), "lot \(lot) of section \(call.section) (taken as its standard \(quarterQuarter.map(\.rawValue).joined()))")
        }
        guard !call.aliquots.isEmpty else { return (Region(), "section \(call.section)") }
        return (apply(call.aliquots, to: Region()), "the \(call.aliquots.map(\.rawValue).joined()) of section \(call.section)")
    }

    /// Applies aliquot parts read right to left: the last one divides the section first.
    private static func apply(_ parts: [PLSSCall.AliquotPart], to section: Region) -> Region {
        var region = section
        for part in parts.reversed() {
            let midY = (region.south + region.north) / 2, midX = (region.west + region.east) / 2
            switch part {
            case .northeastQuarter: (region.south, region.west) = (midY, midX)
            case .northwestQuarter: (region.south, region.east) = (midY, midX)
            case .southeastQuarter: (region.north, region.west) = (midY, midX)
            case .southwestQuarter: (region.north, region.east) = (midY, midX)
            case .northHalf: region.south = midY
            case .southHalf: region.north = midY
            case .eastHalf: region.west = midX
            case .westHalf: region.east = midX
            }
        }
        return region
    }

    /// The quarter-quarter a lot stands for in the usual layout: lots 1–4 east to west along the
    /// north of sections 1–6, lots 1–4 north to south along the west of sections 7, 18, 19, 30
    /// and 31, lots 5–7 north to south along the west of section 6. Lots made by water, state lines
    /// or reservations are not in this layout (nil). On the Weld County wells 57 of 58 lots agreed
    /// with their footage (the 58th by 1 ft).
    private static func standardLot(_ lot: Int, section: Int) -> [PLSSCall.AliquotPart]? {
        let northRow: [[PLSSCall.AliquotPart]] = [
            [.northeastQuarter, .northeastQuarter], [.northwestQuarter, .northeastQuarter],
            [.northeastQuarter, .northwestQuarter], [.northwestQuarter, .northwestQuarter],
        ]
        let westColumn: [[PLSSCall.AliquotPart]] = [
            [.northwestQuarter, .northwestQuarter], [.southwestQuarter, .northwestQuarter],
            [.northwestQuarter, .southwestQuarter], [.southwestQuarter, .southwestQuarter],
        ]
        switch (section, lot) {
        case (1...6, 1...4): return northRow[lot - 1]
        case (6, 5...7): return westColumn[lot - 4]
        case (7, 1...4), (18, 1...4), (19, 1...4), (30, 1...4), (31, 1...4): return westColumn[lot - 1]
        default: return nil
        }
    }

    private static func positionNote(_ call: PLSSCall, regionNote: String, openTerm: Double) -> String {
        let calls = [call.northSouthFootage, call.eastWestFootage].compactMap { $0 }
        let lineNames: [PLSSCall.SectionLine: String] = [.north: "north", .south: "south", .east: "east", .west: "west"]
        let footage = calls.map { "\(String(format: "%g", $0.feet)) ft from the \(lineNames[$0.line]!) line" }.joined(separator: " and ")
        switch calls.count {
        case 2: return "position: \(footage) of an ideal 5,280 ft section"
        case 1: return "position: \(footage); across the other way the centre of \(regionNote) (+\(Distance.meters(openTerm)))"
        default: return "position: centre of \(regionNote) (+\(Distance.meters(openTerm)), its half-diagonal)"
        }
    }

    private static func degrees(_ value: Double) -> String { String(format: "%.6f", value) }
    private static func percent(_ fraction: Double) -> String { String(format: "%g %%", fraction * 100) }

    // MARK: - Initial points

    /// The initial point of a principal meridian.
    ///
    /// Values from the BLM *Manual of Instructions for the Survey of the Public Lands* (1973),
    /// §3-6 table of initial points, seen as a transcription, or as noted; rounded to 1″ (~30 m).
    /// Those marked from memory were not re-checked and may be off by up to ~1 km (Salt Lake has
    /// a second, 1847 value 40°46′04″, 111°54′00″).
    public static func initialPoint(of meridian: PLSSCall.Meridian) -> InitialPoint {
        let manual = "BLM Manual 1973, §3-6"
        switch meridian {
        // Wikipedia's list of principal meridians (GPO Style Manual), which reproduces the 1973 table.
        case .sixth: return point(40, 0, 7, 97, 22, 8, source: "\(manual), as listed by Wikipedia")
        // A Colorado title-company page and Wikipedia (34°15′35.94″, 106°53′14.96″).
        case .newMexico: return point(34, 15, 35, 106, 53, 12, source: "Colorado title-company page; Wikipedia")
        case .mountDiablo: return point(37, 52, 54, 121, 54, 47, source: manual)
        // A textbook figure from BLM/USGS.
        case .sanBernardino: return point(34, 7, 13, 116, 55, 48, source: "BLM/USGS textbook figure")
        case .humboldt: return point(40, 25, 2, 124, 7, 10, source: manual)
        case .indian: return point(34, 29, 32, 97, 14, 49, source: manual)
        case .cimarron: return point(36, 30, 5, 103, 0, 7, source: manual)
        case .fifth: return point(34, 38, 45, 91, 3, 7, source: manual)
        case .blackHills: return point(43, 59, 44, 104, 3, 16, source: manual)
        // From memory; one site gives 43°00′41.05″, 108°48′51.61″, an old text 43°01′20″, 108°48′40″.
        case .windRiver: return point(43, 0, 41, 108, 48, 49, source: "memory", isFromMemory: true)
        // From memory; Pratt's 1847 value (40°46′04″, 111°54′00″) is up to 1 km away.
        case .saltLake: return point(40, 46, 11, 111, 53, 27, source: "memory", isFromMemory: true)
        // From memory: verify.
        case .uintah: return point(40, 25, 59, 109, 56, 6, source: "memory", isFromMemory: true)
        case .boise: return point(43, 22, 21, 116, 23, 35, source: manual)
        // Wikipedia (one site misprints 110°39′33″).
        case .montana: return point(45, 47, 13, 111, 39, 33, source: "Wikipedia")
        // One secondary site (map.netronline.com); an old value is 39°06′40″, 108°33′20″.
        case .ute: return point(39, 6, 23, 108, 31, 59, source: "map.netronline.com (secondary)")
        case .navajo: return point(35, 44, 56, 108, 31, 59, source: manual)
        case .gilaAndSaltRiver: return point(33, 22, 38, 112, 18, 19, source: manual)
        // From memory.
        case .willamette: return point(45, 31, 11, 122, 44, 34, source: "memory", isFromMemory: true)
        case .louisiana: return point(31, 0, 31, 92, 24, 55, source: manual)
        // From memory; an old text gives 31°N, 91°09′15″W.
        case .stHelena: return point(30, 59, 56, 91, 9, 36, source: "memory", isFromMemory: true)
        case .michigan: return point(42, 25, 28, 84, 21, 53, source: manual)
        // Wikipedia's list.
        case .third: return point(38, 28, 27, 89, 8, 54, source: "Wikipedia list of principal meridians")
        }
    }

    /// A point north and west of Greenwich, from degrees, minutes and seconds.
    private static func point(
        _ latD: Double, _ latM: Double, _ latS: Double, _ lonD: Double, _ lonM: Double, _ lonS: Double, source: String, isFromMemory: Bool = false
    ) -> InitialPoint {
        InitialPoint(
            latitude: latD + latM / 60 + latS / 3600, longitude: -(lonD + lonM / 60 + lonS / 3600), source: source, isFromMemory: isFromMemory
        )
    }
}
