import Foundation
import PushbackModel

/// Evaluates `filing` / `well-identity`: whether the documents that name a well agree on which
/// well it is. An API number that does not read, or a county its county code contradicts, is a
/// `fail` of that document; a document naming another lease or well number than the rest fails
/// when it is a JSA (the crew may have been on another well) and is a review when it is a filing;
/// operators and total depths that change between filings are reviews, with what would explain
/// them. A version of a filing that a later version of it amends is left out of the comparisons
/// across documents (what an amendment changed is `amendment-explained`'s to judge). Nothing is
/// compared with the registries here.
struct WellIdentityEvaluator {
    let rule: Rule
    let jurisdictions: JurisdictionCatalog

    func evaluate(_ statements: [WellIdentityStatement], amendments: [FilingAmendment] = []) -> [Finding] {
        let ordered = statements.sorted { ($0.document.path, $0.documentKind.rawValue) < ($1.document.path, $1.documentKind.rawValue) }
        var findings = ordered.compactMap { malformed($0, all: ordered) }
        findings += ordered.compactMap(countyAgainstCode)
        let superseded = Set(amendments.map(\.predecessor.path))
        let byWell = Dictionary(grouping: ordered.filter { $0.api != nil && !superseded.contains($0.document.path) }, by: { $0.api! })
        for api in byWell.keys.sorted() {
            let group = byWell[api] ?? []
            findings += wellNames(api: api, group, all: ordered)
            findings += [operators(api: api, group), totalDepths(api: api, group)].compactMap { $0 }
        }
        return findings
    }

    // MARK: - One document

    private func malformed(_ statement: WellIdentityStatement, all: [WellIdentityStatement]) -> Finding? {
        guard let written = statement.writtenAPI, statement.api == nil else { return nil }
        var message = "\(statement.document.path) writes the API number \"\(written.value)\", which is not one (\(statement.apiProblem ?? "it does not read as an API number")): what it records cannot be tied to a well by its number."
        var evidence = [written.evidence] + [statement.lease?.evidence, statement.wellNumber?.evidence].compactMap { $0 }
        var compared = [ComparedValue(name: "API number written", actual: "\"\(written.value)\"", limit: "an API number (state, county, well)", comparison: "is")]
        if let name = statement.wellName {
            let candidates = all.filter { $0.api != nil && $0.wellName == name && $0.document != statement.document }
            // Most documents first: the number most of them give is the likeliest.
            let counts = Dictionary(grouping: candidates.compactMap(\.api), by: { $0 }).mapValues(\.count)
            let apis = counts.keys.sorted { (counts[$1]!, $0) < (counts[$0]!, $1) }
            if apis.isEmpty {
                message += " No other document gives an API number for \(name)."
            } else {
                message += " The \(name) it names is " + apis.map { api in
                    "\(Self.formatted(api)) on " + candidates.filter { $0.api == api }.map(\.document.path).joined(separator: ", ")
                }.joined(separator: "; ") + "."
                if apis.count == 1 || counts[apis[0]]! > counts[apis[1]]! {
                    message += " Most likely \(Self.formatted(apis[0])), with the number mistyped."
                }
                evidence += candidates.compactMap { $0.writtenAPI?.evidence }
                compared.append(ComparedValue(name: "API number of \(name) on other documents", actual: apis.map(Self.formatted).joined(separator: ", ")))
            }
        }
        return finding(about: statement, kind: .fail, severity: rule.severity, title: "\(rule.title): an API number that does not read", message: message, evidence: evidence, compared: compared)
    }

