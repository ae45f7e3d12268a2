import PushbackGeodesy
import PushbackModel

/// WGS84 geodesic distance between model points, through PROJ (never a spherical shortcut).
public enum GeodesicDistance {
    /// The ellipsoidal distance between two points.
    public static func between(_ a: GeoPoint, _ b: GeoPoint) -> Distance {
        .meters(Geodesic.wgs84.distance(latitude1: a.latitude, longitude1: a.longitude, latitude2: b.latitude, longitude2: b.longitude))
    }
}
