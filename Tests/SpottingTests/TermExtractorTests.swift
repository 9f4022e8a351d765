import Foundation
import Spotting
@testable import TermExtraction
import Terminology
import Testing

@Suite struct TermExtractorTests {
    /// Three known terms, each in six sentences with varied predicates.
    static let pairs: [(String, String)] = {
        let subjects = [("Dewan Keamanan", "The Security Council"), ("Pasukan perdamaian", "The peacekeepers"),
                        ("Menteri luar negeri", "The foreign minister")]
        let predicates = [("bertemu di Jakarta.", "met in Jakarta."), ("mengecam serangan itu.", "condemned the attack."),
                          ("menolak usulan yang baru.", "rejected the new proposal."), ("tiba kemarin dan langsung pergi.", "arrived yesterday and left at once."),
                          ("meminta gencatan senjata.", "asked for a ceasefire."), ("membahas krisis pangan.", "discussed the food crisis.")]
        return subjects.flatMap { subject in predicates.map { ("\(subject.0) \($0.0)", "\(subject.1) \($0.1)") } }
    }()

    static func extract(glossary: Glossary?) throws -> TermExtractionReport {
        var options = TermExtractionOptions()
        options.minimumFrequency = 3
        options.minimumLogLikelihood = 5
        let extractor = TermExtractor(options: options, glossary: glossary, model: nil)
        return try extractor.extract { body in for (source, target) in pairs { try body(source, target) } }
    }

