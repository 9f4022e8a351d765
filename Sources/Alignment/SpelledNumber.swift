/// Small numbers spelled out (`tiga`, `three`), which translators often turn into digits or
/// back; digits themselves are read by `Segmentation.NumberMention`. Only the one-word numbers
/// of both languages (zero to eleven: Indonesian says `dua belas` for twelve) are listed.
enum SpelledNumber {
    /// The value of a lower-cased number word of either language, or `nil`.
    static func value(of lowercased: String) -> Double? {
        switch lowercased {
        case "nol", "zero": 0
        case "satu", "one": 1
        case "dua", "two": 2
        case "tiga", "three": 3
        case "empat", "four": 4
        case "lima", "five": 5
        case "enam", "six": 6
        case "tujuh", "seven": 7
        case "delapan", "eight": 8
        case "sembilan", "nine": 9
        case "sepuluh", "ten": 10
        case "sebelas", "eleven": 11
        default: nil
        }
    }
}
