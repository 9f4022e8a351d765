import FuzzSupport
import TextIO

/// Bytes → text or an error: text that decodes is the bytes unchanged (a UTF-8 BOM aside); an
/// error names a line and column inside the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func textDecoderFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    do {
        let text = try TextInput.decode(bytes, name: "fuzz.txt")
        require(Array(text.utf8) == body, "decoded text is not the input's bytes")
        require(!body.contains(0), "a NUL byte passed")
    } catch {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
        require(!error.message.isEmpty, "an error without a message")
        if let line = error.location.line {
            require(line >= 1 && line <= lines, "error at line \(line) of \(lines)")
        }
        if let column = error.location.column { require(column >= 1, "error at column \(column)") }
        let refusable = String(validating: body, as: UTF8.self) == nil || body.contains(0)
            || body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF])
        require(refusable, "valid UTF-8 without NUL refused: \(error)")
    }
    return 0
}
