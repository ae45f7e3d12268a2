import CProj

/// Why PROJ could not set up or run a coordinate transformation.
public struct ProjectionError: Error, Sendable, CustomStringConvertible {
    public var source: String
    public var target: String
    public var message: String
    public var description: String { "cannot transform \(source) → \(target): \(message)" }
}

/// Transforms coordinates between two coordinate reference systems with PROJ, offline, from
/// PROJ's bundled database. Axis order is normalized to longitude/easting first.
///
/// Owns a PROJ context and transformation; not safe to share between threads (PROJ objects are
/// per-context), so it is deliberately not `Sendable`: make one per task.
public final class CoordinateTransformer {
    public let source: String
    public let target: String
    private let context: OpaquePointer
    private let transformation: OpaquePointer

    /// Creates a transformation such as `EPSG:26913` (UTM 13N, NAD83) → `EPSG:4326` (WGS84).
    public init(source: String, target: String) throws(ProjectionError) {
        self.source = source
        self.target = target
        guard let context = proj_context_create() else {
            throw ProjectionError(source: source, target: target, message: "PROJ context could not be created")
        }
        proj_context_set_enable_network(context, 0)
        proj_log_level(context, PJ_LOG_NONE)
        guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
            let message = Self.lastError(context)
            proj_context_destroy(context)
            throw ProjectionError(source: source, target: target, message: message)
        }
        guard let normalized = proj_normalize_for_visualization(context, raw) else {
            let message = Self.lastError(context)
            proj_destroy(raw)
            proj_context_destroy(context)
            throw ProjectionError(source: source, target: target, message: message)
        }
        proj_destroy(raw)
        self.context = context
        self.transformation = normalized
    }

    deinit {
        proj_destroy(transformation)
        proj_context_destroy(context)
    }

    /// Transforms one coordinate pair (x = easting or longitude, y = northing or latitude).
    public func transform(x: Double, y: Double) throws(ProjectionError) -> (x: Double, y: Double) {
        let input = proj_coord(x, y, 0, 0)
        let output = proj_trans(transformation, PJ_FWD, input)
        let result = (x: output.xy.x, y: output.xy.y)
        guard result.x.isFinite, result.y.isFinite else {
            throw ProjectionError(source: source, target: target, message: "(\(x), \(y)) is outside the transformation's domain")
        }
        return result
    }

    private static func lastError(_ context: OpaquePointer) -> String {
        let code = proj_context_errno(context)
        guard let text = proj_context_errno_string(context, code) else { return "PROJ error \(code)" }
        return String(cString: text)
    }
}
