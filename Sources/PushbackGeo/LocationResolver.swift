import Foundation
import PushbackModel

/// Turns a free-text location into a point with an honest uncertainty radius, or says why it
/// cannot.
///
/// Coordinates keep the precision they were written with; PLSS calls go through
/// `PLSSApproximation`; "N miles DIR of TOWN" starts from the town's GeoNames point; a crew's
/// relative direction starts from an `anchor` the caller knows. Nothing is guessed: a town found
/// in several states without a state is `.ambiguous`, anything else is `.unresolvable` with the
/// text quoted. Every assumption made is returned as a sentence.
public struct LocationResolver: Sendable {
    /// What a crew's informal distances are worth. All configurable; the defaults are round
    /// figures, not measurements.
    public struct RelativeDirectionAssumptions: Sendable, Hashable {
        /// One pace or step (a single stride): 0.75 m.
        public var paceLength: Distance
        /// Walking speed over a lease road or pasture: 80 m a minute (4.8 km/h).
        public var walkingMetersPerMinute: Double
        /// Minutes one cigarette takes: 6.
        public var minutesPerCigarette: Double
        /// The radius as a fraction of the distance, before the direction's spread: 0.5 (such
        /// distances are estimates; at least half of the distance is allowed).
        public var distanceFraction: Double

        public init(paceLength: Distance = .meters(0.75), walkingMetersPerMinute: Double = 80, minutesPerCigarette: Double = 6, distanceFraction: Double = 0.5) {
            self.paceLength = paceLength
            self.walkingMetersPerMinute = walkingMetersPerMinute
            self.minutesPerCigarette = minutesPerCigarette
            self.distanceFraction = distanceFraction
        }
    }

    /// The outcome of resolving one location text.
    public enum Resolution: Sendable, Hashable {
        /// One location, with every assumption behind it.
        case located(Location, assumptions: [String])
        /// Several places fit (a town name found in several states with no state given); one
        /// location for each.
        case ambiguous([Location], reason: String)
        /// Nothing can be said; the reason quotes the text.
        case unresolvable(reason: String)
    }

    public let gazetteer: Gazetteer
    public let assumptions: RelativeDirectionAssumptions
    /// How far a town reaches from its GeoNames point: 3 km by default.
    public let placeExtent: Distance
    public let plss: PLSSApproximation

    /// The share of a distance from a town allowed for rounding, estimating or measuring by road.
    public static let placeDistanceFraction = 0.1
    /// Allowance for NAD27 coordinates that are not converted (no NADCON grid offline): the
    /// NAD27→NAD83 shift is up to about 100 m in the conterminous states (larger in Alaska).
    public static let nad27Allowance = Distance.meters(120)

    public init(gazetteer: Gazetteer, assumptions: RelativeDirectionAssumptions = .init(), placeExtent: Distance = .kilometers(3), plss: PLSSApproximation = .init()) {
        self.gazetteer = gazetteer
        self.assumptions = assumptions
        self.placeExtent = placeExtent
        self.plss = plss
    }

    /// Resolves one location text.
    ///
    /// - Parameters:
    ///   - stateHint: the state the document is about (USPS code or name), if known; a state
    ///     written in the text wins over it.
    ///   - anchor: the known point a relative direction starts from (e.g. the well), if any.
    public func resolve(_ text: String, stateHint: String?, anchor: GeoPoint? = nil) -> Resolution {
        let quoted = "\"\(text)\""
        let state = stateHint.flatMap(LocationDescription.stateCode)
        switch LocationDescription.parse(text) {
        case let .coordinates(latitude, longitude, datum, precision):
            return coordinates(latitude: latitude, longitude: longitude, datum: datum, precision: precision, quoted: quoted)
        case let .plss(call):
            return locatePLSS(call, state: state, quoted: quoted)
        case let .fromPlace(distance, direction, place, statedState):
            return fromPlace(distance: distance, direction: direction, place: place, statedState: statedState, hint: state, quoted: quoted)
        case let .relative(count, unit, direction, landmark):
            return relative(count: count, unit: unit, direction: direction, landmark: landmark, anchor: anchor, quoted: quoted)
        case let .unresolvable(_, reason):
            return .unresolvable(reason: "\(quoted): \(reason)")
        }
    }

    // MARK: - Coordinates

