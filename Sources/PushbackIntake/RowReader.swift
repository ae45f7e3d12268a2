import Foundation
import PushbackModel

/// Turns one record into a model entity according to a mapping, collecting problems.
struct RowReader {
    let mapping: SourceMapping
    let header: [String]
    let columnIndex: [String: Int]
    let source: SourceReference
    /// The file's UTF-8 text, for quoting records exactly as written.
    let text: [UInt8]

    /// The value of a mapped field: nil when unmapped or missing (`NA`, blank, …).
    func value(_ name: String, in record: DelimitedRecord) -> (raw: String?, value: String?) {
        guard let rule = mapping.fields[name] else { return (nil, nil) }
        var raw: String?
        if let column = rule.column, let index = columnIndex[column] {
            let cell = record.fields[index].trimmedCell
            raw = mapping.missingValues.contains(cell) ? nil : cell
        } else {
            raw = rule.constant
        }
        guard let raw else { return (nil, rule.column == nil ? nil : rule.otherwise) }
        if let mapped = rule.values[raw.lowercased()] { return (raw, mapped) }
        return (raw, rule.otherwise ?? raw)
    }

    /// The reason this row is excluded, if a mapping exclusion matches it.
    func exclusion(_ record: DelimitedRecord) -> String? {
        for exclusion in mapping.exclusions {
            guard let index = columnIndex[exclusion.column] else { continue }
            let cell = record.fields[index].trimmedCell.lowercased()
            if exclusion.values.contains(cell) { return exclusion.reason }
        }
        return nil
    }

    func evidence(_ record: DelimitedRecord, field: String? = nil) -> Evidence {
        let written = String(decoding: text[record.byteRange], as: UTF8.self)
        let quote = written.count > 300 ? String(written.prefix(300)) + "…" : written
        return Evidence(source: source, line: record.firstLine, field: field, quote: quote)
    }

    func problem(_ record: DelimitedRecord, field: String?, _ reason: String, scope: IntakeProblem.Scope = .record) -> IntakeProblem {
        IntakeProblem(scope: scope, source: source, firstLine: record.firstLine, lastLine: record.lastLine, field: field, reason: reason)
    }

    func column(_ name: String) -> String? { mapping.fields[name]?.column }

    // MARK: - Location

    /// Reads latitude/longitude; nil with a problem when present but unusable, nil alone when absent.
    func location(_ record: DelimitedRecord) -> (Location?, IntakeProblem?) {
        let latitude = value("latitude", in: record).raw
        let longitude = value("longitude", in: record).raw
        guard let latitude, let longitude else {
            if latitude == nil && longitude == nil { return (nil, nil) }
            return (nil, problem(record, field: column(latitude == nil ? "latitude" : "longitude"), "has only one of latitude and longitude; location not used", scope: .field))
        }
        guard let lat = Double(latitude), let lon = Double(longitude) else {
            return (nil, problem(record, field: column("latitude"), "latitude \"\(latitude)\" / longitude \"\(longitude)\" are not numbers; location not used", scope: .field))
        }
        guard let point = GeoPoint(latitude: lat, longitude: lon) else {
            return (nil, problem(record, field: column("latitude"), "latitude \(latitude) / longitude \(longitude) is not a position on Earth; location not used", scope: .field))
        }
        if lat == 0 && lon == 0 {
            return (nil, problem(record, field: column("latitude"), "latitude/longitude 0, 0 is a placeholder, not a location; location not used", scope: .field))
        }
        return (Location(point: point, uncertainty: mapping.locationUncertainty, basis: mapping.locationBasis), nil)
    }

    // MARK: - Entities

    func well(_ record: DelimitedRecord) -> (Well?, [IntakeProblem]) {
        var problems: [IntakeProblem] = []
        guard let apiText = value("api", in: record).raw else {
            return (nil, [problem(record, field: column("api"), "has no API well number; row not read")])
        }
        let api: APIWellNumber
        do { api = try APIWellNumber.parse(apiText, assumedStateCode: mapping.apiStateCode) } catch {
            return (nil, [problem(record, field: column("api"), "\(error); row not read")])
        }
        let statusRule = mapping.fields["status"]
        let (rawStatus, mappedStatus) = value("status", in: record)
        var status = WellStatus.unknown
        if let vocabularyName = statusRule?.vocabulary, let vocabulary = WellStatusVocabulary.builtIn[vocabularyName] {
            if let rawStatus, let known = vocabulary.status(for: rawStatus) {
                status = known
            } else {
                problems.append(problem(record, field: column("status"), "status \"\(rawStatus ?? "")\" is not in the \(vocabularyName) vocabulary; treated as unknown", scope: .field))
            }
        } else if let mappedStatus {
            status = WellStatus(rawValue: mappedStatus)
        }
        let rawStatusText: String
        if let rawStatus, statusRule?.column != nil {
            rawStatusText = rawStatus
        } else {
            rawStatusText = statusRule?.note.map { "(no status column: \($0))" } ?? "(no status given)"
        }
        let (location, locationProblem) = location(record)
        if let locationProblem { problems.append(locationProblem) }
        let well = Well(
            api: api,
            name: value("name", in: record).value,
            operatorName: value("operator", in: record).value,
            field: value("field", in: record).value,
            county: value("county", in: record).value,
            status: status,
            rawStatus: rawStatusText,
            wellType: value("well_type", in: record).value,
            location: location,
            provenance: evidence(record, field: column("api"))
        )
        return (well, problems)
    }

    func receptor(_ record: DelimitedRecord) -> (Receptor?, [IntakeProblem]) {
        guard let id = value("id", in: record).raw else {
            return (nil, [problem(record, field: column("id"), "has no identifier; row not read")])
        }
        let name = value("name", in: record).value ?? "(unnamed, id \(id))"
        let kind = value("kind", in: record).value.map(ReceptorKind.init(rawValue:)) ?? mapping.defaultReceptorKind ?? .school
        let (location, locationProblem) = location(record)
        let receptor = Receptor(
            id: id,
            name: name,
            kind: kind,
            category: value("category", in: record).raw,
            county: value("county", in: record).value,
            city: value("city", in: record).value,
            location: location,
            provenance: evidence(record, field: column("id"))
        )
        return (receptor, locationProblem.map { [$0] } ?? [])
    }
}
