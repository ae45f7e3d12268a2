import Foundation
import PushbackGeo
import PushbackGeodesy
import PushbackModel

/// Turns one record into a model entity according to a mapping, collecting problems.
struct RowReader: Sendable {
    /// The entity fields a mapping can fill.
    enum Field: Int, CaseIterable {
        case api, name, `operator`, field, county, wellType, latitude, longitude, status, spudDate, statusDate
        case id, kind, category, city
        case month, daysProduced, formation
        case time, utcOffset, point, value, unit, gauge

        /// The field's name in mapping files.
        var key: String {
            switch self {
            case .wellType: "well_type"
            case .daysProduced: "days_produced"
            case .spudDate: "spud_date"
            case .statusDate: "status_date"
            case .utcOffset: "utc_offset"
            default: String(describing: self)
            }
        }
    }

    /// A quantity column of a production mapping, with its unit from the header or the mapping.
    struct QuantityColumn: Sendable {
        var name: String
        var column: String
        var index: Int
        var unit: String
    }

    /// A field's rule and the index of its column in this file, resolved once per file.
    /// (A class: rows read it millions of times, and a reference copies in one retain.)
    private final class Resolved: Sendable {
        let rule: SourceMapping.FieldRule
        let index: Int?

        init(rule: SourceMapping.FieldRule, index: Int?) {
            self.rule = rule
            self.index = index
        }
    }

    let mapping: SourceMapping
    let header: [String]
    let source: SourceReference
    /// The file's UTF-8 text, for quoting records exactly as written.
    let text: [UInt8]
    private let resolved: [Resolved?]
    /// The longest "missing" marker (`NA`, …): longer cells are never missing.
    private let longestMissingValue: Int

    init(mapping: SourceMapping, header: [String], columnIndex: [String: Int], source: SourceReference, text: [UInt8]) {
        self.mapping = mapping
        self.header = header
        self.source = source
        self.text = text
        resolved = Field.allCases.map { field in
            mapping.fields[field.key].map { Resolved(rule: $0, index: $0.column.flatMap { columnIndex[$0] }) }
        }
        longestMissingValue = mapping.missingValues.map(\.utf8.count).max() ?? 0
        geometryIndex = mapping.geometry.flatMap { columnIndex[$0.column] }
        textColumns = WellColumns.TextField.allCases.map { [resolved] in resolved[$0.field.rawValue]?.index }
        // A copy of its own: threads reading pieces then never share its storage's reference count.
        statusVocabulary = mapping.fields["status"]?.vocabulary.flatMap { WellStatusVocabulary.builtIn[$0] }.map { WellStatusVocabulary(name: $0.name, terms: $0.terms) }
        exclusionColumns = mapping.exclusions.map { ($0, columnIndex[$0.column]) }
        var quantities: [QuantityColumn] = []
        var conflict: String?
        let quantityNames = ProductionMonth.VolumeKind.allCases.map(\.rawValue) + ProductionMonth.PressureKind.allCases.map(\.rawValue)
        for name in quantityNames {
            guard let rule = mapping.fields[name], let column = rule.column, let index = columnIndex[column] else { continue }
            // Units in headers: `Gas Tubing Pressure (kPa)`, `Oil Produced [bbl]`.
            let headerUnit = column.firstMatch(of: /[(\[]\s*([A-Za-z0-9]+)\s*[)\]]\s*$/).map { String($0.1).lowercased() }
            let mappingUnit = rule.unit?.lowercased()
            if let headerUnit, let mappingUnit, headerUnit != mappingUnit {
                conflict = "column \"\(column)\" says \(headerUnit) but mapping \(mapping.id) says \(mappingUnit)"
            }
            quantities.append(QuantityColumn(name: name, column: column, index: index, unit: headerUnit ?? mappingUnit ?? ""))
        }
        quantityColumns = quantities
        unitConflict = conflict
    }

    private let exclusionColumns: [(SourceMapping.Exclusion, Int?)]
    /// Volume and pressure columns of a production mapping.
    let quantityColumns: [QuantityColumn]
    /// A column whose header names a unit other than the mapping's, which would misread every row.
    let unitConflict: String?
    private let geometryIndex: Int?
    /// The column of each `WellColumns.TextField` (nil: not mapped to a column).
    private let textColumns: [Int?]
    /// The built-in status vocabulary the mapping names, looked up once.
    private let statusVocabulary: WellStatusVocabulary?

