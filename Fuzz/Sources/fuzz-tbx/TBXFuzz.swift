import FuzzSupport
import Terminology

/// Bytes as a TBX glossary → entries or an error; entries that read write and read back equal.
@_cdecl("LLVMFuzzerTestOneInput")
public func tbxFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    glossaryRoundTrip(FuzzInput(data, size), format: .tbx)
    return 0
}
