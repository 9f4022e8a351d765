import Foundation
import Testing
import TextIO
@testable import Terminology

@Suite struct AlignedPairTests {
    @Test func tmxPairsAreThePlainTextOfTheIndonesianAndEnglishVariants() throws {
        let path = try fixture("inline-tags.tmx")
        let pairs = try AlignedPair.pairs(tmxPath: path)
        #expect(pairs.map(\.source) == ["Pemimpin KTT membahas rudal balistik antarbenua.", "Persenjataan itu diperiksa."])
        #expect(pairs.map(\.target) == ["The summit leaders discussed intercontinental ballistic rockets.", "The weapons were inspected."])
        #expect(pairs.map(\.location.line) == [6, 22])
        #expect(pairs.allSatisfy { $0.location.file == path })
    }

    @Test func tmx11LangAttributesAndTheOldIndonesianCodeArePaired() throws {
        let pairs = try AlignedPair.pairs(tmxPath: fixture("tmx11-lang.tmx"))
        #expect(pairs.map(\.source) == ["AS menjatuhkan sanksi baru.", "Kantor Berita Pusat Korea melaporkan uji coba itu."])
        #expect(pairs.map(\.target) == ["America imposed new sanctions.", "KCNA reported the test."])
        #expect(pairs.map(\.location.line) == [6, 14])
    }

    @Test func theCheckerSeesTermsInsideInlineTags() throws {
        let checker = TermChecker(glossary: try Glossary.load(paths: [fixture("military.tsv")]).0)
        let pair = try #require(try AlignedPair.pairs(tmxPath: fixture("inline-tags.tmx")).first)
        let findings = checker.check(source: pair.source, target: pair.target)
        #expect(findings.map(\.kind) == [.missingTranslation, .forbiddenTranslation])
        #expect(findings.map(\.match.matchedText) == ["rudal balistik antarbenua", "rudal balistik antarbenua"])
    }

    @Test func aDamagedTMXFailsWithItsPlace() throws {
        let path = temporaryPath("damaged.tmx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="id" adminlang="en" datatype="plaintext" segtype="sentence"
            o-tmf="none" creationtool="t" creationtoolversion="1"/><body>
            <tu><tuv xml:lang="id"><seg>rudal</seg></tuv><tuv xml:lang="en"><seg>missile</seg>
            """
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: GlossaryError.self) { try AlignedPair.pairs(tmxPath: path) }
        #expect(error.category == .dataError)
        #expect(error.diagnostics.first?.location.file == path)
        #expect((error.diagnostics.first?.location.line ?? 0) >= 4)
    }

    @Test func aMissingTMXIsNoInput() {
        let error = #expect(throws: GlossaryError.self) { try AlignedPair.pairs(tmxPath: "/nonexistent/memory.tmx") }
        #expect(error?.category == .noInput)
    }

    @Test func linePairsMustHaveTheSameLength() throws {
        let pairs = try AlignedPair.pairs(source: "rudal\n\nsenjata\r\n", sourceName: "id.txt", target: "missile\n\nweapon\n", targetName: "en.txt")
        #expect(pairs.map(\.source) == ["rudal", "senjata"])
        #expect(pairs.map(\.location.line) == [1, 3])
        #expect(throws: GlossaryError.self) { try AlignedPair.pairs(source: "a\nb\n", sourceName: "id.txt", target: "a\n", targetName: "en.txt") }
    }
}
