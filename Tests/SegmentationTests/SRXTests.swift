import Foundation
import Segmentation
import Testing

@Suite struct SRXTests {
    static func fixture(_ name: String) throws -> String {
        let parts = name.split(separator: ".")
        let url = try #require(Bundle.module.url(forResource: String(parts[0]), withExtension: String(parts[1]), subdirectory: "Fixtures"))
        return url.path
    }

    @Test func cascadeCollectsEveryMatchingMapInOrder() throws {
        let rules = try SegmentationRules.load(srxPath: Self.fixture("house.srx"), language: .indonesian)
        #expect(rules.rules.map(\.isBreak) == [false, true, true])
        #expect(rules.rules[0].before == #"\bInf\."#)
        #expect(rules.rules[0].location?.line == 10)
        let sentences = Segmenter(language: .indonesian, rules: rules)
            .sentences(in: "Kol. Inf. Budi datang; Ani pergi. Selesai.")
        #expect(sentences.map(\.text) == ["Kol.", "Inf. Budi datang;", "Ani pergi.", "Selesai."])
    }

    @Test func withoutCascadeOnlyTheFirstMatchingMapApplies() throws {
        let rules = try SegmentationRules.load(srxPath: Self.fixture("house-no-cascade.srx"), language: .indonesian)
        #expect(rules.rules.count == 2)
    }

    @Test func languagePatternsAreMatchedIgnoringCase() throws {
        let rules = try SegmentationRules.load(srxPath: Self.fixture("house.srx"), language: .english)
        let sentences = Segmenter(language: .english, rules: rules).sentences(in: "Sen. Ray spoke. it ended.")
        #expect(sentences.map(\.text) == ["Sen. Ray spoke.", "it ended."])
    }

    @Test func userRulesExtendTheBuiltInOnes() throws {
        // Only the "Newsroom" rules: a generic break rule of the user's would override the built-in
        // exceptions (`Kol.`, `Prof.`), as SRX priority says.
        let house = try SegmentationRules.load(srxPath: Self.fixture("house-no-cascade.srx"), language: .indonesian)
        let segmenter = Segmenter(language: .indonesian, rules: house.extending(.builtIn(.indonesian)))
        let sentences = segmenter.sentences(in: "Kol. Inf. Budi datang; Prof. Ani pergi.")
        #expect(sentences.map(\.text) == ["Kol. Inf. Budi datang;", "Prof. Ani pergi."])
    }

    @Test(arguments: [
        ("bad-regex.srx", SRXErrorKind.invalidPattern, 7),
        ("bad-break.srx", .invalid, 7),
        ("truncated.srx", .malformed, nil),
        ("not-srx.xml", .invalid, nil),
        ("french-only.srx", .noRulesForLanguage, nil),
    ] as [(String, SRXErrorKind, Int?)])
    func brokenFilesAreRefusedWithTheirPlace(_ name: String, _ kind: SRXErrorKind, _ line: Int?) throws {
        let path = try Self.fixture(name)
        let error = try #require(throws: SRXError.self) {
            try SegmentationRules.load(srxPath: path, language: .indonesian)
        }
        #expect(error.kind == kind)
        #expect(error.location.file == path)
        if let line { #expect(error.location.line == line) }
        #expect(error.category.exitStatus == 65)
        #expect(error.description.hasPrefix(path))
    }

    @Test func aMissingFileIsNoInput() throws {
        let error = try #require(throws: SRXError.self) {
            try SegmentationRules.load(srxPath: "/nonexistent/house.srx", language: .english)
        }
        #expect(error.kind == .cannotOpen)
        #expect(error.category.exitStatus == 66)
    }
}
