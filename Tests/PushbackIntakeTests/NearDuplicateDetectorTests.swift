import Foundation
import PushbackIntake
import Testing
import TestSupport

@Suite("Near-duplicate filings: hashed word shingles, cosine similarity through OpenBLAS")
struct NearDuplicateDetectorTests {
    static let folder = "real/documents/tx_rrc_text/"

    static func text(_ name: String) throws -> String {
        try String(contentsOf: Fixtures.url(folder + name), encoding: .utf8)
    }

    /// Every Markdown export of an RRC form in the fixtures, by file name.
    static func allRealTexts() throws -> [(id: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url(folder).path)
            .filter { $0.hasSuffix(".md") }
            .sorted()
        return try names.map { (id: $0, text: try text($0)) }
    }

    /// The similarity of two texts, whatever it is (a threshold just above zero reports it).
    static func similarity(_ first: String, _ second: String) -> Float? {
        NearDuplicateDetector(threshold: .leastNonzeroMagnitude).pairs(in: [(id: "a", text: first), (id: "b", text: second)]).first?.similarity
    }

    @Test("hashing is stable across processes and platforms: pinned buckets and signs (FNV-1a, fmix64)")
    func stableHashing() {
        // Expected values computed independently (Python) from the documented hash.
        let detector = NearDuplicateDetector(dimension: 16)
        var alphaBetaGamma = [Float](repeating: 0, count: 16)
        alphaBetaGamma[10] = 1
        var casing8680 = [Float](repeating: 0, count: 16)
        casing8680[15] = -1
        var casing8580 = [Float](repeating: 0, count: 16)
        casing8580[0] = 1
        #expect(detector.similarityMatrix(of: ["alpha beta gamma"]).vectors == alphaBetaGamma)
        #expect(detector.similarityMatrix(of: ["casing depth 8680"]).vectors == casing8680)
        #expect(detector.similarityMatrix(of: ["casing depth 8580"]).vectors == casing8580)
    }

    @Test("case, punctuation, table pipes and whitespace do not matter; digits do")
    func normalization() {
        let detector = NearDuplicateDetector(dimension: 64)
        let table = detector.similarityMatrix(of: ["|Operator No.|367676|\n|---|---|\n|Casing depth|8580 ft|"]).vectors
        let prose = detector.similarityMatrix(of: ["operator   no: 367676 — CASING depth, 8580 FT"]).vectors
        let amended = detector.similarityMatrix(of: ["operator no: 367676 casing depth 8680 ft"]).vectors
        #expect(table == prose)
        #expect(table != amended)
    }

    @Test("identical texts score 1; an empty text pairs with nothing; a short text is one shingle")
    func identicalAndDegenerate() throws {
        let w2 = try Self.text("cmpl_W2Form_PID_327618.md")
        let pairs = NearDuplicateDetector().pairs(in: [(id: "one", text: w2), (id: "empty", text: ""), (id: "copy", text: w2), (id: "blank", text: " | --- | ")])
        #expect(pairs.count == 1)
        #expect(pairs.first?.firstID == "one" && pairs.first?.secondID == "copy")
        #expect(abs((pairs.first?.similarity ?? 0) - 1) < 1e-6)
        #expect(Self.similarity("plug back", "PLUG, back") == 1)
    }

    @Test("a W-2 with a depth, a date and a name amended is a near duplicate (≥ 0.9), but not identical")
    func lightlyAmendedCopy() throws {
        let original = try Self.text("cmpl_W2Form_PID_327618.md")
        let amended = original
            .replacingOccurrences(of: "|8 5/8| |8580|", with: "|8 5/8| |8680|")
            .replacingOccurrences(of: "Date: 09/02/2020", with: "Date: 09/12/2020")
            .replacingOccurrences(of: "Lauren Walsh", with: "Lauren Walker")
        #expect(amended != original)
        let similarity = try #require(Self.similarity(original, amended))
        #expect(similarity >= 0.9 && similarity < 1)
        let pairs = NearDuplicateDetector().pairs(in: [(id: "original", text: original), (id: "amended", text: amended)])
        #expect(pairs.map(\.secondID) == ["amended"])
    }

    @Test("among the 16 real RRC exports, exactly the Submitted/Approved versions of the same three W-2s are near duplicates")
    func realFilings() throws {
        let pairs = NearDuplicateDetector().pairs(in: try Self.allRealTexts())
        // Tracking numbers 237665, 237666 and 241368: one filing each, exported twice in different
        // layouts. Not found, rightly: W-2s of sibling wells of one operator (at most 0.79), and
        // permit 858151's W-1 against its 2020 amendment (0.74: new depths, perpendiculars, filer).
        #expect(pairs.map { [$0.firstID, $0.secondID] } == [
            ["cmpl_W2Form_PID_327617.md", "cmpl_W2Form_PID_332250.md"],
            ["cmpl_W2Form_PID_327618.md", "cmpl_W2Form_PID_333403.md"],
            ["cmpl_W2Form_PID_333043.md", "cmpl_W2Form_PID_333943.md"],
        ])
        // Not copies: re-laid-out tables, a changed status and added staff remarks keep them below 0.95.
        #expect(pairs.allSatisfy { $0.similarity > 0.84 && $0.similarity < 0.95 })
    }

    @Test("two W-2s of different wells share the form's boilerplate but are not near duplicates")
    func differentWells() throws {
        // 327610 and 327617: the closest pair of different filings in the fixtures.
        let similarity = try #require(Self.similarity(try Self.text("cmpl_W2Form_PID_327610.md"), try Self.text("cmpl_W2Form_PID_327617.md")))
        #expect(similarity > 0.6 && similarity < NearDuplicateDetector().threshold)
        // A W-1 permit and a W-2 completion have little text in common.
        let permitAndCompletion = try #require(Self.similarity(try Self.text("855565_W1_AsApprovedW1-8-1-2019_LTR.md"), try Self.text("cmpl_W2Form_PID_327618.md")))
        #expect(permitAndCompletion < 0.2)
    }
}
