import PushbackGeo
import PushbackModel
import PushbackRules
import Testing
import TestSupport

@Suite("Setback rule: CA SB 1137 health protection zone")
struct SetbackEvaluatorTests {
    static let book = try! RuleBook.load(rulesDirectory: Fixtures.repository("rules").path, jurisdictionsDirectory: Fixtures.repository("jurisdictions").path)
    static let school = GeoPoint(latitude: 35.6, longitude: -119.3)!
    static let source = SourceReference(sha256: "abc", path: "inbox/test.csv")

    func well(_ api: String, _ status: WellStatus, meters: Double?, azimuth: Double = 45, line: Int = 2) -> Well {
        let location = meters.map { Location(point: GeodesicDistance.destination(from: Self.school, azimuth: azimuth, distance: .meters($0)), basis: "test") }
        return Well(api: try! APIWellNumber.parse(api), status: status, rawStatus: status.rawValue, location: location,
                    provenance: Evidence(source: Self.source, line: line, field: "api", quote: api))
    }

    func receptor(_ id: String, kind: ReceptorKind = .school, at point: GeoPoint? = school) -> Receptor {
        Receptor(id: id, name: "School \(id)", kind: kind, location: point.map { Location(point: $0, basis: "test") },
                 provenance: Evidence(source: Self.source, line: 9, field: "id", quote: id))
    }

    func evaluate(_ wells: [Well], _ receptors: [Receptor], receptorGaps: [IntakeProblem] = [], asOf: String = "2026-11-28") -> Evaluation {
        var evaluation = RuleEvaluator(book: Self.book).evaluate(EvaluationInput(wells: wells, receptors: receptors, wellGaps: [], receptorGaps: receptorGaps, asOf: asOf))
        evaluation.findings.removeAll { $0.ruleID != "CA-SB1137-HPZ-SCHOOL" }
        return evaluation
    }

    @Test("distance and status decide fail, review or nothing", arguments: [
        (WellStatus.idle, 900.0, FindingKind?.some(.fail), Severity?.some(.high)),
        (.idle, 975.35, .fail, .high),
        (.idle, 975.37, .review, .medium),
        (.idle, 1_120.0, .review, .medium),
        (.idle, 1_130.0, nil, nil),
        (.active, 500.0, .fail, .high),
        (.new, 500.0, .fail, .critical),
        (.plugged, 100.0, nil, nil),
        (.canceled, 100.0, nil, nil),
    ])
    func classification(status: WellStatus, meters: Double, kind: FindingKind?, severity: Severity?) throws {
        let findings = evaluate([well("0402912345", status, meters: meters)], [receptor("1")]).findings
        #expect(findings.first?.kind == kind)
        #expect(findings.first?.severity == severity)
        #expect(findings.count == (kind == nil ? 0 : 1))
        if let finding = findings.first {
            #expect(finding.subject == Subject(type: "well", id: "0402912345"))
            #expect(finding.related.map(\.id) == ["1"])
            #expect(finding.jurisdictions == ["us-ca", "us"])
            #expect(finding.evidence.count == 2)
            #expect(finding.citation.text.contains("§3280"))
            #expect(finding.comparedValues.first?.limit == "975 m (3,200 ft)")
        }
    }

    @Test("fail messages say a point distance undercounts against the property line")
    func undercountIsStated() throws {
        let finding = try #require(evaluate([well("0402912345", .idle, meters: 500)], [receptor("1")]).findings.first)
        #expect(finding.message.contains("undercounts"))
        #expect(finding.message.contains("property line"))
    }

    @Test("a pair's explanation says how the distance was judged: definitely, at face value, or possibly within")
    func explanation() throws {
        let inside = try #require(evaluate([well("0402912345", .idle, meters: 500)], [receptor("1")]).findings.first?.explanation)
        #expect(inside.map(\.depth) == [0, 0, 0, 1] && inside.last?.text.hasPrefix("definitely within: d + u ≤ 975 m") == true && inside.last?.outcome == "true")
        let possibly = try #require(evaluate([well("0402912345", .idle, meters: 1_000)], [receptor("1")]).findings.first?.explanation)
        #expect(possibly.last?.text.hasPrefix("possibly within: d − u − 150 m") == true && possibly.last?.outcome == "unknown")
        #expect(possibly.first?.text == "in California → United States (placed by boundaries)")
    }

