import Foundation
import PushbackModel

/// Applies a `SourceMapping` to a delimited registry file, row by row. A bad row is reported
/// with its line and reason and the rest of the file is read; only a file whose header lacks the
/// mapped columns is unreadable as a whole.
public struct RegistryReader: Sendable {
    public let mapping: SourceMapping

    public init(mapping: SourceMapping) { self.mapping = mapping }

    /// Why a whole file could not be read with this mapping.
    public struct Unreadable: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// Reads the file's bytes; `source` identifies it in evidence.
    public func read(bytes raw: [UInt8], source: SourceReference) throws(Unreadable) -> RegistryExtract {
        let text = SourceText(bytes: raw)
        let (records, anomalies) = DelimitedTextReader(bytes: text.bytes, delimiter: mapping.delimiter).read()
        guard let headerRecord = records.first else { throw Unreadable(reason: "the file is empty") }
        let header = headerRecord.fields.map(\.trimmedCell)
        var columnIndex: [String: Int] = [:]
        for (index, name) in header.enumerated() where columnIndex[name] == nil { columnIndex[name] = index }
        let needed = mapping.fields.values.compactMap(\.column) + mapping.exclusions.map(\.column)
        let absent = needed.filter { columnIndex[$0] == nil }
        guard absent.isEmpty else {
            throw Unreadable(reason: "the header lacks column(s) \(Set(absent).sorted().map { "\"\($0)\"" }.joined(separator: ", ")) that mapping \(mapping.id) (\(mapping.file)) reads")
        }

        var extract = RegistryExtract(mappingID: mapping.id, entity: mapping.entity, source: source, encoding: text.encoding, recordCount: records.count - 1)
        for anomaly in anomalies {
            extract.problems.append(IntakeProblem(scope: .record, source: source, firstLine: anomaly.firstLine, lastLine: anomaly.lastLine, reason: anomaly.reason))
            extract.linesNotRead += anomaly.lastLine - anomaly.firstLine + 1
        }
        let row = RowReader(mapping: mapping, header: header, columnIndex: columnIndex, source: source, text: text.bytes)
        for record in records.dropFirst() {
            if let block = record.swallowedBlock {
                let column = block.fieldIndex < header.count ? header[block.fieldIndex] : "field \(block.fieldIndex + 1)"
                extract.problems.append(IntakeProblem(
                    scope: .record, source: source, firstLine: record.firstLine, lastLine: record.lastLine, field: column,
                    reason: "a stray quote at the start of \(column) (\"\(block.opening)…\") opens a quoted field that swallows the next \(block.swallowedLines) lines; \(block.foreignDelimitedLines) of them are tab-delimited records in another layout. The row and the \(block.swallowedLines) swallowed lines are not read: fix the quote or re-export the file"
                ))
                extract.linesNotRead += record.lastLine - record.firstLine + 1
                continue
            }
            guard record.fields.count == header.count else {
                extract.problems.append(IntakeProblem(
                    scope: .record, source: source, firstLine: record.firstLine, lastLine: record.lastLine,
                    reason: "has \(record.fields.count) fields; the header has \(header.count); row not read"
                ))
                extract.linesNotRead += record.lastLine - record.firstLine + 1
                continue
            }
            if let reason = row.exclusion(record) {
                extract.excluded[reason, default: 0] += 1
                continue
            }
            switch mapping.entity {
            case .well:
                let (well, problems) = row.well(record)
                extract.problems += problems
                if let well { extract.wells.append(well) } else { extract.linesNotRead += record.lastLine - record.firstLine + 1 }
            case .receptor:
                let (receptor, problems) = row.receptor(record)
                extract.problems += problems
                if let receptor { extract.receptors.append(receptor) } else { extract.linesNotRead += record.lastLine - record.firstLine + 1 }
            }
        }
        return extract
    }
}
