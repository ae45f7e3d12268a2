import Foundation
import PushbackModel

/// Reads inbox documents with the registry mappings: picks the mapping whose columns a file's
/// header has, or quarantines the file with the reason.
public struct Intake: Sendable {
    public let mappings: [SourceMapping]
    public let documents: DocumentIntake

    public init(mappings: [SourceMapping], documents: DocumentIntake = DocumentIntake()) {
        self.mappings = mappings
        self.documents = documents
    }

    /// What became of one document.
    public enum Outcome: Sendable {
        /// A tabular registry read through a mapping.
        case registry(RegistryExtract)
        /// A filing, letter, scan or page read into facts.
        case document(DocumentExtract)
        /// The document could not be read at all; the reason names the file (and line if any).
        case quarantined(IntakeProblem)
    }

    /// Reads one document. A file whose stamp differs from the one it had when it was found and
    /// hashed — before or after reading — is being written to: it is quarantined (the next run
    /// reads it again), never read half-written under the old hash.
    public func read(_ document: InboxDocument) -> Outcome {
        guard InboxDocument.stamp(of: document.absolutePath) == document.stamp else {
            return .quarantined(problem(document, Self.changedWhileRead))
        }
        let bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: document.absolutePath))) } catch {
            return .quarantined(problem(document, "cannot read the file: \(error.localizedDescription)"))
        }
        let outcome = read(bytes: bytes, path: document.absolutePath, source: document.reference)
        guard InboxDocument.stamp(of: document.absolutePath) == document.stamp else {
            return .quarantined(problem(document, Self.changedWhileRead))
        }
        return outcome
    }

    /// True for a problem that says nothing about the document's bytes (it changed while being
    /// read): such an outcome must not be cached.
    public static func isTransient(_ problem: IntakeProblem) -> Bool { problem.reason == changedWhileRead }

    static let changedWhileRead = "the file changed while it was being read (its size or times differ from when it was found and hashed); nothing of it was kept — it is read again next run"

    /// Reads bytes already in memory (`path` is where poppler and Leptonica find the file).
    public func read(bytes: [UInt8], path: String, source: SourceReference) -> Outcome {
        if ShapefileTable.isShapefile(bytes) || path.lowercased().hasSuffix(".shp") {
            return readShapefile(path: path, source: source)
        }
        if GeoJSONPointTable.looksLikeGeoJSON(bytes) {
            let table: GeoJSONPointTable
            do { table = try GeoJSONPointTable(bytes: bytes) } catch { return .quarantined(IntakeProblem(scope: .document, source: source, reason: error.reason)) }
            guard let mapping = classify(bytes: table.bytes) else {
                let header = String(decoding: table.bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
                return .quarantined(IntakeProblem(scope: .document, source: source, reason: "GeoJSON points whose properties (\(header.prefix(200))) match no mapping in mappings/; nothing in it was read"))
            }
            do { return .registry(try RegistryReader(mapping: mapping).read(bytes: table.bytes, source: source)) } catch {
                return .quarantined(IntakeProblem(scope: .document, source: source, reason: error.reason))
            }
        }
        if let companion = ShapefileTable.companionExtensions.first(where: { path.lowercased().hasSuffix("." + $0) }), Self.looksLikeCompanion(bytes, extension: companion) {
            return .quarantined(IntakeProblem(scope: .document, source: source, reason: "a shapefile part (.\(companion)) with no .shp of the same name beside it; nothing can be read from it alone"))
        }
        if let mapping = classify(bytes: bytes) {
            do { return .registry(try RegistryReader(mapping: mapping).read(bytes: bytes, source: source)) } catch {
                return .quarantined(IntakeProblem(scope: .document, source: source, reason: error.reason))
            }
        }
        do { return .document(try documents.read(path: path, bytes: bytes, source: source)) } catch {
            return .quarantined(IntakeProblem(scope: .document, source: source, reason: error.reason))
        }
    }

    /// A point shapefile through the registry mappings; its `.prj` decides the coordinate system.
    private func readShapefile(path: String, source: SourceReference) -> Outcome {
        let table: ShapefileTable
        do { table = try ShapefileTable(path: path) } catch { return .quarantined(IntakeProblem(scope: .document, source: source, reason: error.reason)) }
        guard var mapping = classify(bytes: table.bytes) else {
            let header = String(decoding: table.bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
            return .quarantined(IntakeProblem(scope: .document, source: source, reason: "a point shapefile whose attributes (\(header.prefix(200))) match no mapping in mappings/; nothing in it was read"))
        }
        guard var geometry = mapping.geometry, geometry.column == ShapefileTable.geometryColumn else {
            return .quarantined(IntakeProblem(scope: .document, source: source, reason: "mapping \(mapping.id) matches the shapefile's attributes but reads no geometry column; its points cannot be placed"))
        }
        if let projection = table.projection {
            geometry.crs = projection
        } else if geometry.crs == "prj" {
            return .quarantined(IntakeProblem(scope: .document, source: source, reason: "the shapefile has no .prj, so the coordinate system of its points is unknown; nothing was placed"))
        }
        mapping.geometry = geometry
        do { return .registry(try RegistryReader(mapping: mapping).read(bytes: table.bytes, source: source)) } catch {
            return .quarantined(IntakeProblem(scope: .document, source: source, reason: error.reason))
        }
    }

    /// Shapefile parts are binary (`.shx`, `.dbf`, indexes) or short text (`.prj`, `.cpg`).
    private static func looksLikeCompanion(_ bytes: [UInt8], extension: String) -> Bool {
        switch `extension` {
        case "prj": bytes.starts(with: Array("PROJCS[".utf8)) || bytes.starts(with: Array("GEOGCS[".utf8)) || bytes.starts(with: Array("GEOGCRS[".utf8)) || bytes.starts(with: Array("PROJCRS[".utf8))
        case "cpg": bytes.count < 64
        case "shx": ShapefileTable.isShapefile(bytes)
        default: true
        }
    }

    /// The mapping whose detection columns the file's header has (the most specific one wins).
    public func classify(bytes: [UInt8]) -> SourceMapping? {
        let text = SourceText(bytes: Array(bytes.prefix(64 * 1024)))
        let firstLine = text.bytes.prefix { $0 != UInt8(ascii: "\n") }
        var best: SourceMapping?
        for mapping in mappings {
            let header = DelimitedTextReader(bytes: Array(firstLine), delimiter: mapping.delimiter).read().records.first?.fields
                .map(\.trimmedCell) ?? []
            guard mapping.matches(header: header) else { continue }
            if best == nil || mapping.detectColumns.count > best!.detectColumns.count { best = mapping }
        }
        return best
    }

    private func problem(_ document: InboxDocument, _ reason: String) -> IntakeProblem {
        IntakeProblem(scope: .document, source: document.reference, reason: reason)
    }
}
