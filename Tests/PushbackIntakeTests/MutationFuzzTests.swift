import Foundation
import PushbackIntake
import PushbackModel
import Testing
import TestSupport

/// Mutation fuzzing of document intake: real documents with bytes flipped, cut, repeated and
/// spliced, from a fixed seed. Every mutant is either read or quarantined with a reason; a crash
/// fails the whole test process. Short in the default suite; `PUSHBACK_LONG_CHECKS=1` (make
/// check-long) runs many more.
@Suite("Mutation fuzzing of document intake")
struct MutationFuzzTests {
    static let isLong = ProcessInfo.processInfo.environment["PUSHBACK_LONG_CHECKS"] == "1"
    static let mutantsPerSeed = isLong ? 400 : 12

    static let seeds = [
        "real/documents/tx_rrc/42-003-46118/Approved_W3A_00346118_20250826.pdf",
        "real/documents/tx_rrc/42-003-42706/L-1_4200342706.pdf",
        "real/documents/tx_rrc_text/cmpl_W2Form_PID_321260.md",
        "real/documents/co_ecmc_scout_tickets/05-123-31642_scout.html",
        "real/documents/blm/BLM_3160-5_Blank_Template.pdf",
    ]

    static func mutate(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            guard !bytes.isEmpty else { break }
            let at = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: // flip a run of bits
                for index in at..<min(bytes.count, at + 16) { bytes[index] ^= UInt8.random(in: 1...255, using: &generator) }
            case 1: // truncate
                bytes.removeSubrange(at...)
            case 2: // repeat a chunk
                let chunk = bytes[at..<min(bytes.count, at + Int.random(in: 1...4_096, using: &generator))]
                bytes.insert(contentsOf: chunk, at: at)
            case 3: // delete a chunk
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...4_096, using: &generator)))
            default: // splice in bytes that parsers care about
                let tokens: [String] = ["\"", "|", "<", "%PDF-", "obj", "endstream", "<<", "\n", "\0", "\u{FEFF}", "/Length 999999999"]
                bytes.insert(contentsOf: Array(tokens[Int.random(in: 0..<tokens.count, using: &generator)].utf8), at: at)
            }
        }
        return bytes
    }

    @Test("mutants of real documents are read or quarantined, never crash", arguments: seeds)
    func mutants(_ seed: String) throws {
        let original = [UInt8](try Data(contentsOf: Fixtures.url(seed)))
        var generator = SeededGenerator(seed: UInt64(truncatingIfNeeded: seed.utf8.reduce(5381) { ($0 << 5) &+ $0 &+ Int($1) }))
        var limits = DocumentReader.Limits()
        limits.ocrPages = Self.isLong ? 1 : 0
        let intake = DocumentIntake(reader: DocumentReader(limits: limits))
        let folder = try Fixtures.temporaryDirectory("fuzz")
        defer { try? FileManager.default.removeItem(at: folder) }
        var outcomes = (read: 0, quarantined: 0)
        for index in 0..<Self.mutantsPerSeed {
            let mutant = Self.mutate(original, using: &generator)
            let path = folder.appendingPathComponent("mutant-\(index)").path
            try Data(mutant).write(to: URL(fileURLWithPath: path))
            do {
                let extract = try intake.read(path: path, bytes: mutant, source: SourceReference(sha256: "fuzz", path: "mutant-\(index)"))
                #expect(extract.pageCount >= 1)
                outcomes.read += 1
            } catch {
                #expect(!error.reason.isEmpty)
                outcomes.quarantined += 1
            }
        }
        #expect(outcomes.read + outcomes.quarantined == Self.mutantsPerSeed)
    }
}