    private func coordinates(latitude: Double, longitude: Double, datum: String?, precision: Double, quoted: String) -> Resolution {
        guard let point = GeoPoint(latitude: latitude, longitude: longitude) else {
            return .unresolvable(reason: "\(quoted): \(latitude), \(longitude) is not a position on Earth")
        }
        // One unit in the last written place on each axis: covers rounding and truncation.
        let phi = latitude * .pi / 180
        let w = (1 - WGS84.e2 * sin(phi) * sin(phi)).squareRoot()
        let metersPerDegreeNorth = WGS84.a * (1 - WGS84.e2) / (w * w * w) * .pi / 180
        let metersPerDegreeEast = WGS84.a / w * cos(phi) * .pi / 180
        let rounding = precision * (metersPerDegreeNorth * metersPerDegreeNorth + metersPerDegreeEast * metersPerDegreeEast).squareRoot()
        var radius = rounding
        var notes = ["coordinates as written, to \(String(format: "%g", precision))° in the last place: up to \(Distance.meters(rounding)) from rounding or truncation"]
        switch datum {
        case nil:
            notes.append("no datum is stated: taken as NAD83/WGS84 (if it was NAD27 the point can be up to about 100 m further off)")
        case "NAD27":
            radius += Self.nad27Allowance.meters
            notes.append(
                "NAD27 is not converted (PROJ has no NADCON grid offline, only a no-op fallback): the shift is up to about 100 m in the "
                    + "conterminous states, so \(Self.nad27Allowance) is added"
            )
        case "NAD83":
            notes.append("NAD83 taken as WGS84 (they differ by 1–2 m)")
        default:
            break
        }
        let basis = "coordinates as written" + (datum.map { " (\($0))" } ?? "")
        return .located(Location(point: point, uncertainty: .meters(radius), basis: basis), assumptions: notes)
    }

    // MARK: - PLSS

    /// States with no PLSS survey: a township and range there is something else (Texas block
    /// surveys, for one).
    private static let statesWithoutPLSS: Set<String> = [
        "TX", "CT", "DE", "GA", "MD", "MA", "NH", "NJ", "NY", "NC", "PA", "RI", "SC", "VA", "KY", "TN", "WV", "ME", "VT", "HI", "DC",
    ]

    /// States surveyed entirely from one principal meridian, used when a call names none. From
    /// general knowledge, not re-checked against a source; states with several meridians
    /// (CO, WY, CA, OK, SD, UT, AZ, LA, IL, MN, NM …) are left out on purpose.
    private static let singleMeridianStates: [String: PLSSCall.Meridian] = [
        "KS": .sixth, "NE": .sixth, "ND": .fifth, "IA": .fifth, "AR": .fifth, "MO": .fifth,
        "MT": .montana, "ID": .boise, "MI": .michigan, "OR": .willamette, "WA": .willamette,
    ]

    private func locatePLSS(_ call: PLSSCall, state: String?, quoted: String) -> Resolution {
        var call = call
        var notes: [String] = []
        if let state, Self.statesWithoutPLSS.contains(state) {
            return .unresolvable(reason: "\(quoted): a township and range, but \(state) has no PLSS survey")
        }
        if call.meridian == nil {
            guard let state, let meridian = Self.singleMeridianStates[state] else {
                return .unresolvable(
                    reason: "\(quoted): no principal meridian is named and the state (\(state ?? "not given")) does not settle one"
                )
            }
            call.meridian = meridian
            notes.append("no meridian is named: the \(meridian.name), the only one surveying \(state)")
        }
        do {
            let result = try plss.locate(call)
            return .located(result.location, assumptions: notes + result.assumptions)
        } catch {
            return .unresolvable(reason: "\(quoted): \(error.reason)")
        }
    }

    // MARK: - Distance and direction from a place

