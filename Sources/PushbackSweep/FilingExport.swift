import Foundation
import PushbackGeo
import PushbackIntake
import PushbackModel
import PushbackPackaging
import PushbackStore

/// `pushback export`: gathers a filing bundle for a lease (or the lease of a well or operator)
/// from a stored run — its sundry notices, what the filings say of each well, the findings about
/// them and the source documents — or says exactly what is missing and where it comes from.
public enum FilingExport {
    /// Which filings the landman asks for.
    public enum Selection: Sendable, CustomStringConvertible {
        case lease(String), well(String), operatorName(String)

        public var description: String {
            switch self {
            case .lease(let serial): "lease \(serial)"
            case .well(let api): "well \(api)"
            case .operatorName(let name): "operator \(name)"
            }
        }
    }

    /// Why no bundle can be gathered.
    public enum Failure: Error, CustomStringConvertible {
        case noDatabase(String)
        case noRun(String)
        /// Data is missing or contradicts itself: every problem, with where it should come from.
        case refused([String])

        public var description: String {
            switch self {
            case .noDatabase(let path): "no database at \(path)"
            case .noRun(let run): run == "latest" ? "no complete run in the database yet: run the sweep first" : "no run \(run) in the database"
            case .refused(let problems): problems.joined(separator: "\n")
            }
        }
    }

    /// Document kinds that record a well test (fluid level, casing pressure, mechanical integrity).
    static let testKinds: Set<String> = ["rrc-h15", "rrc-h5", "calgem-fluid-level-test", "calgem-casing-pressure-test"]

    /// `inbox` is where the run's documents are (default: the inbox the run read, which may be
    /// relative to where it ran); with `hashesOnly` the bundle names them by hash and carries none.
    public static func bundle(
        databasePath: String, run: String, selection: Selection, sequence: Int, correction: FilingBundle.Correction, amends: String?, author: String, organization: String,
        inbox: String? = nil, hashesOnly: Bool = false
    ) throws -> FilingBundle {
        guard FileManager.default.fileExists(atPath: databasePath) else { throw Failure.noDatabase(databasePath) }
        let store = try PushbackStore(path: databasePath)
        let stored = run == "latest" ? try store.lastCompleteRun() : try store.run(id: run)
        guard let stored else { throw Failure.noRun(run) }

        let byDocument = Dictionary(grouping: try store.facts(ofKind: DocumentKind.blm3160_5.rawValue, runID: stored.id), by: \.evidence.source)
        let candidates = byDocument.keys.sorted { $0.path < $1.path }.filter { matches(byDocument[$0] ?? [], selection) }
        guard !candidates.isEmpty else {
            throw Failure.refused(["no sundry notice (BLM Form 3160-5) for \(selection) among the \(byDocument.count) sundry notice(s) of run \(stored.id): put the filing in the inbox and run the sweep again"])
        }
        var notices: [SundryNotice] = []
        var problems: [String] = []
        for source in candidates {
            switch SundryNoticeReading.read(facts: byDocument[source] ?? [], source: source, plss: plss) {
            case .success(let notice): notices.append(notice)
            case .failure(let missing): problems += missing.missing.map(\.description)
            }
        }
        let leases = Set(notices.map(\.leaseSerial.value))
        if leases.count > 1 {
            problems.append("the notices for \(selection) are on \(leases.count) leases (\(leases.sorted().joined(separator: ", "))): export one lease at a time with --lease")
        }
        guard problems.isEmpty, let lease = leases.first else { throw Failure.refused(problems) }

        let apis = Set(notices.map(\.api.value))
        let findings = try store.findings(runID: stored.id).filter { finding in
            apis.contains(finding.subject.id) || finding.related.contains { apis.contains($0.id) } || finding.subject.id == lease
        }
        let standings = try store.baseline(runID: stored.id).standings
        let reported = findings.map { FilingBundle.ReportedFinding(finding: $0, baseline: $0.fingerprint.flatMap { standings[$0]?.state } ?? .new) }
        let identities = FilingRecords.identities(try store.facts(named: FilingRecords.identityFacts, runID: stored.id))
        let histories = FilingRecords.histories(try store.facts(named: FilingRecords.historyFacts, runID: stored.id), identities: identities)
        let wells = apis.sorted().map { api in wellRecord(api: api, notices: notices.filter { $0.api.value == api }, identities: identities, histories: histories) }
        var sources: [SourceReference] = []
        for source in notices.map(\.source) + findings.flatMap({ $0.evidence.map(\.source) }) where !sources.contains(source) { sources.append(source) }
        let folder = inbox ?? stored.inbox
        var evidence: [FilingBundle.EvidenceDocument] = []
        for source in sources.sorted(by: { $0.path < $1.path }) {
            guard !hashesOnly else {
                evidence.append(FilingBundle.EvidenceDocument(source: source, bytes: nil))
                continue
            }
            // A document that is gone or changed would make the package depend on where it is built: refuse instead.
            guard let data = bytes(of: source, inbox: folder) else {
                problems.append("the source document \(source.path) is not in \(folder) with the SHA-256 the run read (\(source.sha256.prefix(12))…): pass --inbox DIR where it is, or --hashes-only to name the documents by hash alone")
                continue
            }
            evidence.append(FilingBundle.EvidenceDocument(source: source, bytes: data))
        }
        guard problems.isEmpty else { throw Failure.refused(problems) }
        return FilingBundle(
            leaseSerial: lease, notices: notices, wells: wells, findings: reported, runID: stored.id, asOf: stored.asOf, ruleBundle: stored.ruleBundle,
            sequence: sequence, correction: correction, amends: amends, evidence: evidence, author: author, organization: organization
        )
    }

