// swift-tools-version: 6.1
// Pushback: nightly compliance and safety review of oil and gas paperwork.
// Targets follow the layers in docs/architecture.md; dependencies point inward.
import PackageDescription

/// A system-library target for one Debian C library; only its wrapper target imports it.
func systemLibrary(_ name: String, pkgConfig: String) -> Target {
    .systemLibrary(
        name: name,
        path: "Sources/CLibraries/\(name)",
        pkgConfig: pkgConfig,
        providers: [.apt([])]
    )
}

let package = Package(
    name: "Pushback",
    platforms: [.macOS(.v14)],
    products: [
    ],
    dependencies: [
    ],
    targets: [
        // C libraries, each behind exactly one Swift wrapper.
        systemLibrary("CPoppler", pkgConfig: "poppler-glib"),
        systemLibrary("CLibXML2", pkgConfig: "libxml-2.0"),
        systemLibrary("COpenBLAS", pkgConfig: "openblas"),
        systemLibrary("CProj", pkgConfig: "proj"),
        .target(name: "PushbackPDF", dependencies: ["CPoppler"]),
        .target(name: "PushbackXML", dependencies: ["CLibXML2"]),
        .target(name: "PushbackNumeric", dependencies: ["COpenBLAS"]),
        .target(name: "PushbackGeodesy", dependencies: ["CProj"]),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PushbackPDFTests", dependencies: ["PushbackPDF", "TestSupport"]),
        .testTarget(name: "PushbackXMLTests", dependencies: ["PushbackXML", "TestSupport"]),
        .testTarget(name: "PushbackNumericTests", dependencies: ["PushbackNumeric"]),
        .testTarget(name: "PushbackGeodesyTests", dependencies: ["PushbackGeodesy", "TestSupport"]),
    ]
)
