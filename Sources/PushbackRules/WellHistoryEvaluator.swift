import PushbackModel

/// Evaluates `filing` / `well-history`: whether the filings that name a well agree on its
/// history. Per well (API number):
/// - a date a filing gives for the permit it was done under that is none of the approval dates
///   of that permit on file (every version of an amended permit counts) — review;
/// - a spud, completion or plugging dated differently by two filings — review;
/// - milestones out of order: spudded (or, with no spud date, completed) before any permit on
///   file was approved, or completed before it was spudded — review;
/// - anything reported after the well was plugged (spudded, completed, a status other than
///   plugged) with no permit approved in between for a re-entry — review;
/// - filings that type the well differently (oil against gas, producer against injector) — review;
/// - a milestone date on a filing that does not read, where other filings could be held against
///   it — open.
/// Versions of a filing a later version amends are left out, except as approval dates of their
/// permit (what an amendment changed is `amendment-explained`'s to judge).
struct WellHistoryEvaluator {
    let rule: Rule
    let jurisdictions: JurisdictionCatalog

    /// A dated milestone and the filing that gives it.
    private struct Dated {
        var event: WellHistoryStatement.Event
        var statement: WellHistoryStatement
        var date: String
        var path: String { statement.document.path }
        /// `completed 2020-03-02 (cmpl_W2Form_PID_327617.md)`.
        var described: String {
            let what = event.milestone == .statusReported ? "status \(event.status?.value ?? "?")" : event.milestone.rawValue
            return "\(what) \(date) (\(path))"
        }
    }

    func evaluate(_ statements: [WellHistoryStatement], amendments: [FilingAmendment] = []) -> [Finding] {
        let superseded = Set(amendments.map(\.predecessor.path))
        let byWell = Dictionary(grouping: statements.filter { $0.api != nil }, by: { $0.api! })
        return byWell.keys.sorted().flatMap { api -> [Finding] in
            let all = (byWell[api] ?? []).sorted { $0.document.path < $1.document.path }
            let current = all.filter { !superseded.contains($0.document.path) }
            guard all.count > 1 else { return [] }
            let approvals = Self.dated(all, .permitApproved)
            let dated = (WellHistoryStatement.Milestone.allCases.filter { $0 != .permitApproved }.flatMap { Self.dated(current, $0) } + approvals)
                .sorted { ($0.date, $0.path) < ($1.date, $1.path) }
            var findings = unreadable(api: api, current)
            findings += permitDates(api: api, approvals: approvals, citations: Self.dated(current, .permitCited))
            findings += [WellHistoryStatement.Milestone.spudded, .completed, .plugged].compactMap { twoDates(api: api, $0, Self.dated(current, $0)) }
            findings += [beforePermit(api: api, dated), completedBeforeSpud(api: api, dated), afterPlugging(api: api, dated), wellTypes(api: api, current)].compactMap { $0 }
            return findings
        }
    }

    private static func dated(_ statements: [WellHistoryStatement], _ milestone: WellHistoryStatement.Milestone) -> [Dated] {
        statements.flatMap { statement in
            statement.events.compactMap { event in
                guard event.milestone == milestone, let date = event.date else { return nil }
                return Dated(event: event, statement: statement, date: date)
            }
        }
        .sorted { ($0.date, $0.path) < ($1.date, $1.path) }
    }

    // MARK: - One milestone, several dates

