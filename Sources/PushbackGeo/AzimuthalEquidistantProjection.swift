import Foundation
import PushbackGeodesy
import PushbackModel

/// The ellipsoidal azimuthal equidistant projection about a centre point, solved exactly with
/// WGS84 geodesics: a point lands at its geodesic distance from the centre, in the direction of
/// the geodesic's azimuth. A setback circle about the centre is therefore drawn exactly; other
/// distances on a map a few kilometres across are true to well under a metre.
public struct AzimuthalEquidistantProjection: Sendable {
    public let center: GeoPoint

    public init(center: GeoPoint) { self.center = center }

    /// Metres east and north of the centre.
    public func project(_ point: GeoPoint) -> (east: Double, north: Double) {
        let inverse = Geodesic.wgs84.inverse(latitude1: center.latitude, longitude1: center.longitude, latitude2: point.latitude, longitude2: point.longitude)
        let azimuth = inverse.initialAzimuth * .pi / 180
        return (inverse.distance * sin(azimuth), inverse.distance * cos(azimuth))
    }
}
