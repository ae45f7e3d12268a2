import PushbackShapefile

/// A point shapefile as a delimited table, so registry mappings read it like any CSV: its dBASE
/// attribute columns plus a `geometry` column of WKT points in the file's own coordinates, whose
/// coordinate system (the `.prj`) the mapping's geometry reprojection then uses.
struct ShapefileTable {
    /// The CSV text (header, then one row per shape).
    var bytes: [UInt8]
    /// The `.prj` text, when the shapefile has one.
    var projection: String?
    var recordCount: Int

    /// Why a shapefile is not a registry table.
    struct Refusal: Error {
        var reason: String
    }

    static let geometryColumn = "geometry"

    init(path: String) throws(Refusal) {
        let shapefile: Shapefile
        do { shapefile = try Shapefile.read(path: path) } catch { throw Refusal(reason: "an ESRI shapefile that cannot be read: \(error.message)") }
        guard shapefile.isPointType else {
            throw Refusal(reason: "a \(shapefile.shapeTypeName) shapefile: registries are point layers (wells, receptors); boundaries belong in jurisdictions/ as GeoJSON")
        }
        var text = (shapefile.fields.map(\.name) + [Self.geometryColumn]).map(Self.quoted).joined(separator: ",") + "\n"
        for record in shapefile.records {
            let geometry = record.parts.first?.first.map { "POINT (\($0.x) \($0.y))" } ?? ""
            text += (record.attributes.map { $0 ?? "" } + [geometry]).map(Self.quoted).joined(separator: ",") + "\n"
        }
        bytes = Array(text.utf8)
        projection = shapefile.projection
        recordCount = shapefile.records.count
    }

    /// RFC 4180 quoting where needed.
    static func quoted(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// True when the bytes begin like a `.shp` or `.shx` (file code 9994, version 1000).
    static func isShapefile(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 100 && bytes.starts(with: [0x00, 0x00, 0x27, 0x0A]) && bytes[28] == 0xE8 && bytes[29] == 0x03
    }

    /// Files that belong to a shapefile beside its `.shp`.
    static let companionExtensions: Set<String> = ["shx", "dbf", "prj", "cpg", "sbn", "sbx", "qix", "shp.xml"]
}
