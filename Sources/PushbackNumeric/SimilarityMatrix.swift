import COpenBLAS

/// The cosine similarities of every pair of N vectors — an N×N matrix that is never held whole.
///
/// The vectors are the rows of a dense row-major `Float` matrix (N × dimension). `entries(atLeast:)`
/// computes the matrix tile by tile with OpenBLAS (`sgemm` of a block of rows against another
/// block, only the tiles on or above the diagonal), so memory stays at one tile beside the
/// vectors whatever N is; `entriesByPlainLoop(atLeast:)` computes the same entries with nested
/// Swift loops, as the baseline the benchmark compares against and the oracle the tests check with.
public struct SimilarityMatrix: Sendable {
    /// One pair of vectors whose cosine similarity reached the threshold; `row < column`.
    public struct Entry: Sendable, Equatable {
        public var row: Int
        public var column: Int
        public var similarity: Float

        public init(row: Int, column: Int, similarity: Float) {
            self.row = row
            self.column = column
            self.similarity = similarity
        }
    }

    /// N, the number of vectors (rows and columns of the similarity matrix).
    public let count: Int
    /// Components per vector.
    public let dimension: Int
    /// Component k of vector i is at `vectors[i * dimension + k]`.
    public let vectors: [Float]

    public init(count: Int, dimension: Int, rowMajorVectors vectors: [Float]) {
        precondition(count >= 0 && dimension > 0, "SimilarityMatrix needs a positive dimension")
        precondition(vectors.count == count * dimension, "SimilarityMatrix needs count × dimension components")
        self.count = count
        self.dimension = dimension
        self.vectors = vectors
    }

    /// Rows per tile of `entries(atLeast:)` unless told otherwise: a 1024 × 1024 tile is 4 MiB.
    public static let defaultTileSize = 1024

    /// Every pair i < j with cos(vᵢ, vⱼ) ≥ `threshold`, sorted by i then j, through OpenBLAS `sgemm`
    /// on tiles of `tileSize` × `tileSize` inner products. A zero vector pairs with nothing.
    public func entries(atLeast threshold: Float, tileSize: Int = defaultTileSize) -> [Entry] {
        precondition(threshold > 0, "a similarity threshold must be positive (a zero vector has no direction)")
        precondition(tileSize > 0, "tiles need at least one row")
        let tileSize = min(tileSize, max(count, 1))
        let scales = inverseNorms()
        var tile = [Float](repeating: 0, count: tileSize * tileSize)
        var entries: [Entry] = []
        for rowStart in stride(from: 0, to: count, by: tileSize) {
            let rows = min(tileSize, count - rowStart)
            var band: [Entry] = []
            for columnStart in stride(from: rowStart, to: count, by: tileSize) {
                let columns = min(tileSize, count - columnStart)
                vectors.withUnsafeBufferPointer { vectors in
                    // tile (rows × columns) = V[rowStart ..< rowStart + rows] · V[columnStart ..< columnStart + columns]ᵀ
                    cblas_sgemm(
                        CblasRowMajor, CblasNoTrans, CblasTrans,
                        blasint(rows), blasint(columns), blasint(dimension),
                        1, vectors.baseAddress! + rowStart * dimension, blasint(dimension),
                        vectors.baseAddress! + columnStart * dimension, blasint(dimension),
                        0, &tile, blasint(columns)
                    )
                }
                tile.withUnsafeBufferPointer { tile in
                    scales.withUnsafeBufferPointer { scales in
                        for r in 0..<rows {
                            let i = rowStart + r
                            // On a diagonal tile only the part above the diagonal is new.
                            let firstColumn = columnStart == rowStart ? r + 1 : 0
                            for c in firstColumn..<columns {
                                let j = columnStart + c
                                let similarity = tile[r * columns + c] * scales[i] * scales[j]
                                if similarity >= threshold {
                                    band.append(Entry(row: i, column: j, similarity: similarity))
                                }
                            }
                        }
                    }
                }
            }
            // The band's tiles were visited one column block after another: restore row order.
            band.sort { ($0.row, $0.column) < ($1.row, $1.column) }
            entries.append(contentsOf: band)
        }
        return entries
    }

    /// The same entries as `entries(atLeast:)`, computed one inner product at a time with plain
    /// Swift loops (no BLAS, one core; unchecked buffer access so bounds checks do not slow it).
    public func entriesByPlainLoop(atLeast threshold: Float) -> [Entry] {
        precondition(threshold > 0, "a similarity threshold must be positive (a zero vector has no direction)")
        var entries: [Entry] = []
        vectors.withUnsafeBufferPointer { vectors in
            let scales = (0..<count).map { i in
                var sumOfSquares: Float = 0
                for k in 0..<dimension {
                    sumOfSquares += vectors[i * dimension + k] * vectors[i * dimension + k]
                }
                return sumOfSquares > 0 ? 1 / sumOfSquares.squareRoot() : 0
            }
            for i in 0..<count {
                for j in (i + 1)..<count {
                    var dot: Float = 0
                    for k in 0..<dimension {
                        dot += vectors[i * dimension + k] * vectors[j * dimension + k]
                    }
                    let similarity = dot * scales[i] * scales[j]
                    if similarity >= threshold {
                        entries.append(Entry(row: i, column: j, similarity: similarity))
                    }
                }
            }
        }
        return entries
    }

    /// 1/‖vᵢ‖ for each vector through `snrm2`, or 0 for a zero vector (so its similarities are 0).
    private func inverseNorms() -> [Float] {
        vectors.withUnsafeBufferPointer { vectors in
            (0..<count).map { i in
                let norm = cblas_snrm2(blasint(dimension), vectors.baseAddress! + i * dimension, 1)
                return norm > 0 ? 1 / norm : 0
            }
        }
    }
}
