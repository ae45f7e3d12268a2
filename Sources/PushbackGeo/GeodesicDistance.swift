import PushbackGeodesy
import PushbackModel

/// WGS84 geodesic distance between model points, through PROJ (never a spherical shortcut).
public enum GeodesicDistance {
    /// The ellipsoidal distance in metres between two positions in degrees.
    @inline(__always)
    public static func meters(_ latitude1: Double, _ longitude1: Double, _ latitude2: Double, _ longitude2: Double) -> Double {
        Geodesic.wgs84.distance(latitude1: latitude1, longitude1: longitude1, latitude2: latitude2, longitude2: longitude2)
    }

    /// The ellipsoidal distance between two points.
    public static func between(_ a: GeoPoint, _ b: GeoPoint) -> Distance {
        .meters(Geodesic.wgs84.distance(latitude1: a.latitude, longitude1: a.longitude, latitude2: b.latitude, longitude2: b.longitude))
    }
}

extension GeodesicDistance {
    /// The point reached by travelling `distance` along the geodesic that starts at `start`
    /// with `azimuth` (degrees clockwise from north).
    public static func destination(from start: GeoPoint, azimuth: Double, distance: Distance) -> GeoPoint {
        let end = Geodesic.wgs84.direct(latitude: start.latitude, longitude: start.longitude, azimuth: azimuth, distance: distance.meters)
        return GeoPoint(latitude: end.latitude, longitude: end.longitude)!
    }
}
