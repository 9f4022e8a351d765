import Testing
@testable import Terminology

/// A text longer than one piece is matched and composed on every core
/// (`DispatchQueue.concurrentPerform`); these are the tests `make test-sanitize` runs under
/// ThreadSanitizer for that path.
@Suite struct TermMatcherParallelTests {
    @Test func aLongTextMatchedInParallelPiecesGivesWhatEachLineGivesAlone() throws {
        let matcher = TermMatcher(glossary: try Glossary.load(paths: [fixture("military.tsv")]).0)
        let line = "Kementerian pertahanan mempersenjatai pasukan dengan senjata baru.\n"
        let single = matcher.matches(in: line)
        #expect(!single.isEmpty)
        let copies = 3 * TextPieces.pieceSize / line.utf8.count
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

    @Test func aLongTextComposedInParallelPiecesGivesWhatEachLineGivesAlone() throws {
        let matcher = TermMatcher(glossary: try Glossary.load(paths: [fixture("military.tsv")]).0)
        let composer = PhraseComposer(morphology: matcher.morphology)
        // Characters of two and three bytes before the phrases, so that pieces must count characters, not bytes.
        let line = "Menurut “sumber” itu — di kafé — sanksi AS atas senjata pertahanan Bekasi ditolak.\n"
        let single = composer.compositions(in: line, matches: matcher.matches(in: line))
        #expect(single.map(\.english) == ["U.S. sanction", "defense weapon"])
        let copies = 3 * TextPieces.pieceSize / line.utf8.count
        let text = String(repeating: line, count: copies)
        let composed = composer.compositions(in: text, matches: matcher.matches(in: text))
        #expect(composed.count == single.count * copies)
        let lineLength = line.count
        for (index, composition) in composed.enumerated() {
            let expected = single[index % single.count]
            let shift = (index / single.count) * lineLength
            guard composition.start != expected.start + shift || composition.end != expected.end + shift
                    || composition.matchedText != expected.matchedText || composition.english != expected.english else { continue }
            Issue.record("composition \(index) at \(composition.start) (\(composition.matchedText)), expected \(expected.start + shift) (\(expected.matchedText))")
            break
        }
    }
}
