import PushbackModel

/// What one registry file yielded: entities with provenance, rows deliberately skipped (by
/// reason), and every problem, with lines.
public struct RegistryExtract: Sendable {
    public var mappingID: String
    /// What the records became (wells or receptors).
    public var entity: SourceMapping.Entity
    public var source: SourceReference
    public var encoding: SourceText.Encoding
    /// Data records seen (header excluded), whatever became of them.
    public var recordCount: Int
    /// Wells, column by column (`WellTable`): a row becomes a `Well` when read.
    public var wells = WellTable()
    public var receptors: [Receptor] = []
    /// Monthly production reports.
    public var production: [ProductionMonth] = []
    /// Gauge and SCADA pressure readings.
    public var readings: [PressureReading] = []
    /// Rows the mapping says are not entities of this kind (reason → count), e.g. district offices.
    public var excluded: [String: Int] = [:]
    /// Rows or blocks that could not be read, and fields that could not be used.
    public var problems: [IntakeProblem] = []
    /// Physical lines that belong to no entity because a problem swallowed them.
    public var linesNotRead: Int = 0
}
