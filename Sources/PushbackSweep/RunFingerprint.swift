import Crypto
import Foundation
import PushbackIntake

/// What a run reads and with what, as two SHA-256 digests:
/// - `reader`: the running executable (its size, modification time and inode: any rebuild or
///   reinstall is a new reader) and the document limits — the key of the document cache;
/// - `bundle`: every file of the rule bundle (rules, jurisdictions, mappings, lexicon, gazetteer) — part of the key
///   of cached rule results;
/// - `run`: the reader, the bundle, the as-of date, `--fail-on`, the enabled jurisdictions, and each inbox document's path
///   and content hash, and the size of the acknowledgement ledger, and the report's map cap — equal fingerprints mean a run
///   would repeat the last one exactly (a new acknowledgement changes the report).
struct RunFingerprint {
    let reader: String
    let bundle: String
    let run: String

    init(options: SweepOptions, documents: [InboxDocument], refused: [(path: String, reason: String)], acknowledgements: Int) throws {
        var readerHash = SHA256()
        var executable = stat()
        guard stat("/proc/self/exe", &executable) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        readerHash.update(data: Data("executable \(executable.st_size) \(executable.st_mtim.tv_sec).\(executable.st_mtim.tv_nsec) \(executable.st_ino)\n".utf8))
        let limits = options.documentLimits
        readerHash.update(data: Data("limits \(limits.bytes) \(limits.pages) \(limits.ocrPages) \(limits.imagePixels) \(limits.inflatedBytes)".utf8))
        reader = Self.hex(readerHash.finalize())

        var bundleHash = SHA256()
        for (name, folder) in [("rules", options.bundle.rules), ("jurisdictions", options.bundle.jurisdictions), ("mappings", options.bundle.mappings), ("lexicon", options.bundle.lexicon),
                               ("gazetteer", options.bundle.gazetteer)] {
            guard FileManager.default.fileExists(atPath: folder) else { continue }
            for path in try Self.files(under: folder) {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(path)))
                bundleHash.update(data: Data("\(name)/\(path) \(bytes.count)\n".utf8))
                bundleHash.update(data: bytes)
            }
        }
        bundle = Self.hex(bundleHash.finalize())

        var runHash = SHA256()
        runHash.update(data: Data("reader \(reader)\nbundle \(bundle)\nas-of \(options.asOf)\nfail-on \(options.failOn?.rawValue ?? "never")\n".utf8))
        runHash.update(data: Data("jurisdictions \(options.enabledJurisdictions?.sorted().joined(separator: ",") ?? "all")\n".utf8))
        for document in documents { runHash.update(data: Data("document \(document.relativePath) \(document.sha256)\n".utf8)) }
        for entry in refused { runHash.update(data: Data("refused \(entry.path)\n".utf8)) }
        runHash.update(data: Data("acknowledgements \(acknowledgements)\n".utf8))
        runHash.update(data: Data("maps \(options.reportOptions.maps)\n".utf8))
        run = Self.hex(runHash.finalize())
    }

    /// Regular files under `folder`, as sorted relative paths.
    private static func files(under folder: String) throws -> [String] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        return try FileManager.default.subpathsOfDirectory(atPath: root).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(path), isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    private static func hex(_ digest: SHA256.Digest) -> String { InboxDocument.hexadecimal(digest) }
}
