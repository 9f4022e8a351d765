/// What a glossary entry's note says about composing with it, in a sentence a translator can
/// read as well: `Composition: none.` (the entry never takes part in a composed rendering: its
/// phrases are idioms, `dewan gubernur` is a *board of governors*) or `Composition: modifier as
/// noun.` (as a head, the modifier before it keeps its noun form rather than its adjective or
/// demonym: *Iraq war*, *parliament speaker*, not *Iraqi war*).
///
///     CompositionNote(note: "Composition: modifier as noun.")  // .modifierAsNoun
enum CompositionNote: Equatable {
    case none
    case modifierAsNoun

    /// The marker each case is written with in a note.
    static let markers: [(String, CompositionNote)] = [("composition: none", .none), ("composition: modifier as noun", .modifierAsNoun)]

    /// The note's composition sentence, or `nil` when it has none.
    init?(note: String?) {
        guard let note = note?.lowercased(),
              let found = Self.markers.first(where: { note.contains($0.0) }) else { return nil }
        self = found.1
    }
}
