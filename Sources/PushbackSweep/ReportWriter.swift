import Foundation

/// Writes report files so a reader never sees half of one: each goes to a temporary file in the
/// same folder, is flushed to disk, then renamed into place; the links to a run's folder move
/// only when all of its files are on disk.
enum ReportWriter {
    static func write(_ data: Data, to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// `<folder>/runs/<run id>`: where one run's report files are written.
    static func runDirectory(in folder: String, runID: String) -> String {
        (folder as NSString).appendingPathComponent(runDirectoryLink(runID: runID))
    }

    /// The run folder relative to the output folder, as links name it.
    static func runDirectoryLink(runID: String) -> String { "runs/\(runID)" }

    /// Removes run folders no link in `folder` shows any more: those of runs that were cut short
    /// before linking theirs, and those a later run of the same as-of date replaced. Only the
    /// lock holder calls this, so no other run is writing one.
    static func removeUnlinkedRunDirectories(in folder: String) {
        let linked = Set(((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).compactMap { name in
            try? FileManager.default.destinationOfSymbolicLink(atPath: (folder as NSString).appendingPathComponent(name))
        })
        let runs = (folder as NSString).appendingPathComponent("runs")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: runs)) ?? [] where !linked.contains("runs/\(name)") {
            try? FileManager.default.removeItem(atPath: (runs as NSString).appendingPathComponent(name))
        }
    }

    /// Flushes a folder's entries (the names of files just renamed into it) to disk.
    static func synchronizeDirectory(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Points `<folder>/<name>` at `target` (relative to `folder`) by renaming a new link over
    /// it: a reader sees the old target or the new one, never neither. A real folder in the way
    /// (reports of a version before run folders) is moved under `runs/` first.
    static func pointLink(in folder: String, named name: String, to target: String) throws {
        let link = (folder as NSString).appendingPathComponent(name)
        // (The attributes of the link itself, not of what it points to.)
        if (try? FileManager.default.attributesOfItem(atPath: link))?[.type] as? FileAttributeType == .typeDirectory {
            let kept = runDirectory(in: folder, runID: "\(name)-before-run-folders")
            try FileManager.default.createDirectory(atPath: (kept as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.moveItem(atPath: link, toPath: kept)
        }
        let temporary = link + ".tmp-\(getpid())"
        try? FileManager.default.removeItem(atPath: temporary)
        try FileManager.default.createSymbolicLink(atPath: temporary, withDestinationPath: target)
        guard rename(temporary, link) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        try synchronizeDirectory(folder)
    }
}
