/// Values grouped by bucket in one flat array (compressed rows): bucket `b` holds
/// `values[starts[b]..<starts[b + 1]]`, in the order the pairs were given.
struct BucketedList: Sendable {
    let starts: [Int32]
    let values: [Int32]

    /// Groups `(bucket, value)` pairs by a counting sort, keeping their order within a bucket.
    init(bucketCount: Int, buckets: [Int32], values unsorted: [Int32]) {
        var starts = [Int32](repeating: 0, count: bucketCount + 1)
        for bucket in buckets { starts[Int(bucket) + 1] += 1 }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        var fill = Array(starts.dropLast())
        var values = [Int32](repeating: 0, count: unsorted.count)
        for (index, bucket) in buckets.enumerated() {
            values[Int(fill[Int(bucket)])] = unsorted[index]
            fill[Int(bucket)] += 1
        }
        self.starts = starts
        self.values = values
    }

    /// Slots of bucket `bucket` in `values`.
    @inline(__always)
    func range(_ bucket: Int) -> Range<Int> { Int(starts[bucket])..<Int(starts[bucket + 1]) }
}
