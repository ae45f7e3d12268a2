import PushbackCompression

/// Measures what a PDF's Flate-compressed streams inflate to before poppler inflates any of
/// them, so a decompression bomb (a kilobyte that inflates to gigabytes) is refused by its size
/// instead of costing the night minutes and gigabytes. Streams are found by their `stream` …
/// `endstream` keywords; a stream that is not zlib data (encrypted, damaged, another filter
/// first) is left to poppler, which reports it.
struct PDFInflationBudget {
    /// Most bytes all streams together may inflate to.
    let budget: Int

    /// One stream's place and filters.
    struct Stream {
        /// `4 0` of `4 0 obj`, when found.
        var object: String?
        var data: ArraySlice<UInt8>
        /// How many `/FlateDecode` filters the stream's filter list starts with.
        var flateFilters: Int
    }

    /// Why the PDF is refused, or nil when its streams inflate within the budget.
    func excess(in bytes: [UInt8]) -> String? {
        var total = 0
        for stream in Self.streams(in: bytes) where stream.flateFilters > 0 {
            guard let size = inflatedSize(stream, budget: budget - total) else { continue }
            total += size
            guard total <= budget else {
                let place = stream.object.map { "object \($0)" } ?? "a stream"
                return "the PDF's compressed streams inflate past the \(Self.amount(budget)) decompressed-size limit (\(place): \(stream.data.count) bytes that inflate to at least \(Self.amount(size))); refused unread as a likely decompression bomb — raise --max-inflated-mib if the file is genuine"
            }
        }
        return nil
    }

    /// The stream's size after its leading Flate filters (budget + 1 when over), or nil when
    /// it is not zlib data.
    private func inflatedSize(_ stream: Stream, budget: Int) -> Int? {
        var input = Array(stream.data)
        for stage in 1...stream.flateFilters {
            let isLast = stage == stream.flateFilters
            guard let inflated = try? ZlibInflater.inflate(input, budget: max(0, budget), keepingBytes: !isLast) else { return nil }
            if isLast || inflated.isOverBudget { return inflated.size }
            input = inflated.bytes
        }
        return nil
    }

    /// `512 MiB` (whole mebibytes, rounded down), or bytes below one.
    private static func amount(_ bytes: Int) -> String { bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes" }

    // MARK: - Finding streams

    private static let streamKeyword = Array("stream".utf8)
    private static let endstreamKeyword = Array("endstream".utf8)

    /// Every `… obj << … >> stream … endstream` in the file, in order.
    static func streams(in bytes: [UInt8]) -> [Stream] {
        var streams: [Stream] = []
        var index = 0
        while let keyword = find(streamKeyword, in: bytes, from: index) {
            index = keyword + streamKeyword.count
            // Not the end of `endstream`; followed by a line end.
            guard keyword < 3 || bytes[(keyword - 3)..<keyword] != ArraySlice("end".utf8) else { continue }
            var dataStart = index
            if dataStart < bytes.count, bytes[dataStart] == UInt8(ascii: "\r") { dataStart += 1 }
            if dataStart < bytes.count, bytes[dataStart] == UInt8(ascii: "\n") { dataStart += 1 }
            // No line end after the keyword: the word inside some text, not a stream.
            guard dataStart > index else { continue }
            let dataEnd = find(endstreamKeyword, in: bytes, from: dataStart) ?? bytes.count
            let dictionary = dictionaryText(before: keyword, in: bytes)
            streams.append(Stream(object: dictionary.object, data: bytes[dataStart..<dataEnd], flateFilters: flateFilterCount(dictionary.text)))
            index = dataEnd
        }
        return streams
    }

    /// The text between the stream's `obj` keyword and `stream` (looking at most 4 KB back),
    /// and the object number before `obj`.
    private static func dictionaryText(before keyword: Int, in bytes: [UInt8]) -> (text: String, object: String?) {
        let floor = max(0, keyword - 4_096)
        var index = keyword - 3
        while index >= floor {
            if bytes[index] == UInt8(ascii: "o"), bytes[index + 1] == UInt8(ascii: "b"), bytes[index + 2] == UInt8(ascii: "j"),
               index < 3 || bytes[(index - 3)..<index] != ArraySlice("end".utf8) {
                let head = String(decoding: bytes[max(floor, index - 24)..<index], as: UTF8.self).split(whereSeparator: \.isWhitespace).suffix(2)
                let object = head.count == 2 && head.allSatisfy { $0.allSatisfy(\.isNumber) } ? head.joined(separator: " ") : nil
                return (String(decoding: bytes[(index + 3)..<keyword], as: UTF8.self), object)
            }
            index -= 1
        }
        return (String(decoding: bytes[floor..<keyword], as: UTF8.self), nil)
    }

    /// How many `/FlateDecode` (or `/Fl`) filters `/Filter` names before any other.
    static func flateFilterCount(_ dictionary: String) -> Int {
        guard let filter = dictionary.range(of: "/Filter") else { return 0 }
        let value = dictionary[filter.upperBound...].drop { $0.isWhitespace }
        let names = value.first == "[" ? names(value.dropFirst().prefix { $0 != "]" }) : Array(names(value).prefix(1))
        return names.prefix { $0 == "FlateDecode" || $0 == "Fl" }.count
    }

    /// The names (`/Name`) at the start of `text`, up to anything that is not one.
    private static func names(_ text: Substring) -> [Substring] {
        var names: [Substring] = []
        var rest = text.drop { $0.isWhitespace }
        while rest.first == "/" {
            let name = rest.dropFirst().prefix { !$0.isWhitespace && !"/[]<>()%{}".contains($0) }
            names.append(name)
            rest = rest.dropFirst(name.count + 1).drop { $0.isWhitespace }
        }
        return names
    }

    /// The first index of `needle` in `bytes` at or after `from`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = from
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
