// swift-tools-version: 6.0
import PackageDescription

/// Padan: Indonesian→English wire-copy alignment, terminology, TMX and translation memory.
///
/// Layering (see README "Architecture"): `CLibXML2` is the only module that sees libxml2 and
/// `XMLStream` the only Swift module that imports it; `TextIO` holds file input/output shared
/// by every part; `Memory` is the only module that speaks SQL.
let package = Package(
    name: "Padan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "padan", targets: ["padan"]),
        // Library products so the fuzz package (Fuzz/Package.swift) can depend on the parts it fuzzes.
        .library(name: "PadanLibraries", targets: [
            "TextIO", "XMLStream", "TMX", "Segmentation", "Alignment", "Terminology", "Memory", "Suggestion",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "TextIO"),
        .target(name: "XMLStream", dependencies: ["CLibXML2", "TextIO"]),
        .target(name: "TMX", dependencies: ["XMLStream", "TextIO"]),
        .target(name: "Segmentation", dependencies: ["XMLStream", "TextIO"]),
        .target(name: "Alignment", dependencies: ["Segmentation"]),
        .target(name: "Terminology", dependencies: ["TMX", "XMLStream", "TextIO", "Segmentation"], resources: [.copy("Resources")]),
        .target(
            name: "Memory",
            dependencies: ["TMX", "Segmentation", "Terminology", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "Suggestion", dependencies: ["Memory", "Terminology", "Segmentation", "XMLStream", "TextIO"]),
        .executableTarget(
            name: "padan",
            dependencies: [
                "TMX", "Segmentation", "Alignment", "Terminology", "Memory", "Suggestion", "TextIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "padan-dev",
            dependencies: [
                "TMX", "Segmentation", "Alignment", "Terminology", "Memory", "TextIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/PadanDev"
        ),
        .testTarget(name: "TextIOTests", dependencies: ["TextIO"]),
        .testTarget(name: "XMLStreamTests", dependencies: ["XMLStream"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TMXTests", dependencies: ["TMX"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AlignmentTests", dependencies: ["Alignment", "Segmentation"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminologyTests", dependencies: ["Terminology"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MemoryTests", dependencies: ["Memory", "TMX"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SuggestionTests", dependencies: ["Suggestion", "Memory", "Terminology"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PadanCLITests", dependencies: [], resources: [.copy("Fixtures")]),
    ]
)
