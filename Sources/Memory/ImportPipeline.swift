import Foundation
import TMX

/// A unit read and made ready for storing, off the writer's thread: its plain texts, term ids,
/// duplicate key and encoded payload, so that the writer only runs SQL and appends postings.
struct PreparedUnit: Sendable {
    /// One side's words as the posting index sees them.
    struct Words: Sendable {
        /// Word and number tokens, repeats included.
        var count: Int
        /// The distinct term ids, ascending.
        var distinctTerms: [Int64]

        init(_ ids: consuming [Int64]) {
            count = ids.count
            // Sorted and deduplicated in place: no second array.
            ids.sort()
            var kept = 0
            for index in ids.indices where kept == 0 || ids[index] != ids[kept - 1] {
                ids[kept] = ids[index]
                kept += 1
            }
            ids.removeLast(ids.count - kept)
            distinctTerms = ids
        }
    }

    var sourceLanguage: String
    var targetLanguage: String
    /// The positions of the source and target variants in the unit (`payload`), to tell a
    /// duplicate from a duplicate key that merely collides: the segments are decoded from the
    /// payload then, not carried by every unit (`duplicateSegments`).
    var sourceVariant: Int
    var targetVariant: Int?
    var sourceText: String
    var targetText: String
    /// The source term ids in sentence order, encoded for `unit_key` (`PostingList.encodeKeys`).
    var sourceKeys: [UInt8]
    /// The hash of the source's tokens for `unit_key` (`MatchToken.textHash`).
    var sourceHash: Int64?
    var sourceWords: Words
    var targetWords: Words
    /// Terms this unit's words added to the memory's, in id order.
    var newTerms: [NewTerm]
    var duplicateKey: Int64
    var created: Date?
    var confidence: Double?
    var payload: [UInt8]
    /// Whether the unit is of the memory's language pair, so that lookups and concordance find it
    /// (its words indexed); a unit of another pair is only kept, for export and `stats`.
    var isIndexed: Bool

    /// The unit's parts for `sourceLanguage` and `targetLanguage`, its words given their ids from
    /// `terms`; a unit without both is kept as one of another pair (`isIndexed` false) with the
    /// languages it has, and `nil` only when none of its variants names a language.
    init?(_ unit: TranslationUnit, sourceLanguage: String, targetLanguage: String, terms: inout TermDictionary,
          scratch: inout ByteWriter) {
        if let wantedSource = unit.variantIndex(for: sourceLanguage), let wantedTarget = unit.variantIndex(for: targetLanguage) {
            (sourceVariant, targetVariant, isIndexed) = (wantedSource, wantedTarget, true)
        } else {
            guard let pair = Self.otherPair(of: unit) else { return nil }
            (sourceVariant, targetVariant, isIndexed) = (pair.source, pair.target, false)
        }
        let source = unit.variants[sourceVariant], target = targetVariant.map { unit.variants[$0] }
        // Stored normalized (`IN` as `id`, `en_US` as `en-US`) so that filters and stats see one
        // language; the unit itself, in `payload`, keeps the file's own tags.
        self.sourceLanguage = LanguageTag.normalized(source.language ?? "")
        self.targetLanguage = LanguageTag.normalized(target?.language ?? "")
        let sourceSegment = source.segment, targetSegment = target?.segment ?? Segment([])
        sourceText = sourceSegment.plainText
        targetText = targetSegment.plainText
        var newTerms: [NewTerm] = []
        let sourceTerms = isIndexed ? terms.ids(of: sourceText, side: .source, newTerms: &newTerms, hashing: true) : (ids: [], textHash: nil)
        let sourceIDs = sourceTerms.ids
        let targetIDs = isIndexed ? terms.ids(of: targetText, side: .target, newTerms: &newTerms).ids : []
        self.newTerms = newTerms
        sourceKeys = PostingList.encodeKeys(sourceIDs)
        sourceHash = sourceTerms.textHash
        sourceWords = Words(sourceIDs)
        targetWords = Words(targetIDs)
        duplicateKey = UnitImporter.duplicateKey(self.sourceLanguage, self.targetLanguage, sourceSegment, targetSegment, scratch: &scratch)
        created = (unit.attributes[named: "creationdate"] ?? source.attributes[named: "creationdate"]).flatMap(TMXDate.parse)
        confidence = unit.properties.first { $0.type == "x-padan-confidence" }.flatMap { Double($0.value) }
        payload = UnitCoding.encode(unit, texts: (sourceText, targetText))
    }

    /// The positions of the source and target of a unit outside the memory's pair: the variant in
    /// the unit's `srclang` (else the first with a language), and the first in another language, if any.
    static func otherPair(of unit: TranslationUnit) -> (source: Int, target: Int?)? {
        let declared = unit.attributes[named: "srclang"].flatMap { $0 == "*all*" ? nil : unit.variantIndex(for: $0) }
        guard let source = declared ?? unit.variants.firstIndex(where: { $0.language != nil }),
              let sourceTag = unit.variants[source].language else { return nil }
        return (source, unit.variants.firstIndex { $0.language.map { !LanguageTag.sameLanguage($0, sourceTag) } ?? false })
    }

    /// The source and target segments, decoded from `payload` (only for a unit whose duplicate
    /// key the memory already holds); `nil` if the payload does not decode.
    func duplicateSegments() -> (source: Segment, target: Segment)? {
        guard let decoded = try? UnitCoding.decode(payload, texts: (sourceText, targetText)) else { return nil }
        return (decoded.variants[sourceVariant].segment, targetVariant.map { decoded.variants[$0].segment } ?? Segment([]))
    }
}

/// Reads and prepares units on a thread of its own while the importing thread stores them, in
/// batches through a short queue (at most `capacity` batches wait, so memory stays bounded).
///
/// The reader's error, if any, is rethrown by `take()` after the batches read before it; `cancel()`
/// stops the reader when the store fails. `next` runs only on the reader's thread.
final class ImportPipeline: @unchecked Sendable {
    /// Units read in a row: those prepared, and how many lacked any language.
    struct Batch: Sendable {
        var units: [PreparedUnit] = []
        var missingLanguage = 0
        var isEmpty: Bool { units.isEmpty && missingLanguage == 0 }
        var count: Int { units.count + missingLanguage }
    }

    private let condition = NSCondition()
    private var batches: [Batch] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private let done = DispatchSemaphore(value: 0)
    private let capacity = 4
    private let batchSize = 256

    /// Starts reading with `next` until it returns `nil` or throws; `terms` gives the words their ids.
    init(next: @escaping () throws -> TranslationUnit?, sourceLanguage: String, targetLanguage: String, terms: TermDictionary) {
        nonisolated(unsafe) let next = next
        let thread = Thread { [self] in
            var terms = terms
            var scratch = ByteWriter()
            do {
                var batch = Batch()
                while let unit = try next() {
                    if let prepared = PreparedUnit(unit, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, terms: &terms, scratch: &scratch) {
                        batch.units.append(prepared)
                    } else {
                        batch.missingLanguage += 1
                    }
                    if batch.count == batchSize {
                        guard put(batch) else { break }
                        batch = Batch()
                    }
                }
                _ = put(batch)
                end(nil)
            } catch {
                end(error)
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next batch in reading order; `nil` after the last; throws the reader's error.
    func take() throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the reader and waits until it has stopped (call once, when done with the pipeline).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        done.wait()
    }

    private func put(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        if !batch.isEmpty { batches.append(batch) }
        condition.broadcast()
        return true
    }

    private func end(_ error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }
}
