/// A text as the stable hashes of its word 3-shingles, ready to be folded into a fixed-size vector.
///
/// Normalization: words are the maximal runs of letters and digits, lowercased; everything else
/// (whitespace, Markdown table pipes and rules, punctuation) only separates words. So the same
/// filing exported as a table (`|Operator No.|367676|`) or as prose (`Operator No.: 367676`) gives
/// the same words. Digits are kept: an amended depth, date or sack count is exactly the change a
/// near-duplicate check must still see.
///
/// Word 3-shingles rather than character 5-shingles: a filing of a few thousand characters has
/// a few hundred word shingles but thousands of character shingles, which would crowd a
/// 4096-bucket vector with collisions, and character shingles blur `8580` into `8680` while a
/// changed word changes exactly the three word shingles that contain it. A text of fewer than
/// three words is one shingle.
///
/// Hashing must be the same in every process (Swift's `Hasher` is seeded per process): each word
/// is hashed with 64-bit FNV-1a over its lowercased UTF-8 bytes, a shingle's three word hashes are
/// combined by FNV-1a steps that take each word hash as one 64-bit unit, and MurmurHash3's 64-bit
/// finalizer mixes the result so that both its low bits (the bucket) and its top bit (the sign)
/// are usable.
struct ShingleVector {
    static let wordsPerShingle = 3

    /// One hash per shingle, in the order of the text.
    let shingleHashes: [UInt64]

    init(text: String) {
        var wordHashes: [UInt64] = []
        var hash = Self.fnvOffsetBasis
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                var byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte += 32
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
                default:
                    if inWord { wordHashes.append(hash) }
                    hash = Self.fnvOffsetBasis
                    inWord = false
                    continue
                }
                hash = (hash ^ UInt64(byte)) &* Self.fnvPrime
                inWord = true
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for byte in scalar.properties.lowercaseMapping.utf8 {
                    hash = (hash ^ UInt64(byte)) &* Self.fnvPrime
                }
                inWord = true
            } else {
                if inWord { wordHashes.append(hash) }
                hash = Self.fnvOffsetBasis
                inWord = false
            }
        }
        if inWord { wordHashes.append(hash) }

        let length = min(Self.wordsPerShingle, wordHashes.count)
        guard length > 0 else {
            shingleHashes = []
            return
        }
        shingleHashes = (0...(wordHashes.count - length)).map { start in
            var combined = Self.fnvOffsetBasis
            for word in wordHashes[start..<(start + length)] {
                combined = (combined ^ word) &* Self.fnvPrime
            }
            return Self.finalized(combined)
        }
    }

    /// Adds ±1 per shingle to `row` (feature hashing): the bucket is the hash modulo `row.count`,
    /// the sign its top bit, so collisions between unrelated shingles cancel on average instead
    /// of inflating every similarity.
    func add(to row: UnsafeMutableBufferPointer<Float>) {
        let dimension = UInt64(row.count)
        for hash in shingleHashes {
            row[Int(hash % dimension)] += hash >> 63 == 0 ? 1 : -1
        }
    }

    private static let fnvOffsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// MurmurHash3's `fmix64`: every input bit affects every output bit.
    private static func finalized(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }
}
