import CLibXML2
import Foundation

/// A compiled W3C XML Schema (XSD) that validates documents and reports every error with its line.
///
/// Owns the compiled schema (`xmlSchemaFree` in `deinit`). Not `Sendable`: a validation
/// context per call keeps validation itself re-entrant, but libxml2 does not promise it.
public final class XMLSchema {
    public let source: String
    private let schema: xmlSchemaPtr

    /// Compiles the schema at `path`; `xs:include`/`xs:import` of local `.xsd` files is allowed.
    public init(path: String) throws(XMLError) {
        LibXML.prepareThread()
        source = path
        guard let context = xmlSchemaNewParserCtxt(path) else {
            throw XMLError(code: .schema, source: path, message: "cannot create a schema parser")
        }
        schema = try Self.compile(context, source: path)
    }

    /// Compiles a schema held in memory (it may not include other files).
    public init(data: Data, source: String) throws(XMLError) {
        LibXML.prepareThread()
        self.source = source
        let context = data.withUnsafeBytes { buffer -> xmlSchemaParserCtxtPtr? in
            guard let base = buffer.baseAddress else { return nil }
            return xmlSchemaNewMemParserCtxt(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count))
        }
        guard let context else {
            throw XMLError(code: .schema, source: source, message: "cannot create a schema parser")
        }
        schema = try Self.compile(context, source: source)
    }

    deinit { xmlSchemaFree(schema) }

    /// Validates `document`; an empty array means it is valid. Errors carry the document's lines.
    public func validate(_ document: XMLDocument) -> [XMLError] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [XMLError(code: .validation, source: document.source, message: "cannot create a validation context")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = XMLErrorCollector(code: .validation, source: document.source)
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSchemaSetValidStructuredErrors(context, XMLErrorCollector.callback, unmanaged.toOpaque())
        let result = xmlSchemaValidateDoc(context, document.pointer)
        if result != 0, collector.errors.isEmpty {
            return [XMLError(code: .validation, source: document.source, message: "invalid (libxml2 code \(result))")]
        }
        return collector.errors
    }

    private static func compile(_ context: xmlSchemaParserCtxtPtr, source: String) throws(XMLError) -> xmlSchemaPtr {
        defer { xmlSchemaFreeParserCtxt(context) }
        let collector = XMLErrorCollector(code: .schema, source: source)
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSchemaSetParserStructuredErrors(context, XMLErrorCollector.callback, unmanaged.toOpaque())
        guard let schema = xmlSchemaParse(context) else {
            throw collector.errors.first
                ?? XMLError(code: .schema, source: source, message: "the schema could not be compiled")
        }
        return schema
    }
}
