import Foundation
import PushbackXML
import Testing
import TestSupport

@Suite("libxml2 wrapper")
struct XMLTests {
    static let schema = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="urn:pushback:test:1" xmlns="urn:pushback:test:1"
                   elementFormDefault="qualified">
          <xs:element name="well">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="api">
                  <xs:simpleType>
                    <xs:restriction base="xs:string"><xs:pattern value="[0-9]{10}([0-9]{2}){0,2}"/></xs:restriction>
                  </xs:simpleType>
                </xs:element>
                <xs:element name="status" type="xs:string"/>
                <xs:element name="depthFeet" type="xs:decimal" minOccurs="0"/>
              </xs:sequence>
              <xs:attribute name="uuid" type="xs:string" use="required"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    func well(api: String, depth: String = "11950") -> XMLElement {
        XMLElement("well", attributes: [("xmlns", "urn:pushback:test:1"), ("uuid", "3f2b")], children: [
            .element(XMLElement("api", text: api)),
            .element(XMLElement("status", text: "idle & deserted")),
            .element(XMLElement("depthFeet", text: depth)),
        ])
    }

    @Test("a built document validates against its XSD")
    func buildAndValidate() throws {
        let schema = try XMLSchema(data: Data(Self.schema.utf8), source: "well.xsd")
        let data = try well(api: "0402920040").documentData()
        let document = try XMLDocument(data: data, source: "well.xml")
        #expect(document.rootElementName == "well")
        #expect(schema.validate(document).isEmpty)
        #expect(String(decoding: data, as: UTF8.self).contains("idle &amp; deserted"), "text is escaped")
    }

    @Test("validation errors carry the line of the offending element")
    func validationErrorsHaveLines() throws {
        let schema = try XMLSchema(data: Data(Self.schema.utf8), source: "well.xsd")
        let data = try well(api: "04-029-20040", depth: "deep").documentData()
        let document = try XMLDocument(data: data, source: "bad-well.xml")
        let errors = schema.validate(document)
        #expect(errors.count == 2)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let apiLine = try #require(lines.firstIndex { $0.contains("<api>") }) + 1
        let depthLine = try #require(lines.firstIndex { $0.contains("<depthFeet>") }) + 1
        #expect(errors.map(\.line) == [apiLine, depthLine])
        #expect(errors.allSatisfy { $0.code == .validation && $0.source == "bad-well.xml" })
        #expect(errors[0].message.contains("api"))
        #expect(errors[0].description.hasPrefix("bad-well.xml:\(apiLine)"))
    }

    @Test("a malformed document is a parse error with line and column")
    func parseErrorHasPosition() {
        let text = "<?xml version=\"1.0\"?>\n<well>\n  <api>0402920040</api>\n  <status>idle</stat>\n</well>\n"
        do {
            _ = try XMLDocument(data: Data(text.utf8), source: "broken.xml")
            Issue.record("a mismatched tag must not parse")
        } catch {
            #expect(error.code == .parse)
            #expect(error.line == 4)
            #expect(error.column != nil)
        }
    }

    @Test("a broken schema is a schema error with a line")
    func brokenSchema() {
        let text = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n<xs:element name=\"a\" type=\"xs:nosuch\"/>\n</xs:schema>\n"
        do {
            _ = try XMLSchema(data: Data(text.utf8), source: "broken.xsd")
            Issue.record("an unknown type must not compile")
        } catch {
            #expect(error.code == .schema)
            #expect(error.line == 2)
        }
    }

    @Test("exclusive C14N gives the canonical bytes")
    func exclusiveCanonicalization() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment -->
            <p:root xmlns:p="urn:p" xmlns:unused="urn:unused" b="2"   a='1'><p:empty/><p:t>x &amp; y</p:t></p:root>
            """
        let document = try XMLDocument(data: Data(text.utf8), source: "c14n.xml")
        let canonical = String(decoding: try document.exclusiveCanonicalForm(), as: UTF8.self)
        #expect(canonical == #"<p:root xmlns:p="urn:p" a="1" b="2"><p:empty></p:empty><p:t>x &amp; y</p:t></p:root>"#)
    }

    @Test("an external entity (XXE) is never expanded")
    func externalEntityIsNotExpanded() throws {
        let directory = try Fixtures.temporaryDirectory("xxe")
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET-CONTENT".utf8).write(to: secret)
        let payload = """
            <?xml version="1.0"?>
            <!DOCTYPE well [ <!ENTITY xxe SYSTEM "file://\(secret.path)"> ]>
            <well>&xxe;</well>
            """
        if let document = try? XMLDocument(data: Data(payload.utf8), source: "xxe.xml") {
            #expect(!document.textContent.contains("TOP-SECRET"))
            #expect(!String(decoding: document.serialized(), as: UTF8.self).contains("TOP-SECRET"))
            #expect(!String(decoding: try document.exclusiveCanonicalForm(), as: UTF8.self).contains("TOP-SECRET"))
        }
    }

    @Test("a billion-laughs payload is neither expanded nor allowed to blow up")
    func billionLaughs() throws {
        var entities = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            entities += "<!ENTITY lol\(level) \"\(previous)\">\n"
        }
        let payload = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n\(entities)]>\n<lolz>&lol9;</lolz>\n"
        let started = Date()
        if let document = try? XMLDocument(data: Data(payload.utf8), source: "lol.xml") {
            #expect(document.textContent.utf8.count < 100_000)
            #expect(document.serialized().count < 100_000)
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test("a document never fetches its DTD or entities over the network")
    func neverTouchesNetwork() throws {
        let listener = try LoopbackListener()
        let payload = """
            <?xml version="1.0"?>
            <!DOCTYPE well SYSTEM "http://127.0.0.1:\(listener.port)/well.dtd" [
              <!ENTITY remote SYSTEM "http://127.0.0.1:\(listener.port)/entity.txt">
            ]>
            <well>&remote;</well>
            """
        _ = try? XMLDocument(data: Data(payload.utf8), source: "net.xml")
        #expect(!listener.receivedConnection(), "libxml2 connected to the loopback listener")
    }
}
