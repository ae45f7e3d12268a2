import Foundation
import ZIPFoundation

/// A zip container (DOCX, XLSX) read from memory through ZIPFoundation, which nothing else in
/// Pushback imports. Built for hostile input: the entry count, each entry's and all entries'
/// inflated bytes, and the inflation ratio are bounded while inflating (the sizes a zip declares
/// are not trusted); entry names that climb out of the archive (`..`, absolute paths,
/// backslashes) or are links are refused; nothing is ever written to disk.
public struct ZipArchive {
    public struct Limits: Sendable {
        public var entries = 10_000
        /// Most bytes all entries read may inflate to, together.
        public var inflatedBytes = 512 * 1_024 * 1_024
        /// Most an entry may inflate to per byte stored (real office XML stays under ~100:1; a
        /// zip bomb is thousands to one).
        public var ratio = 200

        public init(entries: Int = 10_000, inflatedBytes: Int = 512 * 1_024 * 1_024, ratio: Int = 200) {
            self.entries = entries
            self.inflatedBytes = inflatedBytes
            self.ratio = ratio
        }
    }

    /// Why the container or one of its entries cannot be read.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        /// The entry concerned, if any.
        public var entry: String?
        public var reason: String
        public var description: String { entry.map { "\($0): \(reason)" } ?? reason }
    }

    private let archive: Archive
    private let limits: Limits
    /// Regular entries by name.
    private let entries: [String: Entry]
    /// Bytes inflated so far by `data(of:)`, against `limits.inflatedBytes`.
    private var inflated = 0

    /// Opens the zip in `data`; a damaged directory, too many entries or an escaping name is a refusal.
    public init(data: Data, limits: Limits = Limits()) throws(Refusal) {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read, pathEncoding: .utf8) } catch {
            throw Refusal(reason: "not a readable zip archive (\(error))")
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else { throw Refusal(reason: "more than \(limits.entries) entries") }
            let name = entry.path(using: .utf8)
            if let escape = Self.escape(in: name) { throw Refusal(entry: name, reason: escape) }
            switch entry.type {
            case .file: entries[name] = entry
            case .directory: continue
            case .symlink: throw Refusal(entry: name, reason: "a symbolic link inside the archive (refused)")
            }
        }
        self.archive = archive
        self.limits = limits
        self.entries = entries
    }

    /// Names of the regular entries, sorted.
    public var names: [String] { entries.keys.sorted() }

    public func contains(_ name: String) -> Bool { entries[name] != nil }

    /// An entry's inflated bytes, inflating no more than the limits allow and checking its CRC.
    public mutating func data(of name: String) throws(Refusal) -> Data {
        guard let entry = entries[name] else { throw Refusal(entry: name, reason: "no such entry") }
        let stored = max(Int(clamping: entry.compressedSize), 1)
        let entryLimit = min(limits.inflatedBytes - inflated, stored.multipliedReportingOverflow(by: limits.ratio).overflow ? Int.max : stored * limits.ratio)
        var output = Data()
        var overLimit: Refusal?
        do {
            let checksum = try archive.extract(entry) { chunk in
                guard output.count + chunk.count <= entryLimit else {
                    let reason = output.count + chunk.count > limits.inflatedBytes - inflated
                        ? "inflates past the \(limits.inflatedBytes / 1_048_576) MiB limit for the whole document (a zip bomb?)"
                        : "inflates to more than \(limits.ratio) times its \(stored) stored bytes (a zip bomb?)"
                    overLimit = Refusal(entry: name, reason: reason)
                    throw CancellationError()
                }
                output.append(chunk)
            }
            guard checksum == entry.checksum else { throw Refusal(entry: name, reason: "damaged: its CRC-32 does not match") }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw overLimit ?? Refusal(entry: name, reason: "cannot be inflated (\(error))")
        }
        inflated += output.count
        return output
    }

    /// Why an entry name would leave the archive's root, or nil when it stays inside.
    static func escape(in name: String) -> String? {
        if name.hasPrefix("/") { return "an absolute path inside the archive (refused)" }
        if name.contains("\\") { return "a backslash in an entry name (refused: it may be a Windows path climbing out)" }
        if name.split(separator: "/", omittingEmptySubsequences: false).contains("..") { return "a path climbing out of the archive with .. (refused)" }
        return nil
    }
}
