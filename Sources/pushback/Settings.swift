import Foundation
import PushbackReport
import PushbackTOML

/// Settings from, highest precedence first: the command line, the environment (`PUSHBACK_INBOX`,
/// `PUSHBACK_LIMITS_PAGES`, …), the configuration file (`--config`, `$PUSHBACK_CONFIG`, or
/// `pushback.toml` in the current folder when there is one), and the defaults. Every value
/// remembers where it came from, for `pushback config check`.
struct Settings {
    /// A setting Pushback knows.
    struct Key {
        /// What a setting holds; the environment gives every kind as text (a list comma-separated).
        enum Kind { case text, integer, list }

        var name: String
        var kind: Kind
        var defaultValue: TOMLSettings.Value?
        var help: String
        /// The least an integer setting may be.
        var minimum = 1

        /// `limits.pages` → `PUSHBACK_LIMITS_PAGES`.
        var environmentName: String { "PUSHBACK_" + name.uppercased().replacingOccurrences(of: ".", with: "_") }
    }

    static let keys: [Key] = [
        Key(name: "inbox", kind: .text, defaultValue: nil, help: "folder of documents to review"),
        Key(name: "database", kind: .text, defaultValue: .string("pushback-data/pushback.sqlite"), help: "SQLite database"),
        Key(name: "reports", kind: .text, defaultValue: .string("pushback-data/reports"), help: "folder for reports"),
        Key(name: "bundle", kind: .text, defaultValue: nil, help: "folder holding rules/, jurisdictions/, mappings/"),
        Key(name: "fail_on", kind: .text, defaultValue: .string("never"), help: "exit 1 at or above this severity"),
        Key(name: "if_locked", kind: .text, defaultValue: .string("fail"), help: "fail, skip or wait:SECONDS"),
        Key(name: "log", kind: .text, defaultValue: nil, help: "JSON Lines log file, or - for standard error"),
        Key(name: "jurisdictions.enabled", kind: .list, defaultValue: nil, help: "jurisdictions whose rules are evaluated (default: all in the bundle)"),
        Key(name: "report.maps", kind: .integer, defaultValue: .integer(ReportFormat.Options.defaultMaps), help: "proximity findings drawn as maps in report.html at most", minimum: 0),
        Key(name: "limits.document_mib", kind: .integer, defaultValue: .integer(256), help: "largest document read, MiB"),
        Key(name: "limits.pages", kind: .integer, defaultValue: .integer(5_000), help: "most pages in one PDF"),
        Key(name: "limits.ocr_pages", kind: .integer, defaultValue: .integer(4), help: "scanned pages OCR'd per document", minimum: 0),
        Key(name: "limits.image_megapixels", kind: .integer, defaultValue: .integer(60), help: "largest page image decoded for OCR"),
        Key(name: "limits.inflated_mib", kind: .integer, defaultValue: .integer(512), help: "most a PDF's streams may inflate to, MiB"),
    ]

    /// A settings file or environment value that cannot be used.
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    /// Each known setting that has a value, with where it came from.
    private(set) var values: [String: (value: TOMLSettings.Value, source: String)] = [:]
    /// The configuration file read, if any.
    private(set) var file: String?

    /// `options`: values given on the command line (nil: not given), by key name.
    init(configPath: String?, options: [String: TOMLSettings.Value?], environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let known = Dictionary(uniqueKeysWithValues: Self.keys.map { ($0.name, $0) })
        for key in Self.keys { if let value = key.defaultValue { values[key.name] = (value, "default") } }

        let explicit = configPath ?? environment["PUSHBACK_CONFIG"]
        let path = explicit ?? (FileManager.default.fileExists(atPath: "pushback.toml") ? "pushback.toml" : nil)
        if let path {
            guard let data = FileManager.default.contents(atPath: path) else { throw Invalid(description: "cannot read the configuration file \(path)") }
            let parsed: [String: TOMLSettings.Value]
            do { parsed = try TOMLSettings.parse(String(decoding: data, as: UTF8.self), file: path) } catch { throw Invalid(description: error.description) }
            for (name, value) in parsed.sorted(by: { $0.key < $1.key }) {
                guard let key = known[name] else {
                    throw Invalid(description: "\(path): unknown setting \"\(name)\" (known: \(Self.keys.map(\.name).joined(separator: ", ")))")
                }
                values[name] = (try Self.checked(value, for: key, from: path), path)
            }
            file = path
        }
        for key in Self.keys {
            guard let text = environment[key.environmentName] else { continue }
            values[key.name] = (try Self.checked(.string(text), for: key, from: key.environmentName), "environment \(key.environmentName)")
        }
        for (name, value) in options {
            guard let value, let key = known[name] else { continue }
            values[name] = (try Self.checked(value, for: key, from: "the command line"), "command line")
        }
    }

    /// `value` as the key's type (an environment string holding a number becomes an integer, one
    /// holding commas a list).
    private static func checked(_ value: TOMLSettings.Value, for key: Key, from source: String) throws -> TOMLSettings.Value {
        switch (value, key.kind) {
        case (.integer(let number), .integer) where number >= key.minimum: return value
        case (.string(let text), .integer):
            if let number = Int(text) { return try checked(.integer(number), for: key, from: source) }
        case (.string, .text): return value
        case (.string(let text), .list):
            return try checked(.list(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }), for: key, from: source)
        case (.list(let items), .list) where !items.isEmpty && !items.contains(where: \.isEmpty): return value
        default: break
        }
        let expected = switch key.kind {
        case .integer: key.minimum == 0 ? "a whole number, 0 or more" : "a positive whole number"
        case .text: "text"
        case .list: "a non-empty list of names"
        }
        throw Invalid(description: "\(source): \(key.name) = \(value) is not \(expected) (\(key.help))")
    }

    func list(_ name: String) -> [String]? {
        guard case .list(let items)? = values[name]?.value else { return nil }
        return items
    }

    func string(_ name: String) -> String? {
        guard case .string(let text)? = values[name]?.value else { return nil }
        return text
    }

    func integer(_ name: String) -> Int? {
        guard case .integer(let number)? = values[name]?.value else { return nil }
        return number
    }

    /// Every setting with its value and source, for `pushback config check`.
    var listing: String {
        Self.keys.map { key in
            let entry = values[key.name]
            return "\(key.name) = \(entry.map { "\($0.value)" } ?? "(not set)")" + (entry.map { "   # \($0.source)" } ?? "")
        }.joined(separator: "\n")
    }
}
