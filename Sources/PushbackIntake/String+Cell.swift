extension String {
    /// The cell without leading and trailing ASCII spaces and tabs. Works on UTF-8 bytes and
    /// returns `self` untouched in the common case (Foundation's `trimmingCharacters` is costly
    /// on millions of cells).
    var trimmedCell: String {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        guard first == space || first == tab || last == space || last == tab else { return self }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == space || bytes[start] == tab { start = bytes.index(after: start) }
        while end > start {
            let previous = bytes.index(before: end)
            guard bytes[previous] == space || bytes[previous] == tab else { break }
            end = previous
        }
        return String(self[start..<end])
    }
}
