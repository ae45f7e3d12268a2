import PushbackGeodesy
import Foundation
import PushbackModel
import PushbackYAML

extension SourceMapping {
    /// Loads and checks a mapping file; every problem names the file and line.
    public static func load(path: String) throws(YAMLError) -> SourceMapping {
        try parse(YAMLNode.load(path: path))
    }

    /// Loads every `*.yaml` mapping in a folder, sorted by file name.
    public static func loadAll(directory: String) throws(YAMLError) -> [SourceMapping] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw YAMLError(file: directory, line: nil, message: "cannot list the mappings folder: \(error.localizedDescription)")
        }
        var mappings: [SourceMapping] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            mappings.append(try load(path: (directory as NSString).appendingPathComponent(name)))
        }
        var seen: [String: String] = [:]
        for mapping in mappings {
            if let other = seen[mapping.id] {
                throw YAMLError(file: mapping.file, line: 1, message: "mapping id \"\(mapping.id)\" is also used by \(other)")
            }
            seen[mapping.id] = mapping.file
        }
        return mappings
    }

    static func parse(_ root: YAMLNode) throws(YAMLError) -> SourceMapping {
        try root.checkKeys(allowed: ["id", "title", "publisher", "entity", "format", "detect", "api_state_code", "fields", "exclude", "location", "receptor_kind"])
        let entityNode = try root.required("entity")
        guard let entity = Entity(rawValue: try entityNode.string()) else {
            throw entityNode.error("entity must be one of: \(["well", "receptor", "production", "reading"].joined(separator: ", "))")
        }

        var delimiter = UInt8(ascii: ",")
        var missing: Set<String> = [""]
        var utcOffset: Int?
        if let format = try root.optional("format") {
            try format.checkKeys(allowed: ["delimiter", "missing", "utc_offset"])
            if let node = try format.optional("utc_offset") {
                do { utcOffset = try Instant.parseOffset(try node.string()) } catch { throw node.error("utc_offset \(error)") }
            }
            if let node = try format.optional("delimiter") {
                let text = try node.string()
                switch text {
                case ",": delimiter = UInt8(ascii: ",")
                case "\t", "tab": delimiter = UInt8(ascii: "\t")
                case "|": delimiter = UInt8(ascii: "|")
                case ";": delimiter = UInt8(ascii: ";")
                default: throw node.error("delimiter must be \",\", \"tab\", \"|\" or \";\"")
                }
            }
            if let node = try format.optional("missing") { missing.formUnion(try node.strings()) }
        }

        let detect = try root.required("detect")
        try detect.checkKeys(allowed: ["columns"])
        let detectColumns = try detect.required("columns").strings()
        guard !detectColumns.isEmpty else { throw detect.error("detect.columns must list at least one column") }

        var apiStateCode: String?
        if let node = try root.optional("api_state_code") {
            let code = try node.string()
            guard code.count == 2, code.allSatisfy(\.isNumber), APICodeBook.isKnownState(code) else {
                throw node.error("api_state_code must be a two-digit API state code such as \"04\" (California)")
            }
            apiStateCode = code
        }

        let fieldsNode = try root.required("fields")
        let allowed = allowedFields[entity] ?? []
        var fields: [String: FieldRule] = [:]
        for (name, node) in try fieldsNode.entries() {
            guard allowed.contains(name) else {
                throw node.error("unknown field \"\(name)\" for entity \(entity.rawValue); expected one of: \(allowed.sorted().joined(separator: ", "))")
            }
            fields[name] = try fieldRule(node, name: name)
        }
        for name in requiredFields[entity] ?? [] where fields[name] == nil {
            if name == "kind", try root.optional("receptor_kind") != nil { continue }
            if name == "latitude" || name == "longitude", try root.optional("location")?.optional("geometry") != nil { continue }
            throw fieldsNode.error("fields must define \"\(name)\"")
        }
        if let status = fields["status"], let vocabulary = status.vocabulary, WellStatusVocabulary.builtIn[vocabulary] == nil {
            throw YAMLError(file: root.file, line: status.line, message: "unknown vocabulary \"\(vocabulary)\"; built in: \(WellStatusVocabulary.builtIn.keys.sorted().joined(separator: ", "))")
        }

        var exclusions: [Exclusion] = []
        if let node = try root.optional("exclude") {
            for item in try node.array() {
                try item.checkKeys(allowed: ["column", "values", "reason"])
                exclusions.append(Exclusion(
                    column: try item.required("column").string(),
                    values: Set(try item.required("values").strings().map { $0.lowercased() }),
                    reason: try item.required("reason").string()
                ))
            }
        }

        var uncertainty = Distance.meters(0)
        var basis = "source coordinates"
        var geometry: GeometryColumn?
        if let location = try root.optional("location") {
            try location.checkKeys(allowed: ["uncertainty", "basis", "geometry"])
            if let node = try location.optional("uncertainty") {
                let text = try node.string()
                do { uncertainty = try Distance(parsing: text) } catch { throw node.error("uncertainty: \(error.reason)") }
            }
            if let node = try location.optional("basis") { basis = try node.string() }
            if let node = try location.optional("geometry") {
                try node.checkKeys(allowed: ["column", "crs", "agree_within"])
                let crsNode = try node.required("crs")
                let crs = try crsNode.string()
                // `prj`: the coordinate system comes with each shapefile.
                if crs != "prj" {
                    do { _ = try CoordinateTransformer(source: crs, target: "EPSG:4326") } catch { throw crsNode.error("crs: PROJ does not know \(crs): \(error.message)") }
                }
                var agreeWithin = Distance.meters(50)
                if let within = try node.optional("agree_within") {
                    let text = try within.string()
                    do { agreeWithin = try Distance(parsing: text) } catch { throw within.error("agree_within: \(error.reason)") }
                }
                geometry = GeometryColumn(column: try node.required("column").string(), crs: crs, agreeWithin: agreeWithin)
            }
        }

        return SourceMapping(
            id: try root.required("id").string(),
            title: try root.required("title").string(),
            publisher: try root.required("publisher").string(),
            entity: entity,
            file: root.file,
            delimiter: delimiter,
            missingValues: missing,
            detectColumns: detectColumns,
            apiStateCode: apiStateCode,
            fields: fields,
            exclusions: exclusions,
            locationUncertainty: uncertainty,
            locationBasis: basis,
            geometry: geometry,
            defaultReceptorKind: try root.optional("receptor_kind").map { node throws(YAMLError) in ReceptorKind(rawValue: try node.string()) },
            utcOffsetMinutes: utcOffset
        )
    }

    private static func fieldRule(_ node: YAMLNode, name: String) throws(YAMLError) -> FieldRule {
        if !node.isMapping {
            return FieldRule(column: try node.string(), constant: nil, values: [:], otherwise: nil, vocabulary: nil, note: nil, unit: nil, line: node.line)
        }
        try node.checkKeys(allowed: ["column", "constant", "values", "otherwise", "vocabulary", "note", "unit", "optional"])
        var values: [String: String] = [:]
        if let table = try node.optional("values") {
            for (raw, mapped) in try table.entries() { values[raw.lowercased()] = try mapped.string() }
        }
        let column = try node.optional("column")?.string()
        let constant = try node.optional("constant")?.string()
        guard (column == nil) != (constant == nil) else {
            throw node.error("field \"\(name)\" needs exactly one of \"column\" or \"constant\"")
        }
        return FieldRule(
            column: column,
            constant: constant,
            values: values,
            otherwise: try node.optional("otherwise")?.string(),
            vocabulary: try node.optional("vocabulary")?.string(),
            note: try node.optional("note")?.string(),
            unit: try node.optional("unit")?.string(),
            isOptional: try node.optional("optional")?.bool() ?? false,
            line: node.line
        )
    }
}
