import PushbackNumeric
import Testing
import TestSupport

@Suite("All-pairs cosine similarity: OpenBLAS tiles against the plain loop")
struct SimilarityMatrixTests {
    /// `count` vectors in `families` groups: members of a family are one random base vector plus
    /// their own noise, so similarities spread from about 0 to nearly 1. Some vectors are zero.
    static func randomVectors(count: Int, dimension: Int, families: Int, seed: UInt64) -> SimilarityMatrix {
        var generator = SeededGenerator(seed: seed)
        let bases = (0..<families).map { _ in
            (0..<dimension).map { _ in Float.random(in: -1...1, using: &generator) }
        }
        var values: [Float] = []
        for index in 0..<count {
            if index % 97 == 13 {
                values += [Float](repeating: 0, count: dimension)
                continue
            }
            let base = bases[Int.random(in: 0..<families, using: &generator)]
            let noise = Float.random(in: 0.05...1.5, using: &generator)
            values += base.map { $0 + noise * Float.random(in: -1...1, using: &generator) }
        }
        return SimilarityMatrix(count: count, dimension: dimension, rowMajorVectors: values)
    }

    /// The BLAS entries equal the loop's within 1e-5; entries the two disagree on lie within
    /// 1e-5 of the threshold (where float rounding may fall either way).
    static func expectSameEntries(_ blas: [SimilarityMatrix.Entry], _ loop: [SimilarityMatrix.Entry], threshold: Float) {
        let tolerance: Float = 1e-5
        let blasByPair = Dictionary(uniqueKeysWithValues: blas.map { ([$0.row, $0.column], $0.similarity) })
        let loopByPair = Dictionary(uniqueKeysWithValues: loop.map { ([$0.row, $0.column], $0.similarity) })
        for (pair, similarity) in loopByPair {
            if let other = blasByPair[pair] {
                #expect(abs(similarity - other) <= tolerance, "pair \(pair): loop \(similarity), BLAS \(other)")
            } else {
                #expect(similarity - threshold <= tolerance, "pair \(pair) (\(similarity)) missing from the BLAS entries")
            }
        }
        for (pair, similarity) in blasByPair where loopByPair[pair] == nil {
            #expect(similarity - threshold <= tolerance, "pair \(pair) (\(similarity)) missing from the loop's entries")
        }
    }

    static func isSorted(_ entries: [SimilarityMatrix.Entry]) -> Bool {
        entries.allSatisfy { $0.row < $0.column }
            && zip(entries, entries.dropFirst()).allSatisfy { ($0.row, $0.column) < ($1.row, $1.column) }
    }

    @Test(
        "tiled sgemm equals the plain loop, whether N is a multiple of the tile size or not",
        arguments: [(count: 1_000, tileSize: 250), (count: 1_037, tileSize: 256), (count: 700, tileSize: 1_024), (count: 300, tileSize: 1)]
    )
    func tiledEqualsLoop(shape: (count: Int, tileSize: Int)) {
        let matrix = Self.randomVectors(count: shape.count, dimension: 48, families: 40, seed: UInt64(shape.count))
        for threshold: Float in [0.3, 0.8] {
            let blas = matrix.entries(atLeast: threshold, tileSize: shape.tileSize)
            let loop = matrix.entriesByPlainLoop(atLeast: threshold)
            #expect(blas.count > 100)
            #expect(Self.isSorted(blas) && Self.isSorted(loop))
            Self.expectSameEntries(blas, loop, threshold: threshold)
            #expect(blas.allSatisfy { $0.row % 97 != 13 && $0.column % 97 != 13 }, "a zero vector paired")
        }
    }

    @Test("the threshold is inclusive: a similarity of exactly 0.5 is in at 0.5 and out just above")
    func thresholdEdges() {
        // cos(e₁, (1,1,1,1)) = 1/2 and cos((1,1,1,1), (2,2,2,2)) = 1 exactly; e₁ ⟂ e₂; 0 pairs with nothing.
        let matrix = SimilarityMatrix(count: 5, dimension: 4, rowMajorVectors: [
            1, 0, 0, 0,
            1, 1, 1, 1,
            0, 1, 0, 0,
            2, 2, 2, 2,
            0, 0, 0, 0,
        ])
        let atHalf = [
            SimilarityMatrix.Entry(row: 0, column: 1, similarity: 0.5),
            SimilarityMatrix.Entry(row: 0, column: 3, similarity: 0.5),
            SimilarityMatrix.Entry(row: 1, column: 2, similarity: 0.5),
            SimilarityMatrix.Entry(row: 1, column: 3, similarity: 1),
            SimilarityMatrix.Entry(row: 2, column: 3, similarity: 0.5),
        ]
        for tileSize in [1, 2, 1_024] {
            #expect(matrix.entries(atLeast: 0.5, tileSize: tileSize) == atHalf)
            #expect(matrix.entries(atLeast: Float(0.5).nextUp, tileSize: tileSize) == [atHalf[3]])
            #expect(matrix.entries(atLeast: 1, tileSize: tileSize) == [atHalf[3]])
        }
        #expect(matrix.entriesByPlainLoop(atLeast: 0.5) == atHalf)
        #expect(matrix.entriesByPlainLoop(atLeast: Float(0.5).nextUp) == [atHalf[3]])
    }

    @Test("no vectors or one vector: no pairs")
    func degenerate() {
        #expect(SimilarityMatrix(count: 0, dimension: 8, rowMajorVectors: []).entries(atLeast: 0.5).isEmpty)
        #expect(SimilarityMatrix(count: 1, dimension: 2, rowMajorVectors: [1, 2]).entries(atLeast: 0.5).isEmpty)
        #expect(SimilarityMatrix(count: 1, dimension: 2, rowMajorVectors: [1, 2]).entriesByPlainLoop(atLeast: 0.5).isEmpty)
    }
}
