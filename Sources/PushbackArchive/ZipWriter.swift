import Foundation
import ZIPFoundation

/// Writes a zip in memory through ZIPFoundation, the same bytes for the same entries: entries in
/// the order given, each deflated and dated `modified` (never the clock), no directories.
public enum ZipWriter {
    /// Why the archive could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var entry: String?
        public var reason: String
        public var description: String { entry.map { "\($0): \(reason)" } ?? reason }
    }

    public static func archive(_ entries: [(name: String, data: Data)], modified: Date) throws(Failure) -> Data {
        let archive: Archive
        do { archive = try Archive(data: Data(), accessMode: .create) } catch { throw Failure(reason: "cannot create an archive in memory: \(error)") }
        for entry in entries {
            guard ZipArchive.escape(in: entry.name) == nil else { throw Failure(entry: entry.name, reason: "an entry name must stay inside the archive") }
            let bytes = entry.data
            do {
                try archive.addEntry(with: entry.name, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: modified, permissions: 0o644,
                                     compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch { throw Failure(entry: entry.name, reason: "\(error)") }
        }
        guard let data = archive.data else { throw Failure(reason: "the archive in memory is empty") }
        return data
    }
}
