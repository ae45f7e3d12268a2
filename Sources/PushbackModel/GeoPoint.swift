/// A WGS84 position in decimal degrees.
public struct GeoPoint: Sendable, Hashable, Codable, CustomStringConvertible {
    public var latitude: Double
    public var longitude: Double

    /// Creates a point; nil when the values are not a position on Earth (out of range, NaN).
    public init?(latitude: Double, longitude: Double) {
        guard latitude.isFinite, longitude.isFinite, abs(latitude) <= 90, abs(longitude) <= 180 else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }

    public var description: String {
        "\(Quantity.format(latitude, decimals: 6)), \(Quantity.format(longitude, decimals: 6))"
    }
}
