import ArgumentParser
import Foundation
import PushbackPackaging
import PushbackSweep

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the federal filing bundle of a lease: validated XML, renderings, evidence, manifest with checksums, in one zip.",
        discussion: """
            Reads the last complete run (or --run). Every XML part is validated against schemas/2026 before anything \
            is written; a Fatal business rule, or a box the filing lacks, refuses the export with the list of exactly \
            what is missing and where it comes from — no partial package is written. The same run and options give \
            the same bytes. No agency accepts this package: it is Pushback's canonical record of the filing.
            Exits 0 when written, 1 when refused, 64 on a usage error, 78 when there is no database or bundle.

            Examples:
              pushback export --lease "NMNM 012345" --out bundle.zip
              pushback export --lease NMNM12345 --sequence 2 --amends 1a2b… --out bundle-0002.zip
            """
    )

    @Option(help: "BLM lease serial, e.g. \"NMNM 012345\".")
    var lease: String?

    @Option(help: "API number of a well: the bundle of its lease.")
    var well: String?

    @Option(name: .customLong("operator"), help: "Operator name: the bundle of its lease.")
    var operatorName: String?

    @Option(help: "A form or report to include: 3160-5, findings-report or well-status-report (repeatable; default: the whole bundle).")
    var form: [String] = []

    @Option(help: "Submission sequence number (1 for the original).")
    var sequence: Int = 1

    @Option(help: "Submission id (uuid) of the bundle this one amends.")
    var amends: String?

    @Flag(help: "With --amends: the bundle replaces the earlier one entirely (else it modifies it).")
    var replace = false

    @Option(help: "Where to write the bundle.")
    var out: String

    @Option(name: .customLong("run"), help: "Run id, or latest (the last complete run).")
    var runID = "latest"

    @Option(help: "SQLite database the sweeps write.")
    var db: String = "pushback-data/pushback.sqlite"

    @Option(help: "Who prepares the submission (the envelope's author).")
    var author: String = "Pushback"

    @Option(help: "The organisation submitting.")
    var organization: String = "Pushback"

    @Option(help: "Where the run's documents are (default: the inbox the run read).")
    var inbox: String?

    @Flag(help: "Name the source documents by SHA-256 only instead of carrying them.")
    var hashesOnly = false

    @Option(help: "Folder holding schemas/ (default: as for sweep).")
    var bundle: String?

    func validate() throws {
        guard [lease, well, operatorName].compactMap({ $0 }).count == 1 else { throw ValidationError("give exactly one of --lease, --well, --operator") }
        guard (1...9999).contains(sequence) else { throw ValidationError("--sequence is 1 to 9999") }
        guard (amends == nil) == (sequence == 1) else { throw ValidationError("an amendment (--amends ID) has a --sequence of 2 or more, and only an amendment does") }
        guard amends == nil || amends!.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil else {
            throw ValidationError("--amends is the submission id (uuid) of the earlier bundle, as pushback verify prints it")
        }
        guard !replace || amends != nil else { throw ValidationError("--replace goes with --amends") }
        for name in form where FilingBundle.Form(rawValue: name) == nil {
            throw ValidationError("unknown --form \(name); known: \(FilingBundle.Form.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        guard let location = BundleLocation.locate(explicitRoot: bundle, executablePath: CommandLine.arguments[0]),
              FileManager.default.fileExists(atPath: location.filingSchema) else {
            FileHandle.standardError.write(Data("pushback: configuration error: no schemas/2026/ found; pass --bundle DIR\n".utf8))
            throw ExitCode(78)
        }
        let selection: FilingExport.Selection = lease.map { .lease($0) } ?? well.map { .well($0) } ?? .operatorName(operatorName!)
        let correction: FilingBundle.Correction = amends == nil ? .original : (replace ? .replace : .modify)
        do {
            var filing = try FilingExport.bundle(databasePath: db, run: runID, selection: selection, sequence: sequence, correction: correction, amends: amends,
                                                 author: author, organization: organization, inbox: inbox, hashesOnly: hashesOnly)
            if !form.isEmpty { filing.forms = Set(form.compactMap(FilingBundle.Form.init(rawValue:))) }
            let built = try BundleBuilder(schemaPath: location.filingSchema).build(filing)
            try built.data.write(to: URL(fileURLWithPath: out), options: .atomic)
            print("Wrote \(out): submission \(filing.submissionID), sequence \(filing.paddedSequence) (\(correction.rawValue)), lease \(filing.leaseSerial)")
            print("  \(built.parts.count) parts: " + PackagePart.Role.allCases.compactMap { role in
                let count = built.parts.filter { $0.role == role }.count
                return count == 0 ? nil : "\(count) \(role.rawValue)"
            }.joined(separator: ", "))
            print("  \(filing.findings.count) finding(s) about its well(s) in the findings report; source documents: \(filing.evidence.filter { $0.bytes != nil }.count) included, \(filing.evidence.filter { $0.bytes == nil }.count) by hash only")
            for warning in built.warnings { print("  warning \(warning)") }
            print("  No agency accepts this package as a filing: file the form itself through the agency's own channel.")
        } catch let failure as FilingExport.Failure {
            switch failure {
            case .noDatabase: FileHandle.standardError.write(Data("pushback: \(failure)\n".utf8)); throw ExitCode(78)
            case .noRun: FileHandle.standardError.write(Data("pushback: \(failure)\n".utf8)); throw ExitCode(1)
            case .refused(let problems): try refuse(problems)
            }
        } catch let refusal as BundleBuilder.Refusal {
            try refuse(refusal.problems)
        }
    }

    private func refuse(_ problems: [String]) throws -> Never {
        FileHandle.standardError.write(Data(("pushback: export refused, nothing written — \(problems.count) problem(s):\n" + problems.map { "  - \($0)\n" }.joined()).utf8))
        throw ExitCode(1)
    }
}
