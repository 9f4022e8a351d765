import Terminology

/// Words that never translate a content word alone: a span made only of them is passed over when
/// another span exists (`was`, `has`, `the`; `yang`, `itu`). As model words (English stems, so
/// `ha` is `has`, `wa` is `was`).
enum SpottingFunctionWords {
    static let english: Set<String> = [
        "the", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that", "this",
        "these", "those", "it", "its", "is", "are", "wa", "was", "were", "be", "been", "being", "ha", "has", "have", "had",
        "do", "doe", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "as", "than",
        "then", "so", "such", "there", "their", "they", "them", "he", "she", "his", "her", "him", "we", "our", "us", "you",
        "your", "who", "whom", "which", "what", "when", "where", "not", "no", "also", "very", "about", "into", "over",
        "up", "out", "if", "all", "any", "some", "said", "say",
    ]

    static let indonesian: Set<String> = IndonesianMorphology.shared.lexicon.functionWords

    /// English words a span of several words neither starts nor ends with: articles, auxiliaries,
    /// prepositions and conjunctions (`the Security Council`, `was criticised`, `deployment of`).
    /// Possessives stay, as they translate `-nya` (`its deployment`).
    static let englishEdges: Set<String> = english.subtracting([
        "it", "its", "he", "she", "his", "her", "him", "we", "our", "us", "you", "your", "they", "their", "them", "not", "no",
        "all", "any", "some", "said", "say", "up", "out", "over", "who", "what", "when", "where", "which",
    ])

    /// English possessives a clitic `-nya` may be rendered by, before the noun (`their supporters`).
    static let possessives: Set<String> = ["his", "her", "its", "their"]

    /// English object pronouns a clitic `-nya` may be rendered by, after the verb (`training him`).
    static let objectPronouns: Set<String> = ["him", "her", "it", "them"]

    /// Indonesian words a span of several words neither starts nor ends with.
    static let indonesianEdges: Set<String> = ["yang", "dan", "di", "ke", "dari", "pada", "untuk", "dengan", "itu", "ini", "adalah", "oleh", "akan", "telah", "sudah"]
}
