import CLibXML2
import Foundation

/// Process-wide libxml2 set-up, done once before any parse: initializes the parser and installs
/// an external-entity loader that never touches the network and loads nothing but `.xsd` files
/// (so schemas can include each other while a document's DTD or external entity is refused).
enum LibXML {
    static let initialized: Void = {
        xmlInitParser()
        xmlThrDefSetStructuredErrorFunc(nil, ignoreError)
        xmlSetExternalEntityLoader { url, _, context in
            guard let url, let text = Optional(String(cString: url)), LibXML.mayLoad(text) else {
                return nil
            }
            return xmlNewInputFromFile(context, url)
        }
    }()

    /// Call before any libxml2 work on the current thread: initializes the library once and
    /// routes this thread's unhandled libxml2 errors to a no-op instead of stderr (errors the
    /// wrapper needs are read from the context or collected per call).
    static func prepareThread() {
        _ = initialized
        xmlSetStructuredErrorFunc(nil, ignoreError)
    }

    /// Swallows an error nobody asked for (instead of libxml2 printing it to stderr).
    static let ignoreError: xmlStructuredErrorFunc = { _, _ in }

    /// Only local schema files may be loaded; never a network resource, never a document entity.
    static func mayLoad(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if lowered.contains("://"), !lowered.hasPrefix("file://") { return false }
        return lowered.hasSuffix(".xsd")
    }

    /// Parser options for untrusted input: no network, no entity substitution, no DTD loading,
    /// no "huge" mode (keeps libxml2's entity-amplification limits), errors not printed.
    static let safeParseOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue
    )

    /// Turns libxml2's error record into an `XMLError`.
    static func error(_ record: UnsafePointer<xmlError>?, code: XMLError.Code, source: String) -> XMLError {
        guard let record else { return XMLError(code: code, source: source, message: "unknown libxml2 error") }
        let message = record.pointee.message.map { String(cString: $0) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown libxml2 error"
        let line = Int(record.pointee.line)
        let column = Int(record.pointee.int2)
        return XMLError(code: code, source: source, line: line > 0 ? line : nil, column: column > 0 ? column : nil, message: message)
    }
}

/// Collects libxml2 structured errors through an `Unmanaged` context pointer.
final class XMLErrorCollector {
    let code: XMLError.Code
    let source: String
    var errors: [XMLError] = []

    init(code: XMLError.Code, source: String) {
        self.code = code
        self.source = source
    }

    /// The C callback: a non-capturing closure that finds the collector through `context`.
    static let callback: xmlStructuredErrorFunc = { context, record in
        guard let context else { return }
        let collector = Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue()
        collector.errors.append(LibXML.error(UnsafePointer(record), code: collector.code, source: collector.source))
    }
}
