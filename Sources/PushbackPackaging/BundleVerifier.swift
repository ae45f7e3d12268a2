import Foundation
import PushbackArchive
import PushbackXML

/// Re-checks any filing bundle: that it opens, that the packaging parts and the manifest are
/// there, that every part the manifest lists is in the zip with its size and SHA-256, that
/// nothing unlisted is, and that every XML part in the filing namespace validates against the
/// 2026 schemas.
public struct BundleVerifier {
    /// One thing wrong, naming the part.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var part: String?
        public var message: String
        public var description: String { part.map { "\($0): \(message)" } ?? message }
    }

    /// What was checked.
    public struct Report: Sendable {
        public var parts: Int
        public var submissionID: String?
        public var sequence: String?
        public var problems: [Problem]
    }

    public let schemaPath: String

    public init(schemaPath: String) { self.schemaPath = schemaPath }

    public func verify(_ data: Data) -> Report {
        var report = Report(parts: 0, submissionID: nil, sequence: nil, problems: [])
        var archive: ZipArchive
        do { archive = try ZipArchive(data: data) } catch {
            report.problems.append(Problem(part: nil, message: "not a readable zip: \(error)"))
            return report
        }
        let schema: XMLSchema
        do { schema = try XMLSchema(path: schemaPath) } catch {
            report.problems.append(Problem(part: nil, message: "the filing schemas at \(schemaPath) do not compile: \(error)"))
            return report
        }
        report.parts = archive.names.count
        for required in [PackageFormat.contentTypes, PackageFormat.relationships, PackageFormat.coreProperties, PackageFormat.header, PackageFormat.manifest]
        where !archive.contains(required) {
            report.problems.append(Problem(part: required, message: "missing: every bundle has it"))
        }
        guard archive.contains(PackageFormat.manifest) else { return report }

        // The manifest first: what the package says it holds.
        var listed: [String: (sha256: String, size: Int)] = [:]
        do {
            let document = try XMLDocument(data: try archive.data(of: PackageFormat.manifest), source: PackageFormat.manifest)
            report.problems += schema.validate(document).map { Problem(part: PackageFormat.manifest, message: "does not validate: \($0.line.map { "line \($0): " } ?? "")\($0.message)") }
            let root = document.rootElement
            report.submissionID = root?.attribute("submissionId")
            report.sequence = root?.attribute("sequence")
            for part in root?.elements("Part") ?? [] {
                guard let name = part.attribute("name"), let sha = part.attribute("sha256") else { continue }
                listed[name] = (sha, Int(part.attribute("size") ?? "") ?? -1)
            }
        } catch {
            report.problems.append(Problem(part: PackageFormat.manifest, message: "does not read: \(error)"))
            return report
        }

        for name in archive.names where !listed.keys.contains(name) && !PackageFormat.unlisted.contains(name) {
            report.problems.append(Problem(part: name, message: "in the zip but not in the manifest"))
        }
        for name in listed.keys.sorted() {
            guard archive.contains(name) else {
                report.problems.append(Problem(part: name, message: "listed in the manifest but not in the zip"))
                continue
            }
            let bytes: Data
            do { bytes = try archive.data(of: name) } catch {
                report.problems.append(Problem(part: name, message: "cannot be read: \(error)"))
                continue
            }
            let expected = listed[name]!
            let actual = PackagePart.sha256(bytes)
            if actual != expected.sha256 {
                report.problems.append(Problem(part: name, message: "SHA-256 \(actual) is not the manifest's \(expected.sha256): the part was changed after the package was made"))
            } else if expected.size != bytes.count {
                report.problems.append(Problem(part: name, message: "\(bytes.count) bytes, the manifest says \(expected.size)"))
            }
            guard name.hasSuffix(".xml") else { continue }
            do {
                let document = try XMLDocument(data: bytes, source: name)
                if !PackageFormat.packagingParts.contains(name) {
                    report.problems += schema.validate(document).map { Problem(part: name, message: "does not validate: \($0.line.map { "line \($0): " } ?? "")\($0.message)") }
                }
            } catch {
                report.problems.append(Problem(part: name, message: "is not well-formed XML: \(error)"))
            }
        }
        return report
    }
}
