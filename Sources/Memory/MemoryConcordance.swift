import Foundation
import GRDB

extension TranslationMemory {
    /// Units whose source or target holds every word of `query` (in any of its forms), phrases first.
    ///
    ///     try memory.concordance("kunjungan kenegaraan", in: .source, limit: 20) { word in
    ///         analyser.affixedForms(of: word)   // e.g. "berkunjung", "mengunjungi"
    ///     }
    ///
    /// - Parameters:
    ///   - query: words to find; case is ignored.
    ///   - side: search the source or the target texts.
    ///   - limit: how many hits at most.
    ///   - expand: other forms of a word that count as the word (Indonesian affixed forms).
    /// - Returns: hits where the words stand together in order first, then newest unit first.
    public func concordance(_ query: String, in side: MemorySide, limit: Int = 20,
                            expand: (String) -> [String] = { _ in [] }) throws(MemoryError) -> [ConcordanceHit] {
        let words = MatchToken.wordKeys(of: query)
        guard !words.isEmpty, limit > 0 else { return [] }
        let forms = words.map { word in Set([word] + expand(word).flatMap(MatchToken.wordKeys(of:))) }
        return try storage {
            try pool.read { db in
                let termStatement = try db.cachedStatement(sql: "SELECT id FROM term WHERE side = ? AND key = ?")
                let postingStatement = try db.cachedStatement(sql: "SELECT unit_ids FROM posting WHERE term_id = ?")
                var common: Set<Int64>?
                for wordForms in forms {
                    var ids: [Int64] = []
                    for form in wordForms {
                        guard let term = try Int64.fetchOne(termStatement, arguments: [side.rawValue, form]) else { continue }
                        let blocks = try Data.fetchCursor(postingStatement, arguments: [term])
                        while let block = try blocks.next() { PostingList.decode(block, into: &ids) }
                    }
                    common = common.map { $0.intersection(ids) } ?? Set(ids)
                    if common!.isEmpty { return [] }
                }
                var hits: [ConcordanceHit] = []
                for chunk in (common ?? []).sorted(by: >).chunked(500) {
                    let rows = try Row.fetchCursor(db, sql: """
                        SELECT id, source_text, target_text, origin, created_at FROM unit
                        WHERE id IN (\(chunk.map(String.init).joined(separator: ",")))
                        """)
                    while let row = try rows.next() {
                        let source: String = row[1], target: String = row[2]
                        let (ranges, isPhrase) = Self.locate(forms, in: side == .source ? source : target)
                        hits.append(ConcordanceHit(unitID: row[0], source: source, target: target, origin: row[3],
                                                   date: (row[4] as Double?).map(Date.init(timeIntervalSince1970:)),
                                                   side: side, ranges: ranges, isPhrase: isPhrase))
                    }
                }
                hits.sort { ($0.isPhrase ? 1 : 0, $0.unitID) > ($1.isPhrase ? 1 : 0, $1.unitID) }
                return Array(hits.prefix(limit))
            }
        }
    }

    /// The ranges of tokens matching any form, and whether the forms occur consecutively in order.
    private static func locate(_ forms: [Set<String>], in text: String) -> ([Range<Int>], Bool) {
        let tokens = MatchToken.tokenize(text).filter { $0.kind != .punctuation }
        let all = forms.reduce(into: Set<String>()) { $0.formUnion($1) }
        let ranges = tokens.filter { all.contains($0.key) }.map(\.range)
        let isPhrase = tokens.indices.contains { start in
            start + forms.count <= tokens.count && forms.indices.allSatisfy { forms[$0].contains(tokens[start + $0].key) }
        }
        return (ranges, isPhrase)
    }
}
