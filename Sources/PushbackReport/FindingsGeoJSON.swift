import Foundation
import PushbackModel

/// `findings.geojson`: the located findings for GIS tools, as an RFC 7946 FeatureCollection
/// (WGS84 longitude, latitude). One Point feature per finding at its subject (`role: subject`:
/// the well), with the finding's number, rule, severity, kind, standing and — for a proximity
/// finding — the receptor, the measured distance and the setback; and one Point feature per
/// receptor involved (`role: related`) listing the findings that name it. Findings without a
/// location are counted in `properties.unlocated`, never silently dropped.
public enum FindingsGeoJSON {
    public static func render(_ content: ReportContent) throws -> Data {
        var features: [[String: Any]] = []
        var related: [GeoPoint: (subject: Subject, location: Location, numbers: [Int])] = [:]
        var relatedOrder: [GeoPoint] = []
        var unlocated = 0
        for (index, finding) in content.findings.enumerated() {
            let number = index + 1
            guard let geometry = finding.geometry else {
                unlocated += 1
                continue
            }
            var properties: [String: Any] = [
                "role": "subject", "number": number, "rule_id": finding.ruleID, "rule_version": finding.ruleVersion,
                "severity": finding.severity.rawValue, "kind": finding.kind.rawValue, "title": finding.title,
                "subject_type": finding.subject.type, "subject_id": finding.subject.id,
                "uncertainty_m": rounded(geometry.subject.uncertainty.meters), "location_basis": geometry.subject.basis,
                "jurisdictions": finding.jurisdictions, "citation_url": finding.citation.url,
            ]
            properties["subject_name"] = finding.subject.name
            properties["fingerprint"] = finding.fingerprint
            properties["due"] = finding.due
            if let standing = content.baselineStanding(of: finding) {
                properties["state"] = standing.state
                properties["first_seen"] = standing.firstSeen
            }
            if let ack = content.acknowledgement(of: finding) { properties["acknowledged"] = ack.reason.rawValue }
            if let receptor = geometry.related, let subject = finding.related.first {
                properties["related_type"] = subject.type
                properties["related_id"] = subject.id
                properties["related_name"] = subject.name
                properties["related_coordinates"] = position(receptor.point)
                if related[receptor.point] == nil {
                    related[receptor.point] = (subject, receptor, [])
                    relatedOrder.append(receptor.point)
                }
                related[receptor.point]!.numbers.append(number)
            }
            properties["distance_m"] = geometry.measured.map { rounded($0.meters) }
            properties["setback_m"] = geometry.setback.map { rounded($0.meters) }
            properties["parcel_radius_m"] = geometry.parcelRadius.map { rounded($0.meters) }
            features.append(feature(geometry.subject.point, properties))
        }
        for point in relatedOrder {
            let entry = related[point]!
            var properties: [String: Any] = [
                "role": "related", "subject_type": entry.subject.type, "subject_id": entry.subject.id, "findings": entry.numbers,
                "uncertainty_m": rounded(entry.location.uncertainty.meters), "location_basis": entry.location.basis,
            ]
            properties["subject_name"] = entry.subject.name
            features.append(feature(point, properties))
        }
        let collection: [String: Any] = [
            "type": "FeatureCollection",
            "properties": ["as_of": content.asOf, "run_status": content.isComplete ? "complete" : "partial", "findings": content.findings.count, "unlocated": unlocated],
            "features": features,
        ]
        var data = try JSONSerialization.data(withJSONObject: collection, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(UInt8(ascii: "\n"))
        return data
    }

    private static func feature(_ point: GeoPoint, _ properties: [String: Any]) -> [String: Any] {
        ["type": "Feature", "geometry": ["type": "Point", "coordinates": position(point)], "properties": properties]
    }

    /// `[longitude, latitude]`, as RFC 7946 orders them, to seven decimals.
    private static func position(_ point: GeoPoint) -> [Double] {
        [(point.longitude * 1e7).rounded() / 1e7, (point.latitude * 1e7).rounded() / 1e7]
    }

    private static func rounded(_ meters: Double) -> Double { (meters * 100).rounded() / 100 }
}
