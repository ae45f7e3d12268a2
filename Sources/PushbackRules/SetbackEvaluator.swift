import PushbackGeo
import PushbackModel

/// Evaluates a setback rule: every in-scope well against every receptor of the protected kinds.
///
/// - within the distance (point to point): `fail`;
/// - beyond it but within the distance plus the assumed parcel radius and both location
///   uncertainties: `review` ("possibly within" — the law measures to the property line);
/// - a well or receptor with no usable location, or source rows that were lost: `open`.
struct SetbackEvaluator {
    let rule: Rule
    let check: SetbackCheck
    let jurisdictions: JurisdictionCatalog

    func evaluate(wells: PlacedWells, receptors: [Receptor], wellGaps: [IntakeProblem], receptorGaps: [IntakeProblem], asOf: String) -> [Finding] {
        // A setback with a deadline says nothing until the obligation is due or about to be.
        var deadline: Deadline?
        let today = EvaluationInput.calendarDate(asOf)
        if let obligation = check.deadline, case .fixed(let due) = obligation.start {
            if today >= due {
                deadline = Deadline(what: obligation.what, due: due, isOverdue: true)
            } else if let warn = obligation.warnBefore, warn.before(due) <= today {
                deadline = Deadline(what: obligation.what, due: due, isOverdue: false)
            } else {
                return []
            }
        }
        var findings: [Finding] = []
        let inScope = wells.indices(in: rule.jurisdiction).compactMap { index -> (WellGroup, JurisdictionPlacement)? in
            guard check.statuses.contains(wells.groups[index].well.status), wells.placements[index].membership(in: rule.jurisdiction) != .outside else { return nil }
            if let condition = check.appliesWhen {
                switch ConditionResult.truth(of: condition, well: wells.groups[index].well, asOf: today) {
                case .true: break
                case .false: return nil
                case .unknown:
                    findings.append(scopeUnknown(wells.groups[index], placement: wells.placements[index], condition: condition, asOf: today))
                    return nil
                }
            }
            return (wells.groups[index], wells.placements[index])
        }
        let protected = receptors.filter { check.receptorKinds.contains($0.kind) }
        let located = protected.filter { $0.location != nil }
        let largestReceptorUncertainty = located.map { $0.location!.uncertainty }.max() ?? .meters(0)
        let largestWellUncertainty = inScope.compactMap { $0.0.well.location?.uncertainty }.max() ?? .meters(0)
        let searchRadius = check.distance + check.receptorParcelRadius + largestReceptorUncertainty + largestWellUncertainty
        let join = ProximityJoin(targets: located.map { $0.location!.point }, radius: searchRadius)

        for (group, placement) in inScope {
            guard let location = group.well.location else {
                findings.append(wellWithoutLocation(group, chain: placement.chain))
                continue
            }
            for target in join.targets(near: location.point) {
                let receptor = located[target]
                let distance = GeodesicDistance.between(location.point, receptor.location!.point)
                let uncertainty = location.uncertainty + receptor.location!.uncertainty
                switch ProximityVerdict.classify(distance: distance, threshold: check.distance, uncertainty: uncertainty, extent: check.receptorParcelRadius) {
                case .definitely:
                    findings.append(pairFinding(group, placement: placement, receptor: receptor, distance: distance, kind: .fail, deadline: deadline))
                case .possibly where distance <= check.distance && uncertainty <= check.locationTolerance:
                    // The published points are within d and both are surveyed-grade: taken at face
                    // value (the property-line measurement only shortens the distance).
                    findings.append(pairFinding(group, placement: placement, receptor: receptor, distance: distance, kind: .fail, deadline: deadline))
                case .possibly:
                    findings.append(pairFinding(group, placement: placement, receptor: receptor, distance: distance, kind: .review, deadline: deadline))
                case .no:
                    break
                }
            }
        }
        if !inScope.isEmpty, !receptorsCover(located, wells: inScope.map(\.0)) {
            findings.append(noReceptorsLoaded(wells: inScope.map(\.0), protectedCount: protected.count, locatedCount: located.count))
        }
        // A receptor nobody can place, or receptor rows lost, can hide a breach only where the
        // rule has wells to check.
        for receptor in protected where receptor.location == nil && !inScope.isEmpty {
            findings.append(receptorWithoutLocation(receptor))
        }
        for gap in receptorGaps where !inScope.isEmpty {
            findings.append(rule.lostRowsFinding(gap, entity: "receptor", unchecked: "against the \(limitText) setback", jurisdictions: jurisdictions))
        }
        for gap in wellGaps {
            findings.append(rule.lostRowsFinding(gap, entity: "well", unchecked: "against the \(limitText) setback", jurisdictions: jurisdictions))
        }
        return findings
    }

