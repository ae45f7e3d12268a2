import Foundation
import Testing
@testable import PushbackIntake

/// Straightening a scan, finding its table rules and check boxes, and putting OCR'd words in their
/// cells — on drawn images and placed words, so each step's answer is known exactly.
@Suite("Scanned pages: skew, rules, check boxes and table cells")
struct ScannedPageTests {
    /// A 300 dpi page (4 × 3 in) of grey paper with a two-row table: rules 3 px thick, a column
    /// rule at x 400, a checked box (an X inside) and an empty one, and a solid square (a bold
    /// letter's blot, not a box).
    static func drawnForm() -> ScanImage {
        let width = 1200, height = 900
        var pixels = [UInt8](repeating: 236, count: width * height)
        func ink(_ x: Int, _ y: Int) { if x >= 0, y >= 0, x < width, y < height { pixels[y * width + x] = 40 } }
        func fill(_ left: Int, _ top: Int, _ right: Int, _ bottom: Int) { for y in top...bottom { for x in left...right { ink(x, y) } } }
        for y in [100, 200, 300] { fill(100, y, 1000, y + 2) }
        for x in [100, 400, 1000] { fill(x, 100, x + 2, 302) }
        // Check boxes 27 px square with 2 px borders, inside the right-hand cells.
        func box(_ left: Int, _ top: Int, checked: Bool) {
            fill(left, top, left + 26, top + 1); fill(left, top + 25, left + 26, top + 26)
            fill(left, top, left + 1, top + 26); fill(left + 25, top, left + 26, top + 26)
            if checked { for step in 4...22 { fill(left + step, top + step, left + step + 1, top + step + 1); fill(left + 26 - step - 1, top + step, left + 26 - step, top + step + 1) } }
        }
        box(450, 136, checked: true)
        box(450, 236, checked: false)
        fill(700, 140, 724, 164)
        return ScanImage(pixels: pixels, width: width, height: height, bytesPerLine: width, resolution: 300)
    }

    @Test("a page fed a degree crooked is measured at that degree and turned back")
    func skew() {
        let form = Self.drawnForm()
        let crooked = form.rotated(byDegrees: -1)
        let threshold = crooked.inkThreshold()
        #expect(threshold > 40 && threshold < 236)
        let skew = crooked.skewDegrees(threshold: threshold)
        #expect(abs(skew - 1) <= 0.05, "measured \(skew)°")
        #expect(abs(form.skewDegrees(threshold: form.inkThreshold())) <= 0.05)
        // Turned back, the rules are found where they were drawn.
        let straight = crooked.rotated(byDegrees: skew)
        let rulings = PageRulings.find(in: straight, threshold: threshold)
        #expect(rulings.horizontals.map { Int($0.position.rounded()) }.sorted().enumerated().allSatisfy { abs($1 - [101, 201, 301][$0]) <= 3 })
    }

    @Test("rules, boxes marked and empty, and a solid square that is not a box")
    func rulesAndBoxes() {
        let form = Self.drawnForm()
        let rulings = PageRulings.find(in: form, threshold: form.inkThreshold())
        #expect(rulings.horizontals.count == 3)
        #expect(rulings.horizontals.allSatisfy { $0.start == 100 && $0.end == 1002 && $0.thickness == 3 }, "the right-hand column rule prolongs them")
        #expect(rulings.verticals.map { Int($0.position.rounded()) } == [101, 401, 1001])
        #expect(rulings.checkBoxes.count == 2, "\(rulings.checkBoxes)")
        let marked = rulings.checkBoxes.first { $0.top < 200 }, empty = rulings.checkBoxes.first { $0.top > 200 }
        #expect(marked?.isChecked == true && marked?.left == 450)
        #expect(empty?.isChecked == false && empty?.ink == 0)
        // Erased: no ink left on the rules or in the boxes; the solid square stays for OCR.
        let clean = rulings.erased(from: form)
        #expect(clean.pixels[101 * clean.width + 500] == 255 && clean.pixels[150 * clean.width + 401] == 255)
        #expect(clean.pixels[150 * clean.width + 462] == 255)
        #expect(clean.pixels[150 * clean.width + 710] == 40)
    }

