/// An 8-bit grayscale image, one byte per pixel (0 black … 255 white), row after row.
public struct GrayscaleImage: Sendable {
    public var pixels: [UInt8]
    public var width: Int
    public var height: Int
    /// Dots per inch (300 when the file does not say).
    public var resolution: Int
}