    private func countyAgainstCode(_ statement: WellIdentityStatement) -> Finding? {
        guard let api = statement.api, let county = statement.county else { return nil }
        let state = String(api.prefix(2)), code = String(api.dropFirst(2).prefix(3))
        guard let named = APICodeBook.countyName(state: state, county: code) else {
            return finding(about: statement, kind: .open, severity: .low, title: "Cannot check: \(rule.title): county",
                           message: "\(statement.document.path) names \(county.value) County for \(Self.formatted(api)), but county code \(code) of state code \(state) is not in Pushback's API code book, so whether they agree cannot be told. This is not a pass.",
                           evidence: [county.evidence] + [statement.writtenAPI?.evidence].compactMap { $0 },
                           compared: [ComparedValue(name: "county code \(state)-\(code)", actual: "not in the code book")])
        }
        guard APICodeBook.countyKey(named) != APICodeBook.countyKey(county.value) else { return nil }
        let message = "\(statement.document.path) names \(county.value) County, but its API number \(Self.formatted(api)) carries county code \(code), which is \(named) County. "
            + "Either the API number is another well's (a digit mistyped, a number copied from a neighbouring filing) or the county is written wrong; the regulator files the well under its API number."
        return finding(about: statement, kind: .fail, severity: rule.severity, title: "\(rule.title): county against the API number", message: message,
                       evidence: [county.evidence] + [statement.writtenAPI?.evidence].compactMap { $0 },
                       compared: [ComparedValue(name: "county named", actual: county.value, limit: "\(named) (API county code \(code))", comparison: "=")])
    }

    // MARK: - Across documents

    private func wellNames(api: String, _ group: [WellIdentityStatement], all: [WellIdentityStatement]) -> [Finding] {
        let named = group.filter { $0.wellName != nil }
        let counts = Dictionary(grouping: named, by: { $0.wellName! }).mapValues(\.count)
        guard counts.count > 1 else { return [] }
        let top = counts.values.max()!
        let majority = counts.filter { $0.value == top }.count == 1 ? counts.first { $0.value == top }!.key : nil
        let says = named.map { "\($0.document.path) says \($0.wellName!)" }.joined(separator: "; ")
        guard let majority else {
            let message = "The documents that give \(Self.formatted(api)) do not agree on which well it is: \(says). One of them is about another well, or the lease was renamed; nothing here says which."
            return [finding(aboutWell: api, kind: .review, title: "\(rule.title): lease and well number", message: message, evidence: named.flatMap(Self.nameEvidence),
                            compared: named.map { ComparedValue(name: $0.document.path, actual: $0.wellName!) })]
        }
        return named.filter { $0.wellName != majority }.map { odd in
            let agreeing = named.filter { $0.wellName == majority }
            var message = "\(odd.document.path) gives API number \(Self.formatted(api)) for \(odd.wellName!), but \(agreeing.map(\.document.path).joined(separator: ", ")) give\(agreeing.count == 1 ? "s" : "") it for \(majority)."
            let elsewhere = all.filter { $0.api != nil && $0.api != api && $0.wellName == odd.wellName }
            let otherAPIs = Set(elsewhere.compactMap(\.api)).sorted()
            if !otherAPIs.isEmpty {
                message += " \(odd.wellName!) is " + otherAPIs.map { other in "\(Self.formatted(other)) on \(elsewhere.filter { $0.api == other }.map(\.document.path).joined(separator: ", "))" }.joined(separator: "; ") + "."
            }
            let isJSA = odd.documentKind == .jsa
            message += isJSA
                ? " The JSA names one well and numbers another: the crew may have been on a different well than its paperwork — and its permits, pressures and H2S history — say."
                : " The filing names another lease or well for the same number: a renamed lease, a number copied from a neighbouring well's filing, or a filing about another well."
            return finding(about: odd, kind: isJSA ? .fail : .review, severity: isJSA ? rule.severity : .medium, title: "\(rule.title): lease and well number", message: message,
                           evidence: Self.nameEvidence(odd) + agreeing.flatMap(Self.nameEvidence) + elsewhere.compactMap { $0.writtenAPI?.evidence },
                           compared: [ComparedValue(name: "well named with \(Self.formatted(api))", actual: odd.wellName!, limit: "\(majority) (\(agreeing.count) other document\(agreeing.count == 1 ? "" : "s"))", comparison: "=")]
                               + otherAPIs.map { ComparedValue(name: "API number of \(odd.wellName!) elsewhere", actual: Self.formatted($0)) })
        }
    }

