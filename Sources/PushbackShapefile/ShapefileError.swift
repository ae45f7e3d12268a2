/// Why a shapefile could not be read, naming the file.
public struct ShapefileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
