import PushbackGeo
import PushbackModel

/// The map of every located finding, north up in an azimuthal equidistant projection about the
/// middle of their extent: each well once, coloured by its most serious finding (filled: fail,
/// ring: review, grey: open) and linked to it; the receptors of proximity findings as squares
/// with their setback circles.
enum OverviewMap {
    static let width = 560.0
    static let height = 400.0
    /// Wells drawn at most; the rest are counted in the caption (all are in findings.geojson).
    static let markerLimit = 2_000

    struct Drawing {
        var svg: String
        var wellsDrawn: Int
        var wellsLocated: Int
        var receptors: Int
    }

    /// `findings`: each with its number in the report, most serious first. Nil when none is located.
    static func draw(_ findings: [(number: Int, finding: Finding)]) -> Drawing? {
        // One mark per located subject: its most serious finding decides the colour.
        var wells: [(point: GeoPoint, numbers: [Int], finding: Finding)] = []
        var wellIndex: [GeoPoint: Int] = [:]
        var receptors: [(point: GeoPoint, name: String, setback: Double)] = []
        var receptorIndex: [GeoPoint: Int] = [:]
        for (number, finding) in findings {
            guard let geometry = finding.geometry else { continue }
            let point = geometry.subject.point
            if let index = wellIndex[point] {
                wells[index].numbers.append(number)
            } else {
                wellIndex[point] = wells.count
                wells.append((point, [number], finding))
            }
            if let receptor = geometry.related, let setback = geometry.setback {
                if let index = receptorIndex[receptor.point] {
                    receptors[index].setback = max(receptors[index].setback, setback.meters)
                } else {
                    receptorIndex[receptor.point] = receptors.count
                    receptors.append((receptor.point, finding.related.first?.name ?? "receptor", setback.meters))
                }
            }
        }
        guard !wells.isEmpty else { return nil }
        let drawn = Array(wells.prefix(markerLimit))
        let points = drawn.map(\.point) + receptors.map(\.point)
        let south = points.map(\.latitude).min()!, north = points.map(\.latitude).max()!
        let west = points.map(\.longitude).min()!, east = points.map(\.longitude).max()!
        let projection = AzimuthalEquidistantProjection(center: GeoPoint(latitude: (south + north) / 2, longitude: (west + east) / 2)!)
        let projectedWells = drawn.map { projection.project($0.point) }
        let projectedReceptors = receptors.map { projection.project($0.point) }
        // The extent, with room for the setback circles, at least 2 km across.
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for position in projectedWells {
            minX = min(minX, position.east); maxX = max(maxX, position.east); minY = min(minY, position.north); maxY = max(maxY, position.north)
        }
        for (index, position) in projectedReceptors.enumerated() {
            let radius = receptors[index].setback
            minX = min(minX, position.east - radius); maxX = max(maxX, position.east + radius)
            minY = min(minY, position.north - radius); maxY = max(maxY, position.north + radius)
        }
        let spanX = max(maxX - minX, 2_000), spanY = max(maxY - minY, 2_000)
        let margin = 30.0
        let pixelsPerMeter = min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
        let midX = (minX + maxX) / 2, midY = (minY + maxY) / 2
        func x(_ east: Double) -> Double { width / 2 + (east - midX) * pixelsPerMeter }
        func y(_ north: Double) -> Double { height / 2 - (north - midY) * pixelsPerMeter }

        var canvas = SVGCanvas(width: width, height: height)
        canvas.rect(x: 0, y: 0, width: width, height: height, style: "fill=\"#f7f9f7\" stroke=\"#bbb\"")
        for (index, receptor) in receptors.enumerated() {
            let position = projectedReceptors[index]
            canvas.circle(x: x(position.east), y: y(position.north), radius: max(receptor.setback * pixelsPerMeter, 2),
                          style: "fill=\"#c62828\" fill-opacity=\"0.06\" stroke=\"#c62828\" stroke-opacity=\"0.5\" stroke-width=\"1\"")
        }
        // Least serious first, so the most serious are drawn on top.
        for (index, well) in drawn.enumerated().reversed() {
            let position = projectedWells[index]
            let cx = x(position.east), cy = y(position.north)
            let numbers = well.numbers.prefix(8).map { "#\($0)" }.joined(separator: ", ") + (well.numbers.count > 8 ? " and \(well.numbers.count - 8) more" : "")
            let tooltip = "\(numbers): \(well.finding.kind.rawValue) \(well.finding.ruleID) — \(well.finding.subject)"
            canvas.raw("<a href=\"#finding-\(well.numbers[0])\"><title>\(HTMLReport.escape(tooltip))</title>")
            let color = SVGCanvas.color(well.finding.severity)
            switch well.finding.kind {
            case .fail: canvas.circle(x: cx, y: cy, radius: 4, style: "fill=\"\(color)\" stroke=\"#fff\" stroke-width=\"1\"")
            case .review: canvas.circle(x: cx, y: cy, radius: 3.5, style: "fill=\"#fff\" stroke=\"\(color)\" stroke-width=\"2\"")
            case .open: canvas.circle(x: cx, y: cy, radius: 3.5, style: "fill=\"#9e9e9e\" stroke=\"#fff\" stroke-width=\"1\"")
            }
            canvas.raw("</a>\n")
        }
        // Receptors' names where they do not cover one another (the first named wins).
        var labelled: [(left: Double, top: Double, right: Double, bottom: Double)] = []
        for (index, receptor) in receptors.enumerated() {
            let position = projectedReceptors[index]
            let rx = x(position.east), ry = y(position.north)
            canvas.rect(x: rx - 4.5, y: ry - 4.5, width: 9, height: 9, style: "fill=\"#1565c0\" stroke=\"#fff\" stroke-width=\"1\"")
            let textWidth = SVGCanvas.estimatedWidth(receptor.name, size: 10)
            let rightSide = rx + 7 + textWidth < width - 3
            let box = rightSide ? (left: rx + 7, top: ry - 6, right: rx + 7 + textWidth, bottom: ry + 5) : (left: rx - 7 - textWidth, top: ry - 6, right: rx - 7, bottom: ry + 5)
            guard !labelled.contains(where: { $0.left < box.right && box.left < $0.right && $0.top < box.bottom && box.top < $0.bottom }) else { continue }
            labelled.append(box)
            canvas.text(receptor.name, x: rightSide ? rx + 7 : rx - 7, y: ry + 4, anchor: rightSide ? "start" : "end", size: 10, color: "#0d47a1")
        }
        canvas.scaleBar(pixelsPerMeter: pixelsPerMeter)
        canvas.northArrow()
        let label = "Overview map: \(drawn.count) located well(s) with findings\(wells.count > drawn.count ? " of \(wells.count)" : "") and \(receptors.count) receptor(s)."
        return Drawing(svg: canvas.svg(label: label, className: "overview"), wellsDrawn: drawn.count, wellsLocated: wells.count, receptors: receptors.count)
    }
}