    private func operators(api: String, _ group: [WellIdentityStatement]) -> Finding? {
        let filings = group.filter { $0.documentKind != .jsa && $0.operatorName != nil }.sorted { ($0.date ?? "", $0.document.path) < ($1.date ?? "", $1.document.path) }
        guard Set(filings.map { OperatorName($0.operatorName!.value).key }).count > 1 else { return nil }
        let message = "The filings for \(Self.formatted(api)) name different operators: "
            + filings.map { "\($0.operatorName!.value) on \($0.document.path)\($0.date.map { " (\($0))" } ?? "")" }.joined(separator: "; ")
            + ". A change of operator (RRC Form P-4, ECMC Form 10, a BLM change of operator) explains it when the later filings are the new operator's; without one on file, a filing may be about another operator's well."
        return finding(aboutWell: api, kind: .review, title: "\(rule.title): operator", message: message, evidence: filings.map { $0.operatorName!.evidence },
                       compared: filings.map { ComparedValue(name: "operator on \($0.document.path)", actual: $0.operatorName!.value) })
    }

    private func totalDepths(api: String, _ group: [WellIdentityStatement]) -> Finding? {
        let filings = group.filter { $0.totalDepthFeet.flatMap { Double($0.value) } != nil }.sorted { ($0.date ?? "", $0.document.path) < ($1.date ?? "", $1.document.path) }
        guard Set(filings.map { Double($0.totalDepthFeet!.value)! }).count > 1 else { return nil }
        let message = "The filings for \(Self.formatted(api)) give different total depths: "
            + filings.map { "\("\(Quantity.plain(Double($0.totalDepthFeet!.value)!)) ft") on \($0.document.path)\($0.date.map { " (\($0))" } ?? "")" }.joined(separator: "; ")
            + ". The well may have been deepened or plugged back between them (a completion report for that work should be on file), one may be measured depth and the other true vertical depth, or one is wrong; plugs are placed against the depth believed."
        return finding(aboutWell: api, kind: .review, title: "\(rule.title): total depth", message: message, evidence: filings.map { $0.totalDepthFeet!.evidence },
                       compared: filings.map { ComparedValue(name: "total depth on \($0.document.path)", actual: "\(Quantity.plain(Double($0.totalDepthFeet!.value)!)) ft") })
    }

    // MARK: - Findings

    private func finding(about statement: WellIdentityStatement, kind: FindingKind, severity: Severity, title: String, message: String, evidence: [Evidence], compared: [ComparedValue]) -> Finding {
        let subject = statement.documentKind == .jsa
            ? Subject(type: "jsa", id: (statement.document.path as NSString).lastPathComponent, name: statement.document.path)
            : Subject(type: "document", id: statement.document.path, name: statement.documentKind.rawValue)
        return make(subject: subject, related: statement.api.map { [Subject(type: "well", id: $0)] } ?? [], api: statement.api, kind: kind, severity: severity,
                    title: title, message: message, evidence: evidence, compared: compared)
    }

    private func finding(aboutWell api: String, kind: FindingKind, title: String, message: String, evidence: [Evidence], compared: [ComparedValue]) -> Finding {
        rule.wellFinding(api: api, kind: kind, severity: .medium, title: title, message: message, evidence: evidence, compared: compared, jurisdictions: jurisdictions)
    }

    private func make(subject: Subject, related: [Subject], api: String?, kind: FindingKind, severity: Severity, title: String, message: String, evidence: [Evidence], compared: [ComparedValue]) -> Finding {
        Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity, title: title, message: message,
            remediation: kind == .open ? "Check the county against the state's own API county list by hand. Then: \(rule.remediation)" : rule.remediation,
            citation: rule.citation, basis: rule.basis, subject: subject, related: related,
            jurisdictions: api.map { jurisdictions.chain(apiStateCode: String($0.prefix(2)), fallback: rule.jurisdiction) } ?? jurisdictions.chain(from: rule.jurisdiction),
            comparedValues: compared, evidence: evidence,
            explanation: compared.map { ExplanationStep(depth: 0, text: "\($0.name): \($0.actual)\($0.limit.map { " vs \($0)" } ?? "")", outcome: kind == .open ? "unknown" : "true") }
        )
    }

    private static func nameEvidence(_ statement: WellIdentityStatement) -> [Evidence] {
        [statement.writtenAPI?.evidence, statement.lease?.evidence, statement.wellNumber?.evidence].compactMap { $0 }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    static func formatted(_ api: String) -> String { (try? APIWellNumber.parse(api))?.formatted ?? api }
}
