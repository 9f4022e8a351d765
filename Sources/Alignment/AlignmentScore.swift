/// Strict link precision and recall against a gold alignment: a link counts only when both of
/// its sides match a gold link exactly. 1-0 and 0-1 links are left out on both sides.
///
///     var score = AlignmentScore()
///     score.add(predicted: links, gold: goldLinks)
///     score.overall.f1
public struct AlignmentScore: Sendable, Hashable, Codable {
    /// Counts for one group of links.
    public struct Counts: Sendable, Hashable, Codable {
        /// Predicted links that are in the gold set.
        public var correct = 0
        /// Predicted links (in this group by their predicted bead type).
        public var predicted = 0
        /// Gold links (in this group by their gold bead type).
        public var gold = 0
        /// Correct gold links, counted by the gold bead type (recall's numerator).
        public var found = 0

        public init() {}

        public var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// The bead-type groups reported: `1-1`, `1-2`, `2-1`, `2-2`, `other`.
    public static let groups = ["1-1", "1-2", "2-1", "2-2", "other"]

    public var overall = Counts()
    /// Counts per group of `groups`, plus `non-1-1` for every group but 1-1.
    public var byKind: [String: Counts] = [:]

    public init() {}

    /// Adds one document's links.
    public mutating func add(predicted: [AlignmentLink], gold: [AlignmentLink]) {
        let key: (AlignmentLink) -> String = { "\($0.source)|\($0.target)" }
        let goldLinks = gold.filter { !$0.isUnaligned }
        let predictedLinks = predicted.filter { !$0.isUnaligned }
        let goldKeys = Set(goldLinks.map(key)), predictedKeys = Set(predictedLinks.map(key))
        for link in predictedLinks {
            let hit = goldKeys.contains(key(link))
            for group in Self.groupNames(of: link) {
                byKind[group, default: Counts()].predicted += 1
                if hit { byKind[group, default: Counts()].correct += 1 }
            }
            overall.predicted += 1
            if hit { overall.correct += 1 }
        }
        for link in goldLinks {
            let hit = predictedKeys.contains(key(link))
            for group in Self.groupNames(of: link) {
                byKind[group, default: Counts()].gold += 1
                if hit { byKind[group, default: Counts()].found += 1 }
            }
            overall.gold += 1
            if hit { overall.found += 1 }
        }
    }

    private static func groupNames(of link: AlignmentLink) -> [String] {
        let kind = groups.contains(link.kind) ? link.kind : "other"
        return kind == "1-1" ? [kind] : [kind, "non-1-1"]
    }
}
