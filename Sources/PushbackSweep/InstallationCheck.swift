import Foundation
import PushbackCompression
import PushbackGeodesy
import PushbackNumeric
import PushbackOCR
import PushbackPDF
import PushbackShapefile
import PushbackStore
import PushbackXML

/// `pushback doctor`: proves on this machine that each C library the product is built on loads
/// and does its job, so a broken install (a missing PROJ database, a mismatched libxml2) is found
/// before 2 a.m. rather than during the sweep.
public enum InstallationCheck {
    /// One library's check.
    public struct Result: Sendable, Encodable {
        public var component: String
        public var isPassing: Bool
        public var detail: String
    }

    public static func run(scratch: URL = FileManager.default.temporaryDirectory) -> [Result] {
        let folder = scratch.appendingPathComponent("pushback-doctor-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return [
            check("libpoppler-glib (PDF text)") { try pdf(in: folder) },
            check("Tesseract (OCR of a rendered page)") { try ocr(in: folder) },
            check("libxml2 (XSD validation, exclusive C14N)") { try xml() },
            check("OpenBLAS + LAPACKE (least squares)") { try leastSquares() },
            check("PROJ (WGS84 geodesic)") { try geodesic() },
            check("PROJ (EPSG:26913 → EPSG:4326, offline database)") { try projection() },
            check("SQLite through GRDB (WAL, migrations)") { try sqlite(in: folder) },
            check("shapelib (point shapefile with attributes)") { try shapefile(in: folder) },
            check("zlib (inflation under a budget)") { try inflation() },
        ]
    }

