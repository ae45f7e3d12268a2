import Foundation

/// A CSV of `id,lat,lon` rows (the synthetic benchmark layout), read into parallel arrays.
struct PointTable {
    var latitudes: [Double] = []
    var longitudes: [Double] = []

    /// Reads the file; a malformed line stops with its line number.
    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var lineNumber = 0
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                lineNumber += 1
                if lineNumber > 1, end > start {
                    let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    let fields = line.split(separator: ",")
                    guard fields.count >= 3, let lat = Double(fields[1]), let lon = Double(fields[2]) else {
                        throw BenchError("\(path):\(lineNumber): expected id,lat,lon")
                    }
                    latitudes.append(lat)
                    longitudes.append(lon)
                }
                start = end + 1
            }
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
