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
    /// The file's stamp when it was found (see `stamp(of:)`): a different stamp when it is read
    /// means it changed in between.
    public var stamp: String

    public var reference: SourceReference { SourceReference(sha256: sha256, path: relativePath) }

    /// One file's hash as discovery computed it, and the file's stamp then (size, modification
    /// and change times, inode): while the stamp is unchanged the file is not read again.
    public struct FileHash: Sendable, Hashable {
        public var relativePath: String
        public var stamp: String
        public var sha256: String

        public init(relativePath: String, stamp: String, sha256: String) {
            self.relativePath = relativePath
            self.stamp = stamp
            self.sha256 = sha256
        }
    }

    /// Lists regular files under `inbox` (recursively, hidden files skipped), sorted by path,
    /// hashing each — unless `knownHashes` (by relative path) has the file with the same stamp.
    /// Symbolic links are not followed: a link is reported, never read. `hashed` is every file's
    /// hash, for the next discovery.
    public static func discover(inbox: String, knownHashes: [String: FileHash] = [:]) throws
        -> (documents: [InboxDocument], refused: [(path: String, reason: String)], hashed: [FileHash]) {
        let root = URL(fileURLWithPath: inbox).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: inbox, NSLocalizedDescriptionKey: "inbox \(inbox) is not a folder"])
        }
        var documents: [InboxDocument] = []
        var refused: [(path: String, reason: String)] = []
        var hashed: [FileHash] = []
        // readdir(3) and lstat(2): Foundation's enumerators cost more than hashing a small file.
        var pending = [""]
        while let folder = pending.popLast() {
            let folderPath = folder.isEmpty ? root.path : root.path + "/" + folder
            guard let directory = opendir(folderPath) else {
                refused.append((folder, "cannot list the folder: \(String(cString: strerror(errno)))"))
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                // Hidden files and folders (and `.`, `..`) are skipped.
                guard !name.hasPrefix(".") else { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                let path = root.path + "/" + relative
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append(relative)
                case S_IFLNK: refused.append((relative, "symbolic link: not followed (it may point outside the inbox)"))
                case S_IFREG:
                    let stamp = Self.stamp(info)
                    let known = knownHashes[relative].flatMap { $0.stamp == stamp ? $0.sha256 : nil }
                    let hash = try known ?? sha256(ofFile: path)
                    hashed.append(FileHash(relativePath: relative, stamp: stamp, sha256: hash))
                    documents.append(InboxDocument(relativePath: relative, absolutePath: path, size: Int(info.st_size), sha256: hash, stamp: stamp))
                default: continue
                }
            }
        }
        return (groupingShapefiles(documents).sorted { $0.relativePath < $1.relativePath }, refused.sorted { $0.path < $1.path }, hashed)
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
            grouped.sha256 = hexadecimal(hasher.finalize())
            grouped.size += companions.map(\.size).reduce(0, +)
            return grouped
        }
    }

    /// A file's size, modification and change times (to the nanosecond) and inode: any write,
    /// truncation or replacement changes it. Nil when the file is gone.
    public static func stamp(of path: String) -> String? {
        var info = stat()
        return lstat(path, &info) == 0 ? stamp(info) : nil
    }

    private static func stamp(_ info: stat) -> String {
        "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec) \(info.st_ino)"
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
        return hexadecimal(hasher.finalize())
    }

    /// Lowercase hex of a digest (`String(format:)` per byte costs more than the hashing).
    public static func hexadecimal(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
