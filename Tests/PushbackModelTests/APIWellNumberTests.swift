import PushbackModel
import Testing

@Suite("API well numbers")
struct APIWellNumberTests {
    @Test("every spelling real files use normalizes to the same well", arguments: [
        ("0403700027", nil, "0403700027", "04-037-00027"),
        ("04-037-00027", nil, "0403700027", "04-037-00027"),
        ("04 037 00027", nil, "0403700027", "04-037-00027"),
        ("05-123-31642", nil, "0512331642", "05-123-31642"),
        ("05-123-31642-00-00", nil, "05123316420000", "05-123-31642-00-00"),
        ("42-04132598", nil, "4204132598", "42-041-32598"),
        ("4200342706", nil, "4200342706", "42-003-42706"),
        ("API No. 42-003-42706", nil, "4200342706", "42-003-42706"),
        ("API #05-123-31642", nil, "0512331642", "05-123-31642"),
        ("125-11325", "05", "0512511325", "05-125-11325"),
        ("41501493", "42", "4241501493", "42-415-01493"),
        ("042832004501", nil, "042832004501", "04-283-20045-01"),
    ] as [(String, String?, String, String)])
    func spellings(raw: String, assumedState: String?, normalized: String, formatted: String) throws {
        let api = try APIWellNumber.parse(raw, assumedStateCode: assumedState)
        #expect(api.normalized == normalized)
        #expect(api.formatted == formatted)
        #expect(api.raw == raw, "the raw text is kept")
    }

    @Test("Kern's even county code 030 is valid, not flagged by parity")
    func kernEvenCountyCode() throws {
        let api = try APIWellNumber.parse("0403012345")
        #expect(api.countyCode == "030")
        #expect(api.concerns.isEmpty)
        #expect(APICodeBook.countyName(state: "04", county: "030") == "Kern")
        #expect(APICodeBook.countyName(state: "04", county: "029") == "Kern")
        #expect(APICodeBook.countyName(state: "05", county: "014") == "Broomfield")
    }

    @Test("an unknown county or state code is flagged for review, not rejected")
    func unknownCodesAreConcerns() throws {
        let county = try APIWellNumber.parse("04-998-12345")
        #expect(county.concerns == [.unknownCountyCode(state: "04", county: "998")])
        #expect(county.needsReview)
        let state = try APIWellNumber.parse("99-001-12345")
        #expect(state.concerns == [.unknownStateCode("99")])
    }

    @Test("a missing state code is assumed from the source and said so")
    func assumedState() throws {
        let api = try APIWellNumber.parse("125-11325", assumedStateCode: "05")
        #expect(api.concerns == [.stateCodeAssumed("05")])
        #expect(throws: APINumberError.self) { try APIWellNumber.parse("125-11325") }
    }

    @Test("a spreadsheet-dropped leading zero is restored and flagged")
    func leadingZero() throws {
        let api = try APIWellNumber.parse("402920040")
        #expect(api.normalized == "0402920040")
        #expect(api.concerns == [.leadingZeroRestored])
    }

    @Test("text that is not an API number is a clear error", arguments: ["", "N/A", "04-029", "0402920040123456", "04-029-2004O"])
    func rejects(text: String) {
        #expect(throws: APINumberError.self) { try APIWellNumber.parse(text) }
    }

    @Test("identity is the normalized number, not the spelling")
    func identity() throws {
        let a = try APIWellNumber.parse("04-029-20040")
        let b = try APIWellNumber.parse("0402920040")
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
    }
}
