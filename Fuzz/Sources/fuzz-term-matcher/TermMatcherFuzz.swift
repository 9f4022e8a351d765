import Foundation
import FuzzSupport
import Terminology

/// Random text against the shipped glossary: every word of it goes through the morphology
/// analyser, and the matcher's hits lie in the text, in order, without overlapping, each one
/// the text it says it matched.
@_cdecl("LLVMFuzzerTestOneInput")
public func termMatcherFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    for word in text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }).prefix(64) {
        let analysis = IndonesianMorphology.shared.analyse(String(word))
        _ = analysis
        require(!IndonesianMorphology.shared.base(of: String(word)).isEmpty || word.isEmpty,
                "an empty base for \(String(word).debugDescription)")
    }
    let characters = Array(text)
    var position = 0
    for match in matcher.matches(in: text) {
        require(match.start >= position && match.start < match.end && match.end <= characters.count,
                "match \(match.start)..<\(match.end) out of order or outside 0..<\(characters.count)")
        guard match.start >= position, match.start < match.end, match.end <= characters.count else { return 0 }
        require(String(characters[match.start..<match.end]) == match.matchedText,
                "matched text \(match.matchedText.debugDescription) is not the text at \(match.start)..<\(match.end)")
        position = match.end
    }
    return 0
}

/// The shipped glossaries, found from this file's place in the repository.
private let matcher: TermMatcher = {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let directory = ProcessInfo.processInfo.environment["PADAN_GLOSSARIES"] ?? repository.appendingPathComponent("Glossaries").path
    do {
        return TermMatcher(glossary: try Glossary.load(paths: [directory]).0)
    } catch {
        require(false, "the shipped glossary does not load from \(directory): \(error)")
        fatalError()
    }
}()
