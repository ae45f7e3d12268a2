import Foundation
import PushbackArchive
import PushbackXML

/// Builds a filing bundle: business rules first (a Fatal one refuses), then every XML part
/// generated through libxml2, validated against the 2026 schemas before anything is written,
/// and exclusively canonicalized; then the HTML renderings (read back from the parts), the
/// evidence, the envelope, the manifest with every part's SHA-256, and the Open Packaging zip.
/// The same bundle gives the same bytes.
public struct BundleBuilder {
    /// Why no package was written: every problem, each naming the form, box or part.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var problems: [String]
        public var description: String { problems.joined(separator: "\n") }
    }

    /// A package and what went into it.
    public struct Built: Sendable {
        public var data: Data
        public var parts: [PackagePart]
        public var warnings: [BusinessRule.Violation]
    }

    public let schemaPath: String

    public init(schemaPath: String) { self.schemaPath = schemaPath }

    public func build(_ bundle: FilingBundle) throws(Refusal) -> Built {
        guard !bundle.notices.isEmpty else {
            throw Refusal(problems: ["no sundry notice (BLM Form 3160-5) for lease \(bundle.leaseSerial) among the run's documents: put the filing in the inbox and run the sweep again"])
        }
        let violations = BusinessRule.violations(of: bundle)
        let fatal = violations.filter { $0.severity == .fatal }
        guard fatal.isEmpty else { throw Refusal(problems: fatal.map(\.description)) }
        let schema: XMLSchema
        do { schema = try XMLSchema(path: schemaPath) } catch { throw Refusal(problems: ["the filing schemas at \(schemaPath) do not compile: \(error)"]) }

        var parts: [PackagePart] = []
        var problems: [String] = []
        // An amendment replaces the parts of the submission it amends.
        let operation = bundle.correction == .original ? "new" : "replace"
        func add(_ element: XMLElement, name: String, role: PackagePart.Role, validated: Bool = true) -> XMLDocument? {
            do {
                let document = try XMLDocument(data: try element.documentData(), source: name)
                if validated {
                    let errors = schema.validate(document)
                    guard errors.isEmpty else {
                        problems += errors.map { "\(name) does not validate against \(PackageFormat.schemaPath): \($0.line.map { "line \($0): " } ?? "")\($0.message)" }
                        return nil
                    }
                }
                parts.append(PackagePart(name: name, contentType: "application/xml", role: role, data: try document.exclusiveCanonicalForm(), operation: operation))
                return document
            } catch {
                problems.append("\(name) could not be written: \(error)")
                return nil
            }
        }

        for notice in bundle.notices where bundle.forms.contains(.sundryNotice) {
            let stem = "3160-5-\(notice.api.value)-\(notice.source.sha256.prefix(12))"
            if let document = add(PackageParts.sundryNotice(notice, bundle: bundle), name: "forms/\(stem).xml", role: .form), let root = document.rootElement {
                parts.append(PackagePart(name: "renderings/\(stem).html", contentType: "text/html", role: .rendering,
                                         data: Data(FormRendering.sundryNotice(root, part: "forms/\(stem).xml").utf8), operation: operation))
            }
        }
        if bundle.forms.contains(.findingsReport) {
            _ = add(PackageParts.findingsReport(bundle), name: "reports/findings.xml", role: .report)
        }
        for well in bundle.wells where bundle.forms.contains(.wellStatusReport) {
            _ = add(PackageParts.wellStatusReport(well, bundle: bundle), name: "reports/well-status-\(well.api).xml", role: .report)
        }
        for document in bundle.evidence {
            guard let bytes = document.bytes else { continue }
            let file = (document.source.path as NSString).lastPathComponent
            parts.append(PackagePart(name: "evidence/\(document.source.sha256.prefix(12))-\(file)", contentType: Self.contentType(of: file), role: .evidence, data: bytes, operation: operation))
        }
        let warnings = violations.filter { $0.severity == .warning }
        _ = add(PackageParts.header(bundle, warnings: warnings), name: PackageFormat.header, role: .envelope)
        _ = add(PackageParts.coreProperties(bundle), name: PackageFormat.coreProperties, role: .package, validated: false)
        _ = add(PackageParts.relationships(bundle), name: PackageFormat.relationships, role: .package, validated: false)
        guard problems.isEmpty else { throw Refusal(problems: problems) }
        let manifestPart = PackagePart(name: PackageFormat.manifest, contentType: "application/xml", role: .package, data: Data())
        _ = add(PackageParts.contentTypes(parts + [manifestPart]), name: PackageFormat.contentTypes, role: .package, validated: false)
        _ = add(PackageParts.manifest(parts, bundle: bundle), name: PackageFormat.manifest, role: .package)
        guard problems.isEmpty else { throw Refusal(problems: problems) }

        let first = [PackageFormat.contentTypes, PackageFormat.relationships, PackageFormat.coreProperties, PackageFormat.header, PackageFormat.manifest]
        let ordered = first.compactMap { name in parts.first { $0.name == name } } + parts.filter { !first.contains($0.name) }
        do {
            let data = try ZipWriter.archive(ordered.map { ($0.name, $0.data) }, modified: Self.date(bundle.asOf))
            return Built(data: data, parts: ordered, warnings: warnings)
        } catch { throw Refusal(problems: ["the package could not be zipped: \(error)"]) }
    }

    static func contentType(of file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "pdf": "application/pdf"
        case "xml": "application/xml"
        case "html", "htm": "text/html"
        case "txt", "md", "csv": "text/plain"
        default: "application/octet-stream"
        }
    }

    /// Midnight of the as-of date in the local calendar, so the zip's DOS times read the as-of
    /// date wherever the package is built.
    static func date(_ asOf: String) -> Date {
        let parts = asOf.split(separator: "-").compactMap { Int($0) }
        let components = DateComponents(year: parts.first, month: parts.count > 1 ? parts[1] : 1, day: parts.count > 2 ? parts[2] : 1)
        return Calendar(identifier: .gregorian).date(from: components) ?? Date(timeIntervalSince1970: 0)
    }
}
