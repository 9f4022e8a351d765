import Foundation
import Testing
import TextIO
@testable import TMX

@Suite struct TMXValidatorTests {
    @Test func reportsEveryProblemWithItsLine() throws {
        let report = try TMXValidator.validate(path: try fixture("many-problems.tmx"))
        #expect(!report.isValid)
        let errors = report.diagnostics.filter { $0.severity == .error }.map { "\($0.location.line ?? 0) \($0.message)" }
        #expect(errors == [
            "6 <bpt i=\"1\"> has no matching <ept i=\"1\"> in this segment",
            "7 <tuv> has no language",
            "10 <it> without pos",
            "10 <b> is not allowed inside <seg>",
            "12 <note> after a <tuv>",
            "14 <tu> without <tuv>",
        ])
        #expect(report.errorCount == 6)
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("segtype=\"chapter\"") })
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("changedate=\"yesterday\"") })
    }

    @Test(arguments: ["omegat.tmx", "trados-studio.tmx", "memoq.tmx", "heartsome.tmx", "okapi.tmx"])
    func toolExportsAreValid(_ name: String) throws {
        let report = try TMXValidator.validate(path: try fixture(name))
        #expect(report.isValid, "\(report.diagnostics)")
        #expect(report.unitCount >= 2)
    }

    @Test func malformedXMLEndsTheReportWithLineAndColumn() throws {
        let report = try TMXValidator.validate(path: try fixture("truncated.tmx"))
        #expect(!report.isValid)
        let last = try #require(report.diagnostics.last)
        #expect(last.location.line == 17)
        #expect(last.location.column != nil)
    }

    @Test func wrongRootAndHostileFilesAreErrorsNotCrashes() throws {
        for name in ["wrong-root.tmx", "xxe.tmx", "billion-laughs.tmx", "undeclared-encoding.tmx"] {
            let report = try TMXValidator.validate(path: try fixture(name))
            #expect(report.errorCount == 1, "\(name)")
            #expect(report.unitCount == 0, "\(name)")
        }
    }

    @Test func deviationsAreWarningsOnly() throws {
        let report = try TMXValidator.validate(path: try fixture("deviations.tmx"))
        #expect(report.isValid)
        #expect(report.warningCount == 6)
    }
}

@Suite struct TMXStatisticsTests {
    @Test func countsPairsToolsDatesTagsAndProps() throws {
        let reader = try TMXReader(path: try fixture("trados-studio.tmx"))
        var statistics = TMXStatistics(header: reader.header)
        try statistics.add(unitsOf: reader)
        #expect(statistics.unitCount == 2)
        #expect(statistics.languages == ["id-ID": 2, "en-GB": 2])
        #expect(statistics.languagePairs == ["id-ID → en-GB": 2])
        #expect(statistics.creationTools == ["SDL Language Platform 8.1": 2])
        #expect(statistics.earliestDate == "20230905T074211Z" || statistics.earliestDate == "20230905T081502Z")
        #expect(statistics.latestDate == "20230906T112045Z")
        #expect(statistics.inlineTags == ["bpt": 2, "ept": 2, "ph": 2])
        #expect(statistics.propertyTypes["x-Origin"] == 2)
        #expect(statistics.propertyTypes["x-Recognizers"] == 1)
    }