    @Test func findsTheRecurringPhrasesWithTheirRenderings() throws {
        let report = try Self.extract(glossary: nil)
        #expect(report.units == 18)
        let byRoots = Dictionary(report.candidates.map { ($0.indonesian.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let council = try #require(byRoots["dewan keamanan"])
        #expect(council.frequency == 6)
        #expect(council.renderings.first?.text.lowercased() == "security council")
        #expect(council.dominantShare > 0.8)
        #expect(byRoots["menteri luar negeri"]?.renderings.first?.text.lowercased() == "foreign minister")
        #expect(byRoots["pasukan perdamaian"]?.renderings.first?.text.lowercased() == "peacekeepers")
        // The phrase outranks its parts, which never occur alone.
        let rank = { (term: String) in report.candidates.firstIndex { $0.indonesian.lowercased() == term } ?? .max }
        #expect(rank("dewan keamanan") < rank("dewan"))
        #expect(rank("dewan keamanan") < rank("keamanan"))
        #expect(council.glossary.status == .absent)
    }

    @Test func noCandidateIsAFunctionWordOrStartsOrEndsWithOne() throws {
        let report = try Self.extract(glossary: nil)
        let function = IndonesianMorphology.shared.lexicon.functionWords
        #expect(!report.candidates.isEmpty)
        for candidate in report.candidates {
            #expect(!function.contains(candidate.roots.first!) && !function.contains(candidate.roots.last!), "\(candidate.indonesian)")
        }
        #expect(!report.candidates.contains { ["yang", "itu", "di", "dan"].contains($0.indonesian.lowercased()) })
    }

    @Test func comparesWithTheGlossaryBothWays() throws {
        let glossary = Glossary(entries: [
            TermEntry(indonesian: ["Dewan Keamanan"], english: "Security Council"),
            TermEntry(indonesian: ["pasukan perdamaian"], english: "peace troops", alternatives: ["peacekeeping force"]),
            TermEntry(indonesian: ["bank sentral"], english: "central bank"),
        ])
        let report = try Self.extract(glossary: glossary)
        let council = try #require(report.candidates.first { $0.indonesian.lowercased() == "dewan keamanan" })
        #expect(council.glossary.status == .agrees)
        let peacekeepers = try #require(report.candidates.first { $0.indonesian.lowercased() == "pasukan perdamaian" })
        #expect(peacekeepers.glossary == GlossaryAgreement(status: .differs, english: ["peace troops"]))
        #expect(report.divergences.map(\.indonesian) == ["pasukan perdamaian"])
        #expect(report.divergences.first?.agreeing == 0)
        #expect(report.divergences.first?.spotted == 6)
    }

    @Test func aWordInsideALongerTermCountsOnlyWhereItStandsAloneAndVerbFormsRankLow() throws {
        // `luar negeri` stands alone once per predicate, and inside `menteri luar negeri` six
        // times; `mengecam` (a verb form, six times) is more frequent than `krisis` (five) and as
        // consistently rendered, yet ranks after it.
        let extra: [(String, String)] = [
            ("Utusan luar negeri pulang.", "The foreign envoy went home."), ("Krisis itu mengecam semua.", "The crisis condemned everyone."),
            ("Bantuan luar negeri dihentikan.", "Foreign aid was stopped."), ("Krisis pangan dibahas lagi.", "The food crisis was discussed again."),
            ("Polisi mengecam pencurian.", "The police condemned the theft."), ("Warga mengecam banjir.", "Residents condemned the flood."),
        ]
        var options = TermExtractionOptions()
        options.minimumFrequency = 3
        options.minimumLogLikelihood = 5
        let report = try TermExtractor(options: options, glossary: nil, model: nil).extract { body in
            for (source, target) in Self.pairs + extra { try body(source, target) }
        }
        let byForm = Dictionary(report.candidates.map { ($0.indonesian.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let minister = try #require(byForm["menteri luar negeri"])
        let foreign = try #require(byForm["luar negeri"])
        #expect(foreign.frequency == 8)
        #expect(foreign.cValue == 2 * 2)   // two words × the two occurrences outside the minister
        #expect(foreign.spotted == 2)
        #expect(minister.cValue == 3 * 6)
        let attack = try #require(byForm["mengecam"]), crisis = try #require(byForm["krisis"])
        #expect(attack.startsWithVerbalForm && !crisis.startsWithVerbalForm)
        #expect(attack.frequency >= crisis.frequency)
        let rank = { (term: String) in report.candidates.firstIndex { $0.indonesian.lowercased() == term } ?? .max }
        #expect(rank("krisis") < rank("mengecam"))
    }

    @Test func countsOverRootsWhateverTheAffixes() {
        var counter = SequenceCounter(longest: 3, capacity: 1_000)
        for sentence in ["Pengerahan pasukan dimulai.", "Presiden mengerahkan pasukan.", "Pasukan dikerahkan lagi."] {
            counter.add(SpottingText(sentence, language: .indonesian).words.map(\.modelWord))
        }
        let root = SpottingText("pengerahan", language: .indonesian).words[0].modelWord
        #expect(counter.counts[root] == 3)
        #expect(counter.counts["\(root) pasukan"] == 2)
        #expect(counter.counts["lagi"] == nil)   // a non-term word is not counted
    }

    @Test func logLikelihoodIsZeroForIndependentPartsAndGrowsWithAttraction() {
        #expect(abs(SequenceCounter.logLikelihood(together: 10, first: 100, second: 100, total: 1000)) < 1e-9)
        #expect(SequenceCounter.logLikelihood(together: 50, first: 60, second: 60, total: 1000) > 100)
    }

    @Test func prunesTheRarestPastItsCapacity() {
        var counter = SequenceCounter(longest: 1, capacity: 3)
        counter.add(["rumah", "rumah", "rumah", "jalan", "kota", "desa", "pasar"])
        #expect(counter.counts.count <= 3)
        #expect(counter.counts["rumah"] == 3)
    }

    @Test func theReportIsTheSameOnOneCoreOrSeveral() throws {
        // Few spots per candidate, so that the cap is reached inside a batch's parts: the parts
        // spotted side by side must be tallied as one pass in order would.
        let glossary = Glossary(entries: [TermEntry(indonesian: ["Dewan Keamanan"], english: "Security Council")])
        let reports = try [1, 2, 3].map { cores in
            var options = TermExtractionOptions()
            options.minimumFrequency = 3
            options.minimumLogLikelihood = 5
            options.spotsPerCandidate = 4
            options.cores = cores
            let extractor = TermExtractor(options: options, glossary: glossary, model: nil)
            return try extractor.extract { body in for (source, target) in Self.pairs + Self.pairs.reversed() { try body(source, target) } }
        }
        #expect(reports[0].units == 36)
        #expect(reports[0].candidates.contains { $0.spotted == 4 })
        #expect(reports[1] == reports[0])
        #expect(reports[2] == reports[0])
    }

    @Test func mergedCountsAreTheSumOfTheParts() {
        var first = SequenceCounter(longest: 2, capacity: 100), second = first, whole = first
        first.add(["dewan", "aman", "rumah"])
        second.add(["dewan", "aman"])
        whole.add(["dewan", "aman", "rumah"])
        whole.add(["dewan", "aman"])
        first.merge(second)
        #expect(first.counts == whole.counts)
        #expect(first.words == whole.words)
    }
}
