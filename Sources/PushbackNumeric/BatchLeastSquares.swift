import COpenBLAS

/// Many least-squares problems that share one design matrix — the same regressors for every
/// series, e.g. a straight line through each well's last twelve months — solved together by
/// LAPACK `dgels`: one QR factorization of the design, applied to every right-hand side at once.
public enum BatchLeastSquares {
    /// How many series to solve per call: blocks this size stay in cache and beat one call for
    /// every series (docs/benchmarks.md, production trend fits).
    public static let blockSize = 4096

    /// Minimizes ‖design · xⱼ − yⱼ‖₂ for every column yⱼ of `observations` (design rows ×
    /// series, column-major). The design must have full column rank and more rows than columns;
    /// each fit's residual sum of squares comes from the tail of its transformed column.
    public static func solve(design: Matrix, observations: Matrix) throws(NumericError) -> [LeastSquares.Fit] {
        guard design.rows == observations.rows else {
            throw NumericError(message: "design has \(design.rows) rows but the observations have \(observations.rows)")
        }
        guard design.columns > 0, design.rows > design.columns else {
            throw NumericError(message: "need more observations (\(design.rows)) than coefficients (\(design.columns)) per series")
        }
        guard observations.columns > 0 else { return [] }
        guard design.values.allSatisfy(\.isFinite), observations.values.allSatisfy(\.isFinite) else {
            throw NumericError(message: "the design or the observations contain a non-finite value")
        }
        try checkRank(design)
        var a = design.values
        var b = observations.values
        let m = pushback_lapack_int(design.rows), n = pushback_lapack_int(design.columns), series = pushback_lapack_int(observations.columns)
        let info = LAPACKE_dgels(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "N")), m, n, series, &a, m, &b, m)
        guard info == 0 else {
            throw NumericError(message: info < 0 ? "batched least-squares fit failed: LAPACK argument \(-info) was invalid" : "the design matrix is rank-deficient: the coefficients are not determined")
        }
        return (0..<observations.columns).map { column in
            let start = column * design.rows
            let coefficients = Array(b[start..<(start + design.columns)])
            let tail = b[(start + design.columns)..<(start + design.rows)]
            return LeastSquares.Fit(coefficients: coefficients, residualSumOfSquares: tail.reduce(0) { $0 + $1 * $1 })
        }
    }

    /// `dgels` assumes full rank and does not check it: the shared design is checked once with
    /// the rank-revealing `dgelsy` (a column of zeros as the right-hand side).
    private static func checkRank(_ design: Matrix) throws(NumericError) {
        var a = design.values
        var b = [Double](repeating: 0, count: design.rows)
        var pivots = [pushback_lapack_int](repeating: 0, count: design.columns)
        var rank: pushback_lapack_int = 0
        let m = pushback_lapack_int(design.rows), n = pushback_lapack_int(design.columns)
        let info = LAPACKE_dgelsy(LAPACK_COL_MAJOR, m, n, 1, &a, m, &b, m, &pivots, LeastSquares.rankTolerance, &rank)
        guard info == 0 else { throw NumericError(message: "rank check failed: LAPACK argument \(-info) was invalid") }
        guard rank == n else {
            throw NumericError(message: "the design matrix is rank-deficient (rank \(rank) of \(n) columns): the coefficients are not determined")
        }
    }
}
