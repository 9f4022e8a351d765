/// Padan's own segmentation rules for news wire copy, written as data in the SRX model, so the
/// built-in rules and a user's SRX file run through the same `Segmenter`.
///
/// In priority order (the first rule matching at a position decides):
/// 1. no break at a line break inside a sentence: after a letter, digit, comma or hyphen and before
///    a lower-case letter (text wrapped at a fixed width, as e-mail and some archives keep it);
///    otherwise break after every line break (headlines, datelines, list items and "Source link"
///    trailers sit on lines of their own in wire copy);
/// 2. no break after a list number or letter at the start of a line (`1. `, `b. `);
/// 3. no break after `?`, `!` or an ellipsis and a closing quote when a name and a speech verb
///    follow (`"Why?" Smith asked.`); a lower-case attribution (`"Kapan?" tanya dia.`) never breaks;
///    then the language's own rules (English: after `a.m.`/`p.m.`, break before a capital unless a
///    time zone, weekday or month follows);
/// 4. break after an abbreviation that can end a sentence (`U.S.`, `a.m.`, `Inc.`, `Tbk.`, an
///    initial) when a word that typically opens a sentence follows (`in the U.S. The …`);
/// 5. no break after a title that always precedes a name (`Dr.`, `Letjen.`, `Lt. Col.`, `Jl.`);
/// 6. no break after the abbreviations of rule 4 otherwise (`U.S. Senate`, `Donald J. Trump`);
/// 7. break after `.`, `?`, `!` or `…` (and any closing quotes or brackets) before white space and
///    a capital letter, possibly behind an opening quote or bracket or one lower-case letter
///    (`iPhone`, `eKTP`).
///
/// Numbers never break (`2,5`, `Rp1.500.000`, `10.00 WIB`) because a break needs white space after
/// the stop; a sentence that begins with a digit is therefore joined to the one before, the lesser
/// evil in news text, where sentences rarely begin with figures and abbreviations often precede them.
enum BuiltInRules {
    static let indonesian = make(
        titles: SharedAbbreviations.titles + IndonesianAbbreviations.titles,
        closers: SharedAbbreviations.closers + IndonesianAbbreviations.closers,
        openers: IndonesianAbbreviations.sentenceOpeners,
        speechVerbs: IndonesianAbbreviations.speechVerbs,
        languageRules: []
    )

    static let english = make(
        titles: SharedAbbreviations.titles + EnglishAbbreviations.titles,
        closers: SharedAbbreviations.closers + EnglishAbbreviations.closers,
        openers: EnglishAbbreviations.sentenceOpeners,
        speechVerbs: EnglishAbbreviations.speechVerbs,
        languageRules: [
            (false, EnglishAbbreviations.clockTime, #"\s+"# + WordListPattern.alternation(EnglishAbbreviations.afterClockTime) + #"\b"#),
            (true, EnglishAbbreviations.clockTime, #"\s+"# + openingPunctuation + #"\p{Lu}"#),
        ]
    )

    /// One line break of any convention.
    static let lineBreak = #"(?:\r\n|[\n\r\u0085\u2028\u2029])"#
    /// Closing quotes and brackets that may follow a full stop.
    static let closingPunctuation = #"["'”’»)\]]*"#
    /// Opening quotes and brackets that may precede a sentence's first letter.
    static let openingPunctuation = #"["'“‘«(\[]*"#
    /// Not inside a word, a number or a dotted sequence.
    static let wordStart = #"(?<![\p{L}\p{N}.'’@/_-])"#

    /// A full stop (and any closing punctuation) that ends one of `words`, a whole word.
    ///
    /// The words sit in a look-behind so that the pattern starts with the full stop: ICU then
    /// tries it only at full stops instead of at every letter, which makes the rule fast.
    /// - Parameter words: an ICU pattern of bounded length (look-behind cannot be unbounded).
    static func endingWith(_ words: String) -> String {
        "(?<=" + wordStart + "(?:" + words + "))\\." + closingPunctuation
    }

    private static func make(titles: [String], closers: [String], openers: [String], speechVerbs: [String],
                             languageRules: [(Bool, String, String)]) -> SegmentationRules {
        let titlePattern = WordListPattern.alternation(titles)
        let closerPattern = WordListPattern.alternation(closers)
        let mayEndSentence = endingWith(closerPattern + #"|(?:\p{L}\.){1,5}\p{L}|\p{Lu}"#)
        let specs: [(Bool, String, String)] = [
            (false, #"(?<=[\p{L}\p{N},-])[^\S\r\n]*"# + lineBreak, #"[^\S\r\n]*\p{Ll}"#),
            (true, lineBreak, ""),
            (false, #"(?m:^)[^\S\r\n]*(?:\d{1,3}|[A-Za-z])\."#, #"\s"#),
            (false, #"(?:[?!…]+|\.\.\.)["'”’»]"#, #"\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}"# + WordListPattern.alternation(speechVerbs) + #"\b"#),
            (true, mayEndSentence, #"\s+"# + openingPunctuation + WordListPattern.alternation(openers) + #"\b"#),
            (false, endingWith(titlePattern), #"\s"#),
            (false, mayEndSentence, #"\s"#),
            (true, #"[.?!…]+"# + closingPunctuation, #"\s+"# + openingPunctuation + #"\p{Ll}?\p{Lu}"#),
        ]
        let ordered = Array(specs[..<4]) + languageRules + Array(specs[4...])
        do {
            return SegmentationRules(rules: try ordered.map { (isBreak, before, after) throws(SRXError) in
                try SegmentationRule(isBreak: isBreak, before: before, after: after)
            })
        } catch {
            preconditionFailure("a built-in segmentation rule does not compile: \(error)")
        }
    }
}
