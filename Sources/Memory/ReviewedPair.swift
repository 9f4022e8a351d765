import Foundation
import TMX

/// A sentence pair a person checked, from the review of an alignment, ready for the memory or a
/// TMX file.
///
///     let pair = ReviewedPair(source: "Harga beras naik.", target: "Rice prices rose.", confidence: 1, linkKind: "1-1")
///     pair.translationUnit.properties.map(\.type)   // x-padan-confidence, x-padan-link, x-padan-reviewed
public struct ReviewedPair: Hashable, Sendable, Codable {
    /// The Indonesian text of the link (its sentences joined by a space).
    public var source: String
    /// The English text of the link.
    public var target: String
    /// The link's confidence: the aligner's where the reviewer kept the link, 1 where they made it.
    public var confidence: Double
    /// The bead kind, `"1-1"`, `"2-1"`, ….
    public var linkKind: String

    /// The prop that marks a unit as checked by a person.
    public static let reviewedProperty = "x-padan-reviewed"

    public init(source: String, target: String, confidence: Double, linkKind: String) {
        self.source = source
        self.target = target
        self.confidence = confidence
        self.linkKind = linkKind
    }

    /// The pair as an `id`/`en` unit with its confidence, link kind and the reviewed mark as props
    /// (and the article's name as `x-padan-origin` when given).
    public func translationUnit(origin: String? = nil) -> TranslationUnit {
        var properties = [
            TMXProperty(type: "x-padan-confidence", value: String(format: "%.3f", confidence)),
            TMXProperty(type: "x-padan-link", value: linkKind),
            TMXProperty(type: Self.reviewedProperty, value: "yes"),
        ]
        if let origin { properties.insert(TMXProperty(type: "x-padan-origin", value: origin), at: 1) }
        return TranslationUnit(properties: properties, variants: [
            TranslationVariant(language: "id", segment: Segment(text: source)),
            TranslationVariant(language: "en", segment: Segment(text: target)),
        ])
    }
}

extension TranslationMemory {
    /// Stores reviewed pairs in one transaction, each marked with the `x-padan-reviewed` prop:
    /// all of them or, if anything fails, none. A pair the memory already holds is counted as a
    /// duplicate and left as it is.
    ///
    ///     let summary = try memory.storeReviewed(pairs, origin: "berita-42")
    ///
    /// - Throws: `MemoryError` for an empty pair (no text on a side) or when the memory cannot be written.
    public func storeReviewed(_ pairs: [ReviewedPair], origin: String) throws -> ImportSummary {
        if let empty = pairs.firstIndex(where: {
            $0.source.allSatisfy(\.isWhitespace) || $0.target.allSatisfy(\.isWhitespace)
        }) {
            throw MemoryError(.invalidRequest, path: path,
                              "pair \(empty) has no text on one side: only links with sentences on both sides can be stored")
        }
        return try importUnits(pairs.map { $0.translationUnit(origin: origin) }, origin: origin,
                               sourceLanguage: "id", targetLanguage: "en")
    }
}
