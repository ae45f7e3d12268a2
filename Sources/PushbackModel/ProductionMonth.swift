/// One well's monthly production report (e.g. Colorado ECMC Form 7): status, days produced,
/// oil inventory and volumes, gas, water, and the tubing and casing pressures when reported.
/// Every quantity is optional: reports leave most of them blank, and blank is not zero.
public struct ProductionMonth: Sendable, Hashable {
    /// Volumes a report may give, named as in mapping files.
    public enum VolumeKind: String, Sendable, Hashable, CaseIterable {
        case oilBOMInventory = "oil_bom_inventory", oilProduced = "oil_produced", oilSold = "oil_sold"
        case oilAdjustment = "oil_adjustment", oilEOMInventory = "oil_eom_inventory"
        case gasProduced = "gas_produced", gasFlared = "gas_flared", gasUsed = "gas_used", gasSold = "gas_sold"
        case waterProduced = "water_produced"
    }

    /// Pressures a report may give, named as in mapping files.
    public enum PressureKind: String, Sendable, Hashable, CaseIterable {
        case gasTubing = "gas_tubing_pressure", gasCasing = "gas_casing_pressure"
        case waterTubing = "water_tubing_pressure", waterCasing = "water_casing_pressure"
    }

    public var api: APIWellNumber
    /// `YYYY-MM`.
    public var month: String
    public var daysProduced: Int?
    public var status: WellStatus
    public var rawStatus: String
    public var operatorName: String?
    public var formation: String?
    public var volumes: [VolumeKind: Volume]
    public var pressures: [PressureKind: Pressure]
    /// The report row as written.
    public var provenance: Evidence
    /// Quantities written but not readable as numbers (their field problems say why): unknown, not blank.
    public var unreadable: Set<VolumeKind> = []

    public init(
        api: APIWellNumber, month: String, daysProduced: Int?, status: WellStatus, rawStatus: String, operatorName: String?,
        formation: String?, volumes: [VolumeKind: Volume], pressures: [PressureKind: Pressure], provenance: Evidence
    ) {
        self.api = api
        self.month = month
        self.daysProduced = daysProduced
        self.status = status
        self.rawStatus = rawStatus
        self.operatorName = operatorName
        self.formation = formation
        self.volumes = volumes
        self.pressures = pressures
        self.provenance = provenance
    }
}