    private static func check(_ component: String, _ body: () throws -> String) -> Result {
        do { return Result(component: component, isPassing: true, detail: try body()) } catch {
            return Result(component: component, isPassing: false, detail: "\(error)")
        }
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// A one-page PDF whose text layer says "Pushback doctor" (offsets computed when written).
    static func minimalPDF() -> Data {
        let stream = "BT /F1 18 Tf 72 720 Td (Pushback doctor) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(text.utf8)
    }

    /// A one-point shapefile (`.shp`, `.shx`, `.dbf`) with a NAME attribute, written byte by byte.
    static func minimalShapefile(at base: URL) throws {
        func bigEndian(_ value: Int32) -> [UInt8] { withUnsafeBytes(of: value.bigEndian, Array.init) }
        func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] { withUnsafeBytes(of: value.littleEndian, Array.init) }
        func littleEndian(_ value: Double) -> [UInt8] { withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init) }
        let (x, y) = (-104.5, 40.25)
        func header(lengthInWords: Int32) -> [UInt8] {
            bigEndian(9994) + [UInt8](repeating: 0, count: 20) + bigEndian(lengthInWords) + littleEndian(Int32(1000)) + littleEndian(Int32(1))
                + [x, y, x, y].flatMap(littleEndian) + [UInt8](repeating: 0, count: 32)
        }
        let shp = header(lengthInWords: 64) + bigEndian(1) + bigEndian(10) + littleEndian(Int32(1)) + littleEndian(x) + littleEndian(y)
        let shx = header(lengthInWords: 54) + bigEndian(50) + bigEndian(10)
        let name = Array("NAME".utf8) + [UInt8](repeating: 0, count: 7)
        let dbf: [UInt8] = [0x03, 126, 1, 1] + littleEndian(UInt32(1)) + littleEndian(UInt16(65)) + littleEndian(UInt16(11)) + [UInt8](repeating: 0, count: 20)
            + name + [UInt8(ascii: "C")] + [0, 0, 0, 0] + [10, 0] + [UInt8](repeating: 0, count: 14) + [0x0D]
            + [UInt8(ascii: " ")] + Array("doctor    ".utf8) + [0x1A]
        try Data(shp).write(to: base.appendingPathExtension("shp"))
        try Data(shx).write(to: base.appendingPathExtension("shx"))
        try Data(dbf).write(to: base.appendingPathExtension("dbf"))
    }

    private static func shapefile(in folder: URL) throws -> String {
        let base = folder.appendingPathComponent("doctor")
        try minimalShapefile(at: base)
        let file = try Shapefile.read(path: base.appendingPathExtension("shp").path)
        guard file.isPointType, file.records.count == 1, let point = file.records[0].parts.first?.first, point.x == -104.5, point.y == 40.25,
              file.fields.map(\.name) == ["NAME"], file.records[0].attributes == ["doctor"]
        else { throw Failed(description: "read back \(file.records.count) record(s) of type \(file.shapeTypeName)") }
        return "wrote and read back a point shapefile with its attribute"
    }

    private static func inflation() throws -> String {
        // `zlib.compress(b"Pushback doctor", 9)`.
        let compressed: [UInt8] = [120, 218, 11, 40, 45, 206, 72, 74, 76, 206, 86, 72, 201, 79, 46, 201, 47, 2, 0, 46, 74, 5, 221]
        let inflated = try ZlibInflater.inflate(compressed, budget: 1_024, keepingBytes: true)
        guard inflated.bytes == Array("Pushback doctor".utf8), try ZlibInflater.inflate(compressed, budget: 8, keepingBytes: false).isOverBudget else {
            throw Failed(description: "inflated \(inflated.size) bytes: \"\(String(decoding: inflated.bytes, as: UTF8.self))\"")
        }
        return "inflated a zlib stream, and stopped one at its budget"
    }

    private static func pdf(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("doctor.pdf").path
        try minimalPDF().write(to: URL(fileURLWithPath: path))
        let text = try PDFDocument(path: path).text(ofPage: 1)
        guard text.contains("Pushback doctor") else { throw Failed(description: "page text was \"\(text)\"") }
        return "read the text layer of a generated PDF"
    }

    private static func ocr(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("doctor-ocr.pdf").path
        try minimalPDF().write(to: URL(fileURLWithPath: path))
        let image = try PDFDocument(path: path).renderGrayscale(page: 1, resolution: 200)
        let result = try TextRecognizer().recognize(pixels: image.pixels, width: image.width, height: image.height, bytesPerLine: image.bytesPerLine, resolution: 200)
        guard result.text.contains("Pushback doctor") else { throw Failed(description: "read \"\(result.text.prefix(60))\"") }
        return "\(result.engine) read a rendered page (confidence \(result.meanConfidence))"
    }

    private static func xml() throws -> String {
        let schema = try XMLSchema(data: Data("""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="check" type="xs:positiveInteger"/></xs:schema>
            """.utf8), source: "doctor.xsd")
        let good = try XMLDocument(data: try XMLElement("check", text: "7").documentData(), source: "good.xml")
        let bad = try XMLDocument(data: try XMLElement("check", text: "-7").documentData(), source: "bad.xml")
        guard schema.validate(good).isEmpty, let error = schema.validate(bad).first, error.line != nil else {
            throw Failed(description: "XSD validation did not accept 7 and reject -7 with a line number")
        }
        guard String(decoding: try good.exclusiveCanonicalForm(), as: UTF8.self) == "<check>7</check>" else {
            throw Failed(description: "unexpected canonical form")
        }
        return "validated and canonicalized a document"
    }

    private static func leastSquares() throws -> String {
        let fit = try LeastSquares.polynomial(x: [0, 1, 2, 3, 4], y: [1, 3, 5, 7, 9], degree: 1)
        guard abs(fit.coefficients[0] - 1) < 1e-12, abs(fit.coefficients[1] - 2) < 1e-12 else {
            throw Failed(description: "fit gave \(fit.coefficients)")
        }
        return "fitted y = 1 + 2x exactly"
    }

    private static func geodesic() throws -> String {
        // 1° of longitude on the equator is 111,319.490793 m on WGS84.
        let distance = Geodesic.wgs84.distance(latitude1: 0, longitude1: 0, latitude2: 0, longitude2: 1)
        guard abs(distance - 111_319.490_793) < 0.001 else { throw Failed(description: "got \(distance) m") }
        return "one degree of longitude on the equator = 111,319.491 m"
    }

    private static func projection() throws -> String {
        let transformer = try CoordinateTransformer(source: "EPSG:26913", target: "EPSG:4326")
        let point = try transformer.transform(x: 729_588.7698, y: 4_473_970.2038)
        guard abs(point.y - 40.38471) < 1e-5, abs(point.x + 102.29526) < 1e-5 else {
            throw Failed(description: "got \(point)")
        }
        return "UTM 13N → WGS84 as ECMC publishes it"
    }

    private static func sqlite(in folder: URL) throws -> String {
        let store = try PushbackStore(path: folder.appendingPathComponent("doctor.sqlite").path)
        let mode = try store.journalMode()
        guard mode == "wal" else { throw Failed(description: "journal mode \(mode)") }
        return "created a database in WAL mode, \(try store.appliedMigrations().count) migrations"
    }
}