    private func permitDates(api: String, approvals: [Dated], citations: [Dated]) -> [Finding] {
        let approvedByPermit = Dictionary(grouping: approvals, by: { $0.statement.permitNumber?.value ?? "" })
        let citedByPermit = Dictionary(grouping: citations, by: { $0.statement.permitNumber?.value ?? "" })
        return citedByPermit.keys.sorted().compactMap { permit -> Finding? in
            let cited = citedByPermit[permit] ?? []
            let approved = approvedByPermit[permit] ?? (permit.isEmpty ? approvals : [])
            let named = permit.isEmpty ? "the permit" : "permit \(permit)"
            if approved.isEmpty {
                guard Set(cited.map(\.date)).count > 1 else { return nil }
                let message = "The filings for \(Self.formatted(api)) give different approval dates for \(named): " + cited.map(\.described).joined(separator: "; ")
                    + ", and the permit itself is not on file. One date is mistyped, or the filings were done under different permits (a re-entry or recompletion permit) that the filings number alike."
                return finding(api: api, severity: .medium, title: "\(rule.title): permit date", message: message, dated: cited, limit: nil)
            }
            let approvalDates = Set(approved.map(\.date))
            let odd = cited.filter { !approvalDates.contains($0.date) }
            guard !odd.isEmpty else { return nil }
            let message = odd.map { "\($0.path) gives \($0.date) as the date \(named) was approved" }.joined(separator: "; ")
                + ", but \(named) on file was approved " + approved.map { "\($0.date) (\($0.path))" }.joined(separator: " and ") + ". "
                + "The date is mistyped, or the filing cites another permit (an earlier permit for the same well, a recompletion permit, a neighbouring well's) — which decides what depth, zone and conditions the work was allowed under."
            return finding(api: api, severity: .medium, title: "\(rule.title): permit date", message: message, dated: odd + approved,
                           limit: "\(approvalDates.sorted().joined(separator: " or ")) (the permit on file)")
        }
    }

    private func twoDates(api: String, _ milestone: WellHistoryStatement.Milestone, _ dated: [Dated]) -> Finding? {
        guard Set(dated.map(\.date)).count > 1 else { return nil }
        let explanation = switch milestone {
        case .completed: "A recompletion, deepening or plug-back is filed with its own completion date (the later W-2's purpose of filing says so), or a date is mistyped; which completion the others describe decides what is open behind the casing now."
        case .plugged: "The well may have been re-entered and plugged again (a permit and a second plugging record would be on file), or a date is mistyped; until it is settled the plugging deadlines and the W-3's 30 days run from an uncertain date."
        default: "One of them is mistyped, or a re-entry's spud date stands beside the original's; the deadlines counted from the spud (completion reports, inactivity) depend on which holds."
        }
        let message = "The filings for \(Self.formatted(api)) give different dates for when the well was \(milestone.rawValue): " + dated.map(\.described).joined(separator: "; ") + ". " + explanation
        return finding(api: api, severity: .medium, title: "\(rule.title): \(milestone.rawValue) date", message: message, dated: dated, limit: nil)
    }

    // MARK: - Order

    private func beforePermit(api: String, _ dated: [Dated]) -> Finding? {
        let permits = dated.filter { $0.event.milestone == .permitApproved || $0.event.milestone == .permitCited }
        guard let firstPermit = permits.first else { return nil }
        let spud = dated.first { $0.event.milestone == .spudded }
        guard let early = spud ?? dated.first(where: { $0.event.milestone == .completed }), early.date < firstPermit.date else { return nil }
        let message = "\(early.path) reports \(Self.formatted(api)) \(early.event.milestone.rawValue) on \(early.date), before the earliest permit on file was approved (\(firstPermit.described)). "
            + "Drilling or completing before the permit is approved is not allowed (16 TAC §3.5 in Texas, an approved Form 2 in Colorado, 43 CFR 3162.3-1 on federal land). Either the permit the work was done under is not on file (the one here is a later recompletion or re-entry permit), or one of the dates is wrong."
        return finding(api: api, severity: .high, title: "\(rule.title): \(early.event.milestone.rawValue) before the permit", message: message, dated: [early, firstPermit],
                       limit: "on or after \(firstPermit.date)")
    }

    private func completedBeforeSpud(api: String, _ dated: [Dated]) -> Finding? {
        guard let spud = dated.first(where: { $0.event.milestone == .spudded }),
              let completion = dated.first(where: { $0.event.milestone == .completed }), completion.date < spud.date else { return nil }
        let message = "\(completion.path) reports \(Self.formatted(api)) completed on \(completion.date), before it was spudded on \(spud.date) (\(spud.path)). "
            + "A well cannot be completed before it is drilled: one of the dates is mistyped (day and month swapped, a wrong year), or the spud date is a re-entry's."
        return finding(api: api, severity: .medium, title: "\(rule.title): completed before spudded", message: message, dated: [completion, spud], limit: "on or after \(spud.date)")
    }

