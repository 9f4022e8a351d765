import FuzzSupport
import Segmentation

/// Text → sentences, in Indonesian (first byte even) or English (odd); the sentences must
/// concatenate back to the input's text (see `checkSentences`).
@_cdecl("LLVMFuzzerTestOneInput")
public func segmenterFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    guard let first = input.bytes.first else { return 0 }
    let text = String(decoding: input.bytes.dropFirst(), as: UTF8.self)
    let segmenter = first % 2 == 0 ? indonesian : english
    checkSentences(segmenter.sentences(in: text), of: text)
    return 0
}

private let indonesian = Segmenter(language: .indonesian)
private let english = Segmenter(language: .english)
