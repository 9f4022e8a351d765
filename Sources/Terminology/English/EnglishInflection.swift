/// English plural and verb forms of a term, so a QA check finds `missiles` for `missile` and
/// `sanctioned` for `sanction`.
///
///     EnglishInflection.forms(of: "sanction")
///     // ["sanction", "sanctions", "sanctioned", "sanctioning"]
///     EnglishInflection.forms(of: "ballistic missile")
///     // ["ballistic missile", "ballistic missiles", …]
///
/// A noun phrase's head (its last word) or a verb phrase's verb (its first) is inflected; words
/// in capitals (`ICBM`) take only a plural `s`. Forms are generated generously (a QA check
/// looks for any of them), so a few may not be English.
public enum EnglishInflection {
    /// The term itself and its inflected forms.
    /// - Parameters:
    ///   - term: a word or phrase.
    ///   - partOfSpeech: for a phrase, `verb` inflects its first word (`impose sanctions` →
    ///     `imposed sanctions`); anything else its last (`ballistic missiles`). A single word gets
    ///     every form.
    public static func forms(of term: String, partOfSpeech: String = "noun") -> Set<String> {
        let words = term.split(separator: " ").map(String.init)
        guard let first = words.first, let last = words.last else { return [] }
        guard words.count > 1 else { return wordForms(first).union([term]) }
        var results: Set<String> = [term]
        if partOfSpeech == "verb" {
            let rest = words.dropFirst().joined(separator: " ")
            for head in wordForms(first) { results.insert(head + " " + rest) }
        } else {
            let rest = words.dropLast().joined(separator: " ")
            for tail in wordForms(last) { results.insert(rest + " " + tail) }
        }
        return results
    }

    /// One word's forms: plural / third person, past, -ing.
    public static func wordForms(_ word: String) -> Set<String> {
        if let paradigm = irregularParadigms[word.lowercased()] { return Set([word] + paradigm) }
        if let stem = regularPastStem(of: word) { return wordForms(stem).union([word]) }
        if word.count > 1, word.allSatisfy({ $0.isUppercase || $0.isNumber }) { return [word, word + "s"] }
        guard word.count >= 2, word.allSatisfy(\.isLetter) else { return [word] }
        var forms: Set<String> = [word, plural(of: word), past(of: word), presentParticiple(of: word)]
        // embargo → embargoes, veto → vetoes (but memo → memos): keep both spellings.
        if word.lowercased().hasSuffix("o") { forms.insert(word + "es") }
        return forms
    }

    static func plural(of word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
            return word + "es"
        }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !vowels.contains(before) { return word.dropLast() + "ies" }
        return word + "s"
    }

    static func past(of word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("e") { return word + "d" }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !vowels.contains(before) { return word.dropLast() + "ied" }
        if doublesFinalConsonant(lower) { return word + String(word.last!) + "ed" }
        return word + "ed"
    }

    static func presentParticiple(of word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("ie") { return word.dropLast(2) + "ying" }
        if lower.hasSuffix("e"), !lower.hasSuffix("ee") { return word.dropLast() + "ing" }
        if doublesFinalConsonant(lower) { return word + String(word.last!) + "ing" }
        return word + "ing"
    }

    /// Consonant–vowel–consonant monosyllables double the consonant: ban → banned, plan → planning.
    private static func doublesFinalConsonant(_ word: String) -> Bool {
        let letters = Array(word)
        guard letters.count >= 3, letters.count <= 4 else { return false }
        let last = letters[letters.count - 1], vowel = letters[letters.count - 2], before = letters[letters.count - 3]
        return !vowels.contains(last) && !"wxy".contains(last) && vowels.contains(vowel) && !vowels.contains(before)
            && letters.dropLast(2).filter { vowels.contains($0) }.isEmpty
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Every irregular form (`said`, `held`) leads to its whole paradigm, so a glossary that gives a
    /// verb in the past tense (`said`, as wire copy writes attribution) also accepts `says`.
    private static let irregularParadigms: [String: [String]] = {
        var paradigms: [String: [String]] = [:]
        for (base, forms) in irregular {
            for form in [base] + forms { paradigms[form, default: []] += [base] + forms }
        }
        return paradigms
    }()

    /// `condemned` → `condemn`, `launched` → `launch`, `imposed` → `impose`: the stem of a regular
    /// past form whose re-inflection gives the form back, else `nil`.
    private static func regularPastStem(of word: String) -> String? {
        let lower = word.lowercased()
        guard lower.count > 4, lower.hasSuffix("ed"), word.allSatisfy(\.isLetter) else { return nil }
        let candidates = [String(word.dropLast(2)), String(word.dropLast(1)), String(word.dropLast(3)) + "y"]
        return candidates.first { past(of: $0).lowercased() == lower }
    }

    private static let irregular: [String: [String]] = [
        "man": ["men"], "woman": ["women"], "child": ["children"], "person": ["people", "persons"],
        "crisis": ["crises"], "analysis": ["analyses"], "thesis": ["theses"], "basis": ["bases"],
        "chief": ["chiefs"], "staff": ["staffs"], "aircraft": [], "personnel": [], "police": [],
        "seize": ["seizes", "seized", "seizing"], "hold": ["holds", "held", "holding"],
        "lead": ["leads", "led", "leading"], "shoot": ["shoots", "shot", "shooting"],
        "fight": ["fights", "fought", "fighting"], "meet": ["meets", "met", "meeting"],
        "strike": ["strikes", "struck", "striking"], "win": ["wins", "won", "winning"],
        "take": ["takes", "took", "taken", "taking"], "give": ["gives", "gave", "given", "giving"],
        "say": ["says", "said", "saying"], "send": ["sends", "sent", "sending"],
        "build": ["builds", "built", "building"], "buy": ["buys", "bought", "buying"],
        "sell": ["sells", "sold", "selling"], "flee": ["flees", "fled", "fleeing"],
        "withdraw": ["withdraws", "withdrew", "withdrawn", "withdrawing"], "go": ["goes", "went", "gone", "going"],
        "run": ["runs", "ran", "running"], "break": ["breaks", "broke", "broken", "breaking"],
        "sign": ["signs", "signed", "signing"], "defense": ["defenses"], "ally": ["allies", "allied", "allying"],
    ]
}
