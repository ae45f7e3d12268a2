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
        return (documents.sorted { $0.relativePath < $1.relativePath }, refused.sorted { $0.path < $1.path })
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