    /// The value of a mapped field: nil when unmapped or missing (`NA`, blank, …).
    func value(_ field: Field, in record: DelimitedRecordView) -> (raw: String?, value: String?) {
        guard let resolved = resolved[field.rawValue] else { return (nil, nil) }
        return value(resolved, cell: resolved.index.map { record[$0] })
    }

    /// The value of a mapped field whose cell (when it has a column) is `cell`.
    func value(_ field: Field, cell: String) -> (raw: String?, value: String?) {
        guard let resolved = resolved[field.rawValue] else { return (nil, nil) }
        return value(resolved, cell: resolved.index == nil ? nil : cell)
    }

    /// `cell`: the field's cell, nil when it has no column (a constant, or nothing).
    private func value(_ resolved: Resolved, cell: String?) -> (raw: String?, value: String?) {
        var raw: String?
        if let cell {
            raw = cell.utf8.count <= longestMissingValue && mapping.missingValues.contains(cell) ? nil : cell
        } else {
            raw = resolved.rule.constant
        }
        guard let raw else { return (nil, resolved.rule.column == nil ? nil : resolved.rule.otherwise) }
        if !resolved.rule.values.isEmpty, let mapped = resolved.rule.values[raw.lowercased()] { return (raw, mapped) }
        return (raw, resolved.rule.otherwise ?? raw)
    }

    /// The reason this row is excluded, if a mapping exclusion matches it.
    func exclusion(_ record: DelimitedRecordView) -> String? {
        for (exclusion, index) in exclusionColumns {
            guard let index else { continue }
            if exclusion.values.contains(record[index].lowercased()) { return exclusion.reason }
        }
        return nil
    }

    /// The record as written (its first 300 bytes, cut at a character boundary), with its line.
    func evidence(_ record: DelimitedRecordView, field: String? = nil) -> Evidence {
        evidence(range: record.byteRange, line: record.firstLine, field: field)
    }

    /// The record at `range` of the text, starting on `line`, as written (see above).
    func evidence(range: Range<Int>, line: Int, field: String?) -> Evidence {
        var range = range
        let isCut = range.count > 300
        if isCut {
            range = range.lowerBound..<(range.lowerBound + 300)
            while range.upperBound > range.lowerBound, text[range.upperBound] & 0xC0 == 0x80 { range = range.lowerBound..<(range.upperBound - 1) }
        }
        let quote = String(decoding: text[range], as: UTF8.self) + (isCut ? "…" : "")
        return Evidence(source: source, line: line, field: field, quote: quote)
    }

    func problem(_ record: DelimitedRecordView, field: String?, _ reason: String, scope: IntakeProblem.Scope = .record) -> IntakeProblem {
        IntakeProblem(scope: scope, source: source, firstLine: record.firstLine, lastLine: record.lastLine, field: field, reason: reason)
    }

    func column(_ field: Field) -> String? { resolved[field.rawValue]?.rule.column }

    // MARK: - Location

    /// Where a location was read from.
    enum LocationSource: UInt8, Sendable {
        case coordinates, geometry
    }

    /// The location: from a geometry column reprojected with `projector` when the mapping has
    /// one (checked against latitude/longitude when those are given too), else from
    /// latitude/longitude. Nil with a problem when present but unusable, nil alone when absent.
    func location(_ record: DelimitedRecordView, projector: CoordinateTransformer?) -> (Location?, IntakeProblem?) {
        let (point, source, problem) = point(record, projector: projector)
        return (point.map { location($0, from: source) }, problem)
    }

    /// The location of a point read from `source`, with the mapping's uncertainty and basis.
    func location(_ point: GeoPoint, from source: LocationSource) -> Location {
        Location(point: point, uncertainty: mapping.locationUncertainty, basis: source == .geometry ? geometryBasis : mapping.locationBasis)
    }