    private func fromPlace(distance: Distance, direction: LocationDescription.Direction, place: String, statedState: String?, hint: String?, quoted: String) -> Resolution {
        var notes: [String] = []
        let state = statedState ?? hint
        if let statedState, let hint, statedState != hint {
            notes.append("the text names \(statedState); the state hint \(hint) is not used")
        }
        let candidates = gazetteer.places(named: place, state: state)
        guard !candidates.isEmpty else {
            let elsewhere = Set(gazetteer.places(named: place).map(\.state)).sorted()
            let other = state != nil && !elsewhere.isEmpty ? " (there is one in \(elsewhere.joined(separator: ", ")))" : ""
            return .unresolvable(reason: "\(quoted): no place named \"\(place)\"\(state.map { " in \($0)" } ?? "") in the gazetteer\(other)")
        }
        let spread = distance.meters * tan(direction.halfSector * .pi / 180)
        let rounding = distance.meters * Self.placeDistanceFraction
        let radius = placeExtent.meters + spread + rounding
        notes += [
            "the town's extent is taken as \(placeExtent) around its GeoNames point",
            "\(direction.text) is taken as \(String(format: "%g", direction.azimuth))° ± \(String(format: "%g", direction.halfSector))°: "
                + "at \(distance) that is up to \(Distance.meters(spread)) sideways",
            "the distance is a straight line (geodesic) from the town point; "
                + "\(Int(Self.placeDistanceFraction * 100)) % of it (\(Distance.meters(rounding))) is allowed for rounding, estimating or measuring by road",
            "radius \(Distance.meters(radius)) = extent + sideways spread + distance allowance",
        ]
        let describe = { (candidate: Gazetteer.Place) in
            "\(candidate.name), \(candidate.state)" + (candidate.county.isEmpty ? "" : " (\(candidate.county))")
        }
        let locations = candidates.map { candidate in
            Location(
                point: GeodesicDistance.destination(from: candidate.point, azimuth: direction.azimuth, distance: distance),
                uncertainty: .meters(radius),
                basis: "\(distance) \(direction.text) of \(describe(candidate)), from the GeoNames town point"
            )
        }
        if candidates.count == 1 {
            if state == nil { notes.insert("no state is given; \(describe(candidates[0])) is the only place of that name in the gazetteer", at: 0) }
            return .located(locations[0], assumptions: notes)
        }
        let states = Set(candidates.map(\.state)).sorted()
        guard let state else {
            return .ambiguous(locations, reason: "\(quoted): \(candidates.count) places are named \"\(place)\" (\(states.joined(separator: ", "))) and no state is given")
        }
        // Several entries in one state: one place if they lie within a town's extent of their middle.
        let latitude = candidates.map(\.point.latitude).reduce(0, +) / Double(candidates.count)
        let longitude = candidates.map(\.point.longitude).reduce(0, +) / Double(candidates.count)
        let middle = GeoPoint(latitude: latitude, longitude: longitude)!
        let farthest = candidates.map { GeodesicDistance.between(middle, $0.point).meters }.max()!
        guard farthest <= placeExtent.meters else {
            return .ambiguous(
                locations,
                reason: "\(quoted): \(candidates.count) places in \(state) are named \"\(place)\", up to \(Distance.meters(2 * farthest)) apart"
            )
        }
        notes.append("\(candidates.count) gazetteer entries named \"\(place)\" in \(state) lie within \(Distance.meters(farthest)) of their middle: it is used, and the radius widened by that much")
        let location = Location(
            point: GeodesicDistance.destination(from: middle, azimuth: direction.azimuth, distance: distance),
            uncertainty: .meters(radius + farthest),
            basis: "\(distance) \(direction.text) of \(place), \(state), from the middle of its \(candidates.count) GeoNames points"
        )
        return .located(location, assumptions: notes)
    }

    // MARK: - Relative directions

    private func relative(count: Double, unit: LocationDescription.RelativeUnit, direction: LocationDescription.Direction, landmark: String?, anchor: GeoPoint?, quoted: String) -> Resolution {
        guard let landmark else {
            return .unresolvable(reason: "\(quoted): names no starting point, so the walk cannot be placed")
        }
        guard let anchor else {
            return .unresolvable(reason: "\(quoted): starts from \"\(landmark)\", whose position is not known (no anchor point given)")
        }
        let metersEach: Double
        let unitNote: String
        switch unit {
        case .paces, .steps:
            metersEach = assumptions.paceLength.meters
            unitNote = "one \(unit == .paces ? "pace" : "step") = \(String(format: "%g", assumptions.paceLength.meters)) m (a single stride)"
        case .feet:
            metersEach = Distance.feet(1).meters
            unitNote = "feet as stated (estimated by eye or by pacing)"
        case .yards:
            metersEach = Distance.feet(3).meters
            unitNote = "yards as stated (estimated by eye or by pacing)"
        case .minutesWalking:
            metersEach = assumptions.walkingMetersPerMinute
            unitNote = "walking at \(String(format: "%g", assumptions.walkingMetersPerMinute)) m a minute"
        case .cigarettes:
            metersEach = assumptions.minutesPerCigarette * assumptions.walkingMetersPerMinute
            unitNote = "one cigarette = \(String(format: "%g", assumptions.minutesPerCigarette)) minutes of walking at "
                + "\(String(format: "%g", assumptions.walkingMetersPerMinute)) m a minute = \(Distance.meters(metersEach))"
        }
        let distance = Distance.meters(count * metersEach)
        let spread = distance.meters * tan(direction.halfSector * .pi / 180)
        let slack = distance.meters * assumptions.distanceFraction
        let radius = slack + spread
        let notes = [
            "the anchor point given is taken as the position of \"\(landmark)\"",
            unitNote + ": \(String(format: "%g", count)) \(unit.rawValue) ≈ \(distance)",
            "an informal distance: \(Int(assumptions.distanceFraction * 100)) % of it (\(Distance.meters(slack))) is allowed",
            "\(direction.text) is taken as \(String(format: "%g", direction.azimuth))° ± \(String(format: "%g", direction.halfSector))°: up to \(Distance.meters(spread)) sideways",
        ]
        let location = Location(
            point: GeodesicDistance.destination(from: anchor, azimuth: direction.azimuth, distance: distance),
            uncertainty: .meters(radius),
            basis: "\(String(format: "%g", count)) \(unit.rawValue) \(direction.text) of \(landmark) (crew's directions, from the anchor point)"
        )
        return .located(location, assumptions: notes)
    }
}
