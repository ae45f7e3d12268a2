/// Why a sweep could not run or finish, mapped to the documented exit codes.
public enum SweepError: Error, Sendable, CustomStringConvertible {
    /// The rule bundle (rules, jurisdictions, mappings) is invalid: exit 4.
    case invalidBundle(String)
    /// Configuration or arguments that cannot work (missing inbox, bad date): exit 78.
    case configuration(String)
    /// Something failed that should not have (database, disk): exit 70.
    case internalFailure(String)
    /// Another sweep holds the lock: exit 11.
    case locked(RunLock.Held)

    public var exitCode: Int32 {
        switch self {
        case .invalidBundle: 4
        case .configuration: 78
        case .internalFailure: 70
        case .locked: 11
        }
    }

    public var description: String {
        switch self {
        case .invalidBundle(let message): "rule bundle invalid: \(message)"
        case .configuration(let message): "configuration error: \(message)"
        case .internalFailure(let message): "internal error: \(message)"
        case .locked(let held): "locked: \(held)"
        }
    }
}
