/// The units one pass of the search aligns: the sentences themselves, or, for the coarse passes
/// that fix the search band, runs of 2, 4, 8, … sentences merged into one unit.
struct AlignmentLevel {
    var sourceLengths: [Double]
    var targetLengths: [Double]
    var sourceFeatures: [[Int32]]
    var targetFeatures: [[Int32]]
    /// Whether each unit is a `BoilerplateLine`; always false for merged units.
    var sourceBoilerplate: [Bool]
    var targetBoilerplate: [Bool]
    /// Whether each unit opens a paragraph after the first (all false when the input has no
    /// paragraphs, and for merged units).
    var sourceParagraphStarts: [Bool]
    var targetParagraphStarts: [Bool]

    var sourceCount: Int { sourceLengths.count }
    var targetCount: Int { targetLengths.count }

    /// The level with each pair of neighbouring units merged: lengths added, features united
    /// and cut to the heaviest `SentenceEvidence.featureLimit`.
    func downsampled(order: FeatureOrder) -> AlignmentLevel {
        func pairLengths(_ lengths: [Double]) -> [Double] {
            stride(from: 0, to: lengths.count, by: 2).map { lengths[$0] + (($0 + 1 < lengths.count) ? lengths[$0 + 1] : 0) }
        }
        func pairFeatures(_ features: [[Int32]]) -> [[Int32]] {
            stride(from: 0, to: features.count, by: 2).map { index in
                order.heaviest(index + 1 < features.count ? features[index] + features[index + 1] : features[index])
            }
        }
        return AlignmentLevel(sourceLengths: pairLengths(sourceLengths), targetLengths: pairLengths(targetLengths),
                              sourceFeatures: pairFeatures(sourceFeatures), targetFeatures: pairFeatures(targetFeatures),
                              sourceBoilerplate: Array(repeating: false, count: (sourceCount + 1) / 2),
                              targetBoilerplate: Array(repeating: false, count: (targetCount + 1) / 2),
                              sourceParagraphStarts: Array(repeating: false, count: (sourceCount + 1) / 2),
                              targetParagraphStarts: Array(repeating: false, count: (targetCount + 1) / 2))
    }
}
