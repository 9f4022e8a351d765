/// English renderings compared as the blind lists' format says: case-insensitively, white space
/// collapsed, `-` as a space, a final plural `s` on the last word ignored.
///
///     EnglishRendering.normalised("Cease-fire  Violations")  // "cease fire violation"
public enum EnglishRendering {
    /// `rendering` in the form compared.
    public static func normalised(_ rendering: String) -> String {
        var words = rendering.lowercased().replacingOccurrences(of: "-", with: " ")
            .split(whereSeparator: \.isWhitespace).map(String.init)
        if let last = words.last, last.count > 1, last.hasSuffix("s") { words[words.count - 1] = String(last.dropLast()) }
        return words.joined(separator: " ")
    }

    /// Whether any of `candidates` equals any of `acceptable`, compared normalised.
    public static func matches(any candidates: [String], of acceptable: [String]) -> Bool {
        let wanted = Set(acceptable.map(normalised))
        return candidates.contains { wanted.contains(normalised($0)) }
    }
}
