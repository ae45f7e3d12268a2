import Foundation

/// Runs the built `pushback` binary and captures what it printed and how it exited.
public struct CommandRunner {
    public struct Result: Sendable {
        /// The exit status, or the signal's number when `wasKilled`.
        public var exitCode: Int32
        /// Ended by a signal rather than by exiting.
        public var wasKilled: Bool
        public var stdout: String
        public var stderr: String
    }

    /// The `pushback` executable next to the test bundle (SwiftPM builds it before the tests).
    public static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        let beside = folder.appendingPathComponent("pushback")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Fixtures.repository(".build/debug/pushback")
    }

    public static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(exitCode: process.terminationStatus, wasKilled: process.terminationReason == .uncaughtSignal, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
