/// How often each rendering was spotted, grouped by model words (`deployments` and `deployment`
/// are one rendering), each shown in its commonest written form (`shownForm`), the commonest first.
///
///     var tally = RenderingTally()
///     tally.add(modelWords: "deployment", text: "deployment")
///     tally.add(modelWords: "deployment", text: "deployments")
///     tally.add(modelWords: "mobilization", text: "mobilization")
///     tally.renderings   // [deployment 2, mobilization 1]
public struct RenderingTally: Sendable, Hashable {
    private var groups: [String: [String: Int]] = [:]

    public init() {}

    /// Counts one spotted span.
    public mutating func add(modelWords: String, text: String) {
        groups[modelWords, default: [:]][text, default: 0] += 1
    }

    /// Counts one spot.
    public mutating func add(_ spot: SpanSpotter.Spot) {
        add(modelWords: spot.modelWords, text: spot.text)
    }

    /// Every span counted.
    public var total: Int { groups.values.reduce(0) { $0 + $1.values.reduce(0, +) } }

    /// The renderings, the most counted first (ties by text).
    public var renderings: [Rendering] {
        groups.map { key, forms in
            let shown = Self.shownForm(forms)!
            return Rendering(text: shown, modelWords: key, count: forms.values.reduce(0, +))
        }
        .sorted { $0.count > $1.count || ($0.count == $1.count && $0.text < $1.text) }
    }
}

extension RenderingTally {
    /// The commonest written form, in lower case when that form is at least half as common
    /// (`Deployment` at sentence starts is `deployment`), as written otherwise (`Security
    /// Council`, `PBB`; `World Bank` though a careless `world bank` occurs).
    public static func shownForm(_ forms: [String: Int]) -> String? {
        guard let (commonest, count) = forms.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })
        else { return nil }
        return 2 * (forms[commonest.lowercased()] ?? 0) >= count ? commonest.lowercased() : commonest
    }
}

/// One way a word or phrase was rendered, and how often.
public struct Rendering: Sendable, Hashable, Codable {
    /// The commonest written form.
    public var text: String
    /// The model words it groups by.
    public var modelWords: String
    public var count: Int
}

extension [Rendering] {
    /// `deployment 41, mobilization 7, dispatch 2`: the first `limit` renderings.
    public func summary(limit: Int = 8) -> String {
        prefix(limit).map { "\($0.text) \($0.count)" }.joined(separator: ", ") + (count > limit ? ", …" : "")
    }
}
