import Foundation
import PushbackModel

/// The wells of one evaluation, grouped (a registry listing a well twice is one well with both
/// lines as evidence) and placed in their jurisdictions once, for every rule to share. Placing
/// millions of wells is the costly part of the rule stage; it is split across cores.
public struct PlacedWells: Sendable {
    /// The grouped wells and, at the same positions, their placements (two arrays rather than
    /// one of pairs: neither is copied to build the other).
    let groups: [WellGroup]
    let placements: [JurisdictionPlacement]
    /// Per source file: whether any of its wells is in (or possibly in) each jurisdiction id.
    private let jurisdictionsBySource: [String: Set<String>]
    /// Per jurisdiction id: the positions in (or possibly in) it, in input order — a rule reads
    /// only its own jurisdiction's wells.
    private let positionsByJurisdiction: [String: [Int]]

    public init(wells: [Well], jurisdictions: JurisdictionCatalog) {
        groups = WellGroup.group(wells)
        placements = Self.place(groups, jurisdictions: jurisdictions)
        var bySource: [String: Set<String>] = [:]
        var byJurisdiction: [String: [Int]] = [:]
        // Wells come source by source: keep the current source's set at hand.
        var currentPath: String?
        var currentSet: Set<String> = []
        for (index, placement) in placements.enumerated() {
            for id in placement.chain { byJurisdiction[id, default: []].append(index) }
            for id in placement.ambiguous where !placement.chain.contains(id) { byJurisdiction[id, default: []].append(index) }
            let path = groups[index].well.provenance.source.path
            if path != currentPath {
                if let currentPath { bySource[currentPath, default: []].formUnion(currentSet) }
                currentPath = path
                currentSet = bySource[path] ?? []
            }
            for id in placement.chain where !currentSet.contains(id) { currentSet.insert(id) }
            for id in placement.ambiguous where !currentSet.contains(id) { currentSet.insert(id) }
        }
        if let currentPath { bySource[currentPath, default: []].formUnion(currentSet) }
        jurisdictionsBySource = bySource
        positionsByJurisdiction = byJurisdiction
    }

    /// Positions in `groups` of the wells in (or possibly in) `jurisdiction`, in input order.
    func indices(in jurisdiction: String) -> [Int] {
        positionsByJurisdiction[jurisdiction] ?? []
    }

    /// True when the source has no readable well at all (nothing says where its wells are) or one
    /// in (or possibly in) `jurisdiction`.
    func source(_ path: String, mayHaveWellsIn jurisdiction: String) -> Bool {
        jurisdictionsBySource[path].map { $0.contains(jurisdiction) } ?? true
    }
    private static func place(_ groups: [WellGroup], jurisdictions: JurisdictionCatalog) -> [JurisdictionPlacement] {
        let count = groups.count
        guard count > 4_096 else { return groups.map { jurisdictions.placement(for: $0.well) } }
        let chunks = min(count / 2_048, ProcessInfo.processInfo.activeProcessorCount * 8)
        let results = PlacementChunks(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            results.store(range.map { jurisdictions.placement(for: groups[$0].well) }, at: chunk)
        }
        return results.joined()
    }
}

/// Per-chunk results written by concurrent workers, each to its own slot.
private final class PlacementChunks: @unchecked Sendable {
    private var chunks: [[JurisdictionPlacement]]
    private let lock = NSLock()

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    func store(_ placements: [JurisdictionPlacement], at index: Int) {
        lock.lock()
        chunks[index] = placements
        lock.unlock()
    }

    func joined() -> [JurisdictionPlacement] { chunks.flatMap { $0 } }
}