    @Test("a letter-sized square inside a word is not a check box")
    func squareLetterIsNotABox() {
        // "□" drawn touching a neighbouring stroke on its left, as a letter in a word would.
        let width = 300, height = 200
        var pixels = [UInt8](repeating: 240, count: width * height)
        func fill(_ left: Int, _ top: Int, _ right: Int, _ bottom: Int) { for y in top...bottom { for x in left...right { pixels[y * width + x] = 30 } } }
        fill(100, 50, 126, 51); fill(100, 75, 126, 76); fill(100, 50, 101, 76); fill(125, 50, 126, 76)
        fill(95, 50, 97, 76)
        let image = ScanImage(pixels: pixels, width: width, height: height, bytesPerLine: width, resolution: 300)
        #expect(PageRulings.find(in: image, threshold: 128).checkBoxes.isEmpty)
    }

    static func word(_ text: String, _ left: Double, _ top: Double, width: Double = 80, confidence: Double = 0.9) -> LineBuilder.Word {
        LineBuilder.Word(text: text, left: left, right: left + width, top: top, bottom: top + 30, confidence: confidence)
    }

    @Test("words go to their table cells: wrapped cells read whole, blank cells kept, the rest as lines")
    func cells() {
        let rule = { (position: Double, start: Int, end: Int) in PageRulings.Rule(position: position, thickness: 3, start: start, end: end) }
        let rulings = PageRulings(
            horizontals: [rule(100, 100, 1000), rule(200, 100, 1000), rule(300, 100, 1000), rule(400, 100, 1000)],
            verticals: [rule(100, 100, 400), rule(400, 100, 400), rule(700, 300, 400), rule(1000, 100, 400)],
            checkBoxes: [PageRulings.CheckBox(left: 420, top: 135, right: 447, bottom: 162, ink: 0.3)]
        )
        let words = [
            Self.word("Company", 120, 140), Self.word("Bluff", 460, 140), Self.word("Road", 560, 140),
            Self.word("Job/Task", 120, 215), Self.word("Weld", 420, 205), Self.word("repair", 510, 205),
            Self.word("tank", 420, 235), Self.word("battery", 510, 235), Self.word("Oil", 420, 265), Self.word("Spill", 510, 265, width: 60),
            Self.word("LEL", 120, 340), Self.word("0", 720, 340, width: 20),
            Self.word("fn", 300, 340, width: 30, confidence: 0.2), Self.word("|", 980, 340, width: 5),
            Self.word("PPE", 120, 500),
        ]
        let lines = RuledTableLines.lines(from: words, rulings: rulings)
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines[0].cells == ["Company", "☒ Bluff Road"] && lines[0].cellsFromRules)
        #expect(lines[1].cells == ["Job/Task", "Weld repair tank battery; Oil Spill"])
        #expect(lines[2].cells == ["LEL", "", "0"], "a blank cell keeps its column; specks go")
        #expect(lines[2].text == "LEL | 0")
        #expect(lines[3].text == "PPE" && !lines[3].cellsFromRules)
    }

    @Test("a wrapped cell: lower case continues the sentence, capitals start the next entry")
    func wrappedCells() {
        #expect(RuledTableLines.joined(["Weld repair on flowline header at", "tank battery (hot work)"]) == "Weld repair on flowline header at tank battery (hot work)")
        #expect(RuledTableLines.joined(["Trapped pressure", "Oil spill"]) == "Trapped pressure; Oil spill")
        #expect(RuledTableLines.joined(["", "Burns"]) == "Burns")
    }

    @Test("OCR specks and a bar read for a letter")
    func specks() {
        #expect(RuledTableLines.cleaned(Self.word("—", 0, 0)) == nil)
        #expect(RuledTableLines.cleaned(Self.word("fn", 0, 0, confidence: 0.3)) == nil)
        #expect(RuledTableLines.cleaned(Self.word("4", 0, 0, confidence: 0.3))?.text == "4")
        #expect(RuledTableLines.cleaned(Self.word("‘Date", 0, 0))?.text == "Date")
        #expect(RuledTableLines.cleaned(Self.word("|b", 0, 0))?.text == "lb")
        #expect(RuledTableLines.cleaned(Self.word("|NSPECT", 0, 0))?.text == "INSPECT")
    }
}
