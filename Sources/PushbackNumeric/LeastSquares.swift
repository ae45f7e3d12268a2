import COpenBLAS

/// Why a numeric routine could not produce a result.
public struct NumericError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Linear least squares through LAPACK (`dgels`, QR factorization) on OpenBLAS.
public enum LeastSquares {
    /// A fitted model: coefficients in design-matrix column order and the residual sum of squares.
    public struct Fit: Sendable, Equatable {
        public var coefficients: [Double]
        public var residualSumOfSquares: Double
    }

    /// Minimizes ‖design · x − observations‖₂ for a full-rank design with rows ≥ columns.
    public static func solve(design: Matrix, observations: [Double]) throws(NumericError) -> Fit {
        guard design.rows == observations.count else {
            throw NumericError(message: "design has \(design.rows) rows but there are \(observations.count) observations")
        }
        guard design.columns > 0, design.rows >= design.columns else {
            throw NumericError(message: "need at least as many observations (\(design.rows)) as coefficients (\(design.columns))")
        }
        guard design.values.allSatisfy(\.isFinite), observations.allSatisfy(\.isFinite) else {
            throw NumericError(message: "the design or the observations contain a non-finite value")
        }
        var a = design.values
        var b = observations
        let m = pushback_lapack_int(design.rows)
        let n = pushback_lapack_int(design.columns)
        var pivots = [pushback_lapack_int](repeating: 0, count: design.columns)
        var rank: pushback_lapack_int = 0
        // Complete orthogonal factorization with column pivoting: reports the numerical rank.
        let info = LAPACKE_dgelsy(LAPACK_COL_MAJOR, m, n, 1, &a, m, &b, m, &pivots, rankTolerance, &rank)
        guard info == 0 else {
            throw NumericError(message: "least-squares fit failed: LAPACK argument \(-info) was invalid")
        }
        guard rank == n else {
            throw NumericError(message: "the design matrix is rank-deficient (rank \(rank) of \(n) columns): the coefficients are not determined")
        }
        let coefficients = Array(b[0..<design.columns])
        // Residual r = y − A·x through BLAS (dgels-style tails are not available from dgelsy).
        var residual = observations
        design.values.withUnsafeBufferPointer { matrix in
            cblas_dgemv(CblasColMajor, CblasNoTrans, m, n, -1, matrix.baseAddress, m, coefficients, 1, 1, &residual, 1)
        }
        let residualSumOfSquares = cblas_ddot(m, residual, 1, residual, 1)
        return Fit(coefficients: coefficients, residualSumOfSquares: residualSumOfSquares)
    }

    /// Relative condition threshold under which a design is treated as rank-deficient.
    static let rankTolerance = 1e-10

    /// Fits a polynomial y ≈ c₀ + c₁x + … + c_d x^d and returns c₀…c_d.
    public static func polynomial(x: [Double], y: [Double], degree: Int) throws(NumericError) -> Fit {
        guard x.count == y.count else {
            throw NumericError(message: "x has \(x.count) values but y has \(y.count)")
        }
        var design = Matrix(rows: x.count, columns: degree + 1, columnMajor: [Double](repeating: 0, count: x.count * (degree + 1)))
        for (row, value) in x.enumerated() {
            var power = 1.0
            for column in 0...degree {
                design[row, column] = power
                power *= value
            }
        }
        return try solve(design: design, observations: y)
    }
}
