extension PDFPageImage {
    /// The fraction (0…1) of dark pixels inside a rectangle given in PDF points (origin at the
    /// bottom-left of a page `pageHeight` points tall), after shrinking it by `inset` of its size
    /// on each side so a check box's own outline is not counted. How a flattened form's check
    /// marks, drawn as graphics rather than text, are seen.
    public func inkCoverage(inside rectangle: PDFRectangle, pageHeight: Double, inset: Double = 0.25) -> Double {
        let scale = Double(resolution) / 72
        let insetX = (rectangle.x2 - rectangle.x1) * inset, insetY = (rectangle.y2 - rectangle.y1) * inset
        let left = max(0, Int(((rectangle.x1 + insetX) * scale).rounded(.down)))
        let right = min(width, Int(((rectangle.x2 - insetX) * scale).rounded(.up)))
        let top = max(0, Int(((pageHeight - rectangle.y2 + insetY) * scale).rounded(.down)))
        let bottom = min(height, Int(((pageHeight - rectangle.y1 - insetY) * scale).rounded(.up)))
        guard left < right, top < bottom else { return 0 }
        var dark = 0
        for row in top..<bottom {
            let start = row * bytesPerLine
            for column in left..<right where pixels[start + column] < 128 { dark += 1 }
        }
        return Double(dark) / Double((right - left) * (bottom - top))
    }
}
