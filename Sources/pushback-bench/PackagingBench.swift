import Foundation
import PushbackModel
import PushbackPackaging
import PushbackXML

/// `pushback-bench packaging SCHEMA [FINDINGS=10000] [FORMS=1000] [REPEAT=3]`: builds, validates
/// and packages a filing bundle of FORMS synthetic sundry notices (one well each) and FINDINGS
/// findings spread over their wells, then validates its largest XML part (the findings report)
/// again on its own — parse and XSD validation through libxml2 — beside `xmllint --schema` and
/// `xmllint --stream --schema` on the same file. The schema is compiled outside the timed
/// validation for Pushback; xmllint's times include its own compile (timed alone and reported).
enum PackagingBench {
    static func run(schema: String, findings findingCount: Int, forms: Int, repeats: Int) throws -> [String: Any] {
        let bundle = synthetic(findings: findingCount, forms: forms)
        let builder = BundleBuilder(schemaPath: schema)
        var buildTimes: [Double] = []
        var built: BundleBuilder.Built?
        for _ in 0..<repeats {
            buildTimes.append(try timed { built = try builder.build(bundle) })
        }
        guard let built, let report = built.parts.first(where: { $0.name == "reports/findings.xml" }) else { throw BenchError("no findings report was built") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pushback-bench-findings.xml")
        try report.data.write(to: file)
        let compiled = try XMLSchema(path: schema)
        var ours: [Double] = []
        for _ in 0..<repeats {
            ours.append(try timed {
                let document = try XMLDocument(path: file.path)
                let errors = compiled.validate(document)
                guard errors.isEmpty else { throw BenchError("the findings report does not validate: \(errors[0])") }
            })
        }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("pushback-bench-empty.xml")
        try Data("<Manifest xmlns=\"urn:pushback:filing:2026\"/>".utf8).write(to: empty)
        let compileOnly = median((0..<repeats).map { _ in xmllint(["--noout", "--schema", schema, empty.path]) })
        let whole = median((0..<repeats).map { _ in xmllint(["--noout", "--schema", schema, file.path]) })
        let streaming = median((0..<repeats).map { _ in xmllint(["--noout", "--stream", "--schema", schema, file.path]) })
        return [
            "task": "packaging", "forms": forms, "findings": findingCount, "parts": built.parts.count, "package_bytes": built.data.count,
            "build_validate_package_seconds": median(buildTimes), "build_runs": buildTimes,
            "findings_report_bytes": report.data.count, "pushback_validate_seconds": median(ours), "pushback_validate_runs": ours,
            "xmllint_schema_seconds": whole, "xmllint_stream_seconds": streaming, "xmllint_schema_compile_seconds": compileOnly,
            "ratio_to_xmllint": median(ours) / whole, "threads": ProcessInfo.processInfo.activeProcessorCount, "peak_rss_mib": peakResidentMiB(),
        ]
    }

    static func timed(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Wall time of one `xmllint` run; a failing run (not valid) is an error in the benchmark.
    static func xmllint(_ arguments: [String]) -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        do { try process.run() } catch { return .nan }
        process.waitUntilExit()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// FORMS notices on lease NMNM12345, wells 30-015-00001… in Eddy County, NM; FINDINGS
    /// findings cycling over the wells, two pieces of evidence each.
    static func synthetic(findings count: Int, forms: Int) -> FilingBundle {
        let source = SourceReference(sha256: String(repeating: "ab", count: 32), path: "filings/blm/synthetic.pdf")
        func stated(_ value: String, _ field: String) -> StatedValue { StatedValue(value, evidence: Evidence(source: source, page: 1, field: field, quote: value)) }
        let notices = (1...forms).map { index -> SundryNotice in
            let number = String(format: "%05d", index)
            return SundryNotice(
                source: SourceReference(sha256: String(format: "%064x", index), path: "filings/blm/synthetic-\(number).pdf"),
                wellType: stated("Oil Well", "Checkbox_1"), operatorName: stated("Example Petroleum Operating LLC", "Text_2"),
                operatorAddress: stated("PO Box 1234, Midland, TX 79702", "Text_3"), operatorPhone: stated("(432) 555-0147", "US_Phone_Number_1"),
                location: stated("660 FNL & 1980 FWL, Sec. 12, T. 22 S., R. 27 E., NMPM", "Text_4"),
                plss: SundryNotice.PLSS(aliquots: nil, lot: nil, section: 12, township: "22S", range: "27E", meridian: "New Mexico Principal Meridian", footage: "660 FNL 1980 FWL"),
                leaseSerial: stated("NMNM12345", "Text_5"), indianAllotteeOrTribe: nil, unitOrCAAgreement: stated("CA NMNM 139876", "Text_7"),
                wellNameAndNumber: stated("FEDERAL 12 COM #\(index)H", "Text_8"), api: stated("30015\(number)", "Text_9"),
                fieldAndPool: stated("Example Draw; Bone Spring (Oil)", "Text_10"), county: stated("Eddy", "Text_11"), state: stated("NM", "Text_11"),
                submissionType: stated("Notice of Intent", "Checkbox_4"), actions: [stated("Plug and Abandon", "Checkbox_15")], otherAction: nil, completionDate: nil,
                description: stated("SYNTHETIC BENCHMARK FILING. Set a CIBP at 8,950 ft and cap it with 35 sacks of Class H cement; spot plugs; cut off 3 ft below ground level.", "Text_15"),
                signerName: stated("Jordan A. Example", "Text_16"), signerTitle: stated("Regulatory Analyst", "Text_17"), signedDate: stated("2026-11-02", "Date_1")
            )
        }
        let findings = (0..<count).map { index -> FilingBundle.ReportedFinding in
            let api = "30015" + String(format: "%05d", index % forms + 1)
            let finding = Finding(
                ruleID: "BENCH-RULE-\(index % 40)", ruleVersion: 1, kind: index % 3 == 0 ? .fail : (index % 3 == 1 ? .review : .open), severity: .medium,
                title: "Synthetic finding \(index)", message: "Synthetic finding \(index) about \(api): the values compared and what they mean.",
                remediation: "Pull the filing and check it.", citation: Citation(text: "43 CFR 3162.3-2", url: "https://www.ecfr.gov/current/title-43/section-3162.3-2"),
                basis: "regulation", subject: Subject(type: "well", id: api), jurisdictions: ["us", "us-nm"],
                comparedValues: [ComparedValue(name: "value", actual: "\(index)", limit: "0", comparison: "=")],
                evidence: [Evidence(source: source, page: 1, line: index % 50 + 1, field: "Text_9", quote: api), Evidence(source: source, page: 1, field: "Date_1", quote: "11/02/2026")],
                due: index % 5 == 0 ? "2027-01-01" : nil
            )
            var fingerprinted = finding
            fingerprinted.fingerprint = String(format: "%016x", index)
            return FilingBundle.ReportedFinding(finding: fingerprinted, baseline: .new)
        }
        let wells = notices.map { FilingBundle.WellRecord(api: $0.api.value, name: $0.wellNameAndNumber.value, statusHistory: [
            FilingBundle.WellRecord.Entry(date: "2026-11-02", text: "Notice of Intent: Plug and Abandon", evidence: $0.signedDate.evidence),
        ], tests: []) }
        return FilingBundle(leaseSerial: "NMNM12345", notices: notices, wells: wells, findings: findings, runID: "bench", asOf: "2026-12-07", ruleBundle: nil,
                            sequence: 1, correction: .original, amends: nil, evidence: [], author: "bench", organization: "bench")
    }
}
