import ArgumentParser
import Documents
import Foundation
import Synchronization
import Terminology
import TextIO

/// `padan term find`: the glossary terms in an Indonesian text.
struct TermFindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "List the glossary terms in an Indonesian text, with positions and match level.",
        discussion: """
            Terms are found whatever affixes, clitics or reduplication they carry; each hit says \
            whether it matched exactly, inflected (case, -nya, negara-negara) or derived \
            (persenjataan under senjata). Positions are character offsets into the text (for an \
            HTML or DOCX file, into its paragraphs joined by blank lines).

            Two adjacent terms that form a head-modifier noun phrase no entry covers (a noun, \
            then a noun or adjective) also get a composed English in English order, marked \
            "composed" and listed after their parts, with the parts it was made from: \
            "pejabat pemerintah" -> government official. A composed rendering is a hint, not \
            an entry: `padan term check` never requires it. Given a single phrase the glossary \
            has no entry for, the text output ends with a line starting "#" that says which \
            parts were matched and which words were not.

            Examples:
              padan term find article.id.txt
              padan term find laporan.docx
              echo "AS memperluas sanksi." | padan term find - --json
              echo "tekanan politik" | padan term find -
            """
    )

    @Argument(help: "The Indonesian article (text, HTML or DOCX), or - for standard input.")
    var file: String

    @OptionGroup var glossary: GlossaryOptions

    @Flag(help: "Print the hits as JSON.")
    var json = false

    @OptionGroup var input: ArticleInput

    func run() async throws {
        // The glossary loads on another core while the article is read.
        let (paths, lenient, quiet) = (glossary.paths, glossary.lenient, glossary.quiet)
        async let loaded = TermMatcher(glossary: GlossaryOptions.load(paths: paths, lenient: lenient, quiet: quiet))
        let text = try input.text(file)
        let matcher = try await loaded
        let matches = matcher.matches(in: text)
        let compositions = PhraseComposer(morphology: matcher.morphology).compositions(in: text, matches: matches)
        if json {
            var found: [FoundTerm] = []
            Self.forEachInOrder(matches[...], compositions[...]) { found.append($0.found) }
            try JSONOutput.print(found)
            return
        }
        // Formatted a block of hits at a time on every core, and written in order as each round
        // of blocks is done: a long text has hundreds of thousands of hits.
        let blocks = Self.blocks(matches, compositions)
        let round = 2 * ProcessInfo.processInfo.activeProcessorCount
        for first in stride(from: 0, to: blocks.count, by: round) {
            let these = blocks[first..<min(first + round, blocks.count)]
            let formatted = Mutex([[UInt8]](repeating: [], count: these.count))
            DispatchQueue.concurrentPerform(iterations: these.count) { index in
                let block = these[these.startIndex + index]
                let lines = Self.lines(block.matches, block.compositions)
                formatted.withLock { $0[index] = lines }
            }
            for lines in formatted.withLock({ $0 }) { FileHandle.standardOutput.write(Data(lines)) }
        }
        if let phrase = Self.singlePhrase(text) {
            FileHandle.standardOutput.write(Data(Self.coverageLine(PhraseCoverage(phrase: phrase, matcher: matcher), phrase: phrase).utf8))
        }
    }

    /// The most matches of a block of text output formatted on one core.
    static let blockMatches = 4096

    /// The hits cut into blocks of `blockMatches` matches, each with the compositions listed among
    /// them (those whose modifier is one of its matches).
    static func blocks(_ matches: [TermMatch], _ compositions: [ComposedRendering])
        -> [(matches: ArraySlice<TermMatch>, compositions: ArraySlice<ComposedRendering>)] {
        var blocks: [(matches: ArraySlice<TermMatch>, compositions: ArraySlice<ComposedRendering>)] = []
        var composition = 0
        for first in stride(from: 0, to: matches.count, by: blockMatches) {
            let end = min(first + blockMatches, matches.count), firstComposition = composition
            while composition < compositions.count, end == matches.count || compositions[composition].modifier.start < matches[end].start {
                composition += 1
            }
            blocks.append((matches[first..<end], compositions[firstComposition..<composition]))
        }
        return blocks
    }

    /// The text output's lines for `matches` and the compositions among them.
    private static func lines(_ matches: ArraySlice<TermMatch>, _ compositions: ArraySlice<ComposedRendering>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(matches.count * 64)
        forEachInOrder(matches, compositions) { hit in
            switch hit {
            case .entry(let match):
                appendLine(start: match.start, end: match.end, level: match.level.rawValue, text: match.matchedText,
                           english: match.entry.english, to: &output)
            case .composed(let composed):
                appendLine(start: composed.start, end: composed.end, level: "composed", text: composed.matchedText,
                           english: composed.english, parts: composed.partsDescription, to: &output)
            }
        }
        return output
    }

    /// Appends one hit's line: `start-end`, level, text, English (and for a composed one its parts), tab-separated.
    private static func appendLine(start: Int, end: Int, level: String, text: String, english: String, parts: String? = nil,
                                   to output: inout [UInt8]) {
        appendDecimal(start, to: &output)
        output.append(UInt8(ascii: "-"))
        appendDecimal(end, to: &output)
        func appendField(_ field: String) {
            output.append(UInt8(ascii: "\t"))
            output.append(contentsOf: field.utf8)
        }
        appendField(level)
        appendField(text)
        appendField(english)
        if let parts { appendField(parts) }
        output.append(UInt8(ascii: "\n"))
    }

    /// Appends the decimal digits of `value` (not negative).
    private static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        // Written last digit first into a buffer on the stack, then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = digits.count, rest = value
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[first...]))
        }
    }

    /// A real entry's hit or a composed rendering, as listed.
    enum Hit {
        case entry(TermMatch)
        case composed(ComposedRendering)

        var found: FoundTerm {
            switch self {
            case .entry(let match): FoundTerm(match)
            case .composed(let composed): FoundTerm(composed)
            }
        }
    }

    /// Calls `body` with the hits in text order, each composed rendering just after the last of
    /// its parts (its modifier: the match that starts where it does).
    static func forEachInOrder(_ matches: ArraySlice<TermMatch>, _ compositions: ArraySlice<ComposedRendering>, _ body: (Hit) -> Void) {
        var remaining = compositions
        for match in matches {
            body(.entry(match))
            while let next = remaining.first, next.modifier.start == match.start {
                body(.composed(next))
                remaining = remaining.dropFirst()
            }
        }
    }

    /// The text when it is one short phrase (one line, at most six words), as a user asks about a phrase.
    static func singlePhrase(_ text: String) -> String? {
        // A line break with a letter or digit on both sides stays inside the trimmed text: no
        // phrase, found without trimming a whole article.
        let bytes = text.utf8
        let isAlphanumeric = { (byte: UInt8) in (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 }
        if let newline = bytes.firstIndex(of: 0x0A), bytes[..<newline].contains(where: isAlphanumeric),
           bytes[bytes.index(after: newline)...].contains(where: isAlphanumeric) { return nil }
        let phrase = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !phrase.isEmpty, !phrase.contains(where: \.isNewline) else { return nil }
        return (2...6).contains(WordTokenizer.tokens(in: phrase).count) ? phrase : nil
    }

    /// What the glossary knows of `phrase` when no entry covers it: the composed rendering or the
    /// parts matched and the words not; empty when an entry covers it.
    static func coverageLine(_ coverage: PhraseCoverage, phrase: String) -> String {
        guard coverage.entry == nil else { return "" }
        var line = "# no entry for \"\(phrase)\""
        if let composed = coverage.composition {
            line += "; composed: \(composed.english) (\(composed.partsDescription))"
        } else if coverage.matches.isEmpty {
            line += "; no part of it is in the glossary"
        } else {
            line += "; parts matched: " + coverage.matches.map { "\($0.matchedText) → \($0.entry.english)" }.joined(separator: ", ")
            if !coverage.unmatchedWords.isEmpty { line += "; not in the glossary: " + coverage.unmatchedWords.joined(separator: ", ") }
        }
        return line + "\n"
    }
}
