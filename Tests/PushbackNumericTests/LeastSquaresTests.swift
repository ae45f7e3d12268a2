import PushbackNumeric
import Testing

@Suite("OpenBLAS + LAPACKE wrapper")
struct LeastSquaresTests {
    @Test("an exact quadratic is recovered to machine precision")
    func exactQuadratic() throws {
        let x = (0..<20).map { Double($0) * 0.5 }
        let y = x.map { 2.0 + 3.0 * $0 - 0.5 * $0 * $0 }
        let fit = try LeastSquares.polynomial(x: x, y: y, degree: 2)
        #expect(abs(fit.coefficients[0] - 2.0) < 1e-10)
        #expect(abs(fit.coefficients[1] - 3.0) < 1e-10)
        #expect(abs(fit.coefficients[2] + 0.5) < 1e-10)
        #expect(fit.residualSumOfSquares < 1e-18)
    }

    @Test("an overdetermined line matches the textbook normal-equation answer")
    func noisyLine() throws {
        // Pressure build-up after bleed-down (psig vs minutes), with reading noise.
        let minutes: [Double] = [0, 5, 10, 15, 20, 25, 30]
        let psig: [Double] = [0, 41, 79, 122, 158, 203, 239]
        let fit = try LeastSquares.polynomial(x: minutes, y: psig, degree: 1)
        // Closed form: slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)², intercept = ȳ − slope·x̄.
        let meanX = minutes.reduce(0, +) / 7, meanY = psig.reduce(0, +) / 7
        let sxy = zip(minutes, psig).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
        let sxx = minutes.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        let slope = sxy / sxx
        #expect(abs(fit.coefficients[1] - slope) < 1e-9)
        #expect(abs(fit.coefficients[0] - (meanY - slope * meanX)) < 1e-9)
        #expect(slope == 8)
        let residual = zip(minutes, psig).reduce(0) { sum, point in
            let error = point.1 - (fit.coefficients[0] + fit.coefficients[1] * point.0)
            return sum + error * error
        }
        #expect(abs(fit.residualSumOfSquares - residual) < 1e-8)
    }

    @Test("bad shapes, non-finite values and rank deficiency are errors, not garbage")
    func refusals() {
        #expect(throws: NumericError.self) { try LeastSquares.polynomial(x: [1], y: [1, 2], degree: 1) }
        #expect(throws: NumericError.self) { try LeastSquares.polynomial(x: [1, 2], y: [1, 2], degree: 3) }
        #expect(throws: NumericError.self) { try LeastSquares.polynomial(x: [1, .nan, 3], y: [1, 2, 3], degree: 1) }
        let collinear = Matrix(rowArrays: [[1, 2], [2, 4], [3, 6]])
        #expect(throws: NumericError.self) { try LeastSquares.solve(design: collinear, observations: [1, 2, 3]) }
    }
}
