import Foundation

/// Locates files the tests read: fixtures committed under `Tests/Fixtures`, the repository's
/// own folders (`samples/`, `rules/`, …) and, for tests that say so, `../shared/data/real`.
public enum Fixtures {
    /// The repository root (the folder holding Package.swift).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// A committed fixture, e.g. `url("real/documents/tx_rrc/42-003-42706/W-2_4200342706.pdf")`.
    public static func url(_ relativePath: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relativePath)
    }

    /// A path inside the repository, e.g. `repository("samples/inbox")`.
    public static func repository(_ relativePath: String) -> URL {
        repositoryRoot.appendingPathComponent(relativePath)
    }

    /// The shared real-data folder beside the checkout, or nil when this machine does not have it.
    public static var sharedRealData: URL? {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/real")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A fresh, empty temporary folder for one test.
    public static func temporaryDirectory(_ label: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pushback-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
