import Foundation
import Lexicon
import Spotting
import Terminology

/// How `TermExtractor` chooses candidates.
public struct TermExtractionOptions: Sendable, Hashable {
    /// Fewest occurrences of a candidate.
    public var minimumFrequency = 5
    /// Longest phrase, in words (1–3).
    public var longestPhrase = 3
    /// Least log-likelihood ratio of a phrase (10.83 is p < 0.001 for one degree of freedom).
    public var minimumLogLikelihood = 10.83
    /// How many candidates the report keeps.
    public var limit = 200
    /// Occurrences spotted per candidate and per glossary term, at most: enough for the shares.
    public var spotsPerCandidate = 100
    /// Distinct word sequences counted at once before the rarest are pruned (bounded memory).
    public var counterCapacity = 3_000_000
    /// Usefulness is multiplied by this for a candidate whose commonest form starts with a verb
    /// or adjective form (`mencapai`, `berpikir`, `terbuka`, `dikritik`): a desk's glossary is
    /// mostly names and noun phrases, and such forms are mostly general vocabulary.
    public var verbalFormWeight = 0.25
    /// Cores to count and spot on (parts of each batch of pairs side by side); the report is the
    /// same whatever the number, unless `counterCapacity` is reached.
    public var cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    public init() {}
}

/// Glossary candidates mined from sentence pairs: Indonesian words and phrases that recur,
/// counted over roots (so `pengerahan pasukan` and `mengerahkan pasukan` are one), ranked by
/// a C-value (words × occurrences not inside a longer candidate) times the square of the
/// dominant rendering's share, verb and adjective forms lower, with phrases kept only when their words attract each other
/// (log-likelihood), each with its English renderings spotted in the pairs (`SpanSpotter`),
/// compared with a glossary.
///
///     let extractor = TermExtractor(options: TermExtractionOptions(), glossary: glossary, model: model)
///     let report = try extractor.extract { pair in try memory.forEachIndonesianEnglishPair(pair) }
///     report.candidates.first?.renderings.first?.text   // "peacekeeping force"
///
/// `pairs` is called twice (count, then spot), each time handing every (Indonesian, English)
/// pair to its argument. With no model, one is trained by Model 1 on the pairs during the first pass.
///
/// - Complexity: two passes over the pairs; memory bounded by `counterCapacity` sequences, the
///   vocabulary and the model.
public struct TermExtractor: Sendable {
    public var options: TermExtractionOptions
    public var glossary: Glossary?
    public var model: WordTranslationModel?

    public init(options: TermExtractionOptions = TermExtractionOptions(), glossary: Glossary?, model: WordTranslationModel?) {
        self.options = options
        self.glossary = glossary
        self.model = model
    }

    public typealias PairSource = ((String, String) throws -> Void) throws -> Void

    /// Reads the pairs twice and reports the candidates and the glossary terms rendered otherwise.
    public func extract(pairs: PairSource) throws -> TermExtractionReport {
        let longest = max(1, min(3, options.longestPhrase)), cores = max(1, options.cores)
        var counting = [SequenceCounting](repeating: SequenceCounting(counter: SequenceCounter(longest: longest, capacity: options.counterCapacity),
                                                                      training: model == nil), count: cores)
        var training = model == nil ? ModelTraining() : nil
        let units = try Self.inBatches(pairs, parts: cores) { parts in
            counting.withUnsafeMutableBufferPointer { counting in
                Self.perform(parts.count) { index in counting[index].add(parts[index]) }
            }
            for index in parts.indices {
                for (source, target) in counting[index].modelWords { training?.add(source, target) }
                counting[index].modelWords.removeAll(keepingCapacity: true)
            }
        }
        var counter = counting[0].counter
        for part in counting.dropFirst() { counter.merge(part.counter) }
        // The second pass keeps the words each core has analysed.
        var caches = counting.map { OccurrenceFinder.Caches(reader: $0.reader) }
        counting = []
        let model = model ?? training!.finish()
        var candidates = counter.candidates(minimumFrequency: options.minimumFrequency,
                                            minimumLogLikelihood: options.minimumLogLikelihood)
        candidates = Array(candidates.filter { $0.cValue > 0 }.sorted { $0.cValue > $1.cValue || ($0.cValue == $1.cValue && $0.key < $1.key) }
            .prefix(options.limit * 3))
        let terms = GlossaryTerms(glossary: glossary)
        var spotting = OccurrenceSpotting(model: model, candidates: candidates.map(\.key), glossaryKeys: terms.keys,
                                          longest: longest, cap: options.spotsPerCandidate)
        let finder = spotting.finder
        _ = try Self.inBatches(pairs, parts: cores) { parts in
            let open = spotting.open
            var found = [OccurrenceFinder.Found](repeating: OccurrenceFinder.Found(freeOccurrences: []), count: parts.count)
            found.withUnsafeMutableBufferPointer { found in
                caches.withUnsafeMutableBufferPointer { caches in
                    Self.perform(parts.count) { index in found[index] = finder.find(parts[index], open: open, caches: &caches[index]) }
                }
            }
            for part in found { spotting.tally(part) }
        }
        var found: [TermCandidate] = candidates.enumerated().map { index, counted in
            let tally = spotting.candidateTallies[index]
            let renderings = tally.renderings
            let share = tally.total == 0 ? 0 : Double(renderings.first?.count ?? 0) / Double(tally.total)
            let roots = counted.key.split(separator: " ").map(String.init)
            let form = spotting.commonestForm(of: index) ?? counted.key
            let cValue = Double(roots.count) * Double(spotting.freeOccurrences[index])
            let verbal = VerbalForm.starts(form)
            return TermCandidate(indonesian: form, roots: roots, frequency: counted.frequency, logLikelihood: counted.logLikelihood,
                                 cValue: cValue, renderings: renderings, spotted: tally.total, dominantShare: share,
                                 glossary: terms.agreement(key: counted.key, dominant: renderings.first), startsWithVerbalForm: verbal,
                                 usefulness: cValue * share * share * (verbal ? options.verbalFormWeight : 1))
        }
        found.sort { $0.usefulness > $1.usefulness || ($0.usefulness == $1.usefulness && $0.indonesian < $1.indonesian) }
        return TermExtractionReport(units: units, candidates: Array(found.prefix(options.limit)),
                                    divergences: terms.divergences(spotting.glossaryTallies, minimumSpotted: options.minimumFrequency))
    }
}

