import ArgumentParser
import Foundation

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or check the settings a sweep would use.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Read the configuration file and PUSHBACK_* variables; print every setting and where it comes from.",
            discussion: "Exits 0 when every setting is usable, 78 (naming the file, setting or variable) when not."
        )

        @Option(help: "Configuration file (default: $PUSHBACK_CONFIG, or pushback.toml here if present).")
        var config: String?

        func run() throws {
            let settings: Settings
            do { settings = try Settings(configPath: config, options: [:]) } catch {
                FileHandle.standardError.write(Data("pushback: configuration error: \(error)\n".utf8))
                throw ExitCode(78)
            }
            print("# configuration file: \(settings.file ?? "none")")
            print(settings.listing)
            if settings.string("inbox") == nil { print("# note: no inbox set; a sweep will need --inbox") }
        }
    }
}
