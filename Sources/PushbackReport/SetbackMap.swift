import PushbackGeo
import PushbackModel

/// The map of one proximity finding, drawn north up in an azimuthal equidistant projection
/// about the receptor: the setback circle around the receptor (exact in that projection), the
/// receptor and the well with their uncertainty radii, the line between them labelled with the
/// measured distance, and — when the finding allows for the receptor's parcel — the setback
/// measured from the assumed parcel's edge, dashed.
enum SetbackMap {
    static let size = 420.0

    /// Nil when the finding is not a proximity finding.
    static func svg(for finding: Finding, number: Int) -> String? {
        guard let geometry = finding.geometry, geometry.isProximity, let receptor = geometry.related, let setback = geometry.setback else { return nil }
        let well = geometry.subject
        let projection = AzimuthalEquidistantProjection(center: receptor.point)
        let position = projection.project(well.point)
        let measured = geometry.measured?.meters ?? (position.east * position.east + position.north * position.north).squareRoot()
        let parcel = geometry.parcelRadius?.meters ?? 0
        // The parcel allowance is drawn when it decides the finding: the well is beyond the setback
        // measured from the point, or the finding is a review.
        let showsParcel = parcel > 0 && (measured > setback.meters || finding.kind == .review)
        let reach = max(setback.meters + (showsParcel ? parcel : 0), measured + well.uncertainty.meters, receptor.uncertainty.meters)
        let pixelsPerMeter = (size / 2 - 26) / max(reach, 1)
        let center = size / 2
        func x(_ east: Double) -> Double { center + east * pixelsPerMeter }
        func y(_ north: Double) -> Double { center - north * pixelsPerMeter }

        var canvas = SVGCanvas(width: size, height: size)
        canvas.rect(x: 0, y: 0, width: size, height: size, style: "fill=\"#f7f9f7\" stroke=\"#bbb\"")
        canvas.circle(x: center, y: center, radius: setback.meters * pixelsPerMeter, style: "fill=\"#c62828\" fill-opacity=\"0.08\" stroke=\"#c62828\" stroke-width=\"1.6\"")
        // The setback's label on the side of the circle away from the well.
        let wellAbove = position.north > 0
        canvas.text("\(setback) setback", x: center, y: wellAbove ? center + setback.meters * pixelsPerMeter + 14 : center - setback.meters * pixelsPerMeter - 5,
                    anchor: "middle", size: 11, weight: "600", color: "#b71c1c")
        if showsParcel {
            canvas.circle(x: center, y: center, radius: (setback.meters + parcel) * pixelsPerMeter,
                          style: "fill=\"none\" stroke=\"#c62828\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"")
            canvas.circle(x: center, y: center, radius: parcel * pixelsPerMeter, style: "fill=\"#1565c0\" fill-opacity=\"0.06\" stroke=\"#1565c0\" stroke-dasharray=\"3 3\"")
        }
        for (location, point) in [(receptor, (x: center, y: center)), (well, (x: x(position.east), y: y(position.north)))] where location.uncertainty.meters > 0 {
            canvas.circle(x: point.x, y: point.y, radius: max(location.uncertainty.meters * pixelsPerMeter, 1.5),
                          style: "fill=\"#555\" fill-opacity=\"0.08\" stroke=\"#555\" stroke-width=\"1\" stroke-dasharray=\"2 2\"")
        }
        let wellX = x(position.east), wellY = y(position.north)
        // Labels keep off the line: the well's beyond the well, away from the receptor; the
        // receptor's on the other side; the distance beside the line's middle.
        let dx = wellX - center, dy = wellY - center
        let length = max((dx * dx + dy * dy).squareRoot(), 1)
        let (ux, uy) = length < 2 ? (0.0, -1.0) : (dx / length, dy / length)
        func anchor(_ direction: Double) -> String { direction > 0.3 ? "start" : direction < -0.3 ? "end" : "middle" }
        canvas.line(x1: wellX, y1: wellY, x2: center, y2: center, style: "stroke=\"#1b1b1b\" stroke-width=\"1.4\"")
        if length > 110 {
            // Perpendicular to the line, on its upper side.
            let (px, py) = ux > 0 ? (uy, -ux) : (-uy, ux)
            canvas.text(Distance.meters(measured).description, x: center + dx / 2 + px * 12, y: center + dy / 2 + py * 12 + 4, anchor: anchor(px), size: 12, weight: "700")
        }
        canvas.rect(x: center - 6, y: center - 6, width: 12, height: 12, style: "fill=\"#1565c0\" stroke=\"#fff\" stroke-width=\"1.5\"")
        canvas.text(finding.related.first?.name ?? "receptor", x: center - ux * 16, y: center - uy * 16 + 4, anchor: anchor(-ux), size: 11, weight: "600", color: "#0d47a1")
        canvas.circle(x: wellX, y: wellY, radius: 6, style: "fill=\"\(SVGCanvas.color(finding.severity))\" stroke=\"#fff\" stroke-width=\"1.5\"")
        let wellLabel = "well \(SVGCanvas.subjectKey(finding.subject))\(finding.subject.name.map { " \($0)" } ?? "")"
        let labelWidth = SVGCanvas.estimatedWidth(wellLabel, size: 11)
        let fitsBeside = anchor(ux) == "start" ? wellX + 12 + labelWidth < size - 3 : anchor(ux) == "end" ? wellX - 12 - labelWidth > 3 : true
        if fitsBeside {
            canvas.text(wellLabel, x: wellX + ux * 12, y: wellY + uy * 12 + 4, anchor: anchor(ux), size: 11)
        } else {
            canvas.text(wellLabel, x: wellX, y: wellY + (uy >= 0 ? 20 : -11), anchor: "middle", size: 11)
        }
        if length <= 110 {
            canvas.text("\(Distance.meters(measured)) apart", x: 12, y: 20, size: 12, weight: "700")
        }
        canvas.scaleBar(pixelsPerMeter: pixelsPerMeter)
        canvas.northArrow()
        let label = "Map of finding \(number): \(wellLabel) is \(Distance.meters(measured)) from \(finding.related.first?.name ?? "the receptor"); the setback is \(setback)."
        return canvas.svg(label: label, className: "map")
    }

    /// The legend under a finding's map: what each mark is, with the figures behind it.
    static func legend(for finding: Finding) -> [String] {
        guard let geometry = finding.geometry, geometry.isProximity, let receptor = geometry.related, let setback = geometry.setback else { return [] }
        var items = [
            "red circle: the \(setback) setback around the receptor's published point",
            "square: \(finding.related.first?.name ?? "receptor") (\(receptor.basis); uncertainty \(receptor.uncertainty))",
            "dot: the well (\(geometry.subject.basis); uncertainty \(geometry.subject.uncertainty), dotted where it shows at this scale)",
        ]
        if let measured = geometry.measured { items.append("line: \(measured) measured point to point (WGS84 geodesic)") }
        if let parcel = geometry.parcelRadius, parcel.meters > 0, (geometry.measured ?? setback) > setback || finding.kind == .review {
            items.append("dashed: the setback measured from the edge of an assumed \(parcel) parcel around the receptor — the law measures to the property line")
        }
        return items
    }
}
