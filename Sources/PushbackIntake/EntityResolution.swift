import PushbackModel

/// Which documents speak of the same well, operator or lease, whatever their spelling: API
/// numbers by their ten-digit well number (`00346118` on a W-3A and `42-003-46118` on a W-2),
/// operators by `OperatorName.key`, RRC leases by district and lease number together (lease
/// numbers repeat across districts), BLM leases by `BLMLeaseSerial.key` with possible aliases.
public struct EntityResolution: Sendable {
    public enum Kind: String, Sendable, Comparable {
        case well, `operator`, rrcLease = "rrc-lease", blmLease = "blm-lease"
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Where a document names the entity.
    public struct Mention: Sendable, Hashable {
        public var file: String
        public var fact: String
        /// As written.
        public var raw: String
        public var page: Int?
        public var line: Int?
    }

    public struct Entity: Sendable {
        public var kind: Kind
        public var key: String
        public var mentions: [Mention]
        /// Keys of other entities that may be the same one (for a person to confirm).
        public var possibleAliases: [String]
        /// Files that mention it, in order.
        public var files: [String] { mentions.map(\.file).reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
    }

    /// Every entity any document names, sorted by kind and key.
    public var entities: [Entity]

    public init(_ extracts: [DocumentExtract]) {
        var found: [String: Entity] = [:]
        func add(_ kind: Kind, _ key: String, _ fact: Fact, file: String, aliases: [String] = []) {
            let id = kind.rawValue + ":" + key
            let mention = Mention(file: file, fact: fact.name, raw: fact.raw, page: fact.evidence.page, line: fact.evidence.line)
            found[id, default: Entity(kind: kind, key: key, mentions: [], possibleAliases: aliases)].mentions.append(mention)
        }
        for extract in extracts {
            let file = extract.source.path
            for fact in extract.facts {
                guard let value = fact.normalized else { continue }
                switch fact.name {
                case "api":
                    if let api = try? APIWellNumber.parse(value) { add(.well, api.wellNumber, fact, file: file) }
                case "operator":
                    let name = OperatorName(value)
                    if !name.key.isEmpty { add(.operator, name.key, fact, file: file) }
                case "lease_serial":
                    if let serial = BLMLeaseSerial(fact.raw) { add(.blmLease, serial.key, fact, file: file, aliases: serial.possibleAliases) }
                case "lease_number" where extract.kind.rawValue.hasPrefix("rrc-"):
                    // Only with the district from the same document: a lease number alone is ambiguous.
                    if let district = extract.facts.first(where: { $0.name == "district" && $0.normalized != nil })?.normalized {
                        add(.rrcLease, "\(district)-\(value)", fact, file: file)
                    }
                default:
                    continue
                }
            }
        }
        entities = found.values.sorted { ($0.kind, $0.key) < ($1.kind, $1.key) }
    }

    /// Entities named by more than one file, or possibly the same as another entity found:
    /// what ties the documents together.
    public var shared: [Entity] {
        let keys = Set(entities.map { "\($0.kind.rawValue):\($0.key)" })
        return entities.filter { entity in
            entity.files.count > 1 || entity.possibleAliases.contains { keys.contains("\(entity.kind.rawValue):\($0)") }
        }
    }
}
