import ArgumentParser
import Foundation
import PushbackSweep

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say whether a sweep is running, how the last one ended and when one last finished.",
        discussion: "Exits 0, or 78 when there is no database at --db. Never takes the lock, so it cannot disturb a sweep."
    )

    @Option(help: "SQLite database the sweeps write.")
    var db: String = "pushback-data/pushback.sqlite"

    @Flag(help: "Print the status as JSON.")
    var json = false

    func run() throws {
        guard let status = try SweepStatus.read(databasePath: db) else {
            FileHandle.standardError.write(Data("pushback: configuration error: no database at \(db)\n".utf8))
            throw ExitCode(78)
        }
        if json {
            try JSONOutput.print(status)
        } else {
            print(status.text)
        }
    }
}
