import Foundation
import Testing
import TestSupport

/// The morning report as a person sees it: rendered by a real headless browser (Chromium, from
/// Debian's packages) with no network, its text and maps checked in the rendered DOM, and a
/// screenshot of the first screen saved. Chromium's network log proves the page asked for
/// nothing outside the file; a copy of the report with an external image shows that check fails
/// when it should.
@Suite("The HTML report in a real browser, offline")
struct BrowserRenderingTests {
    static let chromium = "/usr/bin/chromium"
    /// Where the screenshot is kept for a person to look at after the tests.
    static let screenshot = Fixtures.repository(".build/test-artifacts/morning-report.png")

    @Test("a second night's report renders offline with its banner, news, overview map and a finding's map; it fetches nothing")
    func rendersOffline() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.chromium), "Chromium is missing: scripts/install-deps.sh installs it (Debian package chromium)")
        let inbox = try Fixtures.temporaryDirectory("browser-inbox")
        let state = try Fixtures.temporaryDirectory("browser-state")
        for name in ["orphan_wells.csv", "schools.csv"] {
            try FileManager.default.copyItem(at: Fixtures.url("inbox-small/" + name), to: inbox.appendingPathComponent(name))
        }
        _ = try sweep(inbox, state: state, asOf: "2026-12-06")
        // Night two: a well drilled 700 m from Wayne Van Horn Elementary — a new finding with a map.
        try (BaselineTests.header + BaselineTests.wellRow("0402912003", "NEW 3", latitude: "35.3620", longitude: "-119.0680"))
            .write(to: inbox.appendingPathComponent("new_wells.csv"), atomically: true, encoding: .utf8)
        let second = try sweep(inbox, state: state, asOf: "2026-12-07")
        #expect(second.exitCode == 0, "\(second.stderr)")
        let report = state.appendingPathComponent("reports/2026-12-07/report.html")

        let rendered = try Self.render(report, screenshot: Self.screenshot)
        for expected in [
            "RUN: COMPLETE — 3 document(s) read, none quarantined.",
            "SINCE THE LAST COMPLETE RUN (as of 2026-12-06): ",
            "New and updated since 2026-12-06",
            "Look at these first",
            "<svg class=\"overview\"",
            "<svg class=\"map\"",
            "well 04-029-12003 NEW 3",
            "975 m (3,200 ft) setback",
            "What to check next:",
        ] {
            #expect(rendered.dom.contains(expected), "the rendered page lacks \(expected)")
        }
        #expect(rendered.pageRequests.isEmpty, "the report fetched \(rendered.pageRequests)")
        // Printed: every finding's details open (print CSS), on several pages.
        let pdf = Self.screenshot.deletingLastPathComponent().appendingPathComponent("morning-report.pdf")
        _ = try Self.run(Self.flags(profile: try Fixtures.temporaryDirectory("chromium-print")) + ["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", report.absoluteString])
        let info = try Self.output("/usr/bin/pdfinfo", [pdf.path])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 3, "printed on \(pages) page(s): \(info)")
        let printed = try Self.output("/usr/bin/pdftotext", [pdf.path, "-"])
        #expect(printed.contains("What to check next") && printed.contains("RUN: COMPLETE"), "the printed report lacks its findings")
        let png = try Data(contentsOf: Self.screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        // A blank page compresses to a few kilobytes; the first screen is text, tables and a map.
        #expect(png.count > 40_000, "screenshot of \(png.count) bytes looks blank")
    }

    @Test("the network check catches a report that would fetch an image from the internet")
    func networkCheckCatchesFetches() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.chromium), "Chromium is missing: scripts/install-deps.sh installs it (Debian package chromium)")
        let folder = try Fixtures.temporaryDirectory("browser-canary")
        let page = folder.appendingPathComponent("canary.html")
        try "<!DOCTYPE html><html><body><p>canary</p><img src=\"http://canary.invalid/logo.png\"></body></html>".write(to: page, atomically: true, encoding: .utf8)
        let rendered = try Self.render(page, screenshot: folder.appendingPathComponent("canary.png"))
        #expect(rendered.dom.contains("canary"))
        #expect(rendered.pageRequests == ["http://canary.invalid/logo.png"], "\(rendered.pageRequests)")
    }

    private func sweep(_ inbox: URL, state: URL, asOf: String) throws -> CommandRunner.Result {
        try CommandRunner.run([
            "sweep", "--inbox", inbox.path, "--db", state.appendingPathComponent("pushback.sqlite").path,
            "--out", state.appendingPathComponent("reports").path, "--as-of", asOf,
        ])
    }

    /// The page's DOM after loading, and the URLs other than `file:` it requested (from the
    /// network log: requests made on the page's behalf carry its `file://` isolation key; the
    /// browser's own background requests do not).
    static func render(_ page: URL, screenshot: URL) throws -> (dom: String, pageRequests: [String]) {
        try FileManager.default.createDirectory(at: screenshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        let netLog = FileManager.default.temporaryDirectory.appendingPathComponent("pushback-netlog-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: netLog) }
        let profile = try Fixtures.temporaryDirectory("chromium-profile")
        defer { try? FileManager.default.removeItem(at: profile) }
        let flags = Self.flags(profile: profile)
        let dom = try run(flags + ["--log-net-log=\(netLog.path)", "--dump-dom", page.absoluteString])
        _ = try run(flags + ["--screenshot=\(screenshot.path)", page.absoluteString])
        let log = try JSONSerialization.jsonObject(with: Data(contentsOf: netLog)) as? [String: Any] ?? [:]
        let types = ((log["constants"] as? [String: Any])?["logEventTypes"] as? [String: Int]) ?? [:]
        let startJob = try #require(types["URL_REQUEST_START_JOB"], "the network log has no URL_REQUEST_START_JOB events")
        var requests: [String] = []
        for event in log["events"] as? [[String: Any]] ?? [] where event["type"] as? Int == startJob {
            guard let params = event["params"] as? [String: Any], let url = params["url"] as? String,
                  (params["network_isolation_key"] as? String)?.hasPrefix("file://") == true, !url.hasPrefix("file:") else { continue }
            if !requests.contains(url) { requests.append(url) }
        }
        return (dom, requests)
    }

    /// Headless Chromium with a profile of its own and no background traffic, at 1280 × 900.
    static func flags(profile: URL) -> [String] {
        [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-default-apps", "--disable-breakpad", "--dns-prefetch-disable", "--no-pings", "--hide-scrollbars",
            "--user-data-dir=\(profile.path)", "--window-size=1280,900",
        ]
    }

    /// What a command printed, and how it exited.
    static func execute(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func output(_ executable: String, _ arguments: [String]) throws -> String { try execute(executable, arguments).output }

    /// Runs Chromium without a network: in a network namespace of its own when the machine
    /// allows one (`unshare -n`; CI runs as root), else with every host resolved to nowhere.
    static func run(_ arguments: [String]) throws -> String {
        let isolated = (try? execute("/usr/bin/unshare", ["-n", "true"]).status) == 0
        let result = isolated ? try execute("/usr/bin/unshare", ["-n", chromium] + arguments)
            : try execute(chromium, arguments + ["--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9"])
        #expect(result.status == 0, "chromium exited \(result.status)")
        return result.output
    }
}
