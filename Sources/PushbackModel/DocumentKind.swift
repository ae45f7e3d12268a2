/// What a document is, decided from its content (form titles, numbers, header signatures),
/// never from its file name. An open set: new extractors add kinds.
public struct DocumentKind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let rrcW1 = DocumentKind(rawValue: "rrc-w1")
    public static let rrcW1H = DocumentKind(rawValue: "rrc-w1h")
    public static let rrcW2 = DocumentKind(rawValue: "rrc-w2")
    public static let rrcW3 = DocumentKind(rawValue: "rrc-w3")
    public static let rrcW3A = DocumentKind(rawValue: "rrc-w3a")
    public static let rrcW12 = DocumentKind(rawValue: "rrc-w12")
    public static let rrcW15 = DocumentKind(rawValue: "rrc-w15")
    public static let rrcL1 = DocumentKind(rawValue: "rrc-l1")
    public static let rrcGroundwaterLetter = DocumentKind(rawValue: "rrc-gau-letter")
    public static let rrcSWR10Letter = DocumentKind(rawValue: "rrc-swr10-letter")
    public static let rrcPluggingGuidance = DocumentKind(rawValue: "rrc-plugging-guidance")
    public static let platImage = DocumentKind(rawValue: "plat-image")
    public static let blm3160_5 = DocumentKind(rawValue: "blm-3160-5")
    public static let ecmcScoutTicket = DocumentKind(rawValue: "ecmc-scout-ticket")
    public static let wellLogHeader = DocumentKind(rawValue: "well-log-header")
    public static let operatorLetter = DocumentKind(rawValue: "operator-letter")
    /// A job safety analysis (job hazard analysis, tailgate meeting record).
    public static let jsa = DocumentKind(rawValue: "jsa")

    /// Every kind a reader classifies documents as.
    public static let known: Set<DocumentKind> = [
        .rrcW1, .rrcW1H, .rrcW2, .rrcW3, .rrcW3A, .rrcW12, .rrcW15, .rrcL1, .rrcGroundwaterLetter, .rrcSWR10Letter,
        .rrcPluggingGuidance, .platImage, .blm3160_5, .ecmcScoutTicket, .wellLogHeader, .operatorLetter, .jsa,
    ]

    public var description: String { rawValue }
}
