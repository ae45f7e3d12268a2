/// Why optical character recognition could not run.
public struct OCRError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { "OCR: \(message)" }
}
