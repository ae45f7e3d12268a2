import ArgumentParser
import Foundation
import PushbackGeo
import PushbackRules
import PushbackSweep

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, lint and test the rule bundle.",
        discussion: "Exit codes: 0 clean; 1 a lint error, a failing fixture or fixture coverage below 100 %; 4 the bundle does not load; 64 usage error.",
        subcommands: [List.self, Lint.self, Test.self, Diff.self]
    )

    /// Options every `rules` subcommand takes.
    struct BundleOptions: ParsableArguments {
        @Option(help: "Folder holding rules/ and jurisdictions/ (default: the current folder, or the checkout the binary was built in).")
        var bundle: String?

        @Option(name: .customLong("as-of"), help: "Date (YYYY-MM-DD) rules are judged in force or expired on; default today.")
        var asOf: String?

        func location() throws -> BundleLocation {
            guard let location = BundleLocation.locate(explicitRoot: bundle, executablePath: CommandLine.arguments[0]), location.isComplete else {
                FileHandle.standardError.write(Data("pushback: no rule bundle (rules/, jurisdictions/, mappings/, lexicon/) found; pass --bundle DIR\n".utf8))
                throw ExitCode(4)
            }
            return location
        }

        func book(_ location: BundleLocation) throws -> RuleBook {
            do { return try RuleBook.load(rulesDirectory: location.rules, jurisdictionsDirectory: location.jurisdictions) } catch {
                FileHandle.standardError.write(Data("pushback: rule bundle invalid: \(error)\n".utf8))
                throw ExitCode(4)
            }
        }

        func date() throws -> String {
            do { return try asOf.map { text throws(AsOfDate.Invalid) in try AsOfDate.validate(text) } ?? AsOfDate.today() } catch {
                throw ValidationError(error.description)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every rule: id, version, jurisdiction, dates, severity, basis, and whether it is in force.")

        @OptionGroup var options: BundleOptions

        func run() throws {
            let book = try options.book(try options.location())
            let asOf = try options.date()
            print("# \(book.rules.count) rules, as of \(asOf)")
            for rule in book.rules {
                let state = rule.isEffective(on: asOf) ? "in force" : (rule.effectiveFrom > asOf ? "not yet in force" : "expired")
                let window = rule.effectiveFrom + (rule.effectiveTo.map { " to \($0)" } ?? " onwards")
                print("\(rule.id) v\(rule.version)  [\(rule.jurisdiction)]  \(rule.severity) \(rule.basis)  \(window)  \(state)")
                print("    \(rule.title)")
                print("    \(rule.citation.text) <\(rule.citation.url)>")
            }
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the rules for missing fixtures, expired or overlapping rules, unknown statuses and kinds, packs nothing names.",
            discussion: "Loading already rejects bad YAML, unknown keys, bad units, missing citations and unknown jurisdictions (exit 4)."
        )

        @OptionGroup var options: BundleOptions

        func run() throws {
            let location = try options.location()
            let book = try options.book(location)
            let problems = RuleLinter.lint(book, rulesDirectory: location.rules, asOf: try options.date())
            for problem in problems { print(problem) }
            let errors = problems.filter(\.isError).count
            print("# \(book.rules.count) rules: \(errors) error(s), \(problems.count - errors) warning(s)")
            if errors > 0 { throw ExitCode(1) }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's fixtures (<rule>.tests.yaml), with the days around its effective dates; print the coverage.",
            discussion: "Fails (exit 1) when a case fails or when any rule lacks a positive, a negative or an open case."
        )

        @OptionGroup var options: BundleOptions

        @Option(help: "Only this rule id.")
        var rule: String?

        @Flag(help: "Print every case run, not only failures.")
        var verbose = false

        func run() throws {
            let location = try options.location()
            let book = try options.book(location)
            var resolver: LocationResolver?
            if FileManager.default.fileExists(atPath: location.gazetteerFile) {
                do { resolver = LocationResolver(gazetteer: try Gazetteer(contentsOf: URL(fileURLWithPath: location.gazetteerFile))) } catch {
                    FileHandle.standardError.write(Data("pushback: rule bundle invalid: \(error)\n".utf8))
                    throw ExitCode(4)
                }
            }
            let tester = RuleTester(evaluator: RuleEvaluator(book: book, resolver: resolver))
            let rules = book.rules.filter { rule == nil || $0.id == rule }
            guard !rules.isEmpty else { throw ValidationError("no rule \(rule ?? "") in the bundle") }
            var runs = 0, failures = 0, covered = 0
            for rule in rules {
                let problems = RuleLinter.fixtureProblems(rule)
                if problems.isEmpty { covered += 1 } else { problems.forEach { print($0) } }
                guard let fixture = try? RuleFixture.load(path: RuleFixture.path(for: rule)) else { continue }
                for outcome in tester.run(rule, fixture: fixture) {
                    runs += 1
                    if !outcome.passed { failures += 1 }
                    guard verbose || !outcome.passed else { continue }
                    print("\(outcome.passed ? "ok  " : "FAIL") \(outcome.ruleID) \"\(outcome.caseName)\" as of \(outcome.asOf) (\(outcome.purpose)) — \(outcome.file):\(outcome.line)")
                    for problem in outcome.problems { print("       \(problem)") }
                }
            }
            let coverage = Double(covered) / Double(rules.count) * 100
            print(String(format: "# %d case run(s), %d failed; fixture coverage %.0f %% (%d of %d rules with positive, negative and open cases)",
                         runs, failures, coverage, covered, rules.count))
            if failures > 0 || covered < rules.count { throw ExitCode(1) }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rules added, removed or changed between two bundles; with --replay, the findings the change would add, close or change on a stored run.",
            discussion: "OLD and NEW are bundle folders (rules/, jurisdictions/, mappings/, lexicon/). The replay sweeps the run's inbox as of its date under each bundle on copies of the database; the database itself is not written."
        )

        @Argument(help: "The bundle as it is (e.g. a checkout of main).")
        var old: String

        @Argument(help: "The bundle with the change.")
        var new: String

        @Flag(help: "Replay a stored run under both bundles and compare the findings.")
        var replay = false

        @Option(name: .customLong("run"), help: "Run to replay: an id, or latest (the last finished run).")
        var runID = "latest"

        @Option(help: "SQLite database the sweeps write.")
        var db: String = "pushback-data/pushback.sqlite"

        func run() throws {
            let locations = [old, new].map(BundleLocation.init(root:))
            for location in locations where !location.isComplete {
                FileHandle.standardError.write(Data("pushback: \(location.root) is not a rule bundle (rules/, jurisdictions/, mappings/, lexicon/)\n".utf8))
                throw ExitCode(4)
            }
            let books = try locations.map { location in
                do { return try RuleBook.load(rulesDirectory: location.rules, jurisdictionsDirectory: location.jurisdictions) } catch {
                    FileHandle.standardError.write(Data("pushback: rule bundle invalid: \(error)\n".utf8))
                    throw ExitCode(4)
                }
            }
            print(RuleBookDiff(old: books[0], new: books[1]).text, terminator: "")
            guard replay else { return }
            do {
                print(try RuleChangeReplay.replay(databasePath: db, runID: runID, old: locations[0], new: locations[1]).text, terminator: "")
            } catch let failure as FindingLookup.Failure {
                FileHandle.standardError.write(Data("pushback: \(failure)\n".utf8))
                if case .noDatabase = failure { throw ExitCode(78) }
                throw ExitCode(64)
            } catch let error as SweepError {
                FileHandle.standardError.write(Data("pushback: replay failed: \(error)\n".utf8))
                throw ExitCode(70)
            }
        }
    }
}
