import PushbackModel
import Testing

@Suite("Well status vocabularies")
struct WellStatusTests {
    @Test("CalGEM words map to model statuses", arguments: [
        ("active", WellStatus.active), ("idle", .idle), ("new", .new), ("plugged", .plugged), ("canceled", .canceled), ("unknown", .unknown),
    ])
    func calgem(raw: String, status: WellStatus) {
        #expect(WellStatusVocabulary.calgem.status(for: raw) == status)
    }

    @Test("ECMC codes map regardless of case, as real files mix them", arguments: [
        ("PR", WellStatus.active), ("SI", .shutIn), ("si", .shutIn), ("TA", .temporarilyAbandoned), ("ta ", .temporarilyAbandoned),
        ("PA", .plugged), ("WO", .waitingOnCompletion), ("DG", .drilling), ("AB", .abandoned),
    ])
    func ecmc(raw: String, status: WellStatus) {
        #expect(WellStatusVocabulary.ecmc.status(for: raw) == status)
    }

    @Test("an unknown word is not guessed")
    func unknownWord() {
        #expect(WellStatusVocabulary.ecmc.status(for: "producing-ish") == nil)
        #expect(WellStatus.shutIn.isInactive && WellStatus.idle.isInactive && !WellStatus.active.isInactive)
    }
}
