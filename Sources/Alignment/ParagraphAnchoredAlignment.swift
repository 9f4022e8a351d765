/// Sentence alignment that uses the texts' paragraphs as anchors: a link never crosses a
/// paragraph-pair boundary unless the paragraph counts force it (a paragraph the translator
/// split or merged makes a 1-2 or 2-1 paragraph link, inside which sentences pair freely).
///
/// The paragraphs are aligned, and the sentences of the whole text too; where the whole-text
/// links tile a paragraph pair exactly they are kept (they were found with the whole text's
/// length model and cue weights), and a pair that some link crosses is aligned again on its own.
///
///     let links = Aligner().align(sourceParagraphs: [["Satu.", "Dua."], ["Tiga."]],
///                                 targetParagraphs: [["One.", "Two."], ["Three."]])
///     // sentence indices count across the whole text: 0-0, 1-1, 2-2
///
/// Paragraphs are aligned by the same model as sentences (lengths and lexical anchors over the
/// paragraphs' joined text); a paragraph left unmatched there, or a paragraph link whose
/// confidence is under `anchorConfidence`, joins the paragraph links on both sides of it, so a
/// doubtful paragraph pairing never forces a sentence link. A kept link has its
/// whole-text confidence; a link found again inside a pair, its posterior there times the
/// paragraph link's posterior. With one paragraph on either side there is no structure to use,
/// and the sentences are aligned as one run.
///
/// - Complexity: the paragraph search over p × q paragraphs and the whole-text search, then one
///   search per paragraph pair that a whole-text link crosses.
extension Aligner {
    /// Aligns the sentences of `sourceParagraphs` (Indonesian) with those of `targetParagraphs`
    /// (English), each paragraph given as its sentences.
    /// - Returns: links over sentence indices counted through the whole text (paragraph after
    ///   paragraph), covering every sentence of both sides once, in order, as `align(source:target:)`.
    public func align(sourceParagraphs: [[String]], targetParagraphs: [[String]]) -> [AlignmentLink] {
        let source = sourceParagraphs.filter { !$0.isEmpty }, target = targetParagraphs.filter { !$0.isEmpty }
        if source.count <= 1 || target.count <= 1 {
            return align(source: source.flatMap { $0 }, target: target.flatMap { $0 })
        }
        var paragraphAligner = self
        paragraphAligner.beads = Bead.paragraphs
        let paragraphLinks = Self.joiningDoubtful(paragraphAligner.align(source: source.map { $0.joined(separator: " ") },
                                                                         target: target.map { $0.joined(separator: " ") }))
        let flat = align(source: source.flatMap { $0 }, target: target.flatMap { $0 },
                         paragraphStarts: ParagraphStarts(source: Self.openings(of: source[...]), target: Self.openings(of: target[...])))
        let sourceStarts = Self.starts(of: source), targetStarts = Self.starts(of: target)
        var links: [AlignmentLink] = []
        var next = 0
        for paragraphLink in paragraphLinks {
            let sourceRange = sourceStarts[paragraphLink.source.lowerBound]..<sourceStarts[paragraphLink.source.upperBound]
            let targetRange = targetStarts[paragraphLink.target.lowerBound]..<targetStarts[paragraphLink.target.upperBound]
            // The whole-text links that tile this paragraph pair exactly are kept as they are.
            var index = next, sourceCovered = 0, targetCovered = 0
            while index < flat.count, Self.link(flat[index], liesIn: sourceRange, targetRange) {
                sourceCovered += flat[index].source.count
                targetCovered += flat[index].target.count
                index += 1
            }
            if index > next, sourceCovered == sourceRange.count, targetCovered == targetRange.count {
                links += flat[next..<index]
                next = index
                continue
            }
            // A whole-text link crosses the pair's boundary: the pair is aligned on its own.
            while next < flat.count, flat[next].source.lowerBound < sourceRange.upperBound || flat[next].target.lowerBound < targetRange.upperBound {
                next += 1
            }
            let sourceSentences = paragraphLink.source.flatMap { source[$0] }
            let targetSentences = paragraphLink.target.flatMap { target[$0] }
            let starts = ParagraphStarts(source: Self.openings(of: source[paragraphLink.source]), target: Self.openings(of: target[paragraphLink.target]))
            for link in align(source: sourceSentences, target: targetSentences, paragraphStarts: starts) {
                links.append(AlignmentLink(source: link.source.lowerBound + sourceRange.lowerBound..<link.source.upperBound + sourceRange.lowerBound,
                                           target: link.target.lowerBound + targetRange.lowerBound..<link.target.upperBound + targetRange.lowerBound,
                                           confidence: link.confidence * paragraphLink.confidence))
            }
        }
        return links
    }

    /// The least confidence a paragraph link needs to constrain the sentences inside it.
    static let anchorConfidence = 0.9

    /// Paragraph links with every doubtful one joined to the links on both sides of it: an
    /// unmatched paragraph (1-0 or 0-1) is most often half of a split or merge the paragraph
    /// model priced wrongly, with either neighbour, and a link below `anchorConfidence` may be
    /// wrong. A joined link constrains nothing inside it (the sentence search there can still
    /// leave a sentence unmatched) and has the confidence of its most confident part.
    static func joiningDoubtful(_ links: [AlignmentLink]) -> [AlignmentLink] {
        var joined: [AlignmentLink] = []
        /// A doubtful run, already joined to the link before it, waiting for the link after it.
        var pending: AlignmentLink?
        for link in links {
            if link.isUnaligned || link.confidence < anchorConfidence {
                let before = pending ?? joined.popLast()
                pending = before.map { Self.union($0, link, confidence: max($0.confidence, link.confidence)) } ?? link
            } else if let run = pending {
                joined.append(Self.union(run, link, confidence: max(run.confidence, link.confidence)))
                pending = nil
            } else {
                joined.append(link)
            }
        }
        if let pending { joined.append(pending) }
        return joined
    }

    /// The link covering two neighbouring links (`first` before `second`).
    private static func union(_ first: AlignmentLink, _ second: AlignmentLink, confidence: Double) -> AlignmentLink {
        let sourceStart = first.source.isEmpty ? second.source.lowerBound : first.source.lowerBound
        let targetStart = first.target.isEmpty ? second.target.lowerBound : first.target.lowerBound
        return AlignmentLink(source: min(sourceStart, second.source.lowerBound)..<max(first.source.upperBound, second.source.upperBound),
                             target: min(targetStart, second.target.lowerBound)..<max(first.target.upperBound, second.target.upperBound),
                             confidence: confidence)
    }

    /// Whether both sides of `link` lie within the ranges (an empty side: its position does).
    private static func link(_ link: AlignmentLink, liesIn source: Range<Int>, _ target: Range<Int>) -> Bool {
        func lies(_ side: Range<Int>, _ range: Range<Int>) -> Bool {
            side.lowerBound >= range.lowerBound && side.upperBound <= range.upperBound
        }
        return lies(link.source, source) && lies(link.target, target)
    }

    /// Per sentence of `paragraphs`, whether it opens a paragraph after the first.
    private static func openings(of paragraphs: ArraySlice<[String]>) -> [Bool] {
        paragraphs.enumerated().flatMap { index, sentences in sentences.indices.map { index > 0 && $0 == 0 } }
    }

    /// The index of each paragraph's first sentence in the whole text, and one past the last
    /// paragraph (so an empty range at the end has a start too).
    private static func starts(of paragraphs: [[String]]) -> [Int] {
        var starts: [Int] = [0]
        for paragraph in paragraphs { starts.append(starts.last! + paragraph.count) }
        return starts
    }
}
