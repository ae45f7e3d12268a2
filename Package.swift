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
        .executable(name: "pushback", targets: ["pushback"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C libraries, each behind exactly one Swift wrapper.
        systemLibrary("CPoppler", pkgConfig: "poppler-glib"),
        systemLibrary("CLibXML2", pkgConfig: "libxml-2.0"),
        systemLibrary("COpenBLAS", pkgConfig: "openblas"),
        systemLibrary("CProj", pkgConfig: "proj"),
        systemLibrary("CShapelib", pkgConfig: "shapelib"),
        systemLibrary("CTesseract", pkgConfig: "tesseract"),
        systemLibrary("CZlibStream", pkgConfig: "zlib"),
        .target(name: "PushbackPDF", dependencies: ["CPoppler"]),
        .target(name: "PushbackXML", dependencies: ["CLibXML2"]),
        .target(name: "PushbackNumeric", dependencies: ["COpenBLAS"]),
        .target(name: "PushbackGeodesy", dependencies: ["CProj"]),
        .target(name: "PushbackShapefile", dependencies: ["CShapelib"]),
        .target(name: "PushbackOCR", dependencies: ["CTesseract"]),
        .target(name: "PushbackCompression", dependencies: ["CZlibStream"]),

        // Layers.
        .target(name: "PushbackModel"),
        .target(name: "PushbackYAML", dependencies: ["Yams"]),
        .target(name: "PushbackTOML", dependencies: ["TOMLKit"]),
        .target(name: "PushbackArchive", dependencies: ["ZIPFoundation"]),
        .target(name: "PushbackGeo", dependencies: ["PushbackModel", "PushbackGeodesy"]),
        .target(
            name: "PushbackIntake",
            dependencies: [
                "PushbackModel", "PushbackGeo", "PushbackGeodesy", "PushbackShapefile", "PushbackPDF", "PushbackXML", "PushbackOCR", "PushbackNumeric",
                "PushbackCompression", "PushbackArchive",
                .product(name: "Crypto", package: "swift-crypto"),
                "PushbackYAML",
            ]
        ),
        .target(name: "PushbackRules", dependencies: ["PushbackModel", "PushbackGeo", "PushbackYAML", "PushbackNumeric"]),
        .target(
            name: "PushbackStore",
            dependencies: ["PushbackModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "PushbackReport", dependencies: ["PushbackModel", "PushbackGeo"]),
        .target(
            name: "PushbackPackaging",
            dependencies: ["PushbackModel", "PushbackXML", "PushbackArchive", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "PushbackSweep",
            dependencies: [
                "PushbackModel", "PushbackGeo", "PushbackIntake", "PushbackRules",
                "PushbackStore", "PushbackReport", "PushbackPackaging",
                "PushbackPDF", "PushbackXML", "PushbackNumeric", "PushbackGeodesy", "PushbackOCR", "PushbackShapefile", "PushbackCompression",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "pushback",
            dependencies: [
                "PushbackSweep", "PushbackReport", "PushbackRules", "PushbackGeo", "PushbackTOML", "PushbackPackaging",
                .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Benchmarks of the geospatial core on the synthetic national dataset (make bench) and of
        // near-duplicate detection on synthetic filings.
        .executableTarget(name: "pushback-bench", dependencies: ["PushbackGeo", "PushbackModel", "PushbackIntake", "PushbackNumeric", "PushbackRules", "PushbackPackaging", "PushbackXML"]),

        // Tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PushbackPDFTests", dependencies: ["PushbackPDF", "TestSupport"]),
        .testTarget(name: "PushbackXMLTests", dependencies: ["PushbackXML", "TestSupport"]),
        .testTarget(name: "PushbackNumericTests", dependencies: ["PushbackNumeric", "TestSupport"]),
        .testTarget(name: "PushbackGeodesyTests", dependencies: ["PushbackGeodesy", "TestSupport"]),
        .testTarget(name: "PushbackCompressionTests", dependencies: ["PushbackCompression"]),
        .testTarget(name: "PushbackOCRTests", dependencies: ["PushbackOCR", "PushbackPDF", "TestSupport"]),
        .testTarget(name: "PushbackModelTests", dependencies: ["PushbackModel"]),
        .testTarget(name: "PushbackGeoTests", dependencies: ["PushbackGeo", "TestSupport"]),
        .testTarget(name: "PushbackIntakeTests", dependencies: ["PushbackIntake", "PushbackYAML", "TestSupport"]),
        .testTarget(name: "PushbackRulesTests", dependencies: ["PushbackRules", "PushbackIntake", "TestSupport"]),
        .testTarget(name: "PushbackStoreTests", dependencies: ["PushbackStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "PushbackPackagingTests", dependencies: ["PushbackPackaging", "PushbackArchive", "PushbackXML", "PushbackModel", "PushbackIntake", "TestSupport"]),
        .testTarget(name: "PushbackReportTests", dependencies: ["PushbackReport", "PushbackGeo", "PushbackModel"]),
        .testTarget(name: "PushbackSweepTests", dependencies: ["PushbackSweep", "PushbackGeo", "PushbackIntake", "PushbackStore", "PushbackReport", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["pushback", "PushbackStore", "PushbackArchive", "TestSupport"]),
    ]
)
