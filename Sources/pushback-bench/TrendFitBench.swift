import Foundation
import PushbackNumeric

/// Times the production trend fits three ways on synthetic wells: the batched LAPACK path the
/// rule uses (`BatchLeastSquares`, one `dgels` per 4,096 windows, and one for all of them), a
/// per-window Swift loop (closed-form straight line from sums), and one LAPACK call per window
/// (`LeastSquares.solve`, `dgelsy`). Every window is 12 months of log daily rate; wells decline
/// at their own rate with deterministic noise. The three must agree.
///
///   pushback-bench trend-fits [WELLS=20000] [MONTHS=120] [REPEAT=3]
enum TrendFitBench {
    static let window = 12

    static func run(wells: Int, months: Int, repeats: Int) throws -> [String: Any] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func noise() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        var series: [[Double]] = []
        for well in 0..<wells {
            let start = 3 + Double(well % 50) / 10, decline = 0.01 + Double(well % 9) / 300
            series.append((0..<months).map { start - decline * Double($0) + 0.2 * noise() })
        }
        let windows = wells * (months - window)
        var columns = [Double](repeating: 0, count: windows * window)
        var column = 0
        for values in series {
            for end in window..<months {
                for offset in 0..<window { columns[column * window + offset] = values[end - window + offset] }
                column += 1
            }
        }
        let design = Matrix(rows: window, columns: 2, columnMajor: [Double](repeating: 1, count: window) + (0..<window).map(Double.init))

        func batched(_ size: Int) throws -> [LeastSquares.Fit] {
            var fits: [LeastSquares.Fit] = []
            fits.reserveCapacity(windows)
            var start = 0
            while start < windows {
                let count = min(size, windows - start)
                let block = Matrix(rows: window, columns: count, columnMajor: Array(columns[(start * window)..<((start + count) * window)]))
                fits += try BatchLeastSquares.solve(design: design, observations: block)
                start += count
            }
            return fits
        }
        func swiftLoop() -> [(Double, Double, Double)] {
            let n = Double(window), meanT = (n - 1) / 2
            let sxx = (0..<window).reduce(0.0) { $0 + (Double($1) - meanT) * (Double($1) - meanT) }
            return (0..<windows).map { index in
                let base = index * window
                var sum = 0.0, sxy = 0.0
                for t in 0..<window { sum += columns[base + t] }
                let meanY = sum / n
                for t in 0..<window { sxy += (Double(t) - meanT) * (columns[base + t] - meanY) }
                let slope = sxy / sxx, intercept = meanY - slope * meanT
                var rss = 0.0
                for t in 0..<window { let r = columns[base + t] - intercept - slope * Double(t); rss += r * r }
                return (intercept, slope, rss)
            }
        }
        func oneByOne() throws -> [LeastSquares.Fit] {
            try (0..<windows).map { index in try LeastSquares.solve(design: design, observations: Array(columns[(index * window)..<((index + 1) * window)])) }
        }

        var timesBatched: [Double] = [], timesOneCall: [Double] = [], timesSwift: [Double] = [], timesOneByOne: [Double] = []
        var fits: [LeastSquares.Fit] = [], loop: [(Double, Double, Double)] = [], single: [LeastSquares.Fit] = []
        for _ in 0..<repeats {
            var error: Error?
            timesBatched.append(seconds { do { fits = try batched(4096) } catch let caught { error = caught } })
            timesOneCall.append(seconds { do { _ = try batched(windows) } catch let caught { error = caught } })
            timesSwift.append(seconds { loop = swiftLoop() })
            timesOneByOne.append(seconds { do { single = try oneByOne() } catch let caught { error = caught } })
            if let error { throw error }
        }
        var largest = 0.0
        for index in 0..<windows {
            largest = max(largest, abs(fits[index].coefficients[0] - loop[index].0), abs(fits[index].coefficients[1] - loop[index].1),
                          abs(fits[index].residualSumOfSquares - loop[index].2), abs(fits[index].coefficients[1] - single[index].coefficients[1]))
        }
        return [
            "task": "trend-fits", "wells": wells, "months": months, "windows": windows, "window_months": window, "repeats": repeats,
            "batched_4096_s": median(timesBatched), "batched_one_call_s": median(timesOneCall), "swift_loop_s": median(timesSwift),
            "lapack_per_window_s": median(timesOneByOne), "windows_per_s_batched": Double(windows) / median(timesBatched),
            "largest_difference": largest, "peak_rss_mib": peakResidentMiB(),
        ]
    }
}
