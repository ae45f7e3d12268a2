import PushbackNumeric
import Testing

@Suite("Batched least squares (one dgels for many series)")
struct BatchLeastSquaresTests {
    /// A straight line y = a + b·t over twelve months, as the production trend rule fits.
    static let design = Matrix(rows: 12, columns: 2, columnMajor: [Double](repeating: 1, count: 12) + (0..<12).map(Double.init))

    @Test("every series of a batch gets the fit it gets alone, residuals included")
    func matchesOneByOne() throws {
        // 500 series with different slopes, intercepts and deterministic noise.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func noise() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        let series = (0..<500).map { index in (0..<12).map { t in 5 - 0.03 * Double(index % 7) * Double(t) + 0.1 * noise() } }
        let batch = try BatchLeastSquares.solve(design: Self.design, observations: Matrix(rows: 12, columns: 500, columnMajor: series.flatMap { $0 }))
        #expect(batch.count == 500)
        for (values, fit) in zip(series, batch) {
            let alone = try LeastSquares.solve(design: Self.design, observations: values)
            #expect(zip(fit.coefficients, alone.coefficients).allSatisfy { abs($0 - $1) < 1e-10 })
            #expect(abs(fit.residualSumOfSquares - alone.residualSumOfSquares) < 1e-10)
        }
    }

    @Test("an exact line has no residual; an empty batch is no fits")
    func exact() throws {
        let line = (0..<12).map { 2.0 - 0.25 * Double($0) }
        let fit = try #require(try BatchLeastSquares.solve(design: Self.design, observations: Matrix(rows: 12, columns: 1, columnMajor: line)).first)
        #expect(abs(fit.coefficients[0] - 2) < 1e-12 && abs(fit.coefficients[1] + 0.25) < 1e-12 && fit.residualSumOfSquares < 1e-24)
        #expect(try BatchLeastSquares.solve(design: Self.design, observations: Matrix(rows: 12, columns: 0, columnMajor: [])).isEmpty)
    }

    @Test("a rank-deficient design, mismatched rows and non-finite values are refused with a reason")
    func refusals() {
        let twice = Matrix(rows: 12, columns: 2, columnMajor: [Double](repeating: 1, count: 24))
        let ones = Matrix(rows: 12, columns: 1, columnMajor: [Double](repeating: 1, count: 12))
        #expect(throws: NumericError.self) { try BatchLeastSquares.solve(design: twice, observations: ones) }
        #expect(throws: NumericError.self) { try BatchLeastSquares.solve(design: Self.design, observations: Matrix(rows: 11, columns: 1, columnMajor: [Double](repeating: 1, count: 11))) }
        #expect(throws: NumericError.self) { try BatchLeastSquares.solve(design: Self.design, observations: Matrix(rows: 12, columns: 1, columnMajor: [Double](repeating: .nan, count: 12))) }
        do {
            _ = try BatchLeastSquares.solve(design: twice, observations: ones)
        } catch {
            #expect(error.message.contains("rank-deficient (rank 1 of 2 columns)"))
        }
    }
}
