import TextIO

/// One change a reviewer makes to an alignment.
///
///     LinkEdit(.merge, link: 3)                       // link 3 and link 4 become one link
///     LinkEdit(.moveToNext, link: 0, side: .source)   // link 0's last Indonesian sentence goes to link 1
public struct LinkEdit: Hashable, Sendable, Codable {
    /// What the edit does to the link at `link`.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Joins the link with the one after it.
        case merge
        /// Cuts the link in two: the first part keeps its first sentence of each side, the
        /// second part the rest.
        case split
        /// Moves the link's last sentence of `side` to the start of the next link.
        case moveToNext
        /// Moves the link's first sentence of `side` to the end of the previous link.
        case moveToPrevious
        /// Says the sentences do not translate each other: each becomes a sentence without a
        /// counterpart (1-0 or 0-1), ready to be merged into the right neighbour.
        case markWrong
    }

    /// Which language's sentences a move takes.
    public enum Side: String, Hashable, Sendable, Codable {
        case source, target
    }

    public var kind: Kind
    /// The 0-based index of the link the edit applies to.
    public var link: Int
    /// The side a move takes a sentence from; ignored by the other edits.
    public var side: Side?

    public init(_ kind: Kind, link: Int, side: Side? = nil) {
        self.kind = kind
        self.link = link
        self.side = side
    }
}

/// Why a reviewer's edit or a set of links from a client cannot be taken.
public struct LinkReviewError: UserFacingError, Hashable, Sendable {
    public var message: String
    public var category: FailureCategory { .dataError }
    public var description: String { "error: \(message)" }

    public init(_ message: String) { self.message = message }
}

/// An alignment under review: links that cover every sentence of both sides once, in order, and
/// the edits a reviewer applies to them.
///
///     var review = try ReviewedAlignment(links: aligner.align(source: id, target: en),
///                                        sourceCount: id.count, targetCount: en.count)
///     try review.apply(LinkEdit(.merge, link: 2))
///     review.links   // link 2 now holds what links 2 and 3 held, with confidence 1
///
/// A link the reviewer made or changed gets confidence 1: a person vouched for it.
public struct ReviewedAlignment: Hashable, Sendable, Codable {
    /// The links, in order; together they cover `0..<sourceCount` and `0..<targetCount`.
    public private(set) var links: [AlignmentLink]
    public let sourceCount: Int
    public let targetCount: Int

    /// Takes links (e.g. from the aligner or from a client) after checking that they cover each
    /// sentence exactly once, in order. An empty side may be given at any position: it is
    /// placed where its link stands.
    /// - Throws: `LinkReviewError` naming the first link that leaves a gap, overlaps or runs past the end.
    public init(links: [AlignmentLink], sourceCount: Int, targetCount: Int) throws(LinkReviewError) {
        guard sourceCount >= 0, targetCount >= 0 else { throw LinkReviewError("sentence counts cannot be negative") }
        var placed: [AlignmentLink] = []
        var nextSource = 0, nextTarget = 0
        for (index, link) in links.enumerated() {
            if link.source.isEmpty && link.target.isEmpty {
                throw LinkReviewError("link \(index) holds no sentence")
            }
            let source = link.source.isEmpty ? nextSource..<nextSource : link.source
            let target = link.target.isEmpty ? nextTarget..<nextTarget : link.target
            guard source.lowerBound == nextSource, target.lowerBound == nextTarget else {
                throw LinkReviewError("link \(index) starts at sentences \(source.lowerBound)/\(target.lowerBound), "
                                      + "but the one before ends at \(nextSource)/\(nextTarget): links must cover each sentence once, in order")
            }
            guard source.upperBound <= sourceCount, target.upperBound <= targetCount else {
                throw LinkReviewError("link \(index) runs past the last sentence (\(sourceCount) Indonesian, \(targetCount) English)")
            }
            placed.append(AlignmentLink(source: source, target: target, confidence: min(1, max(0, link.confidence))))
            nextSource = source.upperBound
            nextTarget = target.upperBound
        }
        guard nextSource == sourceCount, nextTarget == targetCount else {
            throw LinkReviewError("the links cover \(nextSource) of \(sourceCount) Indonesian and \(nextTarget) of \(targetCount) English sentences")
        }
        self.links = placed
        self.sourceCount = sourceCount
        self.targetCount = targetCount
    }

