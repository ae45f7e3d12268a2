import ArgumentParser
import Foundation

@main
enum Entry {
    static func main() {
        SingleThreadedOCR.ensure()
        Pushback.main()
    }
}

/// Tesseract's GNU OpenMP threads busy-wait: OCR of a page then takes twice as long and burns as
/// much system time as user time. libgomp reads `OMP_THREAD_LIMIT` only when it loads, before
/// `main`, so when the operator has not set it the program sets it and re-executes itself once.
enum SingleThreadedOCR {
    static func ensure() {
        guard getenv("OMP_THREAD_LIMIT") == nil else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // execv returned: keep going with OCR merely slower.
    }
}

struct Pushback: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pushback",
        abstract: "Nightly compliance and safety review of oil and gas paperwork.",
        discussion: """
            Reads well registries, receptor lists and filings from an inbox, checks them against the rules \
            of every jurisdiction a well sits in, and writes a morning report of pushback findings.

            Exit codes: 0 complete, nothing at or above --fail-on; 1 findings at or above --fail-on; \
            3 partial (some documents could not be read); 4 rule bundle invalid; 11 another run holds \
            the lock; 64 usage error; 70 internal error; 78 configuration error.
            """,
        subcommands: [SweepCommand.self, StatusCommand.self, ReportCommand.self, ExplainCommand.self, AckCommand.self, RulesCommand.self, ConfigCommand.self, ExtractCommand.self, ExportCommand.self, VerifyCommand.self, DoctorCommand.self]
    )
}
