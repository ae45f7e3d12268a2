import PushbackModel

/// A numbered business rule a submission is checked against after its schemas, classed Fatal
/// (the export is refused) or Warning (written, and listed in the envelope), as ONRR's edits and
/// EPA e-GGRT's checks are.
public struct BusinessRule: Sendable {
    public enum Severity: String, Sendable {
        case fatal = "Fatal", warning = "Warning"
    }

    /// A rule broken, naming the form, the box and why.
    public struct Violation: Sendable, Hashable, CustomStringConvertible {
        public var rule: String
        public var severity: Severity
        public var message: String
        public var description: String { "\(rule) (\(severity.rawValue)): \(message)" }
    }

    public var id: String
    public var severity: Severity
    public var summary: String
    let check: @Sendable (SundryNotice, FilingBundle) -> String?

    /// Every rule, in number order.
    public static let all: [BusinessRule] = [
        BusinessRule(id: "BR-001", severity: .fatal, summary: "The API number's state and county codes are the state and county of item 11") { notice, _ in
            guard let api = try? APIWellNumber.parse(notice.api.value) else { return "item 9 \"\(notice.api.value)\" is not an API well number" }
            let stateCode = String(api.normalized.prefix(2)), countyCode = String(api.normalized.dropFirst(2).prefix(3))
            guard let state = APICodeBook.state(code: stateCode) else { return "item 9 \(api.formatted): state code \(stateCode) is not in the API code book" }
            guard state.postalCode == notice.state.value.uppercased() else {
                return "item 9 \(api.formatted) is a \(state.name) number (state code \(stateCode)), but item 11 names \(notice.state.value)"
            }
            guard let county = APICodeBook.countyName(state: stateCode, county: countyCode) else {
                return "item 9 \(api.formatted): county code \(countyCode) of \(state.name) is not in the API code book, so item 11's county cannot be confirmed"
            }
            guard APICodeBook.countyKey(county) == APICodeBook.countyKey(notice.county.value) else {
                return "item 9 \(api.formatted) carries county code \(countyCode), which is \(county) County, but item 11 names \(notice.county.value) County"
            }
            return nil
        },
        BusinessRule(id: "BR-002", severity: .fatal, summary: "Item 5 is the lease the bundle is for") { notice, bundle in
            notice.leaseSerial.value == bundle.leaseSerial ? nil : "item 5 names lease \(notice.leaseSerial.value), not \(bundle.leaseSerial)"
        },
        BusinessRule(id: "BR-003", severity: .fatal, summary: "A subsequent report states the date the work was completed") { notice, _ in
            notice.submissionType.value == "Subsequent Report" && notice.completionDate == nil
                ? "a subsequent report must give the date the work was completed in item 13 (\"… completed on MM/DD/YYYY\"): none is stated" : nil
        },
        BusinessRule(id: "BR-004", severity: .fatal, summary: "The certification is not dated after the as-of date") { notice, bundle in
            notice.signedDate.value > bundle.asOf ? "item 14 is dated \(notice.signedDate.value), after the as-of date \(bundle.asOf)" : nil
        },
        BusinessRule(id: "BR-005", severity: .warning, summary: "The lease serial's state office is the well's state") { notice, _ in
            guard let office = notice.leaseSerial.value.prefixMatch(of: /[A-Z]{2}/).map({ String($0.0) }), APICodeBook.state(postalCode: office) != nil else { return nil }
            return office == notice.state.value.uppercased() ? nil : "lease \(notice.leaseSerial.value) is a \(office) state office serial, but the well is in \(notice.state.value)"
        },
        BusinessRule(id: "BR-006", severity: .warning, summary: "The well is on the lease: no other filing of the well names another lease") { notice, bundle in
            let others = bundle.notices.filter { $0.api.value == notice.api.value && $0.leaseSerial.value != notice.leaseSerial.value }
            return others.isEmpty ? nil : "\(others.map(\.source.path).joined(separator: ", ")) give\(others.count == 1 ? "s" : "") the well lease \(others.map(\.leaseSerial.value).joined(separator: ", "))"
        },
        BusinessRule(id: "BR-007", severity: .warning, summary: "No fail finding about the well is open") { notice, bundle in
            let fails = (bundle.findingsByWell[notice.api.value] ?? []).filter { $0.kind == .fail }
            return fails.isEmpty ? nil : "Pushback's run \(bundle.runID) has \(fails.count) fail finding(s) about \(notice.dashedAPI): " + fails.prefix(3).map(\.title).joined(separator: "; ")
        },
    ]

    /// Every rule broken by every notice of the bundle, in rule then form order.
    public static func violations(of bundle: FilingBundle) -> [Violation] {
        all.flatMap { rule in
            bundle.notices.compactMap { notice in rule.check(notice, bundle).map { Violation(rule: rule.id, severity: rule.severity, message: "\(notice.source.path): \($0)") } }
        }
    }
}
