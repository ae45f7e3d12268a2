import Foundation

/// The fixed names of a filing bundle: its tool version, its schema file, the parts every
/// bundle has.
public enum PackageFormat {
    /// Pushback's version as the Citation's `format` names it.
    public static let toolVersion = "0.1.0"
    /// The schema every XML part of the namespace validates against, under the bundle root.
    public static let schemaPath = "schemas/2026/pushback-filing-2026.xsd"
    public static let contentTypes = "[Content_Types].xml"
    public static let relationships = "_rels/.rels"
    public static let coreProperties = "docProps/core.xml"
    public static let header = "header.xml"
    public static let manifest = "manifest.xml"
    /// Parts no manifest lists: the manifest itself.
    static let unlisted: Set<String> = [manifest]
    /// Parts in other namespaces (Open Packaging Conventions), checked for form, not against the schema.
    static let packagingParts: Set<String> = [contentTypes, relationships, coreProperties]
}
