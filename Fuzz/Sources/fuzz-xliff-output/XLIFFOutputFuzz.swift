import Foundation
import FuzzSupport
@testable import Memory
@testable import Suggestion
import XMLStream

/// Random texts in every slot of a suggestion → XLIFF that is well-formed XML and reads back
/// with each sentence's source text as given.
@_cdecl("LLVMFuzzerTestOneInput")
public func xliffOutputFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var pieces = FuzzInput(data, size).pieces(separatedBy: 0x0A, limit: 16)[...]
    func next() -> String { pieces.popFirst() ?? "" }
    let sourceLanguage = next(), targetLanguage = next(), original = next()
    var sentences: [SentenceSuggestion] = []
    while !pieces.isEmpty {
        let text = next()
        let match = MemoryMatch(score: Double(text.utf8.count % 101), source: next(), target: next(),
                                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, origin: next(),
                                date: nil, unitID: 1, adaptedTarget: nil, differences: [])
        let warning = SuggestionWarning(.untranslated, next())
        sentences.append(SentenceSuggestion(index: sentences.count, paragraph: 0, text: text, start: 0, end: 0,
                                            matches: [match], terms: [], warnings: [warning]))
    }
    let article = ArticleSuggestions(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, sentences: sentences)
    let path = ScratchDirectory.shared.path(".xlf")
    do {
        try XLIFFWriter.write(article, original: original, to: path, toolVersion: "fuzz")
    } catch {
        require(!error.message.isEmpty, "an error without a message")
        return 0
    }
    var sources: [String] = []
    do {
        let reader = try XMLPullReader(path: path)
        var inUnitSource = false, depth = 0, text = ""
        while let event = try reader.next() {
            switch event {
            case .start(let tag):
                depth += 1
                if tag.name == "source" && depth == 5 { inUnitSource = true; text = "" }
            case .end(let name):
                if name == "source" && inUnitSource { sources.append(text); inUnitSource = false }
                depth -= 1
            case .text(let content): if inUnitSource { text += content }
            case .comment: break
            }
        }
    } catch {
        require(false, "XLIFF output is not well-formed: \(error)")
    }
    require(sources == sentences.map(\.text), "sources read back differ:\n\(sentences.map(\.text))\n---\n\(sources)")
    return 0
}
