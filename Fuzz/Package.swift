// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for Padan, kept out of the normal build: one executable per entry point.
///
/// Built by `Scripts/fuzz.sh` with `swift build --sanitize=fuzzer --sanitize=address -Xswiftc
/// -sanitize=fuzzer,address` (swiftc keeps only its last `-sanitize=`, and SwiftPM orders its two
/// at random, so the combined flag comes last and coverage is never lost; debug, so
/// `@testable import` reaches the internals a target needs); each executable's
/// `LLVMFuzzerTestOneInput` is the libFuzzer entry point and libFuzzer provides `main`.
let targets: [(name: String, dependencies: [String])] = [
    ("fuzz-tmx-reader", ["TMX"]),
    ("fuzz-xml-pull", ["XMLStream"]),
    ("fuzz-tbx", ["Terminology"]),
    ("fuzz-srx", ["Segmentation"]),
    ("fuzz-glossary-tsv", ["Terminology"]),
    ("fuzz-glossary-csv", ["Terminology"]),
    ("fuzz-tmx-from-tsv", ["TMX"]),
    ("fuzz-text-decoder", ["TextIO"]),
    ("fuzz-segmenter", ["Segmentation"]),
    ("fuzz-term-matcher", ["Terminology"]),
    ("fuzz-fuzzy-score", ["Memory"]),
    ("fuzz-aligner", ["Alignment"]),
    ("fuzz-xliff-output", ["Suggestion", "Memory", "XMLStream"]),
]

let package = Package(
    name: "PadanFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Padan", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "PadanLibraries", package: "Padan")]),
    ] + targets.map { target in
        .executableTarget(
            name: target.name,
            dependencies: ["FuzzSupport", .product(name: "PadanLibraries", package: "Padan")],
            path: "Sources/\(target.name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)
