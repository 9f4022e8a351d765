import Foundation

/// What a glossary entry's note says about composing with it, in a sentence a translator can
/// read as well:
/// - `Composition: none.` — the entry never takes part in a composed rendering (its phrases are
///   idioms: `dewan gubernur` is a *board of governors*);
/// - `Composition: modifier as noun.` — as a head, any modifier before it keeps its noun form
///   rather than its adjective or demonym (`ketua parlemen` → *parliament chairman*);
/// - `Composition: name as noun.` — as a head, a name before it keeps its noun form (`perang
///   Irak` → *Iraq war*), while a common noun still stands as its adjective (*regional conflict*);
/// - `Composition: head only.` — the entry composes as a head but is never a modifier: after a
///   noun it is mostly that noun's object or a phrase of its own (`polisi wilayah X` is the police
///   *of* region X, not "territorial police").
///
///     CompositionNote(note: "Composition: modifier as noun.")  // .modifierAsNoun
enum CompositionNote: Equatable {
    case none
    case modifierAsNoun
    case nameAsNoun
    case headOnly

    /// The marker each case is written with in a note.
    static let markers: [(String, CompositionNote)] = [
        ("composition: none", .none), ("composition: modifier as noun", .modifierAsNoun), ("composition: name as noun", .nameAsNoun),
        ("composition: head only", .headOnly),
    ]

    /// The form a note gives the entry before a head noun, in a sentence `Adjective: legal.`
    /// (`hukum`, law → *legal aid*; `Prancis`, France → *French*), when the alternatives do not
    /// show it; `nil` when the note has none.
    static func adjective(inNote note: String?) -> String? {
        guard let note, let marker = note.range(of: "adjective:", options: .caseInsensitive) else { return nil }
        let rest = note[marker.upperBound...].drop { $0 == " " }
        // The sentence ends at `;`, or at a full stop before a space or the end (`U.S.` keeps its own).
        var end = rest.endIndex
        if let semicolon = rest.firstIndex(of: ";") { end = semicolon }
        if let stop = rest.range(of: ". ")?.lowerBound, stop < end { end = stop }
        var adjective = String(rest[..<end]).trimmingCharacters(in: .whitespaces)
        if end == rest.endIndex, adjective.hasSuffix("."), adjective.filter({ $0 == "." }).count == 1 { adjective.removeLast() }
        return adjective.isEmpty ? nil : adjective
    }

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
        case .none, .headOnly: false
        }
    }
}
