@testable import Memory
import FuzzSupport

/// Two sentences (cut at the first newline) → a fuzzy score in 0…100, 100 only for the same
/// tokens, the same score for a sentence against itself; and the number carry-over either
/// declines or gives a target in which the memory's numbers were replaced.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzyScoreFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let pieces = FuzzInput(data, size).pieces(separatedBy: 0x0A, limit: 3)
    let query = pieces[0], memory = pieces.count > 1 ? pieces[1] : ""
    let target = pieces.count > 2 ? pieces[2] : memory
    let score = FuzzyScore.score(query, memory)
    require(score.percentage >= 0 && score.percentage <= 100, "score \(score.percentage) outside 0…100")
    let sameTokens = MatchToken.tokenize(query).map(\.text) == MatchToken.tokenize(memory).map(\.text)
    require((score.percentage == 100) == sameTokens,
            "score \(score.percentage) for \(query.debugDescription) against \(memory.debugDescription)")
    require(sameTokens == score.differences.isEmpty, "differences \(score.differences) for equal tokens")
    require(FuzzyScore.score(query, query).percentage == 100, "a sentence is not a 100 % match for itself")
    for (source, targetLanguage) in [("id", "en"), ("en", "id"), ("id", "id")] {
        _ = NumberAdaptation.adapt(target: target, differences: score.differences,
                                   sourceLanguage: source, targetLanguage: targetLanguage)
    }
    return 0
}
