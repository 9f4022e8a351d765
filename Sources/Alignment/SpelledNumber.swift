/// Small numbers spelled out (`tiga`, `three`), which translators often turn into digits or
/// back; digits themselves are read by `Segmentation.NumberMention`.
enum SpelledNumber {
    /// The value of a lower-cased number word of either language, or `nil`.
    static func value(of lowercased: String) -> Double? {
        switch lowercased {
        case "dua", "two": 2
        case "tiga", "three": 3
        case "empat", "four": 4
        case "lima", "five": 5
        case "enam", "six": 6
        case "tujuh", "seven": 7
        case "delapan", "eight": 8
        case "sembilan", "nine": 9
        case "sepuluh", "ten": 10
        default: nil
        }
    }
}
