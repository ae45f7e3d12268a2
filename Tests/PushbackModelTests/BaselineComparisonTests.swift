import PushbackModel
import Testing

@Suite("Baseline comparison against the previous complete run")
struct BaselineComparisonTests {
    static func recorded(_ fingerprint: String, content: String, firstSeen: String = "2026-11-20") -> BaselineComparison.Recorded {
        BaselineComparison.Recorded(fingerprint: fingerprint, contentFingerprint: content, firstSeen: firstSeen, ruleID: "R", subject: Subject(type: "well", id: fingerprint),
                                    title: "t", kind: .fail, severity: .high)
    }

    @Test("same identity and content: unchanged since first seen; content changed: updated; not before: new; gone: absent")
    func states() {
        let previous = [Self.recorded("a", content: "1"), Self.recorded("b", content: "2"), Self.recorded("c", content: "3")]
        let comparison = BaselineComparison(current: [("a", "1"), ("b", "2x"), ("d", "4")], previous: previous, previousRun: ("run-1", "2026-11-27"), asOf: "2026-11-28")
        #expect(comparison.standings["a"] == .init(state: .unchanged, firstSeen: "2026-11-20"))
        #expect(comparison.standings["b"] == .init(state: .updated, firstSeen: "2026-11-20"))
        #expect(comparison.standings["d"] == .init(state: .new, firstSeen: "2026-11-28"))
        #expect(comparison.absent.map(\.fingerprint) == ["c"])
        #expect([BaselineState.new, .updated, .unchanged, .absent].map(comparison.count) == [1, 1, 1, 1])
        #expect(!comparison.isFirstRun)
    }

    @Test("without a previous complete run every finding is the baseline: new, first seen today, nothing absent")
    func firstRun() {
        let comparison = BaselineComparison(current: [("a", "1")], previous: [Self.recorded("z", content: "9")], previousRun: nil, asOf: "2026-11-28")
        #expect(comparison.isFirstRun && comparison.standings["a"]?.state == .new && comparison.absent.isEmpty)
    }
}
