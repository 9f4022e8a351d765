import Foundation
import FuzzSupport
@testable import Memory
@testable import Suggestion
import XMLStream

/// Random texts in every slot of a suggestion (matches, glossary terms, composed phrases,
/// warnings) → XLIFF that is well-formed XML and reads back with each sentence's source text as
/// given and, in each unit, one note per term, composed phrase and warning, in that order, each
/// holding its texts; or (only when a text holds a character XML 1.0 cannot carry) an error
/// that says so and no file.
@_cdecl("LLVMFuzzerTestOneInput")
public func xliffOutputFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var pieces = FuzzInput(data, size).pieces(separatedBy: 0x0A, limit: 32)[...]
    func next() -> String { pieces.popFirst() ?? "" }
    let sourceLanguage = next(), targetLanguage = next(), original = next()
    var sentences: [SentenceSuggestion] = []
    while !pieces.isEmpty {
        let text = next()
        let match = MemoryMatch(score: Double(text.utf8.count % 101), source: next(), target: next(),
                                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, origin: next(),
                                date: nil, unitID: 1, adaptedTarget: nil, differences: [])
        let term = TermSuggestion(matchedText: next(), start: 0, end: 0, level: .exact, indonesian: "",
                                  english: next(), note: pieces.isEmpty ? nil : next())
        let composed = ComposedSuggestion(matchedText: next(), start: 0, end: 0, english: next(), parts: [term])
        let warning = SuggestionWarning(.untranslated, next())
        sentences.append(SentenceSuggestion(index: sentences.count, paragraph: 0, text: text, start: 0, end: 0,
                                            matches: [match], terms: [term], composed: [composed], warnings: [warning]))
    }
    let article = ArticleSuggestions(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, sentences: sentences)
    let path = ScratchDirectory.shared.path(".xlf")
    try? FileManager.default.removeItem(atPath: path)
    do {
        try XLIFFWriter.write(article, original: original, to: path, toolVersion: "fuzz")
    } catch {
        let unwritable = ([sourceLanguage, targetLanguage, original] + sentences.flatMap(texts))
            .contains { text in text.unicodeScalars.contains { !isXMLCharacter($0) } }
        require(unwritable && error.message.contains("XML 1.0 cannot carry"), "XLIFF not written: \(error)")
        require(!FileManager.default.fileExists(atPath: path), "a failed write left a file")
        return 0
    }
    var sources: [String] = [], notes: [[String]] = []
    do {
        let reader = try XMLPullReader(path: path)
        // A unit's own <source> is the child of its <trans-unit> (units sit in a paragraph's <group>;
        // <alt-trans> holds sources of its own).
        var inUnitSource = false, open: [String] = [], text = ""
        while let event = try reader.next() {
            switch event {
            case .start(let tag):
                if tag.name == "source" && open.last == "trans-unit" { inUnitSource = true; text = "" }
                if tag.name == "trans-unit" { notes.append([]) }
                if tag.name == "note" { text = "" }
                open.append(tag.name)
            case .end(let name):
                if name == "source" && inUnitSource { sources.append(text); inUnitSource = false }
                if name == "note" && !notes.isEmpty { notes[notes.count - 1].append(text) }
                open.removeLast()
            case .text(let content): if inUnitSource || open.last == "note" { text += content }
            case .comment: break
            }
        }
    } catch {
        require(false, "XLIFF output is not well-formed: \(error)")
    }
    require(sources == sentences.map(\.text), "sources read back differ:\n\(sentences.map(\.text))\n---\n\(sources)")
    for (sentence, unitNotes) in zip(sentences, notes) {
        let expected = sentence.terms.map { [$0.matchedText, $0.english] + ($0.note.map { [$0] } ?? []) }
            + sentence.composed.map { [$0.matchedText, $0.english] } + sentence.warnings.map { [$0.message] }
        require(unitNotes.count == expected.count && zip(unitNotes, expected).allSatisfy { note, texts in texts.allSatisfy { holds(note, $0) } },
                "notes read back differ:\n\(expected)\n---\n\(unitNotes)")
    }
    return 0
}

/// Every text of a sentence that goes into the XLIFF.
private func texts(of sentence: SentenceSuggestion) -> [String] {
    var texts = [sentence.text]
    for match in sentence.matches { texts += [match.source, match.target, match.origin ?? ""] }
    for term in sentence.terms { texts += [term.matchedText, term.english, term.note ?? ""] }
    for composed in sentence.composed { texts += [composed.matchedText, composed.english] }
    return texts + sentence.warnings.map(\.message)
}

/// Whether `note` holds `text`, byte for byte (not by characters: a text that starts with a
/// combining mark joins the character before it in the note).
private func holds(_ note: String, _ text: String) -> Bool {
    text.isEmpty || Array(note.utf8).firstRange(of: Array(text.utf8)) != nil
}

/// XML 1.0's `Char` production.
private func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
}
