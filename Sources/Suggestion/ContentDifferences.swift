import Segmentation

/// Numbers, names and dates that differ between two texts: a new sentence and a memory match
/// (both Indonesian), or a source and its translation.
///
///     ContentDifferences.between(sentence: "… pada hari Senin … 1.200 kilometer",
///                                match: "… pada hari Kamis … 1.000 kilometer")
///     // [dateMismatch "Kamis" → "Senin", numberMismatch "1.000" → "1.200"]
enum ContentDifferences {
    /// Differences between a new Indonesian sentence and the Indonesian side of a match.
    static func between(sentence: String, match: String, unitID: Int64? = nil) -> [SuggestionWarning] {
        var warnings: [SuggestionWarning] = []
        let new = NumberMention.all(in: sentence, convention: .indonesian)
        let old = NumberMention.all(in: match, convention: .indonesian)
        if let message = describe(missing(new, from: old), extra: missing(old, from: new), what: "numbers") {
            warnings.append(SuggestionWarning(.numberMismatch, message, unitID: unitID))
        }
        let newDates = CalendarWords.indonesian(in: sentence), oldDates = CalendarWords.indonesian(in: match)
        if let message = describe(subtract(oldDates, newDates), extra: subtract(newDates, oldDates), what: "days or months") {
            warnings.append(SuggestionWarning(.dateMismatch, message, unitID: unitID))
        }
        let newNames = names(in: sentence), oldNames = names(in: match)
        if let message = describe(subtract(oldNames, newNames), extra: subtract(newNames, oldNames), what: "names") {
            warnings.append(SuggestionWarning(.nameMismatch, message, unitID: unitID))
        }
        return warnings
    }

    /// Numbers and dates of an Indonesian source that its English translation does not carry.
    static func betweenTranslation(source: String, target: String, unitID: Int64? = nil) -> [SuggestionWarning] {
        var warnings: [SuggestionWarning] = []
        let sourceNumbers = NumberMention.all(in: source, convention: .indonesian)
        let targetNumbers = NumberMention.all(in: target, convention: .english)
        let lost = missing(targetNumbers, from: sourceNumbers), added = missing(sourceNumbers, from: targetNumbers)
        if !lost.isEmpty || !added.isEmpty {
            var parts: [String] = []
            if !lost.isEmpty { parts.append("the Indonesian has \(quoted(lost)) that the English lacks") }
            if !added.isEmpty { parts.append("the English has \(quoted(added)) that the Indonesian lacks") }
            warnings.append(SuggestionWarning(.numberMismatch, "numbers differ: " + parts.joined(separator: "; "), unitID: unitID))
        }
        let sourceDates = CalendarWords.indonesian(in: source).compactMap(CalendarWords.english(for:))
        let targetDates = CalendarWords.english(in: target)
        let lostDates = subtract(sourceDates, targetDates)
        if !lostDates.isEmpty {
            warnings.append(SuggestionWarning(.dateMismatch, "the English lacks \(quoted(lostDates)) of the Indonesian", unitID: unitID))
        }
        return warnings
    }

    /// Mentions of `all` whose value is not among `present` (multiset difference).
    private static func missing(_ present: [NumberMention], from all: [NumberMention]) -> [String] {
        var pool = present.map { "\($0.kind)\($0.value)" }
        var result: [String] = []
        for mention in all {
            if let index = pool.firstIndex(of: "\(mention.kind)\(mention.value)") {
                pool.remove(at: index)
            } else {
                result.append(mention.text)
            }
        }
        return result
    }

    private static func subtract(_ items: [String], _ other: [String]) -> [String] {
        var pool = other
        return items.filter { item in
            if let index = pool.firstIndex(of: item) { pool.remove(at: index); return false }
            return true
        }
    }

    private static func describe(_ old: [String], extra new: [String], what: String) -> String? {
        guard !old.isEmpty || !new.isEmpty else { return nil }
        switch (old.isEmpty, new.isEmpty) {
        case (false, false): return "\(what) differ: the match has \(quoted(old)) where the sentence has \(quoted(new))"
        case (false, true): return "\(what) differ: the match has \(quoted(old)), which the sentence lacks"
        default: return "\(what) differ: the sentence has \(quoted(new)), which the match lacks"
        }
    }

    private static func quoted(_ items: [String]) -> String {
        items.map { "“\($0)”" }.joined(separator: ", ")
    }

    /// The names of `text`: runs of capitalised words joined by single spaces (`Korea Selatan`,
    /// `Kim Jong Un`), each one name; punctuation ends a run, a day or month is no name, and a
    /// lone capitalised first word is the sentence's capital, not a name, unless it is all
    /// capitals (`KTT`, a dateline's `SEOUL`).
    ///
    ///     ContentDifferences.names(in: "Para analis di Seoul memantau Semenanjung Korea.")
    ///     // ["Seoul", "Semenanjung Korea"]
    static func names(in text: String) -> [String] {
        var names: [String] = [], run: [Substring] = []
        var runStartsText = false
        func closeRun() {
            let isSentenceCapital = runStartsText && run.count == 1 && !(run[0].count > 1 && run[0].allSatisfy(\.isUppercase))
            if !run.isEmpty, !isSentenceCapital { names.append(run.joined(separator: " ")) }
            run = []
        }
        for (index, chunk) in text.split(whereSeparator: \.isWhitespace).enumerated() {
            guard let first = chunk.firstIndex(where: \.isLetter), let last = chunk.lastIndex(where: \.isLetter) else {
                closeRun()
                continue
            }
            let word = chunk[first...last]
            let opensRun = first == chunk.startIndex
            let isName = word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" }
                && CalendarWords.englishByIndonesian[String(word)] == nil
            if !isName || !opensRun { closeRun() }
            if isName {
                if run.isEmpty { runStartsText = index == 0 }
                run.append(word)
            }
            if chunk.index(after: last) != chunk.endIndex { closeRun() }
        }
        closeRun()
        return names
    }
}

/// Day and month names of both languages, for date comparison across them.
enum CalendarWords {
    static let englishByIndonesian: [String: String] = [
        "Senin": "Monday", "Selasa": "Tuesday", "Rabu": "Wednesday", "Kamis": "Thursday",
        "Jumat": "Friday", "Sabtu": "Saturday", "Minggu": "Sunday",
        "Januari": "January", "Februari": "February", "Maret": "March", "April": "April", "Mei": "May",
        "Juni": "June", "Juli": "July", "Agustus": "August", "September": "September",
        "Oktober": "October", "November": "November", "Desember": "December",
    ]

    /// AP abbreviates months before a day: `Aug. 17`.
    private static let englishAbbreviations: [String: String] = [
        "Jan": "January", "Feb": "February", "Aug": "August", "Sept": "September", "Sep": "September",
        "Oct": "October", "Nov": "November", "Dec": "December",
    ]

    private static let englishNames = Set(englishByIndonesian.values)

    static func indonesian(in text: String) -> [String] {
        words(of: text).filter { englishByIndonesian[$0] != nil }
    }

    static func english(in text: String) -> [String] {
        words(of: text).compactMap { englishNames.contains($0) ? $0 : englishAbbreviations[$0] }
    }

    static func english(for indonesian: String) -> String? { englishByIndonesian[indonesian] }

    private static func words(of text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }
}