    /// The point of `location(_:projector:)` and which columns it came from.
    func point(_ record: DelimitedRecordView, projector: CoordinateTransformer?) -> (GeoPoint?, LocationSource, IntakeProblem?) {
        let fromColumns = coordinates(record)
        guard let geometry = mapping.geometry, let index = geometryIndex else { return (fromColumns.0, .coordinates, fromColumns.1) }
        let wkt = record[index]
        guard !wkt.isEmpty, !mapping.missingValues.contains(wkt) else { return (fromColumns.0, .coordinates, fromColumns.1) }
        guard let (x, y) = Self.wktPoint(wkt) else {
            return (fromColumns.0, .coordinates, problem(record, field: geometry.column, "\(geometry.column) \"\(wkt.prefix(80))\" is not a WKT POINT; \(fromColumns.0 == nil ? "no location" : "latitude/longitude used")", scope: .field))
        }
        guard let projector, let projected = try? projector.transform(x: x, y: y), let point = GeoPoint(latitude: projected.y, longitude: projected.x) else {
            return (fromColumns.0, .coordinates, problem(record, field: geometry.column, "\(geometry.column) POINT (\(x) \(y)) cannot be transformed from \(geometry.crs) to WGS84; \(fromColumns.0 == nil ? "no location" : "latitude/longitude used")", scope: .field))
        }
        if let given = fromColumns.0 {
            let apart = GeodesicDistance.meters(point.latitude, point.longitude, given.latitude, given.longitude)
            if apart > geometry.agreeWithin.meters {
                return (point, .geometry, problem(record, field: geometry.column, String(format: "%@ (%@) and latitude/longitude are %.0f m apart, more than the %.0f m the mapping allows; the reprojected geometry (%.6f, %.6f) is used", geometry.column, geometry.crs, apart, geometry.agreeWithin.meters, point.latitude, point.longitude), scope: .field))
            }
        }
        return (point, .geometry, fromColumns.1)
    }

    /// How a point read from the geometry column was obtained.
    var geometryBasis: String {
        guard let geometry = mapping.geometry else { return mapping.locationBasis }
        return mapping.locationBasis + " (\(geometry.column), \(geometry.crs) reprojected to WGS84 with PROJ)"
    }

