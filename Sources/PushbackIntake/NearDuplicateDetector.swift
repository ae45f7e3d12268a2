import PushbackNumeric

/// Finds filings whose text is nearly the same as another's — an amended or re-exported copy of
/// the same form sent in a different file.
///
/// Each text becomes a feature-hashed vector of its word 3-shingles (`ShingleVector`: words
/// lowercased, digits kept, punctuation and layout dropped, stable hashing); two texts are near
/// duplicates when the cosine similarity of their vectors reaches the threshold. All pairs are
/// compared at once by `SimilarityMatrix` (OpenBLAS `sgemm` in tiles). Identical texts score 1;
/// they are reported too (byte-identical files are caught earlier by their SHA-256).
public struct NearDuplicateDetector: Sendable {
    /// Two documents whose texts are near duplicates, in input order (`first` came first).
    public struct Pair: Sendable, Equatable {
        public var firstID: String
        public var secondID: String
        /// Cosine similarity of the two shingle vectors, at most 1.
        public var similarity: Float

        public init(firstID: String, secondID: String, similarity: Float) {
            self.firstID = firstID
            self.secondID = secondID
            self.similarity = similarity
        }
    }

    /// The similarity from which two texts count as near duplicates. The default 0.82 lies in the
    /// gap the real RRC fixtures show: the Submitted and the Approved facsimile of one W-2 (the
    /// same filing, laid out differently, with staff remarks added) score 0.86–0.90, while W-2s
    /// and W-1s of different wells — same operator, same boilerplate — score at most 0.79.
    public var threshold: Float
    /// Buckets of the hashed shingle vectors. Unrelated shingles that share a bucket add noise with
    /// a standard deviation of about 1/√dimension to a similarity, whatever the texts' lengths
    /// (±0.016 at the default 4096); the all-pairs cost grows linearly with it.
    public var dimension: Int
    /// Rows per tile of the all-pairs product (memory: one tile of tileSize² floats).
    public var tileSize: Int

    public init(threshold: Float = 0.82, dimension: Int = 4096, tileSize: Int = SimilarityMatrix.defaultTileSize) {
        self.threshold = threshold
        self.dimension = dimension
        self.tileSize = tileSize
    }

    /// Every pair of documents whose texts are near duplicates, sorted by the position of the
    /// first document, then of the second.
    public func pairs(in documents: [(id: String, text: String)]) -> [Pair] {
        similarityMatrix(of: documents.map(\.text))
            .entries(atLeast: threshold, tileSize: tileSize)
            .map { Pair(firstID: documents[$0.row].id, secondID: documents[$0.column].id, similarity: $0.similarity) }
    }

    /// The texts' shingle vectors, one row each, as the matrix of their pairwise similarities.
    public func similarityMatrix(of texts: [String]) -> SimilarityMatrix {
        var vectors = [Float](repeating: 0, count: texts.count * dimension)
        vectors.withUnsafeMutableBufferPointer { vectors in
            for (row, text) in texts.enumerated() {
                let start = row * dimension
                ShingleVector(text: text).add(to: UnsafeMutableBufferPointer(rebasing: vectors[start..<(start + dimension)]))
            }
        }
        return SimilarityMatrix(count: texts.count, dimension: dimension, rowMajorVectors: vectors)
    }
}
