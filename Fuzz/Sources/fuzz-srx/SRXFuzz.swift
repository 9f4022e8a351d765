import FuzzSupport
import Segmentation

/// Bytes as an SRX file → rules or an error; rules that load segment a short text of both
/// languages with the segmenter's properties intact.
@_cdecl("LLVMFuzzerTestOneInput")
public func srxFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let path = FuzzInput(data, size).scratchFile(suffix: ".srx")
    for language in [Language.indonesian, .english] {
        do {
            let rules = try SegmentationRules.load(srxPath: path, language: language)
            let text = sample[language] ?? ""
            checkSentences(Segmenter(language: language, rules: rules).sentences(in: text), of: text)
        } catch {
            require(!error.message.isEmpty, "an SRX error without a message")
        }
    }
    return 0
}

private let sample: [Language: String] = [
    .indonesian: "Harga naik 2,5 persen. Prof. Budi (kiri) tiba di Jl. Merdeka.\n\nRp1.500 per liter? Ya!",
    .english: "Prices rose 2.5 percent. Dr. Smith of the U.S. arrived at 3 p.m.\n\n\"Why?\" he asked. Fine.",
]
