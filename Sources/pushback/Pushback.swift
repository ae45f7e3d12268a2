import ArgumentParser

@main
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
        subcommands: [SweepCommand.self, DoctorCommand.self]
    )
}
