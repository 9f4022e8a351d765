/// English abbreviations and sentence openers for the built-in rules.
enum EnglishAbbreviations {
    /// Titles that precede a name.
    static let titles = [
        "Lieut", "Gens", "Sens", "Reps", "Govs", "Msgr", "Fr", "Sra", "Pfc", "Spc", "Cdr",
    ]

    /// Abbreviations that may close a sentence: AP-style state names, corporate and other forms.
    static let closers = [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
        "Tenn", "Va", "Vt", "Wash", "Wis", "Wyo", "Esq", "Plc", "Cos", "Assn", "Dist", "Gov't", "Ph.D",
    ]

    /// Words that typically open an English sentence; after an ambiguous abbreviation they
    /// signal a new sentence (`… in the U.S. The company …`).
    static let sentenceOpeners = [
        "The", "A", "An", "In", "On", "At", "For", "From", "By", "With", "As", "But", "And", "Or", "So",
        "Yet", "If", "When", "While", "After", "Before", "Since", "Although", "Though", "Because",
        "Meanwhile", "However", "Still", "It", "Its", "He", "His", "She", "Her", "They", "Their",
        "We", "Our", "I", "You", "There", "This", "That", "These", "Those", "Some", "Many", "Most",
        "Several", "All", "Both", "Neither", "No", "Not", "One", "Two", "Three", "Also", "Other",
        "Such", "What", "Why", "How", "Who", "Where", "Under", "Over", "During", "About", "More",
        "Nearly", "Earlier", "Later", "Last", "Then", "Instead", "Despite", "According", "Asked",
    ]

    /// `a.m.` or `p.m.`, with any closing quotes or brackets.
    static let clockTime = BuiltInRules.endingWith(#"[ap]\.m"#)

    /// Capitalised words that continue a sentence after a clock time: zones, weekdays, months.
    static let afterClockTime = [
        "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "ET", "CT", "MT", "PT", "GMT", "UTC", "BST",
        "CET", "CEST", "WIB", "WITA", "WIT", "Eastern", "Central", "Mountain", "Pacific", "Jakarta",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec",
    ]

    /// Verbs that introduce a speaker after a quotation: `"Why now?" Smith asked.`
    static let speechVerbs = [
        "said", "says", "asked", "asks", "told", "added", "wrote", "replied", "shouted", "tweeted",
        "posted", "explained", "continued", "insisted", "recalled", "wondered", "declared", "answered",
    ]
}
