import Crypto
import Foundation

/// RFC 9562 version-5 (SHA-1, name-based) UUIDs: the same business key always gives the same
/// identifier, so a package's identifiers never depend on when or where it was built.
public enum NameBasedUUID {
    /// Pushback's namespace for filing objects: itself the version-5 UUID of
    /// `urn:pushback:filing` in the RFC's URL namespace.
    public static let namespace = make(name: "urn:pushback:filing", namespace: UUID(uuidString: "6ba7b811-9dad-11d1-80b4-00c04fd430c8")!)

    /// `make(name: "sundry-notice NMNM12345 3001512345 0001")`, lower case.
    public static func string(_ name: String) -> String { make(name: name, namespace: namespace).uuidString.lowercased() }

    static func make(name: String, namespace: UUID) -> UUID {
        var bytes = withUnsafeBytes(of: namespace.uuid) { Array($0) }
        bytes += Array(name.utf8)
        var hash = Array(Insecure.SHA1.hash(data: bytes).prefix(16))
        hash[6] = (hash[6] & 0x0F) | 0x50
        hash[8] = (hash[8] & 0x3F) | 0x80
        return UUID(uuid: (hash[0], hash[1], hash[2], hash[3], hash[4], hash[5], hash[6], hash[7], hash[8], hash[9], hash[10], hash[11], hash[12], hash[13], hash[14], hash[15]))
    }
}
