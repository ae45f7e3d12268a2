/// Groups positioned words into lines (by vertical overlap) and orders them left to right,
/// marking a wide horizontal gap — a column break — with several spaces.
enum LineBuilder {
    /// A positioned word from a PDF text layer or OCR.
    struct Word {
        var text: String
        var left: Double, right: Double, top: Double, bottom: Double
        var confidence: Double
    }

    static func lines(from words: [Word]) -> [DocumentText.Line] {
        let present = words.filter { !$0.text.isEmpty }
        guard !present.isEmpty else { return [] }
        // Words whose vertical centres lie within 40 % of a typical word height belong together;
        // a tall title word cannot swallow the small print above and below it.
        let heights = present.map { $0.bottom - $0.top }.sorted()
        let tolerance = max(heights[heights.count / 2] * 0.4, 0.5)
        let ordered = present.sorted { ($0.top + $0.bottom, $0.left) < ($1.top + $1.bottom, $1.left) }
        var groups: [[Word]] = []
        var centre = 0.0
        for word in ordered {
            let middle = (word.top + word.bottom) / 2
            if !groups.isEmpty, abs(middle - centre) <= tolerance {
                groups[groups.count - 1].append(word)
                let count = Double(groups[groups.count - 1].count)
                centre += (middle - centre) / count
            } else {
                groups.append([word])
                centre = middle
            }
        }
        return groups.enumerated().map { index, group in
            let sorted = group.sorted { $0.left < $1.left }
            let height = sorted.map { $0.bottom - $0.top }.sorted()[sorted.count / 2]
            var text = ""
            var tokens: [DocumentText.Token] = []
            var cells: [String] = [], bounds: [ClosedRange<Double>] = []
            for (position, word) in sorted.enumerated() {
                let isNewCell = position == 0 || word.left - sorted[position - 1].right > max(height, 1) * 1.2
                if position > 0 { text += isNewCell ? "   " : " " }
                text += word.text
                if isNewCell {
                    cells.append(word.text)
                    bounds.append(word.left...max(word.left, word.right))
                } else {
                    cells[cells.count - 1] += " " + word.text
                    bounds[bounds.count - 1] = bounds[bounds.count - 1].lowerBound...max(bounds[bounds.count - 1].upperBound, word.right)
                }
                tokens.append(.init(text: word.text, left: word.left, right: word.right, top: word.top, bottom: word.bottom, confidence: word.confidence))
            }
            return DocumentText.Line(number: index + 1, text: text, tokens: tokens, cells: cells, cellBounds: bounds)
        }
    }
}
