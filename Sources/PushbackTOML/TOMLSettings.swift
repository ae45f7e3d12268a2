import TOMLKit

/// A TOML settings file read as flat `key → value` pairs (`[limits] pages = 10` is
/// `limits.pages`). Wraps TOMLKit (toml++); nothing else in Pushback imports it. Only strings,
/// integers, booleans and lists of strings are settings; anything else is an error naming the key.
public enum TOMLSettings {
    public enum Value: Sendable, Equatable, CustomStringConvertible {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case list([String])

        public var description: String {
            switch self {
            case .string(let text): "\"\(text)\""
            case .integer(let number): "\(number)"
            case .boolean(let flag): "\(flag)"
            case .list(let items): "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
            }
        }
    }

    /// A file that is not TOML, or holds a value that is not a setting.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var message: String

        public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    public static func parse(_ text: String, file: String) throws(Failure) -> [String: Value] {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw Failure(file: file, line: error.source.begin.line, message: error.description)
        } catch {
            throw Failure(file: file, line: nil, message: "\(error)")
        }
        var settings: [String: Value] = [:]
        try flatten(table, prefix: "", file: file, into: &settings)
        return settings
    }

    private static func flatten(_ table: TOMLTable, prefix: String, file: String, into settings: inout [String: Value]) throws(Failure) {
        for (key, value) in table {
            let name = prefix + key
            if let text = value.string {
                settings[name] = .string(text)
            } else if let number = value.int {
                settings[name] = .integer(number)
            } else if let flag = value.bool {
                settings[name] = .boolean(flag)
            } else if let array = value.array {
                let items = array.map(\.string)
                guard !items.contains(nil) else { throw Failure(file: file, line: nil, message: "\(name) must be a list of strings") }
                settings[name] = .list(items.compactMap { $0 })
            } else if let inner = value.table {
                try flatten(inner, prefix: name + ".", file: file, into: &settings)
            } else {
                throw Failure(file: file, line: nil, message: "\(name) is a \(value.type); settings are strings, integers, true/false or lists of strings")
            }
        }
    }
}
