import Foundation

/// A boundary file that cannot be used: which feature, which ring, why.
public struct GeoJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var feature: String?
    public var message: String

    public var description: String { feature.map { "\(file): \($0): \(message)" } ?? "\(file): \(message)" }
}

/// Reads GeoJSON boundary files (FeatureCollection of Polygon and MultiPolygon features).
///
/// A feature whose geometry is null is skipped with a warning naming it; a ring that is not a
/// closed ring of at least four valid positions is an error naming the feature, polygon and ring.
/// (Self-intersecting rings are not detected.)
public enum GeoJSONReader {
    public struct Result: Sendable {
        public var boundaries: [Boundary]
        /// Features skipped, each with its name and why (e.g. a null geometry).
        public var warnings: [String]
    }

    /// Property keys tried, in order, for a feature's readable name.
    static let nameKeys = ["label", "name", "NAME", "city", "title", "muni_id", "id", "GEOID"]

    public static func read(path: String) throws(GeoJSONError) -> Result {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw GeoJSONError(file: path, feature: nil, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try read(data: data, file: path)
    }

    public static func read(data: Data, file: String) throws(GeoJSONError) -> Result {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw GeoJSONError(file: file, feature: nil, message: "not valid JSON: \(error.localizedDescription)")
        }
        guard let object = root as? [String: Any], object["type"] as? String == "FeatureCollection",
              let features = object["features"] as? [Any]
        else { throw GeoJSONError(file: file, feature: nil, message: "expected a GeoJSON FeatureCollection") }

        var boundaries: [Boundary] = []
        var warnings: [String] = []
        for (index, item) in features.enumerated() {
            guard let feature = item as? [String: Any] else {
                throw GeoJSONError(file: file, feature: "feature \(index)", message: "is not an object")
            }
            let properties = (feature["properties"] as? [String: Any] ?? [:]).compactMapValues(text)
            let name = nameKeys.lazy.compactMap { properties[$0] }.first ?? "feature \(index)"
            let label = "feature \(index) (\(name))"
            guard let geometry = feature["geometry"] as? [String: Any] else {
                warnings.append("\(file): \(label) has no geometry (null); skipped, so nothing is placed inside it")
                continue
            }
            let polygons: [Polygon]
            switch geometry["type"] as? String {
            case "Polygon":
                polygons = [try polygon(geometry["coordinates"], file: file, feature: label, number: 0)]
            case "MultiPolygon":
                guard let parts = geometry["coordinates"] as? [Any] else {
                    throw GeoJSONError(file: file, feature: label, message: "MultiPolygon coordinates are not a list")
                }
                var list: [Polygon] = []
                for (number, part) in parts.enumerated() { list.append(try polygon(part, file: file, feature: label, number: number)) }
                polygons = list
            case let other:
                throw GeoJSONError(file: file, feature: label, message: "geometry type \(other ?? "missing") is not Polygon or MultiPolygon")
            }
            boundaries.append(Boundary(featureIndex: index, name: name, properties: properties, polygons: polygons))
        }
        return Result(boundaries: boundaries, warnings: warnings)
    }

    private static func text(_ value: Any) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    private static func polygon(_ value: Any?, file: String, feature: String, number: Int) throws(GeoJSONError) -> Polygon {
        guard let ringValues = value as? [Any], !ringValues.isEmpty else {
            throw GeoJSONError(file: file, feature: feature, message: "polygon \(number) has no rings")
        }
        var rings: [Polygon.Ring] = []
        for (ringNumber, ringValue) in ringValues.enumerated() {
            let place = "polygon \(number) ring \(ringNumber)"
            guard let positions = ringValue as? [Any] else {
                throw GeoJSONError(file: file, feature: feature, message: "\(place) is not a list of positions")
            }
            var longitudes: [Double] = [], latitudes: [Double] = []
            longitudes.reserveCapacity(positions.count)
            latitudes.reserveCapacity(positions.count)
            for (positionNumber, position) in positions.enumerated() {
                guard let pair = position as? [Any], pair.count >= 2,
                      let longitude = (pair[0] as? NSNumber)?.doubleValue, let latitude = (pair[1] as? NSNumber)?.doubleValue,
                      longitude.isFinite, latitude.isFinite, abs(longitude) <= 180, abs(latitude) <= 90
                else {
                    throw GeoJSONError(file: file, feature: feature, message: "\(place) position \(positionNumber) is not a longitude/latitude pair in range")
                }
                longitudes.append(longitude)
                latitudes.append(latitude)
            }
            guard longitudes.count >= 4 else {
                throw GeoJSONError(file: file, feature: feature, message: "\(place) has \(longitudes.count) positions; a linear ring needs at least 4")
            }
            guard longitudes.first == longitudes.last, latitudes.first == latitudes.last else {
                throw GeoJSONError(file: file, feature: feature, message: "\(place) is not closed: its last position differs from its first")
            }
            rings.append(Polygon.Ring(longitudes: longitudes, latitudes: latitudes))
        }
        return Polygon(rings: rings)
    }
}
