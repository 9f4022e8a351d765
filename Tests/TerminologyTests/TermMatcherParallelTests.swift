import Testing
@testable import Terminology

/// A text longer than one piece is matched on every core (`DispatchQueue.concurrentPerform`);
/// this is the test `make test-sanitize` runs under ThreadSanitizer for that path.
@Suite struct TermMatcherParallelTests {
    @Test func aLongTextMatchedInParallelPiecesGivesWhatEachLineGivesAlone() throws {
        let matcher = TermMatcher(glossary: try Glossary.load(paths: [fixture("military.tsv")]).0)
        let line = "Kementerian pertahanan mempersenjatai pasukan dengan senjata baru.\n"
        let single = matcher.matches(in: line)
        #expect(!single.isEmpty)
        let copies = 3 * TermMatcher.pieceSize / line.utf8.count
        let text = String(repeating: line, count: copies)
        let matches = matcher.matches(in: text)
        #expect(matches.count == single.count * copies)
        let lineLength = line.count
        for (index, match) in matches.enumerated() {
            let expected = single[index % single.count]
            let shift = (index / single.count) * lineLength
            guard match.start != expected.start + shift || match.matchedText != expected.matchedText else { continue }
            Issue.record("match \(index) at \(match.start) (\(match.matchedText)), expected \(expected.start + shift) (\(expected.matchedText))")
            break
        }
    }
}
