import PushbackModel

/// How sure "within distance d" is when positions are uncertain.
public enum ProximityVerdict: String, Sendable, Hashable, Codable {
    /// Within d wherever, inside their uncertainty, the two really are.
    case definitely
    /// Within d for some of the positions the uncertainty allows: a person must look.
    case possibly
    /// Not within d for any position the uncertainty allows.
    case no

    /// Classifies a measured point-to-point distance against a threshold.
    ///
    /// - Parameters:
    ///   - distance: between the two published points.
    ///   - threshold: the rule's distance d.
    ///   - uncertainty: the two positions' uncertainty radii added together.
    ///   - extent: how far the protected place may reach beyond its point toward the other (a
    ///     parcel measured to its property line); it can only bring the two closer.
    public static func classify(distance: Distance, threshold: Distance, uncertainty: Distance, extent: Distance = .meters(0)) -> ProximityVerdict {
        if distance + uncertainty <= threshold { return .definitely }
        if distance - uncertainty - extent <= threshold { return .possibly }
        return .no
    }
}