    /// The counter and the model builder consume one parser: what one counts, the other holds.
    @Test(arguments: ["omegat.tmx", "omegat-level1-tmx11.tmx", "trados-studio.tmx", "trados-workbench-utf16.tmx",
                      "memoq.tmx", "okapi.tmx", "heartsome.tmx", "deviations.tmx", "latin1-declared.tmx"])
    func countsWhatTheModelHolds(_ name: String) throws {
        let (memory, _) = try readAll(try fixture(name))
        let reader = try TMXReader(path: try fixture(name))
        var statistics = TMXStatistics(header: reader.header)
        try statistics.add(unitsOf: reader)
        let variants = memory.units.flatMap(\.variants)
        #expect(statistics.unitCount == memory.units.count)
        #expect(statistics.variantCount == variants.count)
        #expect(statistics.languages.values.reduce(0, +) == variants.count)
        #expect(statistics.inlineTags.values.reduce(0, +) == variants.reduce(0) { $0 + $1.segment.inlineTagCount })
        #expect(statistics.noteCount == memory.header.notes.count + memory.units.reduce(0) { $0 + $1.notes.count }
            + variants.reduce(0) { $0 + $1.notes.count })
        #expect(statistics.propertyTypes.values.reduce(0, +) == memory.header.properties.count
            + memory.units.reduce(0) { $0 + $1.properties.count } + variants.reduce(0) { $0 + $1.properties.count })
        #expect(Set(statistics.languages.keys) == Set(variants.compactMap { $0.language.map(LanguageTag.canonical) }))
    }

    @Test func sourceAllUsesTheFirstVariant() throws {
        let reader = try TMXReader(path: try fixture("heartsome.tmx"))
        var statistics = TMXStatistics(header: reader.header)
        try statistics.add(unitsOf: reader)
        #expect(statistics.languagePairs == ["id → en": 2])
        #expect(statistics.inlineTags == ["it": 4, "hi": 2, "ph": 2, "sub": 2])
        #expect(statistics.noteCount == 2)
    }
}

@Suite struct TMXNormalizerTests {
    @Test func tmx11BecomesTMX14() throws {
        let reader = try TMXReader(path: try fixture("deviations.tmx"))
        var normalizer = TMXNormalizer(toolVersion: "0.1.0")
        let header = normalizer.header(from: reader.header)
        #expect(header.version == "1.4")
        for name in TMXSchema.requiredHeaderAttributes { #expect(header.attributes[named: name] != nil) }
        let read = try #require(try reader.next())
        let normalized = normalizer.normalize(read)
        let unit = try #require(normalized)
        #expect(unit.variants.map { $0.attributes.map(\.name) } == [["xml:lang"], ["xml:lang"]])
        #expect(unit.properties.first?.type == "x-untyped")
    }

    @Test func languageFilterKeepsOnlyUnitsWithEveryLanguage() throws {
        var normalizer = TMXNormalizer(toolVersion: "1", languages: ["id", "en"])
        let both = TranslationUnit(variants: [
            TranslationVariant(language: "ID-ID", segment: Segment(text: "Satu")),
            TranslationVariant(language: "ko", segment: Segment(text: "하나")),
            TranslationVariant(language: "en-GB", segment: Segment(text: "One")),
        ])
        #expect(normalizer.normalize(both)?.variants.compactMap(\.language) == ["ID-ID", "en-GB"])
        let onlyKorean = TranslationUnit(variants: [TranslationVariant(language: "ko", segment: Segment(text: "둘"))])
        #expect(normalizer.normalize(onlyKorean) == nil)
    }
}

@Suite struct SegmentNotationTests {
    @Test(arguments: ["omegat.tmx", "trados-studio.tmx", "heartsome.tmx", "okapi.tmx", "memoq.tmx"])
    func notationReadsBackTheSameSegment(_ name: String) throws {
        let memory = try readAll(try fixture(name)).memory
        for variant in memory.units.flatMap(\.variants) {
            let notation = SegmentNotation.string(from: variant.segment)
            #expect(!notation.contains("\t") && !notation.contains("\n"))
            #expect(try SegmentNotation.segment(from: notation, at: SourceLocation(file: "x.tsv", line: 2)) == variant.segment)
        }
    }

    @Test func brokenMarkupNamesTheRow() throws {
        let error = try #require(throws: TMXError.self) {
            try SegmentNotation.segment(from: "Satu <bpt i=\"1\">dua", at: SourceLocation(file: "x.tsv", line: 4))
        }
        #expect(error.location == SourceLocation(file: "x.tsv", line: 4))
    }
}
