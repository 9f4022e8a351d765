/// The text segmentation rules match: the input without the invisible characters
/// `TextNormalizer` removes (`TextNormalizer.isInvisible`), with a map from its UTF-16 offsets
/// back to the input's.
///
///     let ruleText = RuleText("naik.\u{200C} Pasar")
///     ruleText.text                  // "naik. Pasar"
///     ruleText.offsetInOriginal(6)   // 7: "P" in the input
///
/// A position between two kept characters maps to the input's offset of the second one, so the
/// invisible characters at that position fall before it.
struct RuleText {
    /// The text the rules see.
    let text: String
    /// Its length in UTF-16 units.
    let length: Int
    /// The input's UTF-16 offset of each unit of `text`, and the input's length last; `nil` when
    /// nothing was removed and offsets are the same.
    private let originalOffsets: [Int]?

    init(_ input: String) {
        guard input.unicodeScalars.contains(where: TextNormalizer.isInvisible) else {
            text = input
            length = input.utf16.count
            originalOffsets = nil
            return
        }
        var kept = String.UnicodeScalarView()
        var offsets: [Int] = []
        var offset = 0
        for scalar in input.unicodeScalars {
            let width = UTF16.width(scalar)
            if !TextNormalizer.isInvisible(scalar) {
                kept.append(scalar)
                offsets.append(contentsOf: offset..<offset + width)
            }
            offset += width
        }
        offsets.append(offset)
        text = String(kept)
        length = offsets.count - 1
        originalOffsets = offsets
    }

    /// The input's UTF-16 offset of `position` in `text` (0…`length`).
    func offsetInOriginal(_ position: Int) -> Int {
        originalOffsets?[position] ?? position
    }
}