    /// `POINT (729588.77 4473970.20)` (or `POINT Z (…)`, any case) → (x, y).
    static func wktPoint(_ text: String) -> (Double, Double)? {
        guard let match = text.wholeMatch(of: /\s*(?i:point)\s*(?i:z|m|zm)?\s*\(\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)(?:\s+[-+0-9.eE]+){0,2}\s*\)\s*/),
              let x = Double(match.1), let y = Double(match.2), x.isFinite, y.isFinite else { return nil }
        return (x, y)
    }

    /// Latitude/longitude columns.
    private func coordinates(_ record: DelimitedRecordView) -> (GeoPoint?, IntakeProblem?) {
        let latitude = value(.latitude, in: record).raw
        let longitude = value(.longitude, in: record).raw
        guard let latitude, let longitude else {
            if latitude == nil && longitude == nil { return (nil, nil) }
            return (nil, problem(record, field: column(latitude == nil ? .latitude : .longitude), "has only one of latitude and longitude; location not used", scope: .field))
        }
        guard let lat = DecimalNumber.parse(latitude), let lon = DecimalNumber.parse(longitude) else {
            return (nil, problem(record, field: column(.latitude), "latitude \"\(latitude)\" / longitude \"\(longitude)\" are not numbers; location not used", scope: .field))
        }
        guard let point = GeoPoint(latitude: lat, longitude: lon) else {
            return (nil, problem(record, field: column(.latitude), "latitude \(latitude) / longitude \(longitude) is not a position on Earth; location not used", scope: .field))
        }
        if lat == 0 && lon == 0 {
            return (nil, problem(record, field: column(.latitude), "latitude/longitude 0, 0 is a placeholder, not a location; location not used", scope: .field))
        }
        return (point, nil)
    }

    // MARK: - Entities

    /// The row's API number, or the problem that keeps the row from being read.
    func apiNumber(_ record: DelimitedRecordView) -> (APIWellNumber?, IntakeProblem?) {
        guard let text = value(.api, in: record).raw else {
            return (nil, problem(record, field: column(.api), "has no API well number; row not read"))
        }
        do { return (try APIWellNumber.parse(text, assumedStateCode: mapping.apiStateCode), nil) } catch {
            return (nil, problem(record, field: column(.api), "\(error); row not read"))
        }
    }

    /// Checks one well row and, when it has a usable API number, appends it to `columns`.
    /// Returns whether it was appended and the problems found.
    func appendWell(_ record: DelimitedRecordView, projector: CoordinateTransformer?, to columns: inout WellColumns) -> (appended: Bool, problems: [IntakeProblem]) {
        guard let apiText = value(.api, in: record).raw else {
            return (false, [problem(record, field: column(.api), "has no API well number; row not read")])
        }
        if let error = APIWellNumber.problem(in: apiText, assumedStateCode: mapping.apiStateCode) {
            return (false, [problem(record, field: column(.api), "\(error); row not read")])
        }
        var problems: [IntakeProblem] = []
        let (rawStatus, mappedStatus) = value(.status, in: record)
        var status = WellStatus.unknown
        if let vocabulary = statusVocabulary {
            if let rawStatus, let known = vocabulary.status(for: rawStatus) {
                status = known
            } else {
                problems.append(problem(record, field: column(.status), "status \"\(rawStatus ?? "")\" is not in the \(vocabulary.name) vocabulary; treated as unknown", scope: .field))
            }
        } else if let mappedStatus {
            status = WellStatus(rawValue: mappedStatus)
        }
        let (point, locationSource, locationProblem) = point(record, projector: projector)
        if let locationProblem { problems.append(locationProblem) }
        columns.append(
            cells: { field in textColumns[field.rawValue].map { record.trimmedBytes(of: $0) } ?? UnsafeBufferPointer(start: nil, count: 0) },
            status: status, point: point, source: locationSource, line: record.firstLine, recordRange: record.byteRange
        )
        return (true, problems)
    }

    /// Row `row` of `columns` (which `appendWell` filled) as a `Well`.
    func well(_ columns: WellColumns, at row: Int) -> Well {
        func value(_ field: WellColumns.TextField) -> (raw: String?, value: String?) {
            self.value(field.field, cell: columns.cell(row, field))
        }
        let apiText = value(.api).raw ?? ""
        guard let api = try? APIWellNumber.parse(apiText, assumedStateCode: mapping.apiStateCode) else {
            preconditionFailure("API number \"\(apiText)\" was checked when its row was read")
        }
        let statusRule = resolved[Field.status.rawValue]?.rule
        let rawStatus: String
        if let raw = value(.status).raw, statusRule?.column != nil {
            rawStatus = raw
        } else {
            rawStatus = statusRule?.note.map { "(no status column: \($0))" } ?? "(no status given)"
        }
        let source = columns.locationSources[row]
        let location = columns.points[row].map { self.location($0, from: source) }
        return Well(
            api: api,
            name: value(.name).value,
            operatorName: value(.operator).value,
            field: value(.field).value,
            county: value(.county).value,
            status: columns.status(row),
            rawStatus: rawStatus,
            wellType: value(.wellType).value,
            location: location,
            spudDate: value(.spudDate).raw.map(RecordedDate.init(written:)),
            statusDate: value(.statusDate).raw.map(RecordedDate.init(written:)),
            provenance: evidence(range: columns.recordRanges[row], line: columns.lines[row], field: column(.api))
        )
    }

    func receptor(_ record: DelimitedRecordView, projector: CoordinateTransformer?) -> (Receptor?, [IntakeProblem]) {
        guard let id = value(.id, in: record).raw else {
            return (nil, [problem(record, field: column(.id), "has no identifier; row not read")])
        }
        let name = value(.name, in: record).value ?? "(unnamed, id \(id))"
        let kind = value(.kind, in: record).value.map(ReceptorKind.init(rawValue:)) ?? mapping.defaultReceptorKind ?? .school
        let (location, locationProblem) = location(record, projector: projector)
        let receptor = Receptor(
            id: id,
            name: name,
            kind: kind,
            category: value(.category, in: record).raw,
            county: value(.county, in: record).value,
            city: value(.city, in: record).value,
            location: location,
            provenance: evidence(record, field: column(.id))
        )
        return (receptor, locationProblem.map { [$0] } ?? [])
    }
}

