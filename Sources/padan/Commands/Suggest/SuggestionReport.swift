import Foundation
import Memory
import Suggestion

/// The readable text of `padan suggest`: a block per sentence, colour only on a terminal.
struct SuggestionReport {
    /// ANSI colours, or none.
    struct Style {
        var bold = "", dim = "", yellow = "", green = "", reset = ""

        /// Colour when stdout is a terminal and `NO_COLOR` is unset.
        static var forStandardOutput: Style {
            guard isatty(1) == 1, ProcessInfo.processInfo.environment["NO_COLOR"] == nil else { return Style() }
            return Style(bold: "\u{1B}[1m", dim: "\u{1B}[2m", yellow: "\u{1B}[33m", green: "\u{1B}[32m", reset: "\u{1B}[0m")
        }
    }

    let text: String

    init(_ article: ArticleSuggestions, style: Style) {
        var lines: [String] = []
        for sentence in article.sentences {
            lines.append("\(style.bold)[\(sentence.index + 1)] \(sentence.text)\(style.reset)")
            if sentence.matches.isEmpty { lines.append("     \(style.dim)no memory match\(style.reset)") }
            for match in sentence.matches {
                let score = "\(Int(match.score.rounded(.down)))%"
                lines.append("  \(style.green)\(score.leftPadded(to: 4))\(style.reset)  \(match.source)")
                lines.append("        \(match.adaptedTarget ?? match.target)")
                if match.adaptedTarget != nil { lines.append("        \(style.dim)(numbers carried over from the sentence; memory: \(match.target))\(style.reset)") }
                lines.append("        \(style.dim)\(Self.provenance(of: match))\(style.reset)")
            }
            if !sentence.terms.isEmpty {
                let terms = sentence.terms.map { term in
                    "\(term.matchedText) → \(term.english)" + (term.level == .exact ? "" : " (\(term.level.rawValue))")
                }
                lines.append("  terms \(terms.joined(separator: " · "))")
            }
            if !sentence.composed.isEmpty {
                let composed = sentence.composed.map { "\($0.matchedText) → \($0.english)" }
                lines.append("  \(style.dim)composed \(composed.joined(separator: " · "))\(style.reset)")
            }
            for warning in sentence.warnings {
                lines.append("  \(style.yellow)! \(Self.label(warning.kind)): \(warning.message)\(style.reset)")
            }
            lines.append("")
        }
        let exact = article.sentences.filter { $0.matches.first?.score ?? 0 >= 100 }.count
        let fuzzy = article.sentences.filter { ($0.matches.first?.score ?? 100) < 100 }.count
        let none = article.sentences.filter(\.matches.isEmpty).count
        lines.append("\(article.sentences.count) sentences: \(exact) exact, \(fuzzy) fuzzy, \(none) without a match; "
                     + "\(article.sentences.reduce(0) { $0 + $1.terms.count }) terms; \(article.warnings.count) warnings")
        text = lines.joined(separator: "\n") + "\n"
    }

    static func provenance(of match: MemoryMatch) -> String {
        MatchDescription.provenance(origin: match.origin, date: match.date, unitID: match.unitID)
    }

    static func label(_ kind: SuggestionWarning.Kind) -> String {
        switch kind {
        case .missingGlossaryRendering: "glossary"
        case .forbiddenRendering: "forbidden"
        case .inconsistentTerm, .inconsistentTranslation: "inconsistent"
        case .numberMismatch: "numbers"
        case .nameMismatch: "names"
        case .dateMismatch: "dates"
        case .untranslated: "untranslated"
        }
    }
}
