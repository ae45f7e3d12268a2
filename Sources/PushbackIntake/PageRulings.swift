/// The printed structure of a scanned form found on its image: table rules (long thin straight
/// lines) and check boxes with whether each holds a mark. OCR reads rules as `|`, `_` or `~` and
/// check boxes as `O`, `C` or nothing at all, so both are measured here, on the pixels, and then
/// erased before the page is read.
struct PageRulings: Sendable {
    /// A straight rule: `position` across it (y of a horizontal rule, x of a vertical one), its
    /// thickness, and where it starts and ends along it — all in image pixels.
    struct Rule: Sendable, Equatable {
        var position: Double
        var thickness: Int
        var start: Int
        var end: Int
    }

    /// A printed check box and the ink found inside it.
    struct CheckBox: Sendable, Equatable {
        var left: Int, top: Int, right: Int, bottom: Int
        /// Fraction of the inside (borders left out) that is ink.
        var ink: Double
        /// Clear marks cover a tenth of the inside or more; an empty box almost none.
        var isChecked: Bool { ink >= Self.markedInk }
        /// 0…1: how clearly the ink says marked or empty.
        var confidence: Double { ink >= 0.1 || ink <= 0.02 ? 0.95 : 0.6 }
        static let markedInk = 0.05
    }

    /// More ink than this inside a square outline makes it a solid glyph.
    static let solidInk = 0.6

    var horizontals: [Rule]
    var verticals: [Rule]
    var checkBoxes: [CheckBox]

    /// Finds rules at least `minimumHorizontal` / `minimumVertical` inches long and no thicker
    /// than 1/40 in, keeping only vertical rules whose both ends meet a horizontal rule (table
    /// borders and column lines, not tall letters), and square boxes 0.06–0.2 in wide.
    static func find(in image: ScanImage, threshold: UInt8, minimumHorizontal: Double = 0.3, minimumVertical: Double = 0.15) -> PageRulings {
        let ink = image.inkMask(threshold: threshold)
        let maximumThickness = max(2, image.resolution / 40)
        let horizontals = rules(in: ink, width: image.width, height: image.height, horizontal: true,
                                minimumLength: Int(Double(image.resolution) * minimumHorizontal), maximumThickness: maximumThickness)
        let candidates = rules(in: ink, width: image.width, height: image.height, horizontal: false,
                               minimumLength: Int(Double(image.resolution) * minimumVertical), maximumThickness: maximumThickness)
        let reach = Double(maximumThickness * 2)
        func meets(_ x: Double, _ y: Int) -> Bool {
            horizontals.contains { abs($0.position - Double(y)) <= reach && Double($0.start) - reach <= x && x <= Double($0.end) + reach }
        }
        let verticals = candidates.filter { meets($0.position, $0.start) && meets($0.position, $0.end) }
        let boxes = checkBoxes(in: ink, width: image.width, height: image.height, resolution: image.resolution)
        return PageRulings(horizontals: horizontals, verticals: verticals, checkBoxes: boxes)
    }

    /// Paints the rules and check boxes paper white, so OCR reads only the words.
    func erased(from image: ScanImage) -> ScanImage {
        var clean = image
        let width = image.width, height = image.height
        clean.pixels.withUnsafeMutableBufferPointer { pixels in
            func whiten(left: Int, top: Int, right: Int, bottom: Int) {
                for y in max(0, top)...min(height - 1, bottom) {
                    for x in max(0, left)...min(width - 1, right) { pixels[y * width + x] = 255 }
                }
            }
            for rule in horizontals {
                let middle = Int(rule.position.rounded())
                whiten(left: rule.start - 1, top: middle - rule.thickness / 2 - 2, right: rule.end + 1, bottom: middle + rule.thickness / 2 + 2)
            }
            for rule in verticals {
                let middle = Int(rule.position.rounded())
                whiten(left: middle - rule.thickness / 2 - 2, top: rule.start - 1, right: middle + rule.thickness / 2 + 2, bottom: rule.end + 1)
            }
            for box in checkBoxes { whiten(left: box.left - 2, top: box.top - 2, right: box.right + 2, bottom: box.bottom + 2) }
        }
        return clean
    }

