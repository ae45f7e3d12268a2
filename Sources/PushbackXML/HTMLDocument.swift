import CLibXML2
import Foundation

/// An HTML page parsed by libxml2's HTML parser (forgiving of real-world markup, never touching
/// the network), read back as lines of text: one per block element, table rows with their cells
/// joined by " | ". Scripts, styles and comments are skipped.
public final class HTMLDocument {
    public let source: String
    private let pointer: htmlDocPtr

    public init(data: Data, source: String) throws(XMLError) {
        LibXML.prepareThread()
        self.source = source
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let parsed = data.withUnsafeBytes { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress, buffer.count <= Int(Int32.max) else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), source, nil, options)
        }
        guard let parsed, xmlDocGetRootElement(parsed) != nil else {
            if let parsed { xmlFreeDoc(parsed) }
            throw XMLError(code: .parse, source: source, message: "not an HTML document")
        }
        pointer = parsed
    }

    deinit { xmlFreeDoc(pointer) }

    /// The page's text as lines in document order.
    public func lines() -> [String] {
        var lines: [String] = []
        var current = ""
        func flush() {
            let collapsed = current.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !collapsed.isEmpty { lines.append(collapsed) }
            current = ""
        }
        func walk(_ node: xmlNodePtr?) {
            var node = node
            while let current_ = node {
                defer { node = current_.pointee.next }
                switch current_.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current_.pointee.content { current += String(cString: content) }
                case XML_ELEMENT_NODE:
                    let name = current_.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                    if Self.skipped.contains(name) { continue }
                    if name == "br" { flush(); continue }
                    let isBlock = Self.blocks.contains(name)
                    if isBlock { flush() }
                    if name == "td" || name == "th" {
                        if !current.trimmingCharacters(in: .whitespaces).isEmpty { current += " | " }
                    }
                    walk(current_.pointee.children)
                    if isBlock { flush() }
                default:
                    continue
                }
            }
        }
        walk(xmlDocGetRootElement(pointer))
        flush()
        return lines
    }

    private static let skipped: Set<String> = ["script", "style", "noscript", "template", "head"]
    private static let blocks: Set<String> = [
        "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "article", "header", "footer", "form", "blockquote", "pre", "dl", "dt", "dd", "caption", "thead", "tbody",
    ]
}