    /// Applies one edit.
    /// - Throws: `LinkReviewError` when the link does not exist or the edit cannot apply to it
    ///   (merging the last link, splitting a 1-1 link, moving from a side with no sentence); the
    ///   links are then unchanged.
    public mutating func apply(_ edit: LinkEdit) throws(LinkReviewError) {
        let index = edit.link
        guard links.indices.contains(index) else {
            throw LinkReviewError("there is no link \(index) (the alignment has \(links.count))")
        }
        let link = links[index]
        switch edit.kind {
        case .merge:
            guard index + 1 < links.count else { throw LinkReviewError("link \(index) is the last one: nothing follows to merge with") }
            let next = links[index + 1]
            links.replaceSubrange(index...index + 1, with: [
                AlignmentLink(source: link.source.lowerBound..<next.source.upperBound,
                              target: link.target.lowerBound..<next.target.upperBound, confidence: 1),
            ])
        case .split:
            let sourceCut = link.source.lowerBound + min(1, link.source.count)
            let targetCut = link.target.lowerBound + min(1, link.target.count)
            guard sourceCut < link.source.upperBound || targetCut < link.target.upperBound else {
                throw LinkReviewError("link \(index) is \(link.kind): only a link with two sentences on a side can be split (mark it wrong instead)")
            }
            links.replaceSubrange(index...index, with: [
                AlignmentLink(source: link.source.lowerBound..<sourceCut, target: link.target.lowerBound..<targetCut, confidence: 1),
                AlignmentLink(source: sourceCut..<link.source.upperBound, target: targetCut..<link.target.upperBound, confidence: 1),
            ])
        case .moveToNext, .moveToPrevious:
            try move(from: index, side: edit.side, forward: edit.kind == .moveToNext)
        case .markWrong:
            let singles = link.source.map { AlignmentLink(source: $0..<$0 + 1, target: link.target.lowerBound..<link.target.lowerBound, confidence: 1) }
                + link.target.map { AlignmentLink(source: link.source.upperBound..<link.source.upperBound, target: $0..<$0 + 1, confidence: 1) }
            links.replaceSubrange(index...index, with: singles)
        }
    }

    /// Moves one sentence of `side` from link `index` to its neighbour; a link left empty goes.
    private mutating func move(from index: Int, side: LinkEdit.Side?, forward: Bool) throws(LinkReviewError) {
        guard let side else { throw LinkReviewError("a move needs a side: source or target") }
        let neighbour = forward ? index + 1 : index - 1
        guard links.indices.contains(neighbour) else {
            throw LinkReviewError("link \(index) has no \(forward ? "next" : "previous") link to move a sentence to")
        }
        var from = links[index], to = links[neighbour]
        let range = side == .source ? from.source : from.target
        guard !range.isEmpty else { throw LinkReviewError("link \(index) has no \(side == .source ? "Indonesian" : "English") sentence to move") }
        let shrunk = forward ? range.lowerBound..<range.upperBound - 1 : range.lowerBound + 1..<range.upperBound
        let other = side == .source ? to.source : to.target
        let grown = forward ? range.upperBound - 1..<other.upperBound : other.lowerBound..<range.lowerBound + 1
        switch side {
        case .source:
            from.source = shrunk
            to.source = grown
        case .target:
            from.target = shrunk
            to.target = grown
        }
        from.confidence = 1
        to.confidence = 1
        links[index] = from
        links[neighbour] = to
        if from.source.isEmpty && from.target.isEmpty { links.remove(at: index) }
    }
}

extension ReviewedAlignment {
    /// The texts of the links with sentences on both sides, each side's sentences joined by a
    /// space, for storing or writing: links marked wrong or left unaligned are not among them.
    /// - Throws: `LinkReviewError` when the sentence lists do not have the counts the links cover.
    public func pairedTexts(source: [String], target: [String]) throws(LinkReviewError) -> [(source: String, target: String, link: AlignmentLink)] {
        guard source.count == sourceCount, target.count == targetCount else {
            throw LinkReviewError("the links cover \(sourceCount) Indonesian and \(targetCount) English sentences, "
                                  + "but \(source.count) and \(target.count) were given")
        }
        return links.filter { !$0.isUnaligned }.map { link in
            (link.source.map { source[$0] }.joined(separator: " "), link.target.map { target[$0] }.joined(separator: " "), link)
        }
    }
}
