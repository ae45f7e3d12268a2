import ArgumentParser
import Foundation
import PushbackSweep

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check that every C library Pushback is built on works on this machine.",
        discussion: "Exits 0 when all checks pass, 70 otherwise. Run it after installing or upgrading Debian packages."
    )

    func run() throws {
        let results = InstallationCheck.run()
        for result in results {
            print("\(result.isPassing ? "ok     " : "FAILED ") \(result.component): \(result.detail)")
        }
        if results.contains(where: { !$0.isPassing }) { throw ExitCode(70) }
    }
}
