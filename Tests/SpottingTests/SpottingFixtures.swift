import Foundation
import Lexicon
import Memory
import TMX

/// Small hand-written sentence pairs (the team's own, not from any corpus) and a memory made of them.
enum SpottingFixtures {
    static let pairs: [(String, String)] = [
        ("Pengerahan pasukan dimulai pagi ini.", "The deployment of troops began this morning."),
        ("Presiden menyetujui pengerahan polisi.", "The president approved the deployment of police."),
        ("Pasukan tiba di perbatasan.", "Troops arrived at the border."),
        ("Polisi menjaga perbatasan.", "Police guard the border."),
        ("Presiden tiba pagi ini.", "The president arrived this morning."),
        ("Pengerahan itu dikritik.", "The deployment was criticised."),
        ("Pemerintah menyetujui anggaran.", "The government approved the budget."),
        ("Anggaran pasukan dikritik.", "The troops budget was criticised."),
        ("Dewan Keamanan bersidang hari ini.", "The Security Council met today."),
        ("Presiden berbicara di Dewan Keamanan.", "The president spoke at the Security Council."),
        ("Dewan itu menyetujui anggaran.", "The council approved the budget."),
        ("Keamanan perbatasan dijaga polisi.", "Border security is guarded by police."),
        ("Pemerintah membela pengerahannya ke perbatasan.", "The government defended its deployment to the border."),
    ]

    /// The model a memory of `pairs` would learn, trained the same way.
    static func model(_ pairs: [(String, String)] = pairs) -> WordTranslationModel {
        var words = LexiconWords()
        let bitext = pairs.map { (source: words.indonesian($0.0), target: words.english($0.1)) }
        return WordTranslationModel(counts: ModelOneTraining.counts(for: bitext, iterations: 5))
    }

    /// A memory in a fresh temporary directory holding `pairs`.
    static func memory(_ pairs: [(String, String)] = pairs) throws -> (TranslationMemory, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("spotting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let memory = try TranslationMemory(path: directory.appendingPathComponent("memory.sqlite").path)
        let units = pairs.map { source, target in
            TranslationUnit(variants: [TranslationVariant(language: "id", segment: Segment(text: source)),
                                       TranslationVariant(language: "en", segment: Segment(text: target))])
        }
        _ = try memory.importUnits(units, origin: "fixture", sourceLanguage: "id", targetLanguage: "en")
        return (memory, directory)
    }
}
