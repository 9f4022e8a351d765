/// A language Padan segments: the Indonesian source side and the English target side.
///
///     Language(tag: "id-ID")   // .indonesian
///     Language(tag: "en-GB")   // .english
///     Language(tag: "fr")      // nil
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case indonesian = "id"
    case english = "en"

    /// Reads a BCP 47 tag, ignoring case and any region or script subtag.
    ///
    /// `in`, the withdrawn ISO 639 code for Indonesian still written by older tools, is accepted.
    /// - Parameter tag: `id`, `id-ID`, `in`, `en`, `en-US`, `en_GB`…
    public init?(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        switch primary {
        case "id", "in", "ind": self = .indonesian
        case "en", "eng": self = .english
        default: return nil
        }
    }

    /// Language codes tried against an SRX `languagepattern`, most specific last.
    var srxCodes: [String] {
        switch self {
        case .indonesian: ["id", "id-ID", "in"]
        case .english: ["en", "en-US", "en-GB"]
        }
    }

    /// The English name, for messages.
    public var name: String {
        switch self {
        case .indonesian: "Indonesian"
        case .english: "English"
        }
    }
}
