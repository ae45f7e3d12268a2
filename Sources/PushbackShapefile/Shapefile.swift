import CShapelib
import Foundation

/// An ESRI shapefile read through shapelib: every shape with its vertices, its dBASE attributes,
/// and the `.prj` coordinate system text. The only place shapelib is used.
public struct Shapefile: Sendable {
    /// One attribute column of the `.dbf`.
    public struct Field: Sendable, Equatable {
        public var name: String
        /// dBASE type letter: `C` text, `N`/`F` number, `D` date, `L` logical.
        public var type: Character
    }

    /// One shape and its attribute row.
    public struct Record: Sendable {
        /// 0-based record number.
        public var index: Int
        /// Vertices by part (a point has one part of one vertex; a null shape none).
        public var parts: [[(x: Double, y: Double)]]
        /// Attribute values in field order; nil where the `.dbf` holds NULL.
        public var attributes: [String?]
    }

    public var path: String
    /// shapelib's name for the shape type, e.g. `Point`, `Polygon`.
    public var shapeTypeName: String
    public var isPointType: Bool
    public var fields: [Field]
    public var records: [Record]
    /// The `.prj` (ESRI WKT), when there is one.
    public var projection: String?

    /// Reads `path` (the `.shp`) with its `.shx` and `.dbf` beside it.
    public static func read(path: String, maximumRecords: Int = 10_000_000) throws(ShapefileError) -> Shapefile {
        let base = String(path.dropLast(path.lowercased().hasSuffix(".shp") ? 4 : 0))
        func sibling(_ extension_: String) -> String? {
            for candidate in [base + "." + extension_, base + "." + extension_.uppercased()] where FileManager.default.fileExists(atPath: candidate) {
                return candidate
            }
            return nil
        }
        guard sibling("shx") != nil else { throw ShapefileError(path: path, message: "no .shx index beside it; the shapefile is incomplete") }
        guard let dbfPath = sibling("dbf") else { throw ShapefileError(path: path, message: "no .dbf attribute table beside it; the shapefile is incomplete") }
        guard let shp = SHPOpen(path, "rb") else { throw ShapefileError(path: path, message: "shapelib cannot open it (damaged header or index)") }
        defer { SHPClose(shp) }
        guard let dbf = DBFOpen(dbfPath, "rb") else { throw ShapefileError(path: dbfPath, message: "shapelib cannot open the attribute table") }
        defer { DBFClose(dbf) }

        var entityCount: Int32 = 0, shapeType: Int32 = 0
        var minimum = [Double](repeating: 0, count: 4), maximum = [Double](repeating: 0, count: 4)
        SHPGetInfo(shp, &entityCount, &shapeType, &minimum, &maximum)
        let recordCount = Int(DBFGetRecordCount(dbf))
        guard entityCount >= 0, Int(entityCount) <= maximumRecords else {
            throw ShapefileError(path: path, message: "it claims \(entityCount) shapes, over the \(maximumRecords) limit")
        }
        guard recordCount == Int(entityCount) else {
            throw ShapefileError(path: path, message: "the .shp has \(entityCount) shapes but the .dbf has \(recordCount) rows; they do not belong together")
        }

        var fields: [Field] = []
        for index in 0..<DBFGetFieldCount(dbf) {
            var name = [CChar](repeating: 0, count: 12)
            var width: Int32 = 0, decimals: Int32 = 0
            _ = DBFGetFieldInfo(dbf, index, &name, &width, &decimals)
            let type = Character(UnicodeScalar(UInt8(bitPattern: DBFGetNativeFieldType(dbf, index))))
            let nameBytes = name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            fields.append(Field(name: String(decoding: nameBytes, as: UTF8.self), type: type))
        }
        let isUTF8 = DBFGetCodePage(dbf).map { String(cString: $0).uppercased().contains("UTF") } ?? false

        var records: [Record] = []
        records.reserveCapacity(recordCount)
        for index in 0..<Int32(recordCount) {
            var parts: [[(x: Double, y: Double)]] = []
            if let object = SHPReadObject(shp, index) {
                let shape = object.pointee
                let vertexCount = Int(shape.nVertices)
                let partCount = max(1, Int(shape.nParts))
                for part in 0..<partCount where vertexCount > 0 {
                    let start = shape.nParts > 0 ? Int(shape.panPartStart[part]) : 0
                    let end = part + 1 < Int(shape.nParts) ? Int(shape.panPartStart[part + 1]) : vertexCount
                    guard start >= 0, start <= end, end <= vertexCount else { continue }
                    parts.append((start..<end).map { (shape.padfX[$0], shape.padfY[$0]) })
                }
                SHPDestroyObject(object)
            }
            let attributes: [String?] = (0..<Int32(fields.count)).map { field in
                guard DBFIsAttributeNULL(dbf, index, field) == 0, let raw = DBFReadStringAttribute(dbf, index, field) else { return nil }
                let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw)))
                let text = isUTF8 || String(validating: bytes, as: UTF8.self) != nil
                    ? String(decoding: bytes, as: UTF8.self)
                    : String(bytes.map { Character(UnicodeScalar($0)) })
                return text.trimmingCharacters(in: .whitespaces)
            }
            records.append(Record(index: Int(index), parts: parts, attributes: attributes))
        }

        let projection = sibling("prj").flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }?.trimmingCharacters(in: .whitespacesAndNewlines)
        let typeName = SHPTypeName(shapeType).map { String(cString: $0) } ?? "type \(shapeType)"
        return Shapefile(
            path: path, shapeTypeName: typeName, isPointType: [1, 11, 21].contains(shapeType), fields: fields, records: records,
            projection: projection?.isEmpty == false ? projection : nil
        )
    }
}
