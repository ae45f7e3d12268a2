import Dispatch
import Foundation
import PushbackGeodesy
import PushbackModel

/// Applies a `SourceMapping` to a delimited registry file, row by row. A bad row is reported
/// with its line and reason and the rest of the file is read; only a file whose header lacks the
/// mapped columns is unreadable as a whole.
///
/// Large files are read in parallel pieces split at line ends. A piece is only trusted when the
/// piece before it stopped exactly where it starts (a quoted field may hold line ends); when not,
/// the rest of the file is read again in order from where the previous piece stopped, so the
/// result is always that of one sequential read.
public struct RegistryReader: Sendable {
    public let mapping: SourceMapping
    /// Pieces read at once (default: the processor count).
    public let parallelism: Int
    /// Files are only split into pieces of at least this many bytes.
    public let minimumPieceBytes: Int

    public init(mapping: SourceMapping, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount, minimumPieceBytes: Int = 4 << 20) {
        self.mapping = mapping
        self.parallelism = max(1, parallelism)
        self.minimumPieceBytes = max(1, minimumPieceBytes)
    }

    /// Why a whole file could not be read with this mapping.
    public struct Unreadable: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// Reads the file's bytes; `source` identifies it in evidence.
    public func read(bytes raw: [UInt8], source: SourceReference) throws(Unreadable) -> RegistryExtract {
        let text = SourceText(bytes: raw)
        let reader = DelimitedTextReader(bytes: text.bytes, delimiter: mapping.delimiter)

        var header: [String] = []
        var dataStart = DelimitedTextReader.ScanEnd(offset: 0, line: 1, anomalies: [])
        while header.isEmpty, dataStart.offset < text.bytes.count {
            dataStart = reader.scan(from: dataStart.offset, line: dataStart.line, stoppingAt: dataStart.offset + 1) { view in
                header = (0..<view.count).map { view[$0] }
            }
        }
        guard !header.isEmpty else { throw Unreadable(reason: "the file is empty") }
        var columnIndex: [String: Int] = [:]
        for (index, name) in header.enumerated() where columnIndex[name] == nil { columnIndex[name] = index }
        let needed = mapping.fields.values.filter { !$0.isOptional }.compactMap(\.column) + mapping.exclusions.map(\.column) + [mapping.geometry?.column].compactMap { $0 }
        let absent = needed.filter { columnIndex[$0] == nil }
        guard absent.isEmpty else {
            throw Unreadable(reason: "the header lacks column(s) \(Set(absent).sorted().map { "\"\($0)\"" }.joined(separator: ", ")) that mapping \(mapping.id) (\(mapping.file)) reads")
        }

        if let conflict = RowReader(mapping: mapping, header: header, columnIndex: columnIndex, source: source, text: text.bytes).unitConflict { throw Unreadable(reason: "units disagree: \(conflict); fix the mapping or the export") }
        var extract = RegistryExtract(mappingID: mapping.id, entity: mapping.entity, source: source, encoding: text.encoding, recordCount: 0)
        for anomaly in dataStart.anomalies { extract.add(anomaly, source: source) }

