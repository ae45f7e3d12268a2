import ArgumentParser
import Foundation
import PushbackPackaging
import PushbackSweep

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-check a filing bundle: its parts against the manifest's SHA-256 checksums, nothing unlisted, every XML part against its schema.",
        discussion: "Exits 0 when the bundle verifies, 1 when anything is wrong (each problem names the part), 64 on a usage error, 78 when the schemas cannot be found."
    )

    @Argument(help: "The bundle zip.")
    var file: String

    @Option(help: "Folder holding schemas/ (default: as for sweep).")
    var bundle: String?

    func run() throws {
        guard let location = BundleLocation.locate(explicitRoot: bundle, executablePath: CommandLine.arguments[0]),
              FileManager.default.fileExists(atPath: location.filingSchema) else {
            FileHandle.standardError.write(Data("pushback: configuration error: no schemas/2026/ found; pass --bundle DIR\n".utf8))
            throw ExitCode(78)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("pushback: cannot read \(file)\n".utf8))
            throw ExitCode(1)
        }
        let report = BundleVerifier(schemaPath: location.filingSchema).verify(data)
        print("\(file): \(report.parts) part(s), submission \(report.submissionID ?? "unknown"), sequence \(report.sequence ?? "unknown")")
        guard report.problems.isEmpty else {
            for problem in report.problems { print("  FAIL \(problem)") }
            print("\(report.problems.count) problem(s): the bundle does not verify.")
            throw ExitCode(1)
        }
        print("  every part matches its SHA-256 in the manifest, nothing is unlisted, every XML part validates: verified.")
    }
}
