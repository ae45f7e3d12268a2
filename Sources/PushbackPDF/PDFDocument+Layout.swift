import CPoppler

/// A word of a page's text layer with its box in PDF points (origin top-left, as poppler gives it).
public struct PDFWord: Sendable, Equatable {
    public var text: String
    public var box: PDFRectangle
    /// Character offsets of the word in the page's text.
    public var range: Range<Int>
}

/// A page rendered to 8-bit grayscale, one byte per pixel, rows `bytesPerLine` apart.
public struct PDFPageImage: Sendable {
    public var width: Int
    public var height: Int
    public var bytesPerLine: Int
    public var resolution: Int
    public var pixels: [UInt8]
}

extension PDFDocument {
    /// Page size in points (1/72 in).
    public func size(ofPage number: Int) throws(PDFError) -> (width: Double, height: Double) {
        try withPage(number) { page in
            var width = 0.0, height = 0.0
            poppler_page_get_size(page, &width, &height)
            return (width, height)
        }
    }

    /// The words of page `number` with their boxes, in the text layer's reading order.
    public func words(onPage number: Int) throws(PDFError) -> [PDFWord] {
        try withPage(number) { page in
            guard let textPointer = poppler_page_get_text(page) else { return [] }
            let text = Array(String(cString: textPointer))
            pushback_g_free(textPointer)
            var rectangles: UnsafeMutablePointer<PopplerRectangle>?
            var count: guint = 0
            guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
            defer { pushback_g_free(rectangles) }
            // One rectangle per character of the text; ignore any mismatch rather than misplace.
            let usable = min(Int(count), text.count)
            var words: [PDFWord] = []
            var start: Int?
            var box = PDFRectangle(x1: 0, y1: 0, x2: 0, y2: 0)
            func finish(_ end: Int) {
                guard let first = start else { return }
                words.append(PDFWord(text: String(text[first..<end]), box: box, range: first..<end))
                start = nil
            }
            for index in 0..<usable {
                let character = text[index]
                if character.isWhitespace {
                    finish(index)
                    continue
                }
                let r = rectangles[index]
                // Table cells are often placed side by side without a space glyph: a horizontal gap
                // wider than a third of the glyph height, or a jump to another line, starts a word.
                if start != nil {
                    let height = max(r.y2 - r.y1, box.y2 - box.y1, 1)
                    let gap = r.x1 - box.x2
                    let otherLine = abs((r.y1 + r.y2) / 2 - (box.y1 + box.y2) / 2) > height / 2
                    if gap > height / 3 || gap < -height || otherLine { finish(index) }
                }
                if start == nil {
                    start = index
                    box = PDFRectangle(x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2)
                } else {
                    box = PDFRectangle(x1: min(box.x1, r.x1), y1: min(box.y1, r.y1), x2: max(box.x2, r.x2), y2: max(box.y2, r.y2))
                }
            }
            finish(usable)
            return words
        }
    }

    /// Renders page `number` at `resolution` dots per inch to grayscale (for OCR of scans).
    /// Refuses pages that would exceed `maximumPixels`.
    public func renderGrayscale(page number: Int, resolution: Int = 300, maximumPixels: Int = 60_000_000) throws(PDFError) -> PDFPageImage {
        let (widthPoints, heightPoints) = try size(ofPage: number)
        let scale = Double(resolution) / 72
        let width = Int((widthPoints * scale).rounded(.up)), height = Int((heightPoints * scale).rounded(.up))
        guard width > 0, height > 0, width * height <= maximumPixels else {
            throw PDFError(code: .invalid, path: path, page: number, message: "page of \(widthPoints)×\(heightPoints) pt is too large to render at \(resolution) dpi")
        }
        return try withPage(number) { page throws(PDFError) in
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
                  cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
            else { throw PDFError(code: .invalid, path: path, page: number, message: "cannot allocate a \(width)×\(height) image") }
            defer { cairo_surface_destroy(surface) }
            guard let context = cairo_create(surface) else {
                throw PDFError(code: .invalid, path: path, page: number, message: "cannot create a drawing context")
            }
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_paint(context)
            cairo_scale(context, scale, scale)
            poppler_page_render(page, context)
            cairo_destroy(context)
            cairo_surface_flush(surface)
            let stride = Int(cairo_image_surface_get_stride(surface))
            guard let data = cairo_image_surface_get_data(surface) else {
                throw PDFError(code: .invalid, path: path, page: number, message: "rendered image has no data")
            }
            // RGB24 is a native-endian 32-bit word per pixel (0x00RRGGBB).
            var pixels = [UInt8](repeating: 255, count: width * height)
            data.withMemoryRebound(to: UInt32.self, capacity: stride / 4 * height) { words in
                for row in 0..<height {
                    let base = row * stride / 4
                    for column in 0..<width {
                        let pixel = words[base + column]
                        let red = (pixel >> 16) & 0xFF, green = (pixel >> 8) & 0xFF, blue = pixel & 0xFF
                        pixels[row * width + column] = UInt8((red * 299 + green * 587 + blue * 114) / 1000)
                    }
                }
            }
            return PDFPageImage(width: width, height: height, bytesPerLine: width, resolution: resolution, pixels: pixels)
        }
    }
}
