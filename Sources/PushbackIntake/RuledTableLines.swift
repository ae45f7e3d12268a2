/// Lines of a scanned page whose tables' rules were found on its image: each table row becomes
/// one line whose cells are the spaces between the row's column rules — blank cells kept, a cell
/// that wraps over several text lines read whole — and every word outside the tables is grouped
/// into lines as usual. Check boxes become `☒` / `☐` where they were printed.
enum RuledTableLines {
    /// Characters that alone are not a word but a rule or a speck read as text.
    static let specks = Set("|_[]—–-~“”‘’\"`.,;:'©®")
    /// Quote marks that a speck beside a word is read as.
    static let strayQuotes = Set("‘’“”`")

    /// A word without stray quotes at its ends, or nothing for a speck: punctuation alone, or one or
    /// two letters read with less than 45 % confidence (shading and dust read as "fn"; digits are
    /// kept — a faint "0" may be a reading).
    static func cleaned(_ word: LineBuilder.Word) -> LineBuilder.Word? {
        var word = word
        while let first = word.text.first, strayQuotes.contains(first) { word.text.removeFirst() }
        while let last = word.text.last, strayQuotes.contains(last) { word.text.removeLast() }
        guard !word.text.isEmpty, !word.text.allSatisfy(specks.contains) else { return nil }
        // A bar before letters is the letter it looks like: "|b" is lb, "|NSPECT" INSPECT.
        if word.text.first == "|", word.text.count > 1, let next = word.text.dropFirst().first, next.isLetter {
            word.text = (next.isUppercase ? "I" : "l") + word.text.dropFirst()
        }
        if word.confidence < 0.45, !word.text.contains(where: \.isNumber), word.text.filter(\.isLetter).count <= 2 { return nil }
        return word
    }

    static func lines(from words: [LineBuilder.Word], rulings: PageRulings) -> [DocumentText.Line] {
        let boxes = rulings.checkBoxes.map { box in
            LineBuilder.Word(text: box.isChecked ? "☒" : "☐", left: Double(box.left), right: Double(box.right),
                             top: Double(box.top), bottom: Double(box.bottom), confidence: box.confidence)
        }
        let present = (words.compactMap(cleaned) + boxes)
        var rows: [Row] = []
        var rowOfBand: [Band: Int] = [:]
        var free: [LineBuilder.Word] = []
        for word in present {
            let middleX = (word.left + word.right) / 2, middleY = (word.top + word.bottom) / 2
            guard let band = band(around: middleX, middleY, rulings) else { free.append(word); continue }
            let index: Int
            if let known = rowOfBand[band] {
                index = known
            } else {
                rows.append(Row(band: band, columns: columns(of: band, rulings)))
                index = rows.count - 1
                rowOfBand[band] = index
            }
            guard rows[index].columns.count >= 2,
                  let cell = rows[index].columns.indices.dropLast().first(where: { rows[index].columns[$0] <= middleX && middleX < rows[index].columns[$0 + 1] })
            else { free.append(word); continue }
            rows[index].words[cell, default: []].append(word)
        }
        var placed: [(key: Double, line: DocumentText.Line)] = LineBuilder.lines(from: free).map { line in
            (line.tokens.map(\.top).min() ?? 0, line)
        }
        for row in rows where !row.words.isEmpty {
            let top = rulings.horizontals[row.band.above].position
            placed.append((top, row.line(top: top, bottom: rulings.horizontals[row.band.below].position)))
        }
        return placed.sorted { $0.key < $1.key }.enumerated().map { index, entry in
            var line = entry.line
            line.number = index + 1
            return line
        }
    }

    /// The rules above and below a point: indexes into `horizontals`.
    struct Band: Hashable {
        var above: Int
        var below: Int
    }

    /// The nearest horizontal rules above and below the point that pass over it.
    static func band(around x: Double, _ y: Double, _ rulings: PageRulings) -> Band? {
        var above: Int?, below: Int?
        for (index, rule) in rulings.horizontals.enumerated() where Double(rule.start) - 4 <= x && x <= Double(rule.end) + 4 {
            if rule.position < y, above.map({ rulings.horizontals[$0].position < rule.position }) ?? true { above = index }
            if rule.position > y, below.map({ rulings.horizontals[$0].position > rule.position }) ?? true { below = index }
        }
        guard let above, let below else { return nil }
        return Band(above: above, below: below)
    }

    /// x of every vertical rule that runs the whole height of the band within the span of both of
    /// its rules, left to right (rules closer than four pixels counted once).
    static func columns(of band: Band, _ rulings: PageRulings) -> [Double] {
        let top = rulings.horizontals[band.above], bottom = rulings.horizontals[band.below]
        let reach = Double(max(top.thickness, bottom.thickness) * 2 + 4)
        let left = Double(max(top.start, bottom.start)) - reach, right = Double(min(top.end, bottom.end)) + reach
        let positions = rulings.verticals
            .filter { Double($0.start) <= top.position + reach && Double($0.end) >= bottom.position - reach && left <= $0.position && $0.position <= right }
            .map(\.position).sorted()
        var columns: [Double] = []
        for position in positions where columns.last.map({ position - $0 > 4 }) ?? true { columns.append(position) }
        return columns
    }

    /// One table row: its band, its column rules and the words in each cell.
    struct Row {
        var band: Band
        var columns: [Double]
        var words: [Int: [LineBuilder.Word]] = [:]

        func line(top: Double, bottom: Double) -> DocumentText.Line {
            var cells: [String] = [], bounds: [ClosedRange<Double>] = [], tokens: [DocumentText.Token] = []
            for cell in 0..<(columns.count - 1) {
                let inside = LineBuilder.lines(from: words[cell] ?? [])
                cells.append(RuledTableLines.joined(inside.map { $0.tokens.map(\.text).joined(separator: " ") }))
                bounds.append(columns[cell]...columns[cell + 1])
                tokens += inside.flatMap(\.tokens)
            }
            var line = DocumentText.Line(number: 0, text: cells.filter { !$0.isEmpty }.joined(separator: " | "), tokens: tokens, cells: cells, cellBounds: bounds)
            line.cellsFromRules = true
            return line
        }
    }

    /// A cell's text lines as one value: a line that starts in lower case continues a wrapped
    /// sentence ("Weld repair on flowline header at" / "tank battery"); one that starts otherwise
    /// is another entry ("Trapped pressure" / "Oil spill"), separated by "; " as a Word cell's
    /// paragraphs are.
    static func joined(_ lines: [String]) -> String {
        var text = ""
        for line in lines where !line.isEmpty {
            if text.isEmpty {
                text = line
            } else {
                text += (line.first?.isLowercase ?? false) ? " " + line : "; " + line
            }
        }
        return text
    }
}
