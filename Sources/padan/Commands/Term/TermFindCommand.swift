import ArgumentParser
import Documents
import Foundation
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
            Self.forEachInOrder(matches, compositions) { found.append($0.found) }
            try JSONOutput.print(found)
            return
        }
        // Written in blocks of bytes as it is made: a long text has hundreds of thousands of hits.
        var output: [UInt8] = []
        output.reserveCapacity(Self.outputBlock + 1024)
        Self.forEachInOrder(matches, compositions) { hit in
            switch hit {
            case .entry(let match):
                Self.appendLine(start: match.start, end: match.end, level: match.level.rawValue, text: match.matchedText,
                                english: match.entry.english, to: &output)
            case .composed(let composed):
                Self.appendLine(start: composed.start, end: composed.end, level: "composed", text: composed.matchedText,
                                english: composed.english, parts: composed.partsDescription, to: &output)
            }
            if output.count >= Self.outputBlock {
                FileHandle.standardOutput.write(Data(output))
                output.removeAll(keepingCapacity: true)
            }
        }
        if let phrase = Self.singlePhrase(text) {
            output.append(contentsOf: Self.coverageLine(PhraseCoverage(phrase: phrase, matcher: matcher), phrase: phrase).utf8)
        }
        FileHandle.standardOutput.write(Data(output))
    }

    /// The bytes of text output gathered before they are written.
    static let outputBlock = 1 << 16

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
        let first = output.count
        var rest = value
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        output[first...].reverse()
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

    /// Calls `body` with the hits in text order, each composed rendering just after the last of its parts.
    static func forEachInOrder(_ matches: [TermMatch], _ compositions: [ComposedRendering], _ body: (Hit) -> Void) {
        var remaining = compositions[...]
        for match in matches {
            body(.entry(match))
            while let next = remaining.first, next.modifier == match {
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
