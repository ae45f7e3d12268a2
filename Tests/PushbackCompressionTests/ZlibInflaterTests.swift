import PushbackCompression
import Testing

@Suite("zlib inflation with a budget")
struct ZlibInflaterTests {
    /// `zlib.compress(b"Pushback " * 1000, 9)` (Python): 54 bytes that inflate to 9,000.
    static let compressed: [UInt8] = {
        let hex = "78daedc6310d00200c00302b93340b630f0927c13f3e96f66abebb57f5891411111111111111111111111111111111999b0f2634f51d"
        return stride(from: 0, to: hex.count, by: 2).map { offset in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)!
        }
    }()

    @Test("inflates exactly, keeping the bytes when asked")
    func exact() throws {
        let inflated = try ZlibInflater.inflate(Self.compressed, budget: 1 << 20, keepingBytes: true)
        #expect(inflated.size == 9_000 && !inflated.isOverBudget && !inflated.isTruncated)
        #expect(inflated.bytes == Array(String(repeating: "Pushback ", count: 1_000).utf8))
        let counted = try ZlibInflater.inflate(Self.compressed, budget: 1 << 20, keepingBytes: false)
        #expect(counted.size == 9_000 && counted.bytes.isEmpty)
    }

    @Test("stops past the budget, keeping no more than budget + 1 bytes")
    func overBudget() throws {
        let inflated = try ZlibInflater.inflate(Self.compressed, budget: 100, keepingBytes: true)
        #expect(inflated.isOverBudget && inflated.size > 100 && inflated.bytes.count == 101)
        #expect(try ZlibInflater.inflate(Self.compressed, budget: 9_000, keepingBytes: false).isOverBudget == false)
    }

    @Test("data cut short keeps what came out and says so; bytes that are not zlib are an error")
    func damaged() throws {
        let cut = try ZlibInflater.inflate(Array(Self.compressed.prefix(30)), budget: 1 << 20, keepingBytes: false)
        #expect(cut.isTruncated && cut.size < 9_000)
        #expect(throws: ZlibInflater.Failure.self) { try ZlibInflater.inflate(Array("not zlib at all".utf8), budget: 1 << 20, keepingBytes: false) }
    }
}
