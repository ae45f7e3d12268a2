import Foundation
import PushbackModel
import PushbackRules
import PushbackStore

/// `pushback rules diff OLD NEW --replay`: what a change to the rule bundle would add, close or
/// change on a stored run, before it ships. The run's inbox is swept again as of the run's date,
/// once under each bundle, each on a copy of the database (documents already read come from its
/// cache; the real database is never written), and the two sets of findings are compared.
public struct RuleChangeReplay: Sendable {
    /// A finding's identity across bundles: the rule, what it is about, and what else is involved.
    public struct Key: Hashable, Comparable, Sendable {
        public var ruleID: String
        public var subject: Subject
        public var related: [Subject]

        init(_ finding: Finding) {
            ruleID = finding.ruleID
            subject = finding.subject
            related = finding.related
        }

        public static func < (a: Key, b: Key) -> Bool {
            (a.ruleID, a.subject.type, a.subject.id, a.related.map(\.id).joined(separator: ",")) < (b.ruleID, b.subject.type, b.subject.id, b.related.map(\.id).joined(separator: ","))
        }
    }

    /// One difference between the two bundles' findings.
    public struct Change: Sendable {
        public enum Kind: String, Sendable {
            case added, closed, changed
        }

        public var kind: Kind
        /// The finding under the new bundle (added, changed) or the old one (closed).
        public var finding: Finding
        /// For `changed`: the finding under the old bundle.
        public var before: Finding?

        /// What differs, for a `changed` finding: "kind review → fail", "severity high → critical",
        /// "version 1 → 2", a due date. Wording alone (a distance restated) is not a change.
        public var differences: [String] {
            guard let before else { return [] }
            var result: [String] = []
            if before.ruleVersion != finding.ruleVersion { result.append("version \(before.ruleVersion) → \(finding.ruleVersion)") }
            if before.kind != finding.kind { result.append("kind \(before.kind) → \(finding.kind)") }
            if before.severity != finding.severity { result.append("severity \(before.severity) → \(finding.severity)") }
            if before.due != finding.due { result.append("due \(before.due ?? "none") → \(finding.due ?? "none")") }
            return result
        }
    }

    public var run: StoredRun
    public var oldCount: Int
    public var newCount: Int
    public var changes: [Change]
    /// Inbox documents (by path) that differ from what the stored run read: the replay is on today's files.
    public var inboxDrift: [String]

    /// Replays run `runID` (or `latest`) of the database at `databasePath` under both bundles.
    public static func replay(databasePath: String, runID: String, old: BundleLocation, new: BundleLocation) throws -> RuleChangeReplay {
        guard FileManager.default.fileExists(atPath: databasePath) else { throw FindingLookup.Failure.noDatabase(databasePath) }
        let store = try PushbackStore(path: databasePath)
        let found = runID == "latest" ? try store.lastFinishedRun()?.run : try store.run(id: runID)
        guard let run = found else { throw FindingLookup.Failure.noRun(runID) }
        let read = Dictionary(try store.documents(runID: run.id).map { ($0.source.path, $0.source.sha256) }, uniquingKeysWith: { first, _ in first })

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pushback-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        func sweep(_ bundle: BundleLocation, _ name: String) throws -> (findings: [Finding], documents: [String: String]) {
            let folder = scratch.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let database = folder.appendingPathComponent("replay.sqlite").path
            try store.copy(to: database)
            let options = SweepOptions(inbox: run.inbox, databasePath: database, outputDirectory: folder.appendingPathComponent("reports").path,
                                       asOf: run.asOf, failOn: nil, bundle: bundle)
            let outcome = try Sweep(options: options).run()
            let copy = try PushbackStore(path: database)
            let replayed = outcome.unchangedSince ?? outcome.runID
            let documents = Dictionary(try copy.documents(runID: replayed).map { ($0.source.path, $0.source.sha256) }, uniquingKeysWith: { first, _ in first })
            return (try copy.findings(runID: replayed), documents)
        }
        let before = try sweep(old, "old")
        let after = try sweep(new, "new")
        let drift = Set(read.keys).union(after.documents.keys).filter { read[$0] != after.documents[$0] }.sorted()
        return RuleChangeReplay(run: run, oldCount: before.findings.count, newCount: after.findings.count,
                                changes: compare(before.findings, after.findings), inboxDrift: drift)
    }

    /// Findings added, closed and changed between two evaluations, in key order.
    static func compare(_ old: [Finding], _ new: [Finding]) -> [Change] {
        let oldByKey = Dictionary(old.map { (Key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newByKey = Dictionary(new.map { (Key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [Change] = []
        for key in Set(oldByKey.keys).union(newByKey.keys).sorted() {
            switch (oldByKey[key], newByKey[key]) {
            case (nil, let added?): changes.append(Change(kind: .added, finding: added))
            case (let closed?, nil): changes.append(Change(kind: .closed, finding: closed))
            case (let before?, let after?):
                let change = Change(kind: .changed, finding: after, before: before)
                if !change.differences.isEmpty { changes.append(change) }
            default: break
            }
        }
        let order: [Change.Kind] = [.added, .closed, .changed]
        return changes.enumerated().sorted { a, b in
            let (x, y) = (order.firstIndex(of: a.element.kind)!, order.firstIndex(of: b.element.kind)!)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// The replay as text: the counts, then every change.
    public var text: String {
        var out = ["Replayed run \(run.id) (as of \(run.asOf), inbox \(run.inbox)) under both bundles."]
        if !inboxDrift.isEmpty {
            out.append("NOTE: \(inboxDrift.count) inbox document(s) differ from what the run read (replayed on today's files): \(inboxDrift.prefix(10).joined(separator: ", "))\(inboxDrift.count > 10 ? ", …" : "")")
        }
        let count = { (kind: Change.Kind) in changes.filter { $0.kind == kind }.count }
        out.append("Findings: \(oldCount) before → \(newCount) after: \(count(.added)) added, \(count(.closed)) closed, \(count(.changed)) changed.")
        for change in changes {
            let finding = change.finding
            let about = "\(finding.subject)\(finding.related.isEmpty ? "" : " ↔ " + finding.related.map(\.description).joined(separator: ", "))"
            let detail = change.kind == .changed ? " (\(change.differences.joined(separator: "; ")))" : ""
            out.append("\(change.kind.rawValue.uppercased().padding(toLength: 8, withPad: " ", startingAt: 0))[\(finding.severity.rawValue.uppercased())] \(finding.kind.rawValue.uppercased()) \(finding.ruleID) v\(finding.ruleVersion) — \(about)\(detail)")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
