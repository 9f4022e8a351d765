/// One link of a sentence alignment: a run of source sentences paired with a run of target
/// sentences, either run possibly empty (an unmatched sentence), with the model's confidence.
///
///     AlignmentLink(source: 0..<2, target: 0..<1, confidence: 0.97).kind   // "2-1"
public struct AlignmentLink: Hashable, Sendable, Codable {
    /// 0-based indices of the source (Indonesian) sentences.
    public var source: Range<Int>
    /// 0-based indices of the target (English) sentences.
    public var target: Range<Int>
    /// The posterior probability, under the alignment model, that exactly this link is right:
    /// in [0, 1], comparable across documents. 1-0 and 0-1 links carry theirs too.
    public var confidence: Double

    public init(source: Range<Int>, target: Range<Int>, confidence: Double) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    /// The bead type, `"<source count>-<target count>"`: `"1-1"`, `"2-1"`, `"0-1"`, …
    public var kind: String { "\(source.count)-\(target.count)" }

    /// Whether one side is empty (a sentence left without a counterpart).
    public var isUnaligned: Bool { source.isEmpty || target.isEmpty }
}
