import ArgumentParser
import Foundation
import Lexicon
import Memory
import Spotting
import Terminology
import TMX

/// `padan-dev eval-spotting`: exact and overlapping span accuracy on the spotting gold set.
struct EvalSpotting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-spotting",
        abstract: "Score translation spotting against Eval/spotting/gold.tsv.",
        discussion: """
            The gold file holds positions only; the sentences are read from --dir at run time. \
            The word-translation model is the table of a fresh memory into which every gold link \
            of the plain (non -hard) documents of --dir was imported as one unit, read as \
            `padan memory search` reads it. For each gold \
            row the Indonesian span is the query and the spotted English span is compared with \
            the gold one: exact (same start and end) and overlapping (at least one character shared).

            Examples:
              padan-dev eval-spotting
              padan-dev eval-spotting --by-kind --errors 5
            """
    )

    @Option(help: "The gold file.")
    var gold = "Eval/spotting/gold.tsv"

    @Option(help: "The development set the gold points into.")
    var dir = "../shared/align-dev"

    @Flag(help: "Also score by domain and by query kind (one word, phrase).")
    var byKind = false

    @Option(help: "Print this many misses (query, gold, spotted).")
    var errors = 0

    @Option(help: "The spotter's empty-word mass (SpanSpotter.emptyWordMass).")
    var emptyWordMass = SpanSpotter(model: WordTranslationModel()).emptyWordMass

    @Option(help: "The spotter's diagonal weight (SpanSpotter.diagonalWeight).")
    var diagonalWeight = SpanSpotter(model: WordTranslationModel()).diagonalWeight

    @Option(help: "Whether a -nya query takes the pronoun beside the span (SpanSpotter.cliticPronouns).")
    var cliticPronouns = SpanSpotter(model: WordTranslationModel()).cliticPronouns

    @Option(help: "The prior's strength in links (SpanSpotter.priorStrength).")
    var priorStrength = SpanSpotter(model: WordTranslationModel()).priorStrength

    @Option(help: "The prior's spelling weight (SpottingPrior.spellingWeight); 0 for none.")
    var spellingWeight = SpottingPrior().spellingWeight

    @Option(help: "The prior's lists: none, glossary (the shipped one), dictionary (FreeDict, when installed) or both.")
    var priorLists = "both"

    @Option(help: "The spotter's distortion (SpanSpotter.distortion).")
    var distortion = SpanSpotter(model: WordTranslationModel()).distortion

    @Option(help: "The spotter's cost of each span word past the query's (SpanSpotter.extraWordCost).")
    var extraWordCost = SpanSpotter(model: WordTranslationModel()).extraWordCost

    @Option(help: "Where the word model comes from: memory (a fresh memory's import table), full (Model 1 on every pair at once, 4 rounds) or document (each row's own document alone: a tiny memory).")
    var training = "memory"

    func validate() throws {
        guard ["none", "glossary", "dictionary", "both"].contains(priorLists) else {
            throw ValidationError("--prior-lists is none, glossary, dictionary or both, not '\(priorLists)'")
        }
        guard ["memory", "full", "document"].contains(training) else {
            throw ValidationError("--training is memory, full or document, not '\(training)'")
        }
    }

    func run() throws {
        let rows = try GoldRow.read(path: gold)
        var documents: [String: (id: [String], en: [String])] = [:]
        func document(_ name: String) throws -> (id: [String], en: [String]) {
            if let known = documents[name] { return known }
            let read = { (side: String) throws -> [String] in
                try String(contentsOfFile: "\(dir)/\(name).\(side).txt", encoding: .utf8)
                    .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            let pair = (try read("id"), try read("en"))
            documents[name] = pair
            return pair
        }
        let trainingStart = Date()
        let (counts, trainedPairs) = switch training {
        case "full": try Self.fullCounts(dir: dir)
        case "document": (TranslationCounts(), 0)
        default: try Self.memoryCounts(dir: dir)
        }
        var model = WordTranslationModel(counts: counts)
        let trainingSeconds = Date().timeIntervalSince(trainingStart)
        var prior = Self.prior(priorLists)
        prior.spellingWeight = spellingWeight
        var spotter = SpanSpotter(model: model, prior: prior)
        spotter.priorStrength = priorStrength
        spotter.extraWordCost = extraWordCost
        var documentModels: [String: WordTranslationModel] = [:]
        spotter.emptyWordMass = emptyWordMass
        spotter.diagonalWeight = diagonalWeight
        spotter.distortion = distortion
        spotter.cliticPronouns = cliticPronouns
        var tally = [String: (exact: Int, overlap: Int, total: Int)]()
        var misses = 0
        var spotSeconds = 0.0
        for row in rows {
            let lines = try document(row.doc)
            guard row.idLine < lines.id.count, row.enLine < lines.en.count else {
                throw ValidationError("\(gold): \(row.doc) has no line \(row.idLine) or \(row.enLine) in \(dir)")
            }
            if training == "document" {
                if documentModels[row.doc] == nil { documentModels[row.doc] = try Self.documentModel(row.doc, dir: dir) }
                model = documentModels[row.doc]!
                spotter = SpanSpotter(model: model, prior: spotter.prior)
                spotter.priorStrength = priorStrength
                spotter.extraWordCost = extraWordCost
                spotter.emptyWordMass = emptyWordMass
                spotter.diagonalWeight = diagonalWeight
                spotter.distortion = distortion
                spotter.cliticPronouns = cliticPronouns
            }
            let indonesian = SpottingText(lines.id[row.idLine], language: .indonesian)
            let english = SpottingText(lines.en[row.enLine], language: .english)
            let queryRange = Self.characters(row.idRange, in: indonesian.text)
            let query = indonesian.words.indices.filter { indonesian.words[$0].range.overlaps(queryRange) }
            let started = Date()
            let spot = spotter.spot(query: query, in: indonesian, other: english)
            spotSeconds += Date().timeIntervalSince(started)
            let goldRange = Self.characters(row.enRange, in: english.text)
            let exact = spot?.range == goldRange, overlap = spot.map { $0.range.overlaps(goldRange) } ?? false
            let parts = row.doc.split(separator: "-").map(String.init)
            let domain = parts.count > 2 ? (parts[1] == "panl" ? parts[2] : parts[1]) : "?"
            let kind = query.count > 1 ? "phrase" : "word"
            for key in ["all"] + (byKind ? [domain, kind] : []) {
                var counts = tally[key, default: (0, 0, 0)]
                counts.total += 1
                if exact { counts.exact += 1 }
                if overlap { counts.overlap += 1 }
                tally[key] = counts
            }
            if !exact, misses < errors {
                misses += 1
                let characters = Array(english.text)
                print("miss \(row.doc):\(row.idLine)  query \"\(query.isEmpty ? "" : indonesian.text(of: query.first!...query.last!))\"  gold \"\(String(characters[goldRange]))\"  spotted \"\(spot?.text ?? "")\"")
                for index in query {
                    let root = indonesian.words[index].modelWord
                    let known = model.translations(ofSource: root).prefix(4).map { String(format: "%@ %.2f", $0.target, $0.association) }
                    print("    \(root): \(known.joined(separator: ", "))")
                }
            }
        }
        print(String(format: "spotting: %d gold rows, model from a memory of %d units of %@ in %.1f s, %.2f ms per spot",
                     rows.count, trainedPairs, dir, trainingSeconds, 1000 * spotSeconds / Double(max(1, rows.count))))
        print("group      rows   exact  overlap")
        for key in tally.keys.sorted(by: { ($0 == "all" ? "" : $0) < ($1 == "all" ? "" : $1) }) {
            let counts = tally[key]!
            print(String(format: "%-8@ %6d  %5.1f %%  %5.1f %%", key, counts.total,
                         100 * Double(counts.exact) / Double(counts.total), 100 * Double(counts.overlap) / Double(counts.total)))
        }
    }

    /// The spotting prior of the shipped glossary and FreeDict, as `lists` says.
    static func prior(_ lists: String) -> SpottingPrior {
        SpottingPrior.installed(glossary: ["glossary", "both"].contains(lists), dictionary: ["dictionary", "both"].contains(lists))
    }

    /// The word counts of a fresh memory (in a temporary directory) into which every gold link of
    /// the plain documents is imported as one unit: what `padan memory search` would use.
    /// - Returns: the counts and the number of units stored.
    static func memoryCounts(dir: String) throws -> (TranslationCounts, Int) {
        let units = try goldUnits(dir: dir)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("eval-spotting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = try TranslationMemory(path: directory.appendingPathComponent("memory.sqlite").path)
        let summary = try memory.importUnits(units, origin: "align-dev", sourceLanguage: "id", targetLanguage: "en")
        return (try memory.wordTranslationCounts(), summary.added)
    }

    /// The counts of Model 1 trained on every gold link at once (4 rounds): the ceiling an import's table approaches.
    static func fullCounts(dir: String) throws -> (TranslationCounts, Int) {
        var words = LexiconWords()
        let bitext = try goldUnits(dir: dir).compactMap { unit -> (source: [String], target: [String])? in
            guard let source = unit.variants.first?.segment.plainText, let target = unit.variants.last?.segment.plainText else { return nil }
            return (words.indonesian(source), words.english(target))
        }.filter { !$0.source.isEmpty && !$0.target.isEmpty && $0.source.count <= 80 && $0.target.count <= 80 }
        return (ModelOneTraining.counts(for: bitext, iterations: 4, minimumCount: 0.1).filtered(minimumCount: 0.5), bitext.count)
    }

    /// The model a memory of one document's gold links alone would hold (a tiny memory), trained
    /// as an import trains (Model 1, 3 rounds) and read as a search reads it.
    static func documentModel(_ name: String, dir: String) throws -> WordTranslationModel {
        var words = LexiconWords()
        let bitext = try goldUnits(dir: dir, only: name).compactMap { unit -> (source: [String], target: [String])? in
            guard let source = unit.variants.first?.segment.plainText, let target = unit.variants.last?.segment.plainText else { return nil }
            return (words.indonesian(source), words.english(target))
        }.filter { !$0.source.isEmpty && !$0.target.isEmpty && $0.source.count <= 80 && $0.target.count <= 80 }
        return WordTranslationModel(counts: ModelOneTraining.counts(for: bitext, iterations: 3, minimumCount: 0.1).filtered(minimumCount: 0.5))
    }

    /// Every gold link of the plain (non `-hard`) documents of `dir` (or of document `only`) as one unit.
    static func goldUnits(dir: String, only: String? = nil) throws -> [TranslationUnit] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
            .filter { $0.hasSuffix(".gold") && !$0.contains("-hard") && (only.map { "\($0).gold" } ?? $0) == $0 }.sorted()
        var units: [TranslationUnit] = []
        for name in names {
            let stem = String(name.dropLast(".gold".count))
            let lines = { (side: String) throws -> [String] in
                try String(contentsOfFile: "\(dir)/\(stem).\(side).txt", encoding: .utf8)
                    .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            let id = try lines("id"), en = try lines("en")
            for link in try String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8).split(separator: "\n") {
                let sides = link.split(separator: "\t", omittingEmptySubsequences: false)
                guard sides.count == 2 else { continue }
                let join = { (field: Substring, lines: [String]) in
                    field.split(separator: ",").compactMap { Int($0) }.filter { $0 < lines.count }.map { lines[$0] }.joined(separator: " ")
                }
                let source = join(sides[0], id), target = join(sides[1], en)
                guard !source.isEmpty, !target.isEmpty else { continue }
                units.append(TranslationUnit(variants: [TranslationVariant(language: "id", segment: Segment(text: source)),
                                                        TranslationVariant(language: "en", segment: Segment(text: target))]))
            }
        }
        return units
    }

    /// Character offsets for a range of Unicode-scalar offsets (the gold's unit).
    static func characters(_ scalars: Range<Int>, in text: String) -> Range<Int> {
        var scalar = 0, lower = 0, upper = 0
        for (index, character) in text.enumerated() {
            if scalar < scalars.lowerBound + 1 { lower = index }
            scalar += character.unicodeScalars.count
            if scalar <= scalars.upperBound { upper = index + 1 }
        }
        return lower..<max(lower, upper)
    }
}

/// One row of the spotting gold: positions only.
struct GoldRow {
    var doc: String
    var idLine: Int, enLine: Int
    var idRange: Range<Int>, enRange: Range<Int>

    static func read(path: String) throws -> [GoldRow] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").dropFirst().enumerated().map { number, line in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 7, let values = Optional(fields[1...].compactMap { Int($0) }), values.count == 6,
                  values[2] < values[3], values[4] < values[5] else {
                throw ValidationError("\(path):\(number + 2): expected doc and six numbers, tab-separated")
            }
            return GoldRow(doc: fields[0], idLine: values[0], enLine: values[1],
                           idRange: values[2]..<values[3], enRange: values[4]..<values[5])
        }
    }
}