    /// The coverage a receptor source needs before a well's silence means anything: a protected
    /// receptor placed inside the rule's jurisdiction, or — for a jurisdiction without a boundary
    /// (placed by API state code) — one within `coverageRadius` of some well the rule applies to.
    private func receptorsCover(_ located: [Receptor], wells: [WellGroup]) -> Bool {
        if jurisdictions.jurisdictions[rule.jurisdiction]?.boundary != nil {
            return located.contains { jurisdictions.chain(containing: $0.location!.point).contains(rule.jurisdiction) }
        }
        let placed = wells.compactMap(\.well.location)
        // Wells without a location raise their own open findings; they cannot show a gap in coverage.
        guard !placed.isEmpty else { return true }
        let join = ProximityJoin(targets: located.map { $0.location!.point }, radius: Self.coverageRadius)
        return placed.contains { !join.targets(near: $0.point).isEmpty }
    }

    /// Without a boundary, receptors this close to a well show the source covers its area.
    static let coverageRadius = Distance.kilometers(50)

    // MARK: - Findings

    private var limitText: String { "\(check.distance)" }

    private var jurisdictionName: String { jurisdictions.jurisdictions[rule.jurisdiction]?.name ?? rule.jurisdiction }

    private var possiblyInJurisdiction: String {
        "The well lies outside \(jurisdictionName)'s drawn boundary but within its location's uncertainty or the boundary's tolerance of it, so the rule may not apply at all: it is applied in case, as a review. Confirm the surveyed location against the official boundary."
    }

    /// The obligation of a setback with a deadline, as of the evaluation: due (or overdue).
    struct Deadline {
        var what: String
        var due: CalendarDate
        var isOverdue: Bool
    }

