import PushbackModel

/// The wells of one piece of a registry file, column by column: status and position as arrays,
/// the mapped text fields as the bytes written (decoded only when a row is turned into a
/// `Well`), and each record's place in the file. Registries run to millions of rows; a `Well`
/// value per row costs more than reading the row.
struct WellColumns: Sendable {
    /// The text cells kept per row.
    enum TextField: Int, CaseIterable {
        case api, name, `operator`, field, county, status, wellType, spudDate, statusDate

        var field: RowReader.Field {
            switch self {
            case .api: .api
            case .name: .name
            case .operator: .operator
            case .field: .field
            case .county: .county
            case .status: .status
            case .wellType: .wellType
            case .spudDate: .spudDate
            case .statusDate: .statusDate
            }
        }
    }

    /// The mapping, header and file the rows came from.
    let reader: RowReader
    /// The kept cells back to back; `textEnds` has one end per `TextField` per row.
    private var text: [UInt8] = []
    private var textEnds: [Int] = []
    /// Index into `statuses` per row.
    private var statusCodes: [UInt8] = []
    /// The distinct statuses seen, in order of first appearance.
    private var statuses: [WellStatus] = []
    /// Position per row (nil: none), and where it came from.
    private(set) var points: [GeoPoint?] = []
    private(set) var locationSources: [RowReader.LocationSource] = []
    private(set) var lines: [Int] = []
    private(set) var recordRanges: [Range<Int>] = []

    init(reader: RowReader) { self.reader = reader }

    var count: Int { lines.count }

    /// Makes room for `rows` rows whose kept cells total at most `textBytes` (memory not yet
    /// written costs nothing; growing by copies does).
    mutating func reserveCapacity(rows: Int, textBytes: Int) {
        text.reserveCapacity(textBytes)
        textEnds.reserveCapacity(rows * TextField.allCases.count)
        statusCodes.reserveCapacity(rows)
        points.reserveCapacity(rows)
        locationSources.reserveCapacity(rows)
        lines.reserveCapacity(rows)
        recordRanges.reserveCapacity(rows)
    }

    /// Appends a row: its cells for each `TextField` in order (trimmed bytes as written), status,
    /// position and place.
    mutating func append(cells: (TextField) -> UnsafeBufferPointer<UInt8>, status: WellStatus, point: GeoPoint?, source: RowReader.LocationSource, line: Int, recordRange: Range<Int>) {
        for field in TextField.allCases {
            text.append(contentsOf: cells(field))
            textEnds.append(text.count)
        }
        if let code = statuses.firstIndex(of: status) {
            statusCodes.append(UInt8(code))
        } else {
            statusCodes.append(UInt8(statuses.count))
            statuses.append(status)
        }
        points.append(point)
        locationSources.append(source)
        lines.append(line)
        recordRanges.append(recordRange)
    }

    /// Row `row`'s cell for `field`, as written.
    func cell(_ row: Int, _ field: TextField) -> String {
        let slot = row * TextField.allCases.count + field.rawValue
        let start = slot == 0 ? 0 : textEnds[slot - 1]
        return String(decoding: text[start..<textEnds[slot]], as: UTF8.self)
    }

    func status(_ row: Int) -> WellStatus { statuses[Int(statusCodes[row])] }

    /// Row `row` as a `Well`.
    func well(at row: Int) -> Well { reader.well(self, at: row) }
}