    private static func matches(_ facts: [Fact], _ selection: Selection) -> Bool {
        func value(_ name: String) -> String? { facts.first { $0.name == name }.flatMap { $0.normalized ?? ($0.raw.isEmpty ? nil : $0.raw) } }
        switch selection {
        case .lease(let serial): return value("lease_serial").flatMap { BLMLeaseSerial($0)?.key } == (BLMLeaseSerial(serial)?.key ?? serial)
        case .well(let api): return value("api") == ((try? APIWellNumber.parse(api))?.normalized ?? api)
        case .operatorName(let name): return value("operator").map { OperatorName($0).key } == OperatorName(name).key
        }
    }

    /// Item 4 read as a PLSS call, when it is one.
    static func plss(_ text: String) -> SundryNotice.PLSS? {
        guard let call = try? PLSSCall.parse(text) else { return nil }
        let footage = [call.northSouthFootage, call.eastWestFootage].compactMap { $0 }.map { "\($0.feet == $0.feet.rounded() ? String(Int($0.feet)) : String($0.feet)) F\($0.line.rawValue)L" }
        return SundryNotice.PLSS(
            aliquots: call.aliquots.isEmpty ? nil : call.aliquots.map(\.rawValue).joined(), lot: call.lot, section: call.section,
            township: "\(call.township)\(call.townshipDirection.rawValue)", range: "\(call.range)\(call.rangeDirection.rawValue)",
            meridian: call.meridian?.name ?? "not stated", footage: footage.isEmpty ? nil : footage.joined(separator: " ")
        )
    }

    /// What the run's filings say of the well over time (its notices, and every dated milestone
    /// of its other filings), and the tests on file.
    private static func wellRecord(api: String, notices: [SundryNotice], identities: [WellIdentityStatement], histories: [WellHistoryStatement]) -> FilingBundle.WellRecord {
        var history = notices.map { notice in
            FilingBundle.WellRecord.Entry(date: notice.signedDate.value, text: "\(notice.submissionType.value): \(notice.actions.map(\.value).joined(separator: ", "))",
                                          evidence: notice.signedDate.evidence)
        }
        for statement in histories where statement.api == api && statement.documentKind != .blm3160_5 {
            for event in statement.events {
                guard let date = event.date else { continue }
                let what = event.status.map { "status \($0.value)" } ?? event.milestone.rawValue
                history.append(FilingBundle.WellRecord.Entry(date: date, text: "\(what) (\(statement.documentKind))", evidence: event.evidence))
            }
        }
        let tests = identities.filter { $0.api == api && testKinds.contains($0.documentKind.rawValue) }.map { identity in
            FilingBundle.WellRecord.Entry(date: identity.date ?? "", text: identity.documentKind.rawValue, evidence: identity.writtenAPI?.evidence ?? Evidence(source: identity.document, quote: ""))
        }
        return FilingBundle.WellRecord(api: api, name: notices.first?.wellNameAndNumber.value ?? api,
                                       statusHistory: history.sorted { ($0.date, $0.text) < ($1.date, $1.text) }, tests: tests)
    }

    /// The document's bytes from the run's inbox, when it is still there with the hash the run read.
    private static func bytes(of source: SourceReference, inbox: String) -> Data? {
        let url = URL(fileURLWithPath: inbox).appendingPathComponent(source.path)
        guard let data = try? Data(contentsOf: url), (try? InboxDocument.sha256(ofFile: url.path)) == source.sha256 else { return nil }
        return data
    }
}
