import Crypto
import Foundation

/// One file of a filing bundle, with what the manifest says of it.
public struct PackagePart: Sendable, Hashable {
    public enum Role: String, Sendable, CaseIterable {
        case envelope, form, report, rendering, evidence, package
    }

    public var name: String
    public var contentType: String
    public var role: Role
    public var data: Data
    /// `new`, `replace` or `delete`, against the submission this one amends.
    public var operation: String

    public init(name: String, contentType: String, role: Role, data: Data, operation: String = "new") {
        self.name = name
        self.contentType = contentType
        self.role = role
        self.data = data
        self.operation = operation
    }

    public var sha256: String { PackagePart.sha256(data) }

    static func sha256(_ data: Data) -> String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }
}