    @Test("wells outside the rule's jurisdiction and receptors of other kinds are not checked")
    func scope() {
        let colorado = Receptor(id: "co", name: "Greeley school", kind: .school, location: Location(point: GeoPoint(latitude: 40.42, longitude: -104.71)!, basis: "test"),
                                provenance: Evidence(source: Self.source, line: 3, quote: "co"))
        let weld = Well(api: try! APIWellNumber.parse("0512312345"), status: .idle, rawStatus: "SI",
                        location: Location(point: GeodesicDistance.destination(from: colorado.location!.point, azimuth: 10, distance: .meters(100)), basis: "test"),
                        provenance: Evidence(source: Self.source, line: 4, quote: "05-123-12345"))
        #expect(evaluate([weld], [colorado]).findings.isEmpty, "a Colorado well is outside a California rule")
        let parkOnly = evaluate([well("0402912345", .idle, meters: 100)], [receptor("1", kind: .park)]).findings
        #expect(parkOnly.map(\.kind) == [.open] && parkOnly.first?.subject == Subject(type: "jurisdiction", id: "us-ca", name: "California"),
                "a park is not a school: the well is unchecked, and that is said once for the jurisdiction")
        #expect(evaluate([well("0402912345", .idle, meters: 100)], [receptor("1", kind: .preschool)]).findings.count == 1)
    }

    @Test("a well whose API number names another state than its location is still checked, and the conflict is shown")
    func apiStateConflict() throws {
        let finding = try #require(evaluate([well("0512312345", .idle, meters: 100)], [receptor("1")]).findings.first)
        #expect(finding.comparedValues.contains { $0.name == "API number vs location" && $0.actual.contains("Colorado") })
    }

    @Test("a missing location on either side is an open finding, never a pass")
    func openFindings() {
        let findings = evaluate([well("0402912345", .idle, meters: nil)], [receptor("1", at: nil)]).findings
        #expect(findings.map(\.kind) == [.open, .open, .open])
        #expect(Set(findings.map(\.subject.type)) == ["well", "receptor", "jurisdiction"], "the school cannot be placed in California either")
        #expect(findings.allSatisfy { $0.message.contains("not a pass") })
    }

    @Test("receptor rows that could not be read are an open finding naming the lines")
    func lostRows() throws {
        let gap = IntakeProblem(scope: .record, source: Self.source, firstLine: 4103, lastLine: 4377, field: "School", reason: "a stray quote …")
        #expect(evaluate([], [], receptorGaps: [gap]).findings.isEmpty, "no well to check: lost receptor rows hide nothing")
        let finding = try #require(evaluate([well("0402912345", .idle, meters: 5_000)], [receptor("1")], receptorGaps: [gap]).findings.first)
        #expect(finding.kind == .open)
        #expect(finding.message.contains("lines 4103–4377"))
        #expect(finding.subject.type == "document")
    }

    @Test("a well listed twice is one finding with both lines as evidence")
    func duplicates() throws {
        let findings = evaluate([well("0402912345", .idle, meters: 300, line: 5), well("0402912345", .idle, meters: 300, line: 9)], [receptor("1")]).findings
        #expect(findings.count == 1)
        #expect(findings.first?.evidence.compactMap(\.line) == [5, 9, 9])
    }

    @Test("before the rule's effective date it is not evaluated, and says so")
    func notInEffect() {
        let evaluation = evaluate([well("0402912345", .idle, meters: 300)], [receptor("1")], asOf: "2023-01-01")
        #expect(evaluation.findings.isEmpty)
        #expect(evaluation.rulesNotInEffect.contains("CA-SB1137-HPZ-SCHOOL") && !evaluation.evaluatedRules.contains("CA-SB1137-HPZ-SCHOOL"))
    }

    @Test("findings come in a deterministic order whatever the input order")
    func deterministicOrder() {
        var wells: [Well] = []
        for index in 0..<6 {
            let status: WellStatus = index % 2 == 0 ? .idle : .new
            let meters = Double(100 + index * 50)
            wells.append(well("04029\(12340 + index)", status, meters: meters, azimuth: Double(index * 60)))
        }
        let receptors = [receptor("2"), receptor("1", at: GeodesicDistance.destination(from: Self.school, azimuth: 90, distance: .meters(200)))]
        let forward = evaluate(wells, receptors).findings
        let backward = evaluate(wells.reversed(), receptors.reversed()).findings
        #expect(forward == backward)
        #expect(forward.first?.severity == .critical)
    }
}
