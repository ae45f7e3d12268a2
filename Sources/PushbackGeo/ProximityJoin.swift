import Foundation
import PushbackModel

/// Every (source, target) pair of points within a geodesic distance on WGS84, exactly.
///
/// Targets are indexed once into a latitude-row / longitude-column grid whose cells carry every
/// target that could be within the distance of any point in the cell (rigorous bounds on the
/// ellipsoid: a path is at least b²/a per radian of latitude, and at least a·cos φ* per radian
/// of longitude while it stays below latitude φ*). A source looks up its own cell only. Each
/// candidate is then decided by its Earth-centred chord c: c > d is out (a geodesic is never
/// shorter than its chord); c below the certain chord for d is in (Schur's bound on the
/// ellipsoid's curvature); the micrometre-wide band between is settled by PROJ's exact geodesic.
/// Works at high latitudes (rows near a pole become one cell) and across the antimeridian.
/// Results are sorted by source index, then target index.
public struct ProximityJoin: Sendable {
    /// One pair within the distance, by index into the inputs.
    public struct Pair: Sendable, Hashable {
        public var source: Int
        public var target: Int

        public init(source: Int, target: Int) {
            self.source = source
            self.target = target
        }
    }

    public let radius: Distance
    private let targetLatitudes: [Double]
    private let targetLongitudes: [Double]
    private let targetX: [Double]
    private let targetY: [Double]
    private let targetZ: [Double]
    private let grid: ProximityGrid
    /// Chord thresholds: above `rejectChord` out, at or below `acceptChord` in.
    private let acceptChordSquared: Double
    private let rejectChordSquared: Double

    /// Indexes targets given as parallel latitude/longitude arrays (degrees).
    public init(targetLatitudes: [Double], targetLongitudes: [Double], radius: Distance) {
        precondition(targetLatitudes.count == targetLongitudes.count, "latitudes and longitudes must pair up")
        self.radius = radius
        self.targetLatitudes = targetLatitudes
        self.targetLongitudes = targetLongitudes
        var x = [Double](repeating: 0, count: targetLatitudes.count)
        var y = x, z = x
        for index in targetLatitudes.indices {
            let point = WGS84.ecef(latitude: targetLatitudes[index], longitude: targetLongitudes[index])
            x[index] = point.x
            y[index] = point.y
            z[index] = point.z
        }
        targetX = x
        targetY = y
        targetZ = z
        grid = ProximityGrid(latitudes: targetLatitudes, longitudes: targetLongitudes, radius: radius.meters)
        // Floating-point slack far above the ~1e-8 m error of the chord, far below a millimetre.
        let slack = 1e-6
        let accept = max(0, WGS84.certainChord(forGeodesic: radius.meters) - slack)
        acceptChordSquared = accept * accept
        rejectChordSquared = (radius.meters + slack) * (radius.meters + slack)
    }

    /// Indexes targets given as points.
    public init(targets: [GeoPoint], radius: Distance) {
        self.init(targetLatitudes: targets.map(\.latitude), targetLongitudes: targets.map(\.longitude), radius: radius)
    }

    /// Indices of every target within the radius of a point, ascending.
    public func targets(nearLatitude latitude: Double, longitude: Double) -> [Int] {
        var found: [Int] = []
        collect(latitude: latitude, longitude: longitude) { found.append($0) }
        return found
    }

    /// Indices of every target within the radius of `point`, ascending.
    public func targets(near point: GeoPoint) -> [Int] {
        targets(nearLatitude: point.latitude, longitude: point.longitude)
    }

    /// Every pair within the radius, sorted by source then target; sources are split across
    /// `threads` workers.
    public func pairs(sourceLatitudes: [Double], sourceLongitudes: [Double], threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Pair] {
        precondition(sourceLatitudes.count == sourceLongitudes.count, "latitudes and longitudes must pair up")
        let count = sourceLatitudes.count
        let chunks = max(1, min(count / 4_096, max(1, threads) * 16))
        let results = ChunkResults(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = count * chunk / chunks
            let end = count * (chunk + 1) / chunks
            var local: [Pair] = []
            for source in start..<end {
                collect(latitude: sourceLatitudes[source], longitude: sourceLongitudes[source]) { target in
                    local.append(Pair(source: source, target: target))
                }
            }
            results.store(local, at: chunk)
        }
        return results.joined()
    }

    /// Every pair within the radius between `sources` and the indexed targets.
    public func pairs(sources: [GeoPoint], threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Pair] {
        pairs(sourceLatitudes: sources.map(\.latitude), sourceLongitudes: sources.map(\.longitude), threads: threads)
    }

    @inline(__always)
    private func collect(latitude: Double, longitude: Double, _ emit: (Int) -> Void) {
        let candidates = grid.candidates(latitude: latitude, longitude: longitude)
        guard !candidates.isEmpty else { return }
        let point = WGS84.ecef(latitude: latitude, longitude: longitude)
        for slot in candidates {
            let target = Int(grid.members[slot])
            let dx = point.x - targetX[target], dy = point.y - targetY[target], dz = point.z - targetZ[target]
            let chordSquared = dx * dx + dy * dy + dz * dz
            if chordSquared > rejectChordSquared { continue }
            if chordSquared <= acceptChordSquared
                || GeodesicDistance.meters(latitude, longitude, targetLatitudes[target], targetLongitudes[target]) <= radius.meters {
                emit(target)
            }
        }
    }
}

/// Per-chunk results written by concurrent workers, each to its own slot.
///
/// `@unchecked Sendable`: the slots live in one buffer allocated up front; every worker writes
/// only the slot of its own chunk index, and slots are read only after `concurrentPerform` has
/// returned, so no slot is ever shared between threads.
private final class ChunkResults: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[ProximityJoin.Pair]>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ pairs: [ProximityJoin.Pair], at index: Int) { slots[index] = pairs }

    func joined() -> [ProximityJoin.Pair] {
        var all: [ProximityJoin.Pair] = []
        all.reserveCapacity(slots.reduce(0) { $0 + $1.count })
        for slot in slots { all.append(contentsOf: slot) }
        return all
    }
}
