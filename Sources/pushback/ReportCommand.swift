import ArgumentParser
import Foundation
import PushbackReport
import PushbackSweep
import PushbackTOML

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a stored run's report again, in any format, from the database.",
        discussion: """
            Formats: html (report.html, with maps), text (report.txt), digest (digest.txt, one screen for email), \
            json (findings.json), sarif (findings.sarif), csv (findings.csv), geojson (findings.geojson).

            The run's findings, their baseline states and its documents are as the sweep stored them; acknowledgements \
            are the ledger as it stands now, so a decision recorded after the run shows. Without acknowledgements since, \
            the output is byte-identical to the file the sweep wrote.

            Examples:
              pushback report --format digest
              pushback report --run 20261207T020000Z-1a2b3c --format csv --out findings.csv
              pushback report --format html --maps 100 --out /tmp/report.html

            Exits 0; 64 when there is no such run (or it never finished, or predates stored reports); 78 when there is no database or --out cannot be written.
            """
    )

    @Option(name: .customLong("run"), help: "Run id, or latest (the last finished run).")
    var runID = "latest"

    @Option(help: "html, text, digest, json, sarif, csv or geojson.")
    var format: String = "html"

    @Option(help: "Write to this file (default: standard output).")
    var out: String?

    @Option(help: "SQLite database the sweeps write (setting database).")
    var db: String?

    @Option(help: "Draw at most this many proximity findings as maps in HTML (setting report.maps; default 30).")
    var maps: Int?

    @Option(help: "Configuration file (default: $PUSHBACK_CONFIG, or pushback.toml here if present).")
    var config: String?

    func validate() throws {
        guard ReportFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let settings: Settings
        do {
            settings = try Settings(configPath: config, options: ["database": db.map(TOMLSettings.Value.string), "report.maps": maps.map(TOMLSettings.Value.integer)])
        } catch {
            FileHandle.standardError.write(Data("pushback: configuration error: \(error)\n".utf8))
            throw ExitCode(78)
        }
        let database = settings.string("database") ?? "pushback-data/pushback.sqlite"
        let loaded: ReportContent
        do {
            loaded = try StoredReport.load(databasePath: database, run: runID).content
        } catch let failure as StoredReport.Failure {
            FileHandle.standardError.write(Data("pushback: \(failure)\n".utf8))
            if case .noDatabase = failure { throw ExitCode(78) }
            throw ExitCode(64)
        }
        let data = try ReportFormat(rawValue: format)!.render(loaded, options: ReportFormat.Options(maps: settings.integer("report.maps") ?? ReportFormat.Options.defaultMaps))
        if let out {
            guard FileManager.default.createFile(atPath: out, contents: data) else {
                FileHandle.standardError.write(Data("pushback: configuration error: cannot write \(out)\n".utf8))
                throw ExitCode(78)
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
