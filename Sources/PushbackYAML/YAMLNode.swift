import Foundation
import Yams

/// A node of a parsed YAML file that remembers its file and line, so every shape error points
/// at the line to fix. Wraps Yams (libyaml); nothing else in Pushback imports Yams.
public struct YAMLNode {
    public let file: String
    private let node: Node

    init(node: Node, file: String) {
        self.node = node
        self.file = file
    }

    /// Parses a whole YAML document; syntax errors carry line and column.
    public static func parse(_ text: String, file: String) throws(YAMLError) -> YAMLNode {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw YAMLError(file: file, line: 1, message: "the file is empty")
            }
            return YAMLNode(node: node, file: file)
        } catch let error as YAMLError {
            throw error
        } catch let error as YamlError {
            throw Self.convert(error, file: file)
        } catch {
            throw YAMLError(file: file, line: nil, message: "\(error)")
        }
    }

    /// Reads and parses the file at `path`.
    public static func load(path: String) throws(YAMLError) -> YAMLNode {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw YAMLError(file: path, line: nil, message: "cannot read the file as UTF-8: \(error.localizedDescription)")
        }
        return try parse(text, file: path)
    }

    /// 1-based line of this node.
    public var line: Int { node.mark.map { $0.line } ?? 0 }

    /// An error at this node's line.
    public func error(_ message: String) -> YAMLError {
        YAMLError(file: file, line: line > 0 ? line : nil, column: node.mark?.column, message: message)
    }

    // MARK: - Scalars

    /// The scalar text; a mapping or sequence is an error.
    public func string() throws(YAMLError) -> String {
        guard case .scalar(let scalar) = node else { throw error("expected a single value, found \(shape)") }
        return scalar.string
    }

    public func int() throws(YAMLError) -> Int {
        let text = try string()
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")) else { throw error("expected a whole number, found \"\(text)\"") }
        return value
    }

    public func double() throws(YAMLError) -> Double {
        let text = try string()
        guard let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite else {
            throw error("expected a number, found \"\(text)\"")
        }
        return value
    }

    public func bool() throws(YAMLError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        case let other: throw error("expected true or false, found \"\(other)\"")
        }
    }

    /// A date written `YYYY-MM-DD`, as `DateComponents`-free text checked for shape.
    public func isoDate() throws(YAMLError) -> String {
        let text = try string()
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]), (1...31).contains(day)
        else { throw error("expected a date as YYYY-MM-DD, found \"\(text)\"") }
        return text
    }

    // MARK: - Collections

    /// The items of a sequence; a single scalar is treated as a one-item sequence.
    public func array() throws(YAMLError) -> [YAMLNode] {
        switch node {
        case .sequence(let sequence): return sequence.map { YAMLNode(node: $0, file: file) }
        case .scalar: return [self]
        default: throw error("expected a list, found \(shape)")
        }
    }

    /// A sequence of scalars as strings.
    public func strings() throws(YAMLError) -> [String] {
        var result: [String] = []
        for item in try array() { result.append(try item.string()) }
        return result
    }

    /// The key–value pairs of a mapping, in file order.
    public func entries() throws(YAMLError) -> [(key: String, value: YAMLNode)] {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping (key: value), found \(shape)") }
        var result: [(key: String, value: YAMLNode)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                throw YAMLNode(node: key, file: file).error("a key must be a plain value")
            }
            result.append((scalar.string, YAMLNode(node: value, file: file)))
        }
        return result
    }

    /// The value for `key` in a mapping, or nil.
    public func optional(_ key: String) throws(YAMLError) -> YAMLNode? {
        try entries().first { $0.key == key }?.value
    }

    /// The value for `key`; missing is an error naming the key.
    public func required(_ key: String) throws(YAMLError) -> YAMLNode {
        guard let value = try optional(key) else { throw error("missing required key \"\(key)\"") }
        return value
    }

    /// Rejects keys not in `allowed` (catches typos such as `severty:`), naming the line.
    public func checkKeys(allowed: Set<String>) throws(YAMLError) {
        for (key, value) in try entries() where !allowed.contains(key) {
            throw value.error("unknown key \"\(key)\"; expected one of: \(allowed.sorted().joined(separator: ", "))")
        }
    }

    /// True when the node is a mapping.
    public var isMapping: Bool { if case .mapping = node { true } else { false } }

    private var shape: String {
        switch node {
        case .scalar(let scalar): "the value \"\(scalar.string)\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    private static func convert(_ error: YamlError, file: String) -> YAMLError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return YAMLError(file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(problem)")
        case .composer(_, let problem, let mark, _):
            return YAMLError(file: file, line: mark.line, column: mark.column, message: "YAML error: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return YAMLError(file: file, line: context.mark.line, column: context.mark.column, message: "duplicate key(s) \(duplicates.joined(separator: ", ")) in one mapping")
        default:
            return YAMLError(file: file, line: nil, message: "YAML error: \(error)")
        }
    }
}