    // MARK: - Rules

    /// Runs of ink along rows (or columns) at least `minimumLength` long, one-pixel gaps bridged;
    /// runs on neighbouring rows that overlap become one rule, dropped when thicker than
    /// `maximumThickness` (a filled area, not a line) or when ink crowds both of its sides along
    /// much of its length (letters of a line of text that happen to touch, not a rule).
    private static func rules(in ink: [Bool], width: Int, height: Int, horizontal: Bool, minimumLength: Int, maximumThickness: Int) -> [Rule] {
        let lines = horizontal ? height : width, length = horizontal ? width : height
        struct Band { var first: Int, last: Int, start: Int, end: Int, weightedPosition: Double, weight: Double }
        var open: [Band] = [], finished: [Band] = []
        ink.withUnsafeBufferPointer { ink in
            for line in 0..<lines {
                var runs: [(start: Int, end: Int)] = []
                var runStart = -1, lastInk = -10
                for along in 0..<length {
                    let isInk = horizontal ? ink[line * width + along] : ink[along * width + line]
                    guard isInk else { continue }
                    if along - lastInk > 2 {
                        if runStart >= 0, lastInk - runStart + 1 >= minimumLength { runs.append((runStart, lastInk)) }
                        runStart = along
                    }
                    lastInk = along
                }
                if runStart >= 0, lastInk - runStart + 1 >= minimumLength { runs.append((runStart, lastInk)) }
                var stillOpen: [Band] = []
                var used = Set<Int>()
                for var band in open {
                    if let index = runs.indices.first(where: { !used.contains($0) && runs[$0].start <= band.end && runs[$0].end >= band.start }) {
                        used.insert(index)
                        let run = runs[index], weight = Double(run.end - run.start + 1)
                        band.last = line
                        band.start = min(band.start, run.start)
                        band.end = max(band.end, run.end)
                        band.weightedPosition += Double(line) * weight
                        band.weight += weight
                        stillOpen.append(band)
                    } else {
                        finished.append(band)
                    }
                }
                for (index, run) in runs.enumerated() where !used.contains(index) {
                    let weight = Double(run.end - run.start + 1)
                    stillOpen.append(Band(first: line, last: line, start: run.start, end: run.end, weightedPosition: Double(line) * weight, weight: weight))
                }
                open = stillOpen
            }
        }
        finished += open
        func crowded(_ band: Band) -> Bool {
            let before = band.first - 3, after = band.last + 3
            guard before >= 0, after < lines else { return false }
            var both = 0
            for along in band.start...band.end {
                let inkBefore = horizontal ? ink[before * width + along] : ink[along * width + before]
                let inkAfter = horizontal ? ink[after * width + along] : ink[along * width + after]
                if inkBefore && inkAfter { both += 1 }
            }
            return Double(both) > Double(band.end - band.start + 1) * 0.3
        }
        let found = finished
            .filter { $0.last - $0.first + 1 <= maximumThickness && !crowded($0) }
            .map { Rule(position: $0.weightedPosition / $0.weight, thickness: $0.last - $0.first + 1, start: $0.start, end: $0.end) }
        return collinearJoined(found)
    }

    /// Pieces of one rule (split where a speck or a crossing broke a run) joined: rules within a
    /// thickness of each other across, overlapping or less than four pixels apart along.
    static func collinearJoined(_ rules: [Rule]) -> [Rule] {
        var joined: [Rule] = []
        for rule in rules.sorted(by: { ($0.start, $0.position) < ($1.start, $1.position) }) {
            if let index = joined.lastIndex(where: { abs($0.position - rule.position) <= Double(max($0.thickness, rule.thickness)) && rule.start <= $0.end + 4 }) {
                let other = joined[index]
                let otherLength = Double(other.end - other.start + 1), length = Double(rule.end - rule.start + 1)
                joined[index] = Rule(position: (other.position * otherLength + rule.position * length) / (otherLength + length),
                                     thickness: max(other.thickness, rule.thickness), start: other.start, end: max(other.end, rule.end))
            } else {
                joined.append(rule)
            }
        }
        return joined.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
    }

    // MARK: - Check boxes

