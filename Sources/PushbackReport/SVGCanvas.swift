import PushbackModel

/// Accumulates SVG markup for the report's maps and charts. Coordinates are written to a tenth
/// of a pixel, so the same drawing always gives the same bytes; text is escaped.
struct SVGCanvas {
    let width: Double
    let height: Double
    private(set) var body = ""

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The finished `<svg>` element, `label` being its accessible name and tooltip.
    func svg(label: String, className: String) -> String {
        "<svg class=\"\(className)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" aria-label=\"\(HTMLReport.escape(label))\">"
            + "<title>\(HTMLReport.escape(label))</title>\n\(body)</svg>\n"
    }

    mutating func raw(_ markup: String) { body += markup }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, style: String) {
        body += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" \(style)/>\n"
    }

    mutating func circle(x: Double, y: Double, radius: Double, style: String) {
        body += "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" \(style)/>\n"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, style: String) {
        body += "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" \(style)/>\n"
    }

    /// A polyline through `points` (pixels).
    mutating func polyline(_ points: [(x: Double, y: Double)], style: String) {
        guard points.count > 1 else { return }
        body += "<polyline points=\"\(points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " "))\" \(style)/>\n"
    }

    /// Text with a white halo, so it stays readable over lines and circles; moved sideways as
    /// far as needed to stay inside the canvas (its width estimated from its length).
    mutating func text(_ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 11, weight: String? = nil, color: String = "#1b1b1b") {
        let bold = weight.map { " font-weight=\"\($0)\"" } ?? ""
        let estimated = Self.estimatedWidth(text, size: size, bold: weight != nil)
        let left = anchor == "start" ? x : anchor == "end" ? x - estimated : x - estimated / 2
        let shift = left < 3 ? 3 - left : left + estimated > width - 3 ? max(width - 3 - (left + estimated), 3 - left) : 0
        let x = x + shift
        body += "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.number(size))\"\(bold) fill=\"\(color)\" "
            + "stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\">\(HTMLReport.escape(text))</text>\n"
    }

    /// About how wide `text` is drawn in the report's sans-serif face.
    static func estimatedWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        Double(text.count) * size * (bold ? 0.6 : 0.55)
    }

    /// A scale bar in the lower left corner, of a round length about a quarter of the width.
    mutating func scaleBar(pixelsPerMeter: Double) {
        let target = width * 0.25 / pixelsPerMeter
        let steps: [Double] = [1, 2, 5]
        var length = 1.0
        var magnitude = 1.0
        search: while true {
            for step in steps {
                let candidate = step * magnitude
                if candidate > target { break search }
                length = candidate
            }
            magnitude *= 10
        }
        let pixels = length * pixelsPerMeter
        let x = 12.0, y = height - 14
        line(x1: x, y1: y, x2: x + pixels, y2: y, style: "stroke=\"#1b1b1b\" stroke-width=\"2\"")
        for tick in [x, x + pixels] { line(x1: tick, y1: y - 5, x2: tick, y2: y + 1, style: "stroke=\"#1b1b1b\" stroke-width=\"1.5\"") }
        text(Distance.meters(length).description, x: x, y: y - 8, size: 10)
    }

    /// An arrow pointing north in the upper right corner (the maps are drawn north up).
    mutating func northArrow() {
        let x = width - 20, y = 14.0
        body += "<path d=\"M\(Self.number(x)) \(Self.number(y)) l6 16 l-6 -4 l-6 4 z\" fill=\"#1b1b1b\"/>\n"
        text("N", x: x, y: y + 28, anchor: "middle", size: 10, weight: "700")
    }

    /// `value` with at most one decimal, no exponent, no locale: `12`, `-3.5`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((abs(value) * 10).rounded())
        let sign = value < 0 && tenths > 0 ? "-" : ""
        return tenths % 10 == 0 ? "\(sign)\(tenths / 10)" : "\(sign)\(tenths / 10).\(tenths % 10)"
    }

    /// A subject's key as people write it: a well's API number with its dashes.
    static func subjectKey(_ subject: Subject) -> String {
        subject.type == "well" ? ((try? APIWellNumber.parse(subject.id))?.formatted ?? subject.id) : subject.id
    }

    /// The fill colour of a severity, as the report's badges use it.
    static func color(_ severity: Severity) -> String {
        switch severity {
        case .critical: "#7b1fa2"
        case .high: "#c62828"
        case .medium: "#ef6c00"
        case .low: "#1565c0"
        case .info: "#616161"
        }
    }
}