        // Pieces: (start offset, start line), split at line ends.
        let bytes = text.bytes
        let pieceCount = min(parallelism, max(1, (bytes.count - dataStart.offset) / minimumPieceBytes))
        var starts = [(offset: dataStart.offset, line: dataStart.line)]
        for piece in 1..<max(1, pieceCount) {
            var offset = dataStart.offset + (bytes.count - dataStart.offset) * piece / pieceCount
            while offset < bytes.count, bytes[offset - 1] != UInt8(ascii: "\n") { offset += 1 }
            guard offset > starts[starts.count - 1].offset, offset < bytes.count else { continue }
            starts.append((offset, 0))
        }
        // Lines in each piece, counted in parallel: where each piece's line numbers start, and
        // room for its rows.
        let ends = starts.dropFirst().map(\.offset) + [bytes.count]
        let lineCounts = Parallel.map(Array(zip(starts.map(\.offset), ends))) { from, to in
            bytes.withUnsafeBufferPointer { buffer in
                var count = 0
                for byte in buffer[from..<to] where byte == UInt8(ascii: "\n") { count += 1 }
                return count
            }
        }
        for index in starts.indices.dropFirst() { starts[index].line = starts[index - 1].line + lineCounts[index - 1] }
        let stops = starts.dropFirst().map(\.offset) + [Int.max]
        let pieceStarts = starts
        let pieces = Parallel.map(Array(starts.indices)) { [header, columnIndex] index in
            readPiece(reader, header: header, columnIndex: columnIndex, text: bytes, from: pieceStarts[index].offset, line: pieceStarts[index].line, stoppingAt: stops[index], expectedRows: lineCounts[index] + 1, source: source)
        }
        // Keep pieces while each began where the one before stopped; re-read the rest in order.
        var expected = starts[0].offset
        for (index, piece) in pieces.enumerated() {
            guard starts[index].offset == expected else {
                let rest = readPiece(reader, header: header, columnIndex: columnIndex, text: bytes, from: expected, line: pieces[index - 1].end.line, stoppingAt: .max, expectedRows: 0, source: source)
                extract.merge(rest)
                break
            }
            extract.merge(piece)
            expected = piece.end.offset
        }
        return extract
    }

    /// The entities, problems and counts of one piece, and where it stopped.
    struct Piece: Sendable {
        var part: RegistryExtract
        var end: DelimitedTextReader.ScanEnd
    }

    /// `expectedRows`: room to make for rows (the piece's line count).
    private func readPiece(
        _ reader: DelimitedTextReader, header: [String], columnIndex: [String: Int], text: [UInt8],
        from start: Int, line: Int, stoppingAt stop: Int, expectedRows: Int, source: SourceReference
    ) -> Piece {
        var part = RegistryExtract(mappingID: mapping.id, entity: mapping.entity, source: source, encoding: .utf8, recordCount: 0)
        // A reader per piece: threads share no reference counts in the per-row work.
        let row = RowReader(mapping: mapping, header: header, columnIndex: columnIndex, source: source, text: text)
        // PROJ objects are per thread: one per piece.
        let projector = mapping.geometry.flatMap { try? CoordinateTransformer(source: $0.crs, target: "EPSG:4326") }
        var wells = WellColumns(reader: row)
        if mapping.entity == .well { wells.reserveCapacity(rows: expectedRows, textBytes: min(stop, text.count) - start) }
        let end = reader.scan(from: start, line: line, stoppingAt: stop) { record in
            part.recordCount += 1
            if let block = record.swallowedBlock {
                let column = block.fieldIndex < header.count ? header[block.fieldIndex] : "field \(block.fieldIndex + 1)"
                part.problems.append(IntakeProblem(
                    scope: .record, source: source, firstLine: record.firstLine, lastLine: record.lastLine, field: column,
                    reason: "a stray quote at the start of \(column) (\"\(block.opening)…\") opens a quoted field that swallows the next \(block.swallowedLines) lines; \(block.foreignDelimitedLines) of them are tab-delimited records in another layout. The row and the \(block.swallowedLines) swallowed lines are not read: fix the quote or re-export the file"
                ))
                part.linesNotRead += record.lastLine - record.firstLine + 1
                return
            }
            guard record.count == header.count else {
                part.problems.append(IntakeProblem(
                    scope: .record, source: source, firstLine: record.firstLine, lastLine: record.lastLine,
                    reason: "has \(record.count) fields; the header has \(header.count); row not read"
                ))
                part.linesNotRead += record.lastLine - record.firstLine + 1
                return
            }
            if let reason = row.exclusion(record) {
                part.excluded[reason, default: 0] += 1
                return
            }
            switch mapping.entity {
            case .well:
                let (appended, problems) = row.appendWell(record, projector: projector, to: &wells)
                part.problems += problems
                if !appended { part.linesNotRead += record.lastLine - record.firstLine + 1 }
            case .receptor:
                let (receptor, problems) = row.receptor(record, projector: projector)
                part.problems += problems
                if let receptor { part.receptors.append(receptor) } else { part.linesNotRead += record.lastLine - record.firstLine + 1 }
            case .production:
                let (month, problems) = row.production(record)
                part.problems += problems
                if let month { part.production.append(month) } else { part.linesNotRead += record.lastLine - record.firstLine + 1 }
            case .reading:
                let (reading, problems) = row.reading(record)
                part.problems += problems
                if let reading { part.readings.append(reading) } else { part.linesNotRead += record.lastLine - record.firstLine + 1 }
            }
        }
        for anomaly in end.anomalies { part.add(anomaly, source: source) }
        part.wells = WellTable(wells)
        return Piece(part: part, end: end)
    }
}

extension RegistryExtract {
    mutating func add(_ anomaly: DelimitedTextReader.Anomaly, source: SourceReference) {
        problems.append(IntakeProblem(scope: .record, source: source, firstLine: anomaly.firstLine, lastLine: anomaly.lastLine, reason: anomaly.reason))
        linesNotRead += anomaly.lastLine - anomaly.firstLine + 1
    }

    /// Appends a later piece of the same file.
    mutating func merge(_ piece: RegistryReader.Piece) {
        recordCount += piece.part.recordCount
        wells.append(contentsOf: piece.part.wells)
        receptors += piece.part.receptors
        production += piece.part.production
        readings += piece.part.readings
        problems += piece.part.problems
        linesNotRead += piece.part.linesNotRead
        for (reason, count) in piece.part.excluded { excluded[reason, default: 0] += count }
    }
}
