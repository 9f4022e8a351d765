import FuzzSupport
import Terminology

/// Bytes as a CSV glossary → entries or an error; entries that read write and read back equal.
@_cdecl("LLVMFuzzerTestOneInput")
public func glossaryCSVFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    glossaryRoundTrip(FuzzInput(data, size), format: .csv)
    return 0
}
