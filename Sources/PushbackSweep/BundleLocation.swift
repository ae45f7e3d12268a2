import Foundation

/// Where the rule bundle lives: `rules/`, `jurisdictions/`, `mappings/` and `lexicon/` under one
/// root, beside the filing schemas (`schemas/`).
public struct BundleLocation: Sendable, Equatable {
    public var root: String

    public init(root: String) { self.root = root }

    public var rules: String { (root as NSString).appendingPathComponent("rules") }
    public var jurisdictions: String { (root as NSString).appendingPathComponent("jurisdictions") }
    public var mappings: String { (root as NSString).appendingPathComponent("mappings") }
    public var lexicon: String { (root as NSString).appendingPathComponent("lexicon") }
    /// The oilfield vocabulary every document extractor reads through.
    public var lexiconFile: String { (lexicon as NSString).appendingPathComponent("oilfield.yaml") }

    /// US places for "N miles DIR of TOWN" (GeoNames cities1000); optional: without it written
    /// locations are reported as not resolved.
    public var gazetteer: String { (root as NSString).appendingPathComponent("data/gazetteer") }
    public var gazetteerFile: String { (gazetteer as NSString).appendingPathComponent("us_places.csv") }

    /// The filing schemas every XML part of an export validates against.
    public var filingSchema: String { (root as NSString).appendingPathComponent("schemas/2026/pushback-filing-2026.xsd") }

    /// True when the four folders exist under `root`.
    public var isComplete: Bool {
        [rules, jurisdictions, mappings, lexicon].allSatisfy { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The bundle in `explicitRoot` if given; otherwise the current folder, or the nearest folder
    /// above the executable that has one (so `.build/debug/pushback` finds the checkout's rules).
    public static func locate(explicitRoot: String?, executablePath: String) -> BundleLocation? {
        if let explicitRoot { return BundleLocation(root: explicitRoot) }
        let current = BundleLocation(root: FileManager.default.currentDirectoryPath)
        if current.isComplete { return current }
        var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = BundleLocation(root: folder.path)
            if candidate.isComplete { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