    private func pairFinding(_ group: WellGroup, placement: JurisdictionPlacement, receptor: Receptor, distance: Distance, kind distanceKind: FindingKind, deadline: Deadline?) -> Finding {
        let well = group.well
        // Outside the drawn boundary but within its uncertainty: the rule may not apply at all.
        let jurisdictionUncertain = placement.membership(in: rule.jurisdiction) == .possibly
        let waivable = distanceKind == .fail && check.raises == .review
        let upcoming = deadline.map { !$0.isOverdue } ?? false
        let kind = jurisdictionUncertain || waivable || upcoming ? .review : distanceKind
        let severity = upcoming ? .low : kind == .fail || (waivable && !jurisdictionUncertain) ? (check.severityByStatus[well.status] ?? rule.severity) : .medium
        let wellName = [well.name, well.operatorName].compactMap { $0 }.joined(separator: ", ")
        let receptorText = "\(receptor.name) (\(receptor.kind.rawValue), \(receptor.category ?? "category not given"), id \(receptor.id))"
        let measured = "Measured point to point, from \(rule.measuredFrom) to the receptor's published point; the rule measures to \(rule.measuredTo)."
        var message: String
        if distanceKind == .fail {
            message = "\(well.status.rawValue.capitalizedFirst) well \(well.api.formatted)\(wellName.isEmpty ? "" : " (\(wellName))") is \(distance) from \(receptorText) — inside the \(limitText) setback. \(measured) A point distance undercounts against that, so the true distance is shorter still."
        } else {
            let uncertainty = well.location!.uncertainty + receptor.location!.uncertainty
            let side = distance <= check.distance ? "within \(limitText) point to point, but the locations are uncertain by up to \(uncertainty)" : "beyond \(limitText) point to point, but by less than the assumed parcel radius \(check.receptorParcelRadius) plus the location uncertainty \(uncertainty)"
            message = "\(well.status.rawValue.capitalizedFirst) well \(well.api.formatted)\(wellName.isEmpty ? "" : " (\(wellName))") is \(distance) from \(receptorText): \(side). Measured to the property line it is possibly inside the setback."
        }
        if let deadline {
            message += deadline.isOverdue ? " \(deadline.what.capitalizedFirst) was due \(deadline.due)." : " \(deadline.what.capitalizedFirst) is due \(deadline.due)."
        }
        if waivable { message += " The rule allows waivers Pushback cannot see, so this is a review: find the waiver or the approval." }
        if jurisdictionUncertain { message += " " + possiblyInJurisdiction }
        var compared = [
            ComparedValue(name: "distance, well surface location → receptor point (WGS84 geodesic)", actual: "\(distance)", limit: limitText, comparison: distance <= check.distance ? "≤" : ">"),
            ComparedValue(name: "well status", actual: "\(well.status.rawValue) (source: \(well.rawStatus))", limit: check.statuses.map(\.rawValue).sorted().joined(separator: ", "), comparison: "in"),
        ]
        if distanceKind == .review {
            compared.append(ComparedValue(name: "assumed receptor parcel radius", actual: "\(check.receptorParcelRadius)"))
        }
        compared.append(ComparedValue(name: "location uncertainty (well / receptor)", actual: "\(well.location!.uncertainty) / \(receptor.location!.uncertainty)"))
        compared += jurisdictions.placementValues(placement)
        let remediation = distanceKind == .fail
            ? rule.remediation
            : "Pull the receptor's parcel boundary (county assessor parcel map) and the well's surveyed location, and measure to the property line. \(rule.remediation)"
        let explanation = steps(well: well, placement: placement, receptor: receptor, distance: distance, deadline: deadline)
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: kind, severity: severity,
            title: upcoming ? "Due \(deadline!.due): \(rule.title)"
                : jurisdictionUncertain ? "Possibly in \(jurisdictionName): \(rule.title)" : distanceKind == .fail ? rule.title : "Possibly within: \(rule.title)",
            message: message, remediation: remediation, citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: well.api.normalized, name: well.name),
            related: [Subject(type: "receptor", id: receptor.id, name: receptor.name)],
            jurisdictions: placement.chain, comparedValues: compared,
            evidence: group.evidence + [receptor.provenance], due: deadline.map(\.due.description), explanation: explanation,
            geometry: FindingGeometry(subject: well.location!, related: receptor.location!, setback: check.distance, measured: distance, parcelRadius: check.receptorParcelRadius)
        )
    }

    /// The setback's reasoning for one pair, as `pushback explain` shows it.
    private func steps(well: Well, placement: JurisdictionPlacement, receptor: Receptor, distance: Distance, deadline: Deadline?) -> [ExplanationStep] {
        let uncertainty = well.location!.uncertainty + receptor.location!.uncertainty
        let placed = placement.membership(in: rule.jurisdiction) == .possibly
            ? ExplanationStep(depth: 0, text: "possibly in \(jurisdictionName): outside its drawn boundary, within the location's uncertainty or the boundary's tolerance (placed in \(jurisdictions.describe(placement.chain)) by \(placement.basis.rawValue))", outcome: "unknown")
            : ExplanationStep(depth: 0, text: "in \(jurisdictions.describe(placement.chain)) (placed by \(placement.basis.rawValue))", outcome: "true")
        let statuses = check.statuses.map(\.rawValue).sorted().joined(separator: ", ")
        let d = "d = \(distance) (wellhead → receptor point, WGS84 geodesic)", u = "u = \(uncertainty) (well \(well.location!.uncertainty) + receptor \(receptor.location!.uncertainty))"
        let verdict: ExplanationStep
        if (distance + uncertainty) <= check.distance {
            verdict = ExplanationStep(depth: 1, text: "definitely within: d + u ≤ \(limitText)", outcome: "true")
        } else if distance <= check.distance && uncertainty <= check.locationTolerance {
            verdict = ExplanationStep(depth: 1, text: "within at face value: d ≤ \(limitText) and u ≤ the \(check.locationTolerance) taken as surveyed-grade", outcome: "true")
        } else {
            verdict = ExplanationStep(depth: 1, text: "possibly within: d − u − \(check.receptorParcelRadius) (assumed parcel radius) ≤ \(limitText), measured to the property line", outcome: "unknown")
        }
        var result = [
            placed,
            ExplanationStep(depth: 0, text: "well.status = \(well.status.rawValue) (source: \(well.rawStatus)) ∈ [\(statuses)]", outcome: "true"),
            ExplanationStep(depth: 0, text: "\(receptor.kind.rawValue) \(receptor.name) within \(limitText): \(d), \(u)", outcome: verdict.outcome),
            verdict,
        ]
        if let deadline {
            result.append(ExplanationStep(depth: 0, text: "deadline: \(deadline.what) due \(deadline.due)\(deadline.isOverdue ? " — overdue" : " — within the warning window")", outcome: "true"))
        }
        return result
    }

    /// A well of the setback's statuses in its jurisdiction for which `applies_when` needs a fact
    /// the source does not give: whether the setback applies at all is unknown.
    private func scopeUnknown(_ group: WellGroup, placement: JurisdictionPlacement, condition: Condition, asOf: CalendarDate) -> Finding {
        let well = group.well
        let result = ConditionResult.evaluate(condition, well: well, asOf: asOf, depth: 1)
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .medium,
            title: "Cannot check: \(rule.title)",
            message: "\(well.status.rawValue.capitalizedFirst) well \(well.api.formatted) cannot be checked against the \(limitText) setback: whether it applies depends on \(result.missing.map(\.reason).joined(separator: "; ")). This is not a pass.",
            remediation: "Find the missing fact (\(result.missing.map(\.fact).joined(separator: ", "))) in the well's permit or the regulator's record and add it to the source.",
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: well.api.normalized, name: well.name),
            jurisdictions: placement.chain, comparedValues: result.compared, evidence: group.evidence,
            explanation: [ExplanationStep(depth: 0, text: "applies when", outcome: result.truth.rawValue)] + result.steps,
            geometry: well.location.map { FindingGeometry(subject: $0) }
        )
    }

    private func wellWithoutLocation(_ group: WellGroup, chain: [String]) -> Finding {
        let well = group.well
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .medium,
            title: "Cannot check: \(rule.title)",
            message: "\(well.status.rawValue.capitalizedFirst) well \(well.api.formatted) has no usable location in its source, so its \(limitText) setback cannot be checked. This is not a pass.",
            remediation: "Find the well's surveyed surface location (completion report, plat or the agency's well finder) and add it to the source.",
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "well", id: well.api.normalized, name: well.name),
            jurisdictions: chain,
            comparedValues: [ComparedValue(name: "well location", actual: "missing or unusable")],
            evidence: group.evidence
        )
    }

    /// Wells in the rule's jurisdiction, but not one receptor of the protected kinds placed inside
    /// it: the receptor source is missing (or its points all fall outside), and every well is unchecked.
    private func noReceptorsLoaded(wells: [WellGroup], protectedCount: Int, locatedCount: Int) -> Finding {
        let name = jurisdictions.jurisdictions[rule.jurisdiction]?.name ?? rule.jurisdiction
        let kinds = check.receptorKinds.map(\.rawValue).sorted().joined(separator: " or ")
        let shown = 20
        let loaded = protectedCount == 0
            ? "no \(kinds) receptors were loaded at all"
            : jurisdictions.jurisdictions[rule.jurisdiction]?.boundary == nil
            ? "\(protectedCount) \(kinds) receptor\(protectedCount == 1 ? " was" : "s were") loaded (\(locatedCount) with coordinates), none within \(Self.coverageRadius) of these wells (\(name) has no boundary loaded)"
            : "\(protectedCount) \(kinds) receptor\(protectedCount == 1 ? " was" : "s were") loaded (\(locatedCount) with coordinates), none placed inside \(name)"
        let listed = wells.prefix(shown).map { $0.well.api.formatted }.joined(separator: ", ")
        return Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .high,
            title: "Cannot check: \(rule.title)",
            message: "\(wells.count) well\(wells.count == 1 ? "" : "s") in \(name) \(wells.count == 1 ? "is" : "are") subject to the \(limitText) setback, but \(loaded). Not one of them has been checked: this is not a pass. Wells: \(listed)\(wells.count > shown ? " and \(wells.count - shown) more" : "").",
            remediation: "Add a receptor source covering \(name) (for schools: the state's public and private school directories with coordinates) to the inbox, or check that its mapping reads the receptor kinds \(kinds), then run the sweep again.",
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "jurisdiction", id: rule.jurisdiction, name: name),
            jurisdictions: jurisdictions.chain(from: rule.jurisdiction),
            comparedValues: [
                ComparedValue(name: "\(kinds) receptors placed inside \(name)", actual: "0", limit: "at least 1", comparison: "≥"),
                ComparedValue(name: "wells subject to the setback", actual: "\(wells.count)"),
            ],
            evidence: wells.prefix(shown).flatMap(\.evidence)
        )
    }

    private func receptorWithoutLocation(_ receptor: Receptor) -> Finding {
        Finding(
            ruleID: rule.id, ruleVersion: rule.version, kind: .open, severity: .medium,
            title: "Cannot check: \(rule.title)",
            message: "\(receptor.name) (\(receptor.kind.rawValue), id \(receptor.id)\(receptor.county.map { ", \($0) County" } ?? "")) has no coordinates in its source, so no well can be checked against its \(limitText) setback. Any well near it is unchecked: this is not a pass.",
            remediation: "Geocode the receptor from its address (or the agency's site map) and add its coordinates to the receptor source.",
            citation: rule.citation, basis: rule.basis,
            subject: Subject(type: "receptor", id: receptor.id, name: receptor.name),
            jurisdictions: jurisdictions.chain(from: rule.jurisdiction),
            comparedValues: [ComparedValue(name: "receptor location", actual: "missing (source value \"NA\" or blank)")],
            evidence: [receptor.provenance]
        )
    }

}

extension String {
    /// The string with its first letter upper-cased ("idle" → "Idle").
    var capitalizedFirst: String {
        guard let first = utf8.first else { return self }
        // Statuses are ASCII: spare the Unicode case mapping for them.
        if first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") { return String(UnicodeScalar(first - 32)) + dropFirst() }
        return prefix(1).uppercased() + dropFirst()
    }
}
