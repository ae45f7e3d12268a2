import CZlibStream

/// Inflates zlib (RFC 1950) data, as PDF `/FlateDecode` streams hold it, through zlib — never
/// past a budget, so a few kilobytes that would inflate to gigabytes are measured, not expanded.
public enum ZlibInflater {
    /// What inflating produced.
    public struct Inflated: Sendable, Equatable {
        /// Bytes produced (all of them, or the budget plus one when `isOverBudget`).
        public var size: Int
        /// The bytes themselves when asked for; empty otherwise.
        public var bytes: [UInt8]
        /// More than the budget would have come out; inflating stopped there.
        public var isOverBudget: Bool
        /// The data ended before the zlib stream did (what came out is kept, as readers do).
        public var isTruncated: Bool
    }

    /// Why data could not be inflated at all.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Inflates `input`, stopping once more than `budget` bytes have come out. `keepingBytes`:
    /// return the inflated bytes (for a chain of filters), not only their count.
    public static func inflate(_ input: [UInt8], budget: Int, keepingBytes: Bool) throws(Failure) -> Inflated {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(message: "zlib could not start (out of memory)")
        }
        defer { inflateEnd(&stream) }
        var result = Inflated(size: 0, bytes: [], isOverBudget: false, isTruncated: false)
        var chunk = [UInt8](repeating: 0, count: 64 * 1_024)
        var mutableInput = input
        let status: Int32 = mutableInput.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while true {
                let produced: Int
                let code: Int32
                (code, produced) = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    let code = CZlibStream.inflate(&stream, Z_NO_FLUSH)
                    return (code, target.count - Int(stream.avail_out))
                }
                result.size += produced
                if keepingBytes { result.bytes += chunk[0..<min(produced, max(0, budget + 1 - result.bytes.count))] }
                if result.size > budget {
                    result.isOverBudget = true
                    return Z_OK
                }
                switch code {
                case Z_OK: continue
                case Z_STREAM_END: return Z_STREAM_END
                // No progress possible: the input ran out before the stream ended.
                case Z_BUF_ERROR:
                    result.isTruncated = true
                    return Z_STREAM_END
                default: return code
                }
            }
        }
        guard status == Z_OK || status == Z_STREAM_END else {
            let detail = stream.msg.map { String(cString: $0) } ?? String(cString: zError(status))
            throw Failure(message: "not zlib data (\(detail))")
        }
        return result
    }
}
