import Foundation

/// Compares generated output with a committed snapshot under `Tests/Fixtures/snapshots`.
/// Set `PUSHBACK_RECORD_SNAPSHOTS=1` to (re)write the snapshots instead, then review the diff.
public enum Snapshot {
    /// Nil when `actual` matches the snapshot (or was just recorded); otherwise a description of
    /// the first difference.
    public static func mismatch(_ actual: String, named name: String) -> String? {
        let url = Fixtures.url("snapshots/\(name)")
        if ProcessInfo.processInfo.environment["PUSHBACK_RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no snapshot at \(url.path); record it with PUSHBACK_RECORD_SNAPSHOTS=1"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let e = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let a = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if e != a { return "\(name) line \(index + 1):\n  expected: \(e)\n  actual:   \(a)" }
        }
        return "\(name) differs"
    }
}