extension RowReader {
    /// A monthly production report row. A quantity that is present but not a number is a field
    /// problem and left out; blank stays blank, never zero.
    func production(_ record: DelimitedRecordView) -> (ProductionMonth?, [IntakeProblem]) {
        var problems: [IntakeProblem] = []
        let (number, apiProblem) = apiNumber(record)
        guard let api = number else { return (nil, apiProblem.map { [$0] } ?? []) }
        guard let monthText = value(.month, in: record).raw, let month = ReportMonth.parse(monthText) else {
            return (nil, [problem(record, field: column(.month), "no reporting month that can be read (\"\(value(.month, in: record).raw ?? "")\"); row not read")])
        }
        var days: Int?
        if let text = value(.daysProduced, in: record).raw {
            if let number = Double(text), number >= 0, number <= 31, number == number.rounded() { days = Int(number) } else {
                problems.append(problem(record, field: column(.daysProduced), "days produced \"\(text)\" is not a whole number of days 0–31; left blank", scope: .field))
            }
        }
        let (rawStatus, _) = value(.status, in: record)
        var status = WellStatus.unknown
        if let rawStatus, let vocabulary = statusVocabulary {
            if let known = vocabulary.status(for: rawStatus) { status = known } else {
                problems.append(problem(record, field: column(.status), "status \"\(rawStatus)\" is not in the \(vocabulary.name) vocabulary; treated as unknown", scope: .field))
            }
        }
        var volumes: [ProductionMonth.VolumeKind: Volume] = [:]
        var pressures: [ProductionMonth.PressureKind: Pressure] = [:]
        var unreadable: Set<ProductionMonth.VolumeKind> = []
        for quantity in quantityColumns {
            let cell = record[quantity.index]
            guard !cell.isEmpty, !mapping.missingValues.contains(cell) else { continue }
            guard let number = Double(cell.replacingOccurrences(of: ",", with: "")), number.isFinite else {
                problems.append(problem(record, field: quantity.column, "\(quantity.column) \"\(cell)\" is not a number; left blank", scope: .field))
                if let kind = ProductionMonth.VolumeKind(rawValue: quantity.name) { unreadable.insert(kind) }
                continue
            }
            if let kind = ProductionMonth.VolumeKind(rawValue: quantity.name), let volume = Self.volume(number, unit: quantity.unit) {
                volumes[kind] = volume
            } else if let kind = ProductionMonth.PressureKind(rawValue: quantity.name), let pressure = try? Pressure(parsing: "\(number) \(quantity.unit)") {
                pressures[kind] = pressure
            } else {
                problems.append(problem(record, field: quantity.column, "\(quantity.column): unit \"\(quantity.unit)\" is not one Pushback knows for \(quantity.name); left blank", scope: .field))
            }
        }
        var month_ = ProductionMonth(
            api: api, month: month, daysProduced: days, status: status, rawStatus: rawStatus ?? "(no status given)",
            operatorName: value(.operator, in: record).value, formation: value(.formation, in: record).value,
            volumes: volumes, pressures: pressures, provenance: evidence(record, field: column(.api))
        )
        month_.unreadable = unreadable
        return (month_, problems)
    }

    static func volume(_ value: Double, unit: String) -> Volume? {
        switch unit {
        case "bbl", "bbls", "barrels": .barrels(value)
        case "mcf": .thousandCubicFeet(value)
        case "m3": Volume(cubicMeters: value)
        case "gal": .gallons(value)
        default: nil
        }
    }
}

extension RowReader {
    /// A gauge or SCADA reading row: its well, instant, point and pressure. A row missing any of
    /// them, or whose value is not a number (a logger's `ERR`, `---`), is not read, with the reason.
    func reading(_ record: DelimitedRecordView) -> (PressureReading?, [IntakeProblem]) {
        let (number, apiProblem) = apiNumber(record)
        guard let api = number else { return (nil, apiProblem.map { [$0] } ?? []) }
        guard let timeText = value(.time, in: record).raw else {
            return (nil, [problem(record, field: column(.time), "has no timestamp; row not read")])
        }
        var offset = mapping.utcOffsetMinutes
        if let offsetText = value(.utcOffset, in: record).raw {
            do { offset = try Instant.parseOffset(offsetText) } catch {
                return (nil, [problem(record, field: column(.utcOffset), "UTC offset \(error); row not read")])
            }
        }
        let time: Instant
        do { time = try Instant.parse(timeText, defaultOffsetMinutes: offset) } catch {
            return (nil, [problem(record, field: column(.time), "timestamp \(error); row not read")])
        }
        guard let point = value(.point, in: record).value?.lowercased(), PressureReading.points.contains(point) else {
            let written = value(.point, in: record).raw ?? ""
            return (nil, [problem(record, field: column(.point), "point \"\(written)\" is not one of \(PressureReading.points.sorted().joined(separator: ", ")); row not read")])
        }
        guard let valueText = value(.value, in: record).raw, let reading = Double(valueText.replacingOccurrences(of: ",", with: "")), reading.isFinite else {
            return (nil, [problem(record, field: column(.value), "value \"\(value(.value, in: record).raw ?? "")\" is not a number; row not read")])
        }
        let unit = value(.unit, in: record).raw ?? mapping.fields["value"]?.unit ?? ""
        guard let pressure = try? Pressure(parsing: "\(reading) \(unit)") else {
            return (nil, [problem(record, field: column(.unit) ?? column(.value), "unit \"\(unit)\" is not a unit of pressure (psi, psig, psia, kPa, bar); row not read")])
        }
        return (PressureReading(api: api.normalized, point: point, time: time, pressure: pressure, gauge: value(.gauge, in: record).value,
                                provenance: evidence(record, field: column(.value))), [])
    }
}
