/// How a sweep ended, as recorded in the database and shown in the report's banner.
public enum RunStatus: String, Sendable, Codable {
    /// Started and not finished: if it stays so, the run was interrupted.
    case running
    /// Every document was read.
    case complete
    /// Finished, but some whole documents could not be read (quarantined).
    case partial
    /// Stopped by an error before it finished.
    case failed
}
