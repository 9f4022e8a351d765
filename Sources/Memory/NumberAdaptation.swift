import Foundation
import Segmentation

/// Carries new numbers into a memory translation when numbers are all that changed.
///
///     NumberAdaptation.adapt(target: "Growth reached 2.5 percent in 2018.",
///                            differences: [.init(kind: .number, query: "2,7", memory: "2,5"),
///                                          .init(kind: .number, query: "2019", memory: "2018")],
///                            sourceLanguage: "id", targetLanguage: "en")
///     // "Growth reached 2.7 percent in 2019."
///
/// Each old source number is found in the target by value, read in each language's convention
/// (Indonesian `1.500,5` is English `1,500.5`), and replaced by the new number written in the
/// target's convention. If any old number is not found exactly once in the target, there is no
/// adaptation (`nil`) rather than a guess.
enum NumberAdaptation {
    static func adapt(target: String, differences: [MatchDifference], sourceLanguage: String, targetLanguage: String) -> String? {
        guard !differences.isEmpty, differences.allSatisfy({ $0.kind == .number }) else { return nil }
        let swapsSeparators = usesDecimalComma(sourceLanguage) != usesDecimalComma(targetLanguage)
        var tokens = MatchToken.tokenize(target).filter { $0.kind == .number }
        var characters = Array(target)
        // Replace from the end so earlier ranges stay valid.
        var replacements: [(Range<Int>, String)] = []
        for difference in differences {
            guard let old = difference.memory, let new = difference.query else { return nil }
            let oldValue = value(of: old, decimalComma: usesDecimalComma(sourceLanguage))
            let hits = tokens.indices.filter { value(of: tokens[$0].text, decimalComma: usesDecimalComma(targetLanguage)) == oldValue }
            guard hits.count == 1 else { return nil }
            let written = swapsSeparators ? swapSeparators(new) : new
            replacements.append((tokens[hits[0]].range, written))
            tokens.remove(at: hits[0])
        }
        for (range, text) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            characters.replaceSubrange(range, with: Array(text))
        }
        return String(characters)
    }

    /// Indonesian (and most of continental Europe) write `2,5`; English writes `2.5`.
    static func usesDecimalComma(_ language: String) -> Bool {
        let base = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return ["id", "ms", "de", "fr", "es", "it", "nl", "pt"].contains(base)
    }

    /// The kind and value of a number as `language` writes it, read by the one number reader the
    /// project has (`Segmentation.NumberMention`), so that carry-over, alignment and QA agree.
    static func value(of text: String, decimalComma: Bool) -> (kind: NumberMention.Kind, value: Double) {
        let reading = NumberMention.reading(of: text, convention: decimalComma ? .indonesian : .english)
        return (reading.kind, reading.value)
    }

    static func swapSeparators(_ number: String) -> String {
        String(number.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }
}
