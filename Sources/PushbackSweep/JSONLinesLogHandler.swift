import Foundation
import Logging

/// A swift-log handler that writes one JSON object per line — `ts`, `level`, `event` and the
/// metadata (`run_id`, `document`, `duration_ms`, …) — for log collectors and `jq`. Numbers and
/// booleans given as metadata stay numbers and booleans.
public struct JSONLinesLogHandler: LogHandler {
    /// Where lines go: a file opened for appending, or standard error. Lines from several
    /// threads never interleave.
    public final class Sink: @unchecked Sendable {
        private let handle: FileHandle
        private let lock = NSLock()

        private init(handle: FileHandle) { self.handle = handle }

        public static let standardError = Sink(handle: .standardError)

        /// Appends to `path`, creating it (and its folder) if needed.
        public static func file(_ path: String) throws -> Sink {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
            guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
            handle.seekToEndOfFile()
            return Sink(handle: handle)
        }

        func write(_ line: Data) {
            lock.withLock { handle.write(line) }
        }
    }

    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info
    private let sink: Sink

    public init(sink: Sink) { self.sink = sink }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let provided = metadataProvider?.get() { fields.merge(provided) { $1 } }
        if let given = event.metadata { fields.merge(given) { $1 } }
        var object = fields.mapValues(Self.json)
        object["ts"] = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime, .withFractionalSeconds])
        object["level"] = event.level.rawValue
        object["event"] = event.message.description
        guard var line = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        line.append(UInt8(ascii: "\n"))
        sink.write(line)
    }

    private static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let convertible):
            switch convertible {
            case let number as Int: number
            case let number as Double: number
            case let flag as Bool: flag
            default: convertible.description
            }
        case .array(let values): values.map(json)
        case .dictionary(let values): values.mapValues(json)
        }
    }
}
