import ArgumentParser
import Foundation
import PushbackRules
import PushbackSweep

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why a finding was raised: rule and version, bundle hash, jurisdiction chain, each step with the values compared, evidence.",
        discussion: "FINDING is the finding's number in the run's report (\"170.\" in report.txt). Exits 0, 64 when there is no such run or finding, 78 when there is no database."
    )

    @Argument(help: "The finding's number in the report.")
    var finding: Int

    @Option(name: .customLong("run"), help: "Run id, or latest (the last finished run).")
    var runID = "latest"

    @Option(help: "SQLite database the sweeps write.")
    var db: String = "pushback-data/pushback.sqlite"

    @Option(help: "Folder holding jurisdictions/, to name jurisdictions (default: as for sweep).")
    var bundle: String?

    @Flag(help: "Print the finding as JSON instead.")
    var json = false

    func run() throws {
        var names: [String: String] = [:]
        if let location = BundleLocation.locate(explicitRoot: bundle, executablePath: CommandLine.arguments[0]),
           let catalog = try? JurisdictionCatalog.load(directory: location.jurisdictions) {
            names = catalog.jurisdictions.mapValues(\.name)
        }
        do {
            let (text, finding) = try FindingLookup.explain(databasePath: db, run: runID, number: finding, names: names)
            if json { try JSONOutput.print(finding) } else { print(text, terminator: "") }
        } catch let failure as FindingLookup.Failure {
            FileHandle.standardError.write(Data("pushback: \(failure)\n".utf8))
            if case .noDatabase = failure { throw ExitCode(78) }
            throw ExitCode(64)
        }
    }
}