extension TermExtractor {
    /// Pairs read at once, then cut into one part per core: the first batch this many…
    static let firstBatchSize = 1_024
    /// …each next one twice as many, up to this many. A part spots every candidate that was short
    /// of the cap when its batch began, so small first batches waste few spots; large later
    /// ones keep the cores' hand-overs rare.
    static let batchSize = 8_192

    /// Hands the pairs to `body` in batches, each cut into `parts` consecutive parts.
    /// - Returns: how many pairs were read.
    static func inBatches(_ pairs: PairSource, parts: Int, _ body: ([ArraySlice<(String, String)>]) -> Void) throws -> Int {
        try withoutActuallyEscaping(body) { body in
            var batch: [(String, String)] = []
            batch.reserveCapacity(batchSize)
            var units = 0, size = parts == 1 ? batchSize : firstBatchSize
            func flush() {
                guard !batch.isEmpty else { return }
                let part = (batch.count + parts - 1) / parts
                body(stride(from: 0, to: batch.count, by: part).map { batch[$0..<min(batch.count, $0 + part)] })
                batch.removeAll(keepingCapacity: true)
            }
            try pairs { source, target in
                units += 1
                batch.append((source, target))
                if batch.count == size {
                    flush()
                    size = min(batchSize, 2 * size)
                }
            }
            flush()
            return units
        }
    }

    /// Runs `body` for each index of 0..<`count`, side by side on the cores; `body` may change the
    /// `index`th element of arrays it captures, and nothing else they share.
    static func perform(_ count: Int, _ body: (Int) -> Void) {
        if count == 1 { return body(0) }
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: count) { shared.value($0) }
        }
    }
}

/// A value handed to other threads whose safety the caller ensures (`TermExtractor.perform`).
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The first pass for one core: the sequences of its part of each batch, and the model words of
/// its pairs when a model is to be trained (in the pairs' order, by `ModelTraining`).
struct SequenceCounting {
    var counter: SequenceCounter
    let training: Bool
    private(set) var reader = SpottingReader()
    var modelWords: [([String], [String])] = []

    init(counter: SequenceCounter, training: Bool) {
        self.counter = counter
        self.training = training
    }

    mutating func add(_ pairs: ArraySlice<(String, String)>) {
        for (source, target) in pairs {
            let indonesian = reader.read(source, .indonesian)
            counter.add(NonTermWords.candidateRoots(indonesian))
            if training { modelWords.append((indonesian.words.map(\.modelWord), reader.read(target, .english).words.map(\.modelWord))) }
        }
    }
}

/// Model 1 over the pairs, in blocks as a memory's import trains it.
struct ModelTraining {
    private var block: [(source: [String], target: [String])] = []
    private var counts = TranslationCounts()

    mutating func add(_ source: [String], _ target: [String]) {
        guard !source.isEmpty, !target.isEmpty, source.count <= 80, target.count <= 80 else { return }
        block.append((source, target))
        if block.count == 2_000 { train() }
    }

    mutating func finish() -> WordTranslationModel {
        train()
        return WordTranslationModel(counts: counts.filtered(minimumCount: 0.5))
    }

    private mutating func train() {
        guard !block.isEmpty else { return }
        counts.merge(ModelOneTraining.counts(for: block, iterations: 4, minimumCount: 0.1))
        block.removeAll(keepingCapacity: true)
    }
}
