import Foundation

/// Splits text into sentences with ordered break / no-break rules, paragraph by paragraph.
///
///     let segmenter = Segmenter(language: .indonesian)
///     segmenter.sentences(in: "Harga naik 2,5 persen. Prof. Budi menolak.").map(\.text)
///     // ["Harga naik 2,5 persen.", "Prof. Budi menolak."]
///
/// A blank line (a line holding only white space) ends a paragraph, whatever the rules say; a line
/// break the rules keep inside a sentence becomes one space in its `text`. The rules, built-in or
/// SRX, see the text without the invisible characters normalisation removes, so a zero-width
/// joiner or soft hyphen after a full stop hides no break.
/// Offsets in the result count `Character`s of the text as given, so callers need not normalise
/// first; each sentence's `text` is normalised with `TextNormalizer`.
///
/// - Complexity: O(n × r) for n UTF-16 code units and r rules: each rule scans the text once.
public struct Segmenter: Sendable {
    public let language: Language
    public let rules: SegmentationRules

    /// - Parameters:
    ///   - language: the language of the texts to split.
    ///   - rules: the rules to apply; `nil` means Padan's built-in rules for `language`.
    public init(language: Language, rules: SegmentationRules? = nil) {
        self.language = language
        self.rules = rules ?? .builtIn(language)
    }

    /// The sentences of `text`, in order; empty paragraphs and white space yield none.
    public func sentences(in text: String) -> [Sentence] {
        let units = Array(text.utf16)
        let spans = paragraphSpans(units, breaks: breakPositions(in: text))
        return sentences(from: spans, in: text)
    }

    /// Positions (UTF-16 offsets) where the first rule that matches is a break rule.
    ///
    /// The rules see the text without the characters normalisation removes (`RuleText`), so a
    /// zero-width joiner after a full stop hides no break; a break falls after any such characters
    /// that precede it, leaving them to the sentence before.
    func breakPositions(in text: String) -> [Int] {
        let ruleText = RuleText(text)
        var decided: [Int: Bool] = [:]
        let whole = NSRange(location: 0, length: ruleText.length)
        for rule in rules.rules {
            rule.expression.regex.enumerateMatches(in: ruleText.text, options: [.withTransparentBounds], range: whole) { match, _, _ in
                guard let match else { return }
                let position = match.range.location + match.range.length
                if decided[position] == nil { decided[position] = rule.isBreak }
            }
        }
        return decided.compactMap { $0.value ? ruleText.offsetInOriginal($0.key) : nil }.sorted()
    }

    /// Cuts the text at paragraph ends and at `breaks`, trims each piece and drops empty ones.
    /// Returns UTF-16 ranges with their paragraph index.
    private func paragraphSpans(_ units: [UInt16], breaks: [Int]) -> [(range: Range<Int>, paragraph: Int)] {
        var spans: [(Range<Int>, Int)] = []
        var paragraph = 0
        var pieceStart = 0
        var paragraphHasText = false
        var nextBreak = 0
        var index = 0

        func closePiece(at end: Int) {
            let trimmed = Self.trim(pieceStart..<end, in: units)
            if !trimmed.isEmpty {
                spans.append((trimmed, paragraph))
                paragraphHasText = true
            }
            pieceStart = end
        }

        while index < units.count {
            while nextBreak < breaks.count, breaks[nextBreak] <= index {
                if breaks[nextBreak] > pieceStart { closePiece(at: breaks[nextBreak]) }
                nextBreak += 1
            }
            if let blankEnd = Self.blankLineEnd(after: index, in: units) {
                closePiece(at: index)
                if paragraphHasText { paragraph += 1 }
                paragraphHasText = false
                pieceStart = blankEnd
                index = blankEnd
                continue
            }
            index += 1
        }
        closePiece(at: units.count)
        return spans
    }

    /// If a line break starts at `index` and is followed by at least one blank line, the offset
    /// after the last of them; otherwise `nil`.
    private static func blankLineEnd(after index: Int, in units: [UInt16]) -> Int? {
        guard let first = lineBreakEnd(at: index, in: units) else { return nil }
        var position = first
        var lastBlankEnd: Int?
        while true {
            var cursor = position
            while cursor < units.count, isHorizontalSpace(units[cursor]) { cursor += 1 }
            guard let end = lineBreakEnd(at: cursor, in: units) else { break }
            lastBlankEnd = end
            position = end
        }
        return lastBlankEnd
    }

    private static func lineBreakEnd(at index: Int, in units: [UInt16]) -> Int? {
        guard index < units.count else { return nil }
        switch units[index] {
        case 0x0D: return index + 1 < units.count && units[index + 1] == 0x0A ? index + 2 : index + 1
        case 0x0A, 0x85, 0x2028, 0x2029: return index + 1
        default: return nil
        }
    }

    private static func isHorizontalSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0xA0 || unit == 0x200B || unit == 0xFEFF || unit == 0x3000
            || (0x2000...0x200A).contains(unit) || unit == 0x202F || unit == 0x205F || unit == 0x0B || unit == 0x0C
    }

    private static func isSpace(_ unit: UInt16) -> Bool {
        isHorizontalSpace(unit) || unit == 0x0A || unit == 0x0D || unit == 0x85 || unit == 0x2028 || unit == 0x2029
            || unit == 0x200C || unit == 0x200D || unit == 0x2060 || unit == 0xAD
    }

    private static func trim(_ range: Range<Int>, in units: [UInt16]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(units[lower]) { lower += 1 }
        while upper > lower, isSpace(units[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Turns UTF-16 spans into sentences with `Character` offsets, walking the text once.
    private func sentences(from spans: [(range: Range<Int>, paragraph: Int)], in text: String) -> [Sentence] {
        var result: [Sentence] = []
        result.reserveCapacity(spans.count)
        let utf16 = text.utf16
        var index = text.startIndex
        var offset = 0
        var characters = 0

        // Trimming works on UTF-16 units, so a span may start or end inside a Character: a
        // combining mark on a trimmed space, a trimmed joiner extending the Character before it.
        // A start then moves back to its Character's start and an end on to its Character's end
        // (never back past the sentence before), so the offsets cover what the text holds and
        // nothing between sentences is dropped.
        func advance(to target: Int, roundingUp: Bool) -> String.Index {
            guard target > offset else { return index }
            var next = utf16.index(index, offsetBy: target - offset)
            if next.samePosition(in: text) == nil {
                let characterEnd = text.index(after: next)
                next = roundingUp ? characterEnd : text.index(before: characterEnd)
            }
            characters += text.distance(from: index, to: next)
            offset += utf16.distance(from: index, to: next)
            index = next
            return next
        }

        for span in spans {
            let lower = advance(to: span.range.lowerBound, roundingUp: false)
            let start = characters
            let upper = advance(to: span.range.upperBound, roundingUp: true)
            guard lower < upper else { continue }
            // The span is trimmed of every character normalisation would turn into white space.
            result.append(Sentence(text: Self.joiningLines(TextNormalizer.normalize(String(text[lower..<upper]))),
                                   start: start, end: characters, paragraph: span.paragraph))
        }
        return result
    }

    /// `sentence` with each line break inside it, and the white space around it, made one space:
    /// a sentence wrapped over several lines reads as one line.
    static func joiningLines(_ sentence: String) -> String {
        guard sentence.contains("\n") else { return sentence }
        return sentence.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
