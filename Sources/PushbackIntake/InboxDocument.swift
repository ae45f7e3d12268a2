import Crypto
import Foundation
import PushbackModel

/// A file found in the inbox, identified by the SHA-256 of its bytes.
public struct InboxDocument: Sendable, Hashable {
    /// Path relative to the inbox, with `/` separators.
    public var relativePath: String
    public var absolutePath: String
    public var size: Int
    public var sha256: String

    public var reference: SourceReference { SourceReference(sha256: sha256, path: relativePath) }

    /// Lists regular files under `inbox` (recursively, hidden files skipped), sorted by path,
    /// hashing each. Symbolic links are not followed: a link is reported, never read.
    public static func discover(inbox: String) throws -> (documents: [InboxDocument], refused: [(path: String, reason: String)]) {
        let root = URL(fileURLWithPath: inbox).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: inbox, NSLocalizedDescriptionKey: "inbox \(inbox) is not a folder"])
        }
        var documents: [InboxDocument] = []
        var refused: [(path: String, reason: String)] = []
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey, .fileSizeKey]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: inbox])
        }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in walker {
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent
            let values = try url.resourceValues(forKeys: Set(keys))
            if values.isSymbolicLink == true {
                refused.append((relative, "symbolic link: not followed (it may point outside the inbox)"))
                continue
            }
            guard values.isRegularFile == true else { continue }
            let hash = try sha256(ofFile: path)
            documents.append(InboxDocument(relativePath: relative, absolutePath: path, size: values.fileSize ?? 0, sha256: hash))
        }
        return (groupingShapefiles(documents).sorted { $0.relativePath < $1.relativePath }, refused.sorted { $0.path < $1.path })
    }

    /// A shapefile is several files: its parts (`.dbf`, `.shx`, `.prj`, …) are read with the
    /// `.shp` beside them rather than on their own, and the `.shp`'s identity covers them all, so
    /// a changed attribute table is a changed document. Parts without a `.shp` stay documents
    /// (and are quarantined as such).
    static func groupingShapefiles(_ documents: [InboxDocument]) -> [InboxDocument] {
        func stem(_ path: String, dropping suffix: String) -> String { String(path.dropLast(suffix.count + 1)).lowercased() }
        var shapefiles: [String: Int] = [:]
        for (index, document) in documents.enumerated() where document.relativePath.lowercased().hasSuffix(".shp") {
            shapefiles[stem(document.relativePath, dropping: "shp")] = index
        }
        guard !shapefiles.isEmpty else { return documents }
        var parts: [Int: [InboxDocument]] = [:]
        var kept: [InboxDocument] = []
        for document in documents {
            let lowered = document.relativePath.lowercased()
            if let suffix = ShapefileTable.companionExtensions.first(where: { lowered.hasSuffix("." + $0) }),
               let owner = shapefiles[stem(document.relativePath, dropping: suffix)] {
                parts[owner, default: []].append(document)
            } else {
                kept.append(document)
            }
        }
        return kept.map { document in
            guard let owner = shapefiles[stem(document.relativePath, dropping: "shp")], document.relativePath.lowercased().hasSuffix(".shp"),
                  let companions = parts[owner]?.sorted(by: { $0.relativePath < $1.relativePath }) else { return document }
            var grouped = document
            var hasher = SHA256()
            for part in [document] + companions {
                let role = part.relativePath.lowercased().split(separator: ".").last.map(String.init) ?? ""
                hasher.update(data: Data((role + ":" + part.sha256).utf8))
            }
            grouped.sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
            grouped.size += companions.map(\.size).reduce(0, +)
            return grouped
        }
    }

    /// Streams the file through SHA-256 in 1 MiB chunks.
    public static func sha256(ofFile path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
