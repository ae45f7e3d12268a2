import Foundation

/// A scanned page as 8-bit grayscale (0 black … 255 white), one byte per pixel, row after row:
/// what is measured before OCR — where ink is, how far the page is turned, where the table rules
/// and check boxes are.
struct ScanImage: Sendable {
    var pixels: [UInt8]
    var width: Int
    var height: Int
    /// Dots per inch.
    var resolution: Int

    /// Copies rows of `bytesPerLine` bytes into a tight image.
    init(pixels: [UInt8], width: Int, height: Int, bytesPerLine: Int, resolution: Int) {
        if bytesPerLine == width {
            self.pixels = Array(pixels.prefix(width * height))
        } else {
            var tight = [UInt8](repeating: 255, count: width * height)
            for y in 0..<height { tight[(y * width)..<(y * width + width)] = pixels[(y * bytesPerLine)..<(y * bytesPerLine + width)] }
            self.pixels = tight
        }
        self.width = width
        self.height = height
        self.resolution = max(resolution, 1)
    }

    /// Pixels at or below this gray are ink: Otsu's threshold, the level that best separates the
    /// histogram into paper and toner (so grey paper and faded toner are both handled).
    func inkThreshold() -> UInt8 {
        var histogram = [Int](repeating: 0, count: 256)
        pixels.withUnsafeBufferPointer { for value in $0 { histogram[Int(value)] += 1 } }
        let total = Double(pixels.count)
        let sumAll = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset * $1.element) }
        var backgroundCount = 0.0, backgroundSum = 0.0, best = 0.0, threshold = 127
        for level in 0..<256 {
            backgroundCount += Double(histogram[level])
            guard backgroundCount > 0, backgroundCount < total else { continue }
            backgroundSum += Double(level * histogram[level])
            let meanBelow = backgroundSum / backgroundCount
            let meanAbove = (sumAll - backgroundSum) / (total - backgroundCount)
            let between = backgroundCount * (total - backgroundCount) * (meanBelow - meanAbove) * (meanBelow - meanAbove)
            if between > best { best = between; threshold = level }
        }
        return UInt8(threshold)
    }

    /// One bit per pixel: `true` where there is ink.
    func inkMask(threshold: UInt8) -> [Bool] {
        pixels.map { $0 <= threshold }
    }

    /// How far the page is turned, in degrees (positive: the text runs downhill to the right).
    /// Projects a sample of ink pixels onto rows at each candidate angle within ±`limit` and keeps
    /// the angle whose row profile is sharpest — text lines and table rules line up with rows only
    /// when the angle is right. Searched in quarter degrees, then refined to 1/40 degree.
    func skewDegrees(threshold: UInt8, limit: Double = 3) -> Double {
        let stride = max(1, resolution / 100)
        var points: [(x: Double, y: Double)] = []
        pixels.withUnsafeBufferPointer { buffer in
            for y in Swift.stride(from: 0, to: height, by: stride) {
                for x in Swift.stride(from: 0, to: width, by: stride) where buffer[y * width + x] <= threshold {
                    points.append((Double(x), Double(y)))
                }
            }
        }
        guard points.count > 100 else { return 0 }
        // Rows of `stride` pixels, offset so that every tilted row index is positive.
        var bins = [Int](repeating: 0, count: (height + width) / stride + 2)
        func sharpness(_ degrees: Double) -> Double {
            let slope = tan(degrees * .pi / 180)
            for position in bins.indices { bins[position] = 0 }
            for point in points {
                let row = Int(((point.y - point.x * slope) + Double(width)) / Double(stride))
                if row >= 0, row < bins.count { bins[row] += 1 }
            }
            return bins.reduce(0.0) { $0 + Double($1 * $1) }
        }
        func best(from low: Double, to high: Double, step: Double, around centre: Double) -> Double {
            var bestAngle = centre, bestScore = -1.0
            for index in 0...Int(((high - low) / step).rounded()) {
                let degrees = low + Double(index) * step
                let score = sharpness(degrees)
                // Ties go to the angle nearer the centre, so a page with no ink pattern stays put.
                if score > bestScore || (score == bestScore && abs(degrees - centre) < abs(bestAngle - centre)) {
                    bestScore = score
                    bestAngle = degrees
                }
            }
            return bestAngle
        }
        let coarse = best(from: -limit, to: limit, step: 0.25, around: 0)
        let fine = best(from: coarse - 0.25, to: coarse + 0.25, step: 0.025, around: coarse)
        return (fine * 1000).rounded() / 1000
    }

    /// The page turned by `degrees` about its centre (positive turns it back up when the text runs
    /// downhill), sampled bilinearly; what comes in from outside is paper white.
    func rotated(byDegrees degrees: Double) -> ScanImage {
        guard abs(degrees) > 0.001 else { return self }
        let radians = degrees * .pi / 180
        let cosine = cos(radians), sine = sin(radians)
        let centreX = Double(width) / 2, centreY = Double(height) / 2
        var turned = [UInt8](repeating: 255, count: pixels.count)
        pixels.withUnsafeBufferPointer { source in
            turned.withUnsafeMutableBufferPointer { target in
                for y in 0..<height {
                    let dy = Double(y) - centreY
                    for x in 0..<width {
                        let dx = Double(x) - centreX
                        // The source point that lands on (x, y).
                        let sourceX = centreX + dx * cosine - dy * sine
                        let sourceY = centreY + dx * sine + dy * cosine
                        let x0 = Int(sourceX.rounded(.down)), y0 = Int(sourceY.rounded(.down))
                        guard x0 >= 0, y0 >= 0, x0 + 1 < width, y0 + 1 < height else { continue }
                        let fx = sourceX - Double(x0), fy = sourceY - Double(y0)
                        let top = Double(source[y0 * width + x0]) * (1 - fx) + Double(source[y0 * width + x0 + 1]) * fx
                        let bottom = Double(source[(y0 + 1) * width + x0]) * (1 - fx) + Double(source[(y0 + 1) * width + x0 + 1]) * fx
                        target[y * width + x] = UInt8((top * (1 - fy) + bottom * fy).rounded())
                    }
                }
            }
        }
        return ScanImage(pixels: turned, width: width, height: height, bytesPerLine: width, resolution: resolution)
    }
}
