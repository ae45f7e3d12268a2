import Foundation
import PushbackModel

/// The clock a JSA's times were written on: local time where the well is. A crew writes "08:10"
/// on its own watch, so the time zone is the well's — taken from its API number's state (and, in
/// Texas, the two far-west counties on Mountain time), on the JSA's own date so daylight saving
/// is counted. Always an assumption, and said so in the findings that rely on it.
enum JSAClock {
    /// IANA time zone by state postal code, for the states with oil and gas wells.
    static let zones: [String: String] = [
        "AK": "America/Anchorage", "AL": "America/Chicago", "AR": "America/Chicago", "AZ": "America/Phoenix", "CA": "America/Los_Angeles",
        "CO": "America/Denver", "FL": "America/New_York", "IL": "America/Chicago", "IN": "America/Indiana/Indianapolis", "KS": "America/Chicago",
        "KY": "America/New_York", "LA": "America/Chicago", "MI": "America/Detroit", "MS": "America/Chicago", "MT": "America/Denver",
        "ND": "America/Chicago", "NE": "America/Chicago", "NM": "America/Denver", "NV": "America/Los_Angeles", "NY": "America/New_York",
        "OH": "America/New_York", "OK": "America/Chicago", "PA": "America/New_York", "SD": "America/Chicago", "TN": "America/Chicago",
        "TX": "America/Chicago", "UT": "America/Denver", "VA": "America/New_York", "WV": "America/New_York", "WY": "America/Denver",
    ]

    /// Texas counties on Mountain time, by API county code: El Paso, Hudspeth.
    static let texasMountainCounties: Set<String> = ["141", "229"]

    /// The UTC offset (minutes) on `date` where the well of `api` is, and how it was decided;
    /// nil offset when the state is not known.
    static func offset(api: APIWellNumber?, on date: CalendarDate?) -> (minutes: Int?, basis: String) {
        guard let api, let state = APICodeBook.state(code: api.stateCode) else {
            return (nil, "the well's state is not known (no usable API number), so the JSA's clock is not known")
        }
        var zoneID = zones[state.postalCode]
        if state.postalCode == "TX", texasMountainCounties.contains(api.countyCode) { zoneID = "America/Denver" }
        guard let zoneID, let zone = TimeZone(identifier: zoneID) else {
            return (nil, "no time zone is known for \(state.name), so the JSA's clock is not known")
        }
        guard let date else { return (nil, "the JSA gives no date, so its times cannot be placed") }
        // Local noon of the JSA's day: the offset crews' watches showed that day.
        let noon = Date(timeIntervalSince1970: TimeInterval(date.dayNumber) * 86_400 + 12 * 3_600)
        let minutes = (zone.secondsFromGMT(for: noon.addingTimeInterval(-TimeInterval(zone.secondsFromGMT(for: noon))))) / 60
        let abbreviation = zone.abbreviation(for: noon) ?? zoneID
        return (minutes, "\(zoneID) (\(abbreviation), UTC\(Instant.offsetText(minutes))), assumed from the well's state (\(state.postalCode))")
    }
}
