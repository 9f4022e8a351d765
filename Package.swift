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
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
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
        .target(name: "Alignment", dependencies: ["Segmentation", "Lexicon", "TextIO"]),
        .systemLibrary(name: "CLibZ", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "Lexicon", dependencies: ["Terminology", "CLibZ"]),
        .target(name: "Terminology", dependencies: ["TMX", "XMLStream", "TextIO", "Segmentation"], resources: [.copy("Resources")]),
        .target(
            name: "Memory",
            dependencies: ["TMX", "Segmentation", "Terminology", "Lexicon", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        .target(name: "GlossaryEvaluation", dependencies: ["Terminology", "TextIO"]),
        .target(
            name: "Documents",
            dependencies: ["XMLStream", "TextIO", "Segmentation", "TMX", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "Spotting", dependencies: ["Lexicon", "Terminology", "Memory"]),
        .target(name: "TermExtraction", dependencies: ["Spotting", "Lexicon", "Terminology"]),
        .target(name: "Suggestion", dependencies: ["Memory", "Terminology", "Segmentation", "XMLStream", "TextIO"]),
        .target(
            name: "PadanServer",
            dependencies: [
                "TMX", "Segmentation", "Alignment", "Terminology", "Memory", "Suggestion", "TextIO", "Spotting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "padan",
            dependencies: [
                "TMX", "Segmentation", "Alignment", "Lexicon", "Terminology", "Memory", "Suggestion", "TextIO", "Documents", "Spotting", "TermExtraction", "PadanServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // The Swift runtime and Foundation linked in: a new process skips resolving some
            // 12,000 symbols against a dozen shared libraries (`make bench`, cold lookups), and
            // the installed binary needs no Swift toolchain beside it. Linked by the toolchain's
            // lld, with relative relocations packed (2.8 MB of them to 23 KB) and no symbols
            // exported: the 30,000 exported ones made each `dladdr` at start-up a long search.
            linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic", "-static-stdlib", "-Xlinker", "--start-group", "-lFoundation", "-lFoundationInternationalization", "-lFoundationEssentials", "-lCoreFoundation", "-l_FoundationCollections", "-l_FoundationCShims", "-l_FoundationICU", "-Xlinker", "--end-group", "-lstdc++"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "padan-dev",
            dependencies: [
                "TMX", "Segmentation", "Alignment", "Lexicon", "Terminology", "Memory", "TextIO",
                "GlossaryEvaluation", "Spotting", "TermExtraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/PadanDev"
        ),
        .testTarget(name: "TextIOTests", dependencies: ["TextIO"]),
        .testTarget(name: "XMLStreamTests", dependencies: ["XMLStream"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TMXTests", dependencies: ["TMX"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AlignmentTests", dependencies: ["Alignment", "Segmentation", "Lexicon"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminologyTests", dependencies: ["Terminology"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GlossaryEvaluationTests", dependencies: ["GlossaryEvaluation", "Terminology"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MemoryTests", dependencies: ["Memory", "TMX", "Lexicon"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SpottingTests", dependencies: ["Spotting", "TermExtraction", "Lexicon", "Memory", "Terminology"]),
        .testTarget(name: "SuggestionTests", dependencies: ["Suggestion", "Memory", "Terminology"], resources: [.copy("Fixtures")]),
        .target(name: "DOCXFixtures", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Tests/DOCXFixtures"),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Alignment", "TMX", "DOCXFixtures"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PadanCLITests", dependencies: ["DOCXFixtures"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "PadanServerTests",
            dependencies: ["PadanServer", "Memory", "TMX", "Terminology", .product(name: "Logging", package: "swift-log")]
        ),
    ]
)
