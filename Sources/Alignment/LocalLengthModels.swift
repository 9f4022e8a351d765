/// Length models fitted locally along a long input: for each source sentence, the ratio and
/// variance of the `LengthModel` refitted on the nearest `window` 1-1 links of a first alignment.
///
/// A corpus import joins many articles, each translated more or less closely (a loose economy
/// report beside a close wire story), and one model fitted on all of them is too strict for the
/// loose ones, where merges then look cheaper than the 1-1 links a person would give, and too lax
/// for the close ones. An input with at most `window` 1-1 links (a single article) gets the one
/// model fitted on all of them, as before.
///
///     let models = LocalLengthModels(pairs: oneToOneLinks, sourceCount: 6_354, fallback: refitted)
///     models.model(atRow: 120)   // the model fitted around source sentence 120
struct LocalLengthModels {
    /// How many 1-1 links each local fit uses. Tuned on align-dev's 120 plain pairs as one input,
    /// without the word model: 30, 60, 120 and 240 links gave F1 0.975, 0.975, 0.974 and 0.973
    /// (0.968 with one model for all); 120 keeps one model for any article of up to 120 links,
    /// where 60 cost the long TED talks 0.001, article by article.
    static let window = 120
    /// Links that share one fit: the window moves by this many links at a time.
    static let stride = 8

    /// The model of each source row 0…sourceCount (a link ending at row r uses `models[r]`).
    private let rowModels: [LengthModel]
    /// The model of the whole input, for inputs too short to fit locally.
    let whole: LengthModel

    /// - Parameters:
    ///   - pairs: the 1-1 links of a first alignment: source row (0-based sentence index) and
    ///     both lengths, in source order.
    ///   - sourceCount: the number of source sentences.
    ///   - whole: the model refitted on all of `pairs`.
    init(pairs: [(row: Int, source: Double, target: Double)], sourceCount: Int, whole: LengthModel) {
        self.whole = whole
        let usable = pairs.filter { $0.source > 0 && $0.target > 0 }
        guard usable.count > Self.window else {
            rowModels = []
            return
        }
        var blockModels: [LengthModel] = []
        for block in Swift.stride(from: 0, to: usable.count, by: Self.stride) {
            let centre = block + Self.stride / 2
            let first = min(max(0, centre - Self.window / 2), usable.count - Self.window)
            let fitted = whole.refitted(on: usable[first..<first + Self.window].map { ($0.source, $0.target) })
            blockModels.append(fitted)
        }
        var models: [LengthModel] = []
        models.reserveCapacity(sourceCount + 1)
        var link = 0
        for row in 0...sourceCount {
            // The first link at or after the row: a link ending at row r starts before it.
            while link < usable.count - 1, usable[link].row + 1 < row { link += 1 }
            models.append(blockModels[link / Self.stride])
        }
        rowModels = models
    }

    /// The model for a link that ends at source row `row`.
    @inline(__always)
    func model(atRow row: Int) -> LengthModel {
        rowModels.isEmpty ? whole : rowModels[row]
    }
}
