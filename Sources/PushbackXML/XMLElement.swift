import CLibXML2
import Foundation

/// An XML element built in Swift and written out through libxml2's streaming writer.
public struct XMLElement: Sendable, Equatable {
    /// A child of an element: another element or character data.
    public enum Child: Sendable, Equatable {
        case element(XMLElement)
        case text(String)
    }

    public var name: String
    /// Attributes in the order they are written (namespace declarations included, as `xmlns…`).
    public var attributes: [(name: String, value: String)]
    public var children: [Child]

    public init(_ name: String, attributes: [(name: String, value: String)] = [], children: [Child] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// An element holding only text.
    public init(_ name: String, attributes: [(name: String, value: String)] = [], text: String) {
        self.init(name, attributes: attributes, children: [.text(text)])
    }

    /// The value of the attribute named `name`, if present.
    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// Child elements, optionally only those named `name`.
    public func elements(_ name: String? = nil) -> [XMLElement] {
        children.compactMap { child in
            guard case .element(let element) = child, name == nil || element.name == name else { return nil }
            return element
        }
    }

    /// The first descendant (depth first) named `name`.
    public func first(_ name: String) -> XMLElement? {
        for element in elements() {
            if element.name == name { return element }
            if let found = element.first(name) { return found }
        }
        return nil
    }

    /// All text inside the element, in document order.
    public var text: String {
        children.map { child in
            switch child {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }

    public static func == (lhs: XMLElement, rhs: XMLElement) -> Bool {
        lhs.name == rhs.name && lhs.children == rhs.children
            && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
            && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }

    /// Writes this element as a standalone UTF-8 document, indented for people to read.
    public func documentData() throws(XMLError) -> Data {
        LibXML.prepareThread()
        guard let buffer = xmlBufferCreate() else {
            throw XMLError(code: .write, source: name, message: "cannot allocate an output buffer")
        }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            throw XMLError(code: .write, source: name, message: "cannot create an XML writer")
        }
        var isWriterFreed = false
        defer { if !isWriterFreed { xmlFreeTextWriter(writer) } }
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
        try write(into: writer)
        try check(xmlTextWriterEndDocument(writer), "end the document")
        xmlFreeTextWriter(writer)
        isWriterFreed = true
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    private func write(into writer: xmlTextWriterPtr) throws(XMLError) {
        try check(xmlTextWriterStartElement(writer, name), "start <\(name)>")
        for attribute in attributes {
            try check(xmlTextWriterWriteAttribute(writer, attribute.name, attribute.value), "write @\(attribute.name)")
        }
        for child in children {
            switch child {
            case .element(let element): try element.write(into: writer)
            case .text(let text): try check(xmlTextWriterWriteString(writer, text), "write text in <\(name)>")
            }
        }
        try check(xmlTextWriterEndElement(writer), "end <\(name)>")
    }

    private func check(_ result: Int32, _ action: String) throws(XMLError) {
        guard result >= 0 else {
            throw XMLError(code: .write, source: name, message: "libxml2 could not \(action)")
        }
    }
}
