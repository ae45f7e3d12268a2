import ArgumentParser
import Foundation
import PushbackIntake
import PushbackSweep

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what Pushback reads from files: their kind and every fact with its provenance.",
        discussion: """
            Nothing is stored and no rule runs. Exits 0 when every file was read, 3 when any was quarantined.

            Examples:
              pushback extract samples/inbox/*.csv
              pushback extract W-3A.pdf --format json | jq '.[0].facts[] | select(.name == "api")'
            """
    )

    @Argument(help: "Files to read.")
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Option(help: "Folder holding mappings/ (default: as for sweep).")
    var bundle: String?

    @OptionGroup(title: "Document limits")
    var documentLimits: DocumentLimitOptions

    func validate() throws {
        guard format == "text" || format == "json" else { throw ValidationError("--format must be text or json") }
    }

    func run() throws {
        guard let location = BundleLocation.locate(explicitRoot: bundle, executablePath: CommandLine.arguments[0]), location.isComplete else {
            FileHandle.standardError.write(Data("pushback: configuration error: no mappings/ found; pass --bundle DIR\n".utf8))
            throw ExitCode(78)
        }
        let settings: Settings
        do { settings = try Settings(configPath: nil, options: documentLimits.settings) } catch {
            FileHandle.standardError.write(Data("pushback: configuration error: \(error)\n".utf8))
            throw ExitCode(78)
        }
        let report: ExtractionReport
        do { report = try ExtractionReport.read(files: files, bundle: location, limits: DocumentLimitOptions.limits(settings)) } catch {
            FileHandle.standardError.write(Data("pushback: \(error.description)\n".utf8))
            throw ExitCode(error.exitCode)
        }
        print(format == "json" ? report.json() : report.text())
        if report.hasQuarantined { throw ExitCode(3) }
    }
}
