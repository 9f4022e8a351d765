import Alignment
import FuzzSupport

/// Two lists of sentences (lines; a NUL byte ends the source list) → links that cover every
/// sentence of each side exactly once, in order, with a confidence in 0…1.
@_cdecl("LLVMFuzzerTestOneInput")
public func alignerFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let sides = FuzzInput(data, size).bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
    let lists = sides.map { side in
        side.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(200).map { String(decoding: $0, as: UTF8.self) }
    }
    let source = lists[0], target = lists.count > 1 ? lists[1] : []
    let links = Aligner().align(source: source, target: target)
    var nextSource = 0, nextTarget = 0
    for link in links {
        require(link.source.lowerBound == nextSource && link.target.lowerBound == nextTarget,
                "link \(link.source)→\(link.target) skips or repeats (expected \(nextSource), \(nextTarget))")
        require(!(link.source.isEmpty && link.target.isEmpty), "an empty link")
        require(link.confidence >= 0 && link.confidence <= 1, "confidence \(link.confidence) outside 0…1")
        nextSource = link.source.upperBound
        nextTarget = link.target.upperBound
    }
    require(nextSource == source.count && nextTarget == target.count,
            "links end at \(nextSource), \(nextTarget) of \(source.count), \(target.count) sentences")
    return 0
}
