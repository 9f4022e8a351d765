/// Finds anchors in sentences: keys that an Indonesian sentence and its English translation
/// both carry, such as a glossary entry found through its Indonesian term on one side and its
/// English rendering on the other. The aligner treats each key as one more lexical feature,
/// weighted by how rare it is in the pair, like names and numbers.
///
///     let finder = AnchorFinder(
///         source: { $0.contains("Kemhan") ? ["defence ministry"] : [] },
///         target: { $0.lowercased().contains("defence ministry") ? ["defence ministry"] : [] })
///     var options = AlignerOptions()
///     options.anchors = finder
///
/// The Terminology target builds one from a glossary (`TermAnchors.anchorFinder`); keeping the
/// aligner behind closures keeps it free of any glossary format.
public struct AnchorFinder: Sendable {
    /// The anchor keys of an Indonesian sentence.
    public var source: @Sendable (String) -> [String]
    /// The anchor keys of an English sentence.
    public var target: @Sendable (String) -> [String]

    public init(source: @escaping @Sendable (String) -> [String], target: @escaping @Sendable (String) -> [String]) {
        self.source = source
        self.target = target
    }
}
