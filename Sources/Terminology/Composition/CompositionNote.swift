/// What a glossary entry's note says about composing with it, in a sentence a translator can
/// read as well:
/// - `Composition: none.` — the entry never takes part in a composed rendering (its phrases are
///   idioms: `dewan gubernur` is a *board of governors*);
/// - `Composition: modifier as noun.` — as a head, any modifier before it keeps its noun form
///   rather than its adjective or demonym (`ketua parlemen` → *parliament chairman*);
/// - `Composition: name as noun.` — as a head, a name before it keeps its noun form (`perang
///   Irak` → *Iraq war*), while a common noun still stands as its adjective (*regional conflict*).
///
///     CompositionNote(note: "Composition: modifier as noun.")  // .modifierAsNoun
enum CompositionNote: Equatable {
    case none
    case modifierAsNoun
    case nameAsNoun

    /// The marker each case is written with in a note.
    static let markers: [(String, CompositionNote)] = [
        ("composition: none", .none), ("composition: modifier as noun", .modifierAsNoun), ("composition: name as noun", .nameAsNoun),
    ]

    /// The note's composition sentence, or `nil` when it has none.
    init?(note: String?) {
        guard let note = note?.lowercased(), !note.isEmpty,
              let found = Self.markers.first(where: { note.contains($0.0) }) else { return nil }
        self = found.1
    }

    /// Whether `modifier` keeps its noun form before a head with this note.
    func keepsNoun(_ modifier: TermEntry) -> Bool {
        switch self {
        case .modifierAsNoun: true
        case .nameAsNoun: modifier.partOfSpeech == "properNoun" || modifier.isAcronym
        case .none: false
        }
    }
}
