import CLibXML2
import Foundation

/// A parsed XML document owned by this object (`xmlFreeDoc` in `deinit`).
///
/// Parsing is safe for untrusted input: no network access, no external entities, no entity
/// substitution, libxml2's amplification limits kept, and a DTD that declares entities or names
/// an external subset is refused outright. Not `Sendable`: libxml2 trees are not thread-safe;
/// parse one per task.
public final class XMLDocument {
    /// Where the document came from, for error messages.
    public let source: String
    let pointer: xmlDocPtr

    /// Parses `data`; a malformed document throws an `XMLError` with line and column.
    public init(data: Data, source: String) throws(XMLError) {
        LibXML.prepareThread()
        self.source = source
        guard let context = xmlNewParserCtxt() else {
            throw XMLError(code: .parse, source: source, message: "libxml2 could not allocate a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        let parsed = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress, buffer.count <= Int(Int32.max) else { return nil }
            return xmlCtxtReadMemory(
                context, base.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                source, nil, LibXML.safeParseOptions
            )
        }
        guard let parsed, context.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            throw LibXML.error(xmlCtxtGetLastError(context).map { UnsafePointer($0) }, code: .parse, source: source)
        }
        if let refusal = Self.refusedDoctype(parsed, data: data, source: source) {
            xmlFreeDoc(parsed)
            throw refusal
        }
        self.pointer = parsed
    }

    /// Parses the file at `path`.
    public convenience init(path: String) throws(XMLError) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw XMLError(code: .parse, source: path, message: "cannot read file: \(error.localizedDescription)")
        }
        try self.init(data: data, source: path)
    }

    deinit { xmlFreeDoc(pointer) }

    /// The local name of the root element.
    public var rootElementName: String? {
        guard let root = xmlDocGetRootElement(pointer), let name = root.pointee.name else { return nil }
        return String(cString: name)
    }

    /// The whole tree as values: element and attribute names without their namespace prefixes
    /// (`w:t` is `t`), text kept as written (whitespace included), comments and processing
    /// instructions dropped. Depth is bounded by libxml2's parser (256 levels without "huge").
    public var rootElement: XMLElement? {
        guard let root = xmlDocGetRootElement(pointer) else { return nil }
        return Self.element(root)
    }

    private static func element(_ node: xmlNodePtr) -> XMLElement {
        var attributes: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
            attributes.append((name, value.map { String(cString: $0) } ?? ""))
            if let value { pushback_xml_free(value) }
            attribute = current.pointee.next
        }
        var children: [XMLElement.Child] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default: break
            }
            child = current.pointee.next
        }
        return XMLElement(node.pointee.name.map { String(cString: $0) } ?? "", attributes: attributes, children: children)
    }

    /// The concatenated text content of the whole document.
    public var textContent: String {
        guard let root = xmlDocGetRootElement(pointer), let content = xmlNodeGetContent(root) else { return "" }
        defer { pushback_xml_free(content) }
        return String(cString: content)
    }

    /// Exclusive XML Canonicalization 1.0 (without comments) of the whole document.
    public func exclusiveCanonicalForm() throws(XMLError) -> Data {
        LibXML.prepareThread()
        var output: UnsafeMutablePointer<xmlChar>?
        let size = xmlC14NDocDumpMemory(pointer, nil, Int32(XML_C14N_EXCLUSIVE_1_0.rawValue), nil, 0, &output)
        guard size >= 0, let output else {
            throw XMLError(code: .canonicalization, source: source, message: "libxml2 could not canonicalize the document")
        }
        defer { pushback_xml_free(output) }
        return Data(bytes: output, count: Int(size))
    }

    /// The document serialized as UTF-8.
    public func serialized() -> Data {
        var output: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(pointer, &output, &size, "UTF-8")
        guard let output else { return Data() }
        defer { pushback_xml_free(output) }
        return Data(bytes: output, count: Int(size))
    }

    /// Documents that declare entities or point at an external DTD are refused: nothing Pushback
    /// reads needs them, and they are how XXE and entity-expansion attacks arrive.
    private static func refusedDoctype(_ document: xmlDocPtr, data: Data, source: String) -> XMLError? {
        let internalSubset: xmlDtdPtr? = document.pointee.intSubset
        let namesExternalDTD = document.pointee.extSubset != nil || internalSubset?.pointee.SystemID != nil
        if namesExternalDTD {
            return XMLError(code: .parse, source: source, line: doctypeLine(in: data), message: "refused: the document references an external DTD")
        }
        if let dtd = internalSubset {
            let declaresEntities = dtd.pointee.entities != nil || dtd.pointee.pentities != nil
            if declaresEntities {
                return XMLError(code: .parse, source: source, line: doctypeLine(in: data), message: "refused: the document's DTD declares entities (possible XXE or entity expansion)")
            }
        }
        return nil
    }

    /// The 1-based line of `<!DOCTYPE`, for the refusal message.
    private static func doctypeLine(in data: Data) -> Int? {
        guard let range = data.range(of: Data("<!DOCTYPE".utf8)) else { return nil }
        let newline = UInt8(ascii: "\n")
        var line = 1
        for byte in data[data.startIndex..<range.lowerBound] where byte == newline { line += 1 }
        return line
    }
}
