import PushbackModel
import Testing

@Suite("Entity keys: operator names and BLM lease serials")
struct EntityKeyTests {
    @Test("operator spellings meet on one key; different companies do not", arguments: [
        ("CHESAPEAKE OPERATING, L.L.C.", "Chesapeake Operating LLC", true),
        ("HAWKWOOD ENERGY OPERATING, LLC", "Hawkwood Energy Operating L L C", true),
        ("OXY USA INC.", "Oxy U.S.A., Incorporated", true),
        ("OXY USA INC.", "OXY USA Inc", true),
        ("Petro Resources, Inc.", "PETRO RESOURCES INC", true),
        ("Smith & Sons Oil Co.", "SMITH AND SONS OIL COMPANY", true),
        ("OXY USA INC.", "COG OPERATING LLC", false),
        ("RELIANCE ENERGY, INC.", "RELIANCE ENERGY PARTNERS, LP", false),
    ])
    func operators(_ first: String, _ second: String, _ same: Bool) {
        #expect((OperatorName(first).key == OperatorName(second).key) == same, "\(OperatorName(first).key) / \(OperatorName(second).key)")
    }

    @Test("the legal form is normalized, not dropped, in the display form")
    func normalizedForm() {
        #expect(OperatorName("CHESAPEAKE OPERATING, L.L.C.").normalized == "CHESAPEAKE OPERATING LLC")
        #expect(OperatorName("Union Oil Company of California").normalized == "UNION OIL COMPANY OF CALIFORNIA")
        #expect(OperatorName("LLC").key == "LLC", "a name that is only a legal form keeps it")
    }

    @Test("BLM serials: spacing, dashes and leading zeros do not matter; a bare state prefix is a possible alias only")
    func serials() throws {
        #expect(BLMLeaseSerial("NMNM 012345")?.key == "NMNM12345")
        #expect(BLMLeaseSerial("nmnm-12345")?.key == "NMNM12345")
        #expect(BLMLeaseSerial("WYW192003B")?.key == "WYW192003B")
        let legacy = try #require(BLMLeaseSerial("NM-012345"))
        #expect(legacy.key == "NM12345" && legacy.possibleAliases == ["NMNM12345"])
        #expect(BLMLeaseSerial("UTU60786A")?.possibleAliases == [])
        #expect(BLMLeaseSerial("12345") == nil && BLMLeaseSerial("NMNM") == nil)
    }
}
