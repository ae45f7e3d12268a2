import Foundation

/// WGS84 ellipsoid constants and the rigorous bounds the proximity join relies on.
enum WGS84 {
    static let a = 6_378_137.0
    static let f = 1 / 298.257_223_563
    static let b = a * (1 - f)
    /// First eccentricity squared.
    static let e2 = f * (2 - f)
    /// Smallest meridional radius of curvature (at the equator), b²/a: a path from latitude φ₁ to
    /// φ₂ is at least this many metres per radian of |φ₁ − φ₂| long.
    static let minimumMeridionalRadius = b * b / a
    /// Largest normal curvature anywhere on the ellipsoid (a/b²): a geodesic, whose curvature is
    /// the surface's normal curvature along it, never bends more sharply than this.
    static let maximumCurvature = a / (b * b)

    /// Earth-centred, Earth-fixed coordinates (metres) of a point on the ellipsoid's surface.
    @inline(__always)
    static func ecef(latitude: Double, longitude: Double) -> (x: Double, y: Double, z: Double) {
        let phi = latitude * .pi / 180
        let lambda = longitude * .pi / 180
        let sinPhi = sin(phi), cosPhi = cos(phi)
        let n = a / (1 - e2 * sinPhi * sinPhi).squareRoot()
        return (n * cosPhi * cos(lambda), n * cosPhi * sin(lambda), n * (1 - e2) * sinPhi)
    }

    /// The longest chord whose geodesic is certainly no longer than `distance`.
    ///
    /// By Schur's comparison theorem a curve of length s whose curvature never exceeds κ spans a
    /// chord c ≥ (2/κ)·sin(κs/2); so s ≤ (2/κ)·asin(κc/2), and any chord up to
    /// (2/κ)·sin(κd/2) has a geodesic of at most d. (The geodesic is also never shorter than its
    /// chord.) At 1 km the two differ by about one micrometre.
    static func certainChord(forGeodesic distance: Double) -> Double {
        2 / maximumCurvature * sin(maximumCurvature * distance / 2)
    }
}
