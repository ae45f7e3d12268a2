import Foundation

/// The files a run's report is written as, each rendered from the same `ReportContent`.
public enum ReportFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// `report.html`: self-contained, with maps; the morning report.
    case html
    /// `report.txt`: every finding in full, as plain text.
    case text
    /// `digest.txt`: one screen for email.
    case digest
    /// `findings.json`: the stable interface for programs (depends on the inputs alone).
    case json
    /// `findings.sarif`: SARIF 2.1.0.
    case sarif
    /// `findings.csv`: for spreadsheets.
    case csv
    /// `findings.geojson`: located findings for GIS tools.
    case geojson

    public var fileName: String {
        switch self {
        case .html: "report.html"
        case .text: "report.txt"
        case .digest: "digest.txt"
        case .json: "findings.json"
        case .sarif: "findings.sarif"
        case .csv: "findings.csv"
        case .geojson: "findings.geojson"
        }
    }

    public var description: String { rawValue }

    /// How the report is drawn, beyond what it shows.
    public struct Options: Sendable, Equatable {
        /// Proximity findings drawn as a map in `report.html` at most (the rest are in the GeoJSON).
        public var maps: Int

        public init(maps: Int = Options.defaultMaps) { self.maps = maps }

        public static let defaultMaps = 30
    }

    public func render(_ content: ReportContent, options: Options = Options()) throws -> Data {
        switch self {
        case .html: Data(HTMLReport.render(content, options: options).utf8)
        case .text: Data(TextReport.render(content).utf8)
        case .digest: Data(DigestReport.render(content).utf8)
        case .json: try FindingsJSON.render(content)
        case .sarif: try SARIFReport.render(content)
        case .csv: Data(FindingsCSV.render(content).utf8)
        case .geojson: try FindingsGeoJSON.render(content)
        }
    }
}
