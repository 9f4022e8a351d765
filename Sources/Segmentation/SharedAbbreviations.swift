/// Abbreviations found in both Indonesian and English news (without their final full stop).
/// Capitalised forms for headlines and datelines are listed explicitly: capitalising every entry
/// would turn abbreviations into acronyms (`Bpk.` into `BPK`, the state audit board).
enum SharedAbbreviations {
    /// Titles and words that always come before a name or a number, so never end a sentence.
    static let titles = [
        "Dr", "Drs", "Dra", "Prof", "Ir", "Mr", "Mrs", "Ms", "Mme", "Mlle", "Messrs",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Brig",
        "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "Supt", "Insp", "Det", "Atty", "Amb",
        "Mt", "Ft", "Fig", "No", "Nos", "Vol", "Rp", "vs", "v", "e.g", "i.e", "cf",
        "DR", "DRS", "PROF", "IR", "GEN", "LT", "COL", "SEN", "REP", "GOV", "MT", "FT", "JL",
    ]

    /// Abbreviations that can end a sentence as well as sit inside one.
    static let closers = [
        "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "St", "Ave", "Blvd", "Rd", "Dept", "Univ",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "approx", "est", "ca", "incl",
        "ST", "INC", "CORP", "CO", "LTD", "JR",
    ]
}