    /// Square outlines 0.075–0.2 in wide standing apart from their neighbours: a top edge, a bottom
    /// edge of the same extent about one width below, ink down both sides and paper around the
    /// outside (letters of a word touch their neighbours; round letters bulge past their top
    /// edge); measured inside for a mark.
    private static func checkBoxes(in ink: [Bool], width: Int, height: Int, resolution: Int) -> [CheckBox] {
        let smallest = max(8, Int(Double(resolution) * 0.075)), largest = max(smallest + 1, Int(Double(resolution) * 0.2))
        // Short horizontal runs on every row, by row.
        var runsByRow: [[(start: Int, end: Int)]] = Array(repeating: [], count: height)
        ink.withUnsafeBufferPointer { ink in
            for y in 0..<height {
                var x = 0
                while x < width {
                    guard ink[y * width + x] else { x += 1; continue }
                    let start = x
                    while x < width, ink[y * width + x] { x += 1 }
                    let length = x - start
                    if length >= smallest, length <= largest { runsByRow[y].append((start, x - 1)) }
                }
            }
        }
        func isInk(_ x: Int, _ y: Int) -> Bool { ink[y * width + x] }
        var boxes: [CheckBox] = []
        for top in 0..<height {
            for run in runsByRow[top] {
                let side = run.end - run.start + 1
                guard !boxes.contains(where: { $0.left - 3 <= run.start && run.end <= $0.right + 3 && $0.top - 3 <= top && top <= $0.bottom + 3 }) else { continue }
                let nearest = top + Int(Double(side) * 0.8), farthest = min(height - 1, top + Int(Double(side) * 1.25))
                guard nearest <= farthest else { continue }
                var bottomRow: Int?
                for y in stride(from: farthest, through: nearest, by: -1)
                where runsByRow[y].contains(where: { abs($0.start - run.start) <= 3 && abs($0.end - run.end) <= 3 }) {
                    bottomRow = y
                    break
                }
                guard let bottom = bottomRow else { continue }
                // Both sides inked over at least 85 % of the height (within two pixels of the edge).
                func sideInked(_ x: Int) -> Bool {
                    var inked = 0
                    for y in top...bottom where (max(0, x - 2)...min(width - 1, x + 2)).contains(where: { isInk($0, y) }) { inked += 1 }
                    return Double(inked) >= Double(bottom - top + 1) * 0.85
                }
                guard sideInked(run.start), sideInked(run.end) else { continue }
                // Paper (at most a tenth ink) in a strip outside the left, right and top edges.
                func isPaper(columns: ClosedRange<Int>, rows: ClosedRange<Int>) -> Bool {
                    guard columns.lowerBound >= 0, columns.upperBound < width, rows.lowerBound >= 0, rows.upperBound < height else { return false }
                    var inked = 0
                    for y in rows { for x in columns where isInk(x, y) { inked += 1 } }
                    return Double(inked) <= Double(columns.count * rows.count) * 0.1
                }
                let gap = max(3, side / 8)
                guard isPaper(columns: (run.start - gap - 3)...(run.start - 3), rows: top...bottom),
                      isPaper(columns: (run.end + 3)...(run.end + gap + 3), rows: top...bottom),
                      isPaper(columns: run.start...run.end, rows: (top - gap - 3)...(top - 3))
                else { continue }
                // Inside, keeping clear of the borders.
                let margin = max(2, side / 6)
                let insideLeft = run.start + margin, insideRight = run.end - margin
                let insideTop = top + margin, insideBottom = bottom - margin
                guard insideLeft < insideRight, insideTop < insideBottom else { continue }
                var inked = 0
                for y in insideTop...insideBottom {
                    for x in insideLeft...insideRight where isInk(x, y) { inked += 1 }
                }
                let area = (insideRight - insideLeft + 1) * (insideBottom - insideTop + 1)
                let fraction = Double(inked) / Double(area)
                // A box filled solid is a bold letter (R, B, D), not a check box: a cross or tick
                // leaves most of the inside paper.
                guard fraction <= Self.solidInk else { continue }
                boxes.append(CheckBox(left: run.start, top: top, right: run.end, bottom: bottom, ink: fraction))
            }
        }
        return boxes
    }
}
