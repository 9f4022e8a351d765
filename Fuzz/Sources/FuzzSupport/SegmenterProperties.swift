import Foundation
import Segmentation

/// Checks what every segmentation of `text` must satisfy: sentences in order, inside the text,
/// not overlapping; only white space between and around them, so the sentences and the gaps
/// concatenate back to the input; and each sentence's text is its slice of the input, normalised.
public func checkSentences(_ sentences: [Sentence], of text: String) {
    let characters = Array(text)
    var position = 0
    for sentence in sentences {
        require(sentence.start >= position && sentence.start < sentence.end && sentence.end <= characters.count,
                "sentence \(sentence.start)..<\(sentence.end) out of order or outside 0..<\(characters.count)")
        guard sentence.start >= position, sentence.start < sentence.end, sentence.end <= characters.count else { return }
        let gap = characters[position..<sentence.start]
        require(gap.allSatisfy(isBlank), "text left out between sentences: \(String(gap).debugDescription)")
        let slice = String(characters[sentence.start..<sentence.end])
        require(!sentence.text.isEmpty, "an empty sentence at \(sentence.start)")
        require(sentence.text == joinedLines(TextNormalizer.normalize(slice)),
                "sentence text \(sentence.text.debugDescription) is not its slice \(slice.debugDescription)")
        position = sentence.end
    }
    let tail = characters[position...]
    require(tail.allSatisfy(isBlank), "text left out after the last sentence: \(String(tail).debugDescription)")
}

/// What the segmenter may drop between sentences: white space and the invisible characters
/// normalisation removes.
private func isBlank(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { scalar in
        scalar.properties.isWhitespace || ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{AD}"].contains(scalar)
    }
}

/// Line breaks inside a sentence, with the white space around them, read as one space.
private func joinedLines(_ sentence: String) -> String {
    guard sentence.contains("\n") else { return sentence }
    return sentence.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
}
