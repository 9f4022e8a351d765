import FuzzSupport
import Terminology

/// Bytes as a TSV glossary → entries or an error; entries that read write and read back equal.
@_cdecl("LLVMFuzzerTestOneInput")
public func glossaryTSVFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    glossaryRoundTrip(FuzzInput(data, size), format: .tsv)
    return 0
}
