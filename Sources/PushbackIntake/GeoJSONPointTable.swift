import Foundation

/// A GeoJSON FeatureCollection of points as a delimited table, so registry mappings read it like
/// a CSV: one column per property (sorted by name) plus a `geometry` column of WKT points in
/// WGS84 longitude/latitude (RFC 7946), which the mapping's geometry reads.
struct GeoJSONPointTable {
    var bytes: [UInt8]
    var recordCount: Int

    struct Refusal: Error {
        var reason: String
    }

    /// True when the bytes open like a GeoJSON FeatureCollection.
    static func looksLikeGeoJSON(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        return head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.first == "{" && head.contains("\"FeatureCollection\"")
    }

    init(bytes raw: [UInt8]) throws(Refusal) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(raw)) as? [String: Any], root["type"] as? String == "FeatureCollection",
              let features = root["features"] as? [[String: Any]]
        else { throw Refusal(reason: "GeoJSON that is not a readable FeatureCollection") }
        var keys: Set<String> = []
        for feature in features { keys.formUnion((feature["properties"] as? [String: Any])?.keys ?? [:].keys) }
        let columns = keys.sorted()
        var text = (columns + [ShapefileTable.geometryColumn]).map(ShapefileTable.quoted).joined(separator: ",") + "\n"
        for (index, feature) in features.enumerated() {
            let properties = feature["properties"] as? [String: Any] ?? [:]
            var geometry = ""
            if let shape = feature["geometry"] as? [String: Any] {
                guard shape["type"] as? String == "Point" else {
                    throw Refusal(reason: "feature \(index + 1) is a \(shape["type"] as? String ?? "geometry without a type"): receptor and well layers are points; boundaries belong in jurisdictions/")
                }
                if let coordinates = shape["coordinates"] as? [Double], coordinates.count >= 2 {
                    geometry = "POINT (\(coordinates[0]) \(coordinates[1]))"
                }
            }
            let values = columns.map { key -> String in
                switch properties[key] {
                case let string as String: string
                case let number as NSNumber: number.stringValue
                case .none, is NSNull: ""
                case let other?: String(describing: other)
                }
            }
            text += (values + [geometry]).map(ShapefileTable.quoted).joined(separator: ",") + "\n"
        }
        bytes = Array(text.utf8)
        recordCount = features.count
    }
}