    private func afterPlugging(api: String, _ dated: [Dated]) -> Finding? {
        guard let plugged = dated.first(where: { $0.event.milestone == .plugged }) else { return nil }
        let permitsAfter = dated.filter { ($0.event.milestone == .permitApproved || $0.event.milestone == .permitCited) && $0.date > plugged.date }
        let later = dated.filter { item in
            let active = item.event.milestone == .spudded || item.event.milestone == .completed
                || (item.event.milestone == .statusReported && item.event.meaning != .canceled)
            // A permit approved after the plugging and before the report allows a re-entry.
            return active && item.date > plugged.date && !permitsAfter.contains { $0.date <= item.date }
        }
        guard !later.isEmpty else { return nil }
        let message = "\(plugged.path) records \(Self.formatted(api)) plugged on \(plugged.date), but later filings report it active: " + later.map(\.described).joined(separator: "; ") + ". "
            + "A plugged well re-entered needs a new permit (none approved after the plugging is on file), or the plugging did not happen when recorded, or the later filing is about another well. "
            + "Work and readings on a well believed plugged go unchecked against its real state."
        return finding(api: api, severity: .high, title: "\(rule.title): reported active after plugging", message: message, dated: [plugged] + later, limit: "nothing active after \(plugged.date)")
    }

    // MARK: - Type of well

    private func wellTypes(api: String, _ statements: [WellHistoryStatement]) -> Finding? {
        let typed = statements.filter { $0.wellType != nil }
        let types = typed.map { WellHistoryStatement.WellType(written: $0.wellType!.value) }
        let disagree = types.indices.contains { i in types.indices.contains { j in !types[i].agrees(with: types[j]) } }
        guard disagree else { return nil }
        let message = "The filings for \(Self.formatted(api)) type the well differently: "
            + typed.map { "\($0.wellType!.value) on \($0.document.path)" }.joined(separator: "; ") + ". "
            + "A well reclassified (oil to gas on a new test, a producer converted to injection or disposal under its permit) explains it when the reclassification is on file; otherwise one filing is about another well or is wrong — and the rules that apply (gas-well setbacks, injection-well testing) differ with the type."
        return rule.wellFinding(api: api, kind: .review, severity: .medium, title: "\(rule.title): type of well", message: message,
                                evidence: typed.map { $0.wellType!.evidence },
                                compared: typed.map { ComparedValue(name: "type of well on \($0.document.path)", actual: $0.wellType!.value) }, jurisdictions: jurisdictions)
    }

    // MARK: - Unreadable dates

    private func unreadable(api: String, _ statements: [WellHistoryStatement]) -> [Finding] {
        statements.flatMap { statement in
            statement.events.filter { $0.date == nil }.map { event in
                let message = "\(statement.document.path) gives a \(event.milestone.rawValue) date for \(Self.formatted(api)) that does not read (\(event.problem ?? "not a date")), "
                    + "so it cannot be held against the other filings of the well. This is not a pass."
                return rule.wellFinding(api: api, kind: .open, severity: .low, title: "Cannot check: \(rule.title): \(event.milestone.rawValue) date", message: message,
                                        remediation: "Read the date on the filing by hand (or obtain a clean copy). Then: \(rule.remediation)",
                                        evidence: [event.evidence], compared: [ComparedValue(name: "\(event.milestone.rawValue) date on \(statement.document.path)", actual: "unreadable")],
                                        jurisdictions: jurisdictions)
            }
        }
    }

    // MARK: - Findings

    private func finding(api: String, severity: Severity, title: String, message: String, dated: [Dated], limit: String?) -> Finding {
        var compared = dated.map { item in
            ComparedValue(name: "\(item.event.milestone.rawValue) on \(item.path)", actual: item.event.status.map { "\($0.value) on \(item.date)" } ?? item.date)
        }
        if let limit {
            compared[0].limit = limit
            compared[0].comparison = "is"
        }
        return rule.wellFinding(api: api, kind: .review, severity: severity, title: title, message: message, evidence: dated.map(\.event.evidence), compared: compared, jurisdictions: jurisdictions)
    }

    private static func formatted(_ api: String) -> String { WellIdentityEvaluator.formatted(api) }
}
