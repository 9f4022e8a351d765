import CLibZ
import Foundation

/// A dictionary in dictd's format: an `.index` of `headword<TAB>offset<TAB>length` lines
/// (numbers in dictd's base-64 digits) and the entries' text, plain (`.dict`) or compressed
/// (`.dict.dz`, gzip-compatible). Read for the FreeDict English–Indonesian dictionary that
/// Debian's `dict-freedict-eng-ind` installs, whose entries read
///
///     headword /pronunciation/ <part of speech>
///     1. terjemahan, terjemahan lain
///     gloss of the first sense
///     2. …
///
/// so the first line after the headword, and each line starting with a sense number, lists
/// Indonesian translations.
///
///     if let dictionary = try DictdDictionary.installedEnglishIndonesian() {
///         let seed = dictionary.seedCounts()
///     }
public struct DictdDictionary: Sendable {
    /// Where Debian's `dict-freedict-eng-ind` puts its files.
    public static let debianIndexPath = "/usr/share/dictd/freedict-eng-ind.index"
    public static let debianDataPath = "/usr/share/dictd/freedict-eng-ind.dict.dz"

    /// One headword with the translations its entry lists, in order.
    public struct Entry: Hashable, Sendable {
        public var headword: String
        public var translations: [String]
    }

    /// A file that cannot be read as dictd.
    public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        /// 1-based line of the index, when the fault is in one.
        public var line: Int?
        public var message: String
        public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): error: \(message)" }
    }

    /// The entries, in index order (the `00database…` entries about the dictionary left out).
    public private(set) var entries: [Entry] = []

    /// The Debian package's dictionary, or `nil` when it is not installed.
    /// - Throws: `ReadError` when the files are there but broken.
    public static func installedEnglishIndonesian() throws(ReadError) -> DictdDictionary? {
        guard FileManager.default.fileExists(atPath: debianIndexPath), FileManager.default.fileExists(atPath: debianDataPath) else {
            return nil
        }
        return try DictdDictionary(indexPath: debianIndexPath, dataPath: debianDataPath)
    }

    /// `seedCounts(count:)` of the installed dictionary (`installedEnglishIndonesian`), read
    /// through `cache` (parsing the dictionary and analysing its 10,000 entries' translations
    /// costs a command about 0.2 s; the cached counts, a few milliseconds), or `nil` when it is not installed.
    /// - Throws: `ReadError` when the files are there but broken.
    public static func installedSeedCounts(count: Double = 1, cache: CountsCache = .standard()) throws(ReadError) -> TranslationCounts? {
        guard FileManager.default.fileExists(atPath: debianIndexPath), FileManager.default.fileExists(atPath: debianDataPath) else {
            return nil
        }
        let seed = try cache.counts(named: "freedict-eng-ind-seed", inputs: [debianIndexPath, debianDataPath]) { () throws(ReadError) in
            try DictdDictionary(indexPath: debianIndexPath, dataPath: debianDataPath).seedCounts()
        }
        return count == 1 ? seed : TranslationCounts(seed.pairs.map { ($0.key, $0.value * count) })
    }

    /// Reads `indexPath` and `dataPath` (`.dz` compressed or not).
    public init(indexPath: String, dataPath: String) throws(ReadError) {
        guard let index = FileManager.default.contents(atPath: indexPath) else {
            throw ReadError(path: indexPath, message: "cannot read the dictionary index")
        }
        guard let stored = FileManager.default.contents(atPath: dataPath) else {
            throw ReadError(path: dataPath, message: "cannot read the dictionary data")
        }
        let data = dataPath.hasSuffix(".dz") || stored.starts(with: [0x1F, 0x8B]) ? try Self.gunzip(stored, path: dataPath) : stored
        for (number, line) in String(decoding: index, as: UTF8.self).split(separator: "\n").enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let offset = Self.number(fields[1]), let length = Self.number(fields[2]) else {
                throw ReadError(path: indexPath, line: number + 1, message: "expected `headword<TAB>offset<TAB>length` in dictd's base-64 digits")
            }
            guard offset + length <= data.count else {
                throw ReadError(path: indexPath, line: number + 1, message: "the entry lies past the end of \(dataPath); the index belongs to another file")
            }
            if fields[0].hasPrefix("00database") || fields[0].hasPrefix("00-database") { continue }
            let text = String(decoding: data[data.startIndex + offset..<data.startIndex + offset + length], as: UTF8.self)
            entries.append(Entry(headword: String(fields[0]), translations: Self.translations(in: text)))
        }
    }

    /// Seed counts for the word-translation model: `count` for each pair of a one-word headword
    /// and a one-word translation, as `LexiconWords` writes them (Indonesian roots, English stems).
    public func seedCounts(count: Double = 1) -> TranslationCounts {
        var words = LexiconWords()
        var counts = TranslationCounts()
        for entry in entries {
            let english = words.english(entry.headword)
            guard english.count == 1 else { continue }
            for translation in entry.translations {
                let indonesian = words.indonesian(translation)
                guard indonesian.count == 1 else { continue }
                counts.add(WordPair(source: indonesian[0], target: english[0]), count: count)
            }
        }
        return counts
    }

    /// The translations an entry lists: the line after the headword and each numbered line,
    /// split at commas, `[[…]]` marks and trailing sense numbers removed.
    static func translations(in entry: String) -> [String] {
        let lines = entry.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        var found: [String] = []
        for (position, line) in lines.enumerated() {
            var text = Substring(line)
            if let dot = text.firstIndex(of: "."), !text[..<dot].isEmpty, text[..<dot].allSatisfy(\.isNumber),
               text.index(after: dot) < text.endIndex, text[text.index(after: dot)] == " " {
                text = text[text.index(dot, offsetBy: 2)...]
            } else if position != 0 {
                continue
            }
            for item in text.split(separator: ",") {
                let word = withoutSenseNumber(trimmed(withoutLinkMarks(item)))
                if !word.isEmpty, word.contains(where: \.isLetter) { found.append(word) }
            }
        }
        return found
    }

    // The clean-up of one translation, over scalars: Foundation's string search and a regular
    // expression per translation were most of the time of reading the 10,000-entry dictionary.

    /// `text` with every `[[` and then every `]]` taken out, left to right.
    static func withoutLinkMarks(_ text: Substring) -> [Unicode.Scalar] {
        var scalars = Array(text.unicodeScalars)
        guard scalars.contains("[") || scalars.contains("]") else { return scalars }
        for mark in ["[", "]"] as [Unicode.Scalar] {
            var kept: [Unicode.Scalar] = []
            var index = 0
            while index < scalars.count {
                if scalars[index] == mark, index + 1 < scalars.count, scalars[index + 1] == mark {
                    index += 2
                } else {
                    kept.append(scalars[index])
                    index += 1
                }
            }
            scalars = kept
        }
        return scalars
    }

    /// `scalars` without tabs and space separators at either end.
    static func trimmed(_ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return [] }
        return scalars[first...last]
    }

    /// `scalars` without a trailing sense number (white space, decimal digits, a full stop: `kapal 2.`), as text.
    static func withoutSenseNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var end = scalars.endIndex
        if scalars.last == "." {
            var digits = scalars.endIndex - 1
            while digits > scalars.startIndex, scalars[digits - 1].properties.generalCategory == .decimalNumber { digits -= 1 }
            var space = digits
            while space > scalars.startIndex, isPatternSpace(scalars[space - 1]) { space -= 1 }
            if digits < scalars.endIndex - 1, space < digits { end = space }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[..<end])
        return String(text)
    }

    /// White space as ICU regular expressions read `\s`: tab, line feed, form feed, carriage return and separators.
    private static func isPatternSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\t", "\n", "\u{0C}", "\r": true
        default: [.spaceSeparator, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
        }
    }

    /// A number in dictd's base-64 digits (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`).
    static func number(_ digits: Substring) -> Int? {
        guard !digits.isEmpty, digits.count <= 10 else { return nil }
        var value = 0
        for byte in digits.utf8 {
            let digit: Int
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte) - 65
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte) - 97 + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte) - 48 + 52
            case UInt8(ascii: "+"): digit = 62
            case UInt8(ascii: "/"): digit = 63
            default: return nil
            }
            value = value * 64 + digit
        }
        return value
    }

    /// The most a compressed file may expand to: dictionaries of a few megabytes, not bombs.
    static let largestExpansion = 64 << 20

    /// The content of a gzip (or dictzip) file.
    static func gunzip(_ compressed: Data, path: String) throws(ReadError) -> Data {
        var stream = z_stream()
        guard clibz_inflate_init_gzip(&stream) == Z_OK else { throw ReadError(path: path, message: "zlib could not start") }
        defer { _ = inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = [UInt8](compressed)
        let status: Int32 = input.withUnsafeMutableBufferPointer { input in
            stream.next_in = input.baseAddress
            stream.avail_in = uInt(input.count)
            var status = Z_OK
            while status == Z_OK {
                status = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    let result = inflate(&stream, Z_NO_FLUSH)
                    output.append(buffer.baseAddress!, count: buffer.count - Int(stream.avail_out))
                    return result
                }
                if output.count > Self.largestExpansion { return Z_MEM_ERROR }
                if status == Z_BUF_ERROR && stream.avail_in == 0 { break }
            }
            return status
        }
        guard status == Z_STREAM_END else {
            throw ReadError(path: path, message: status == Z_MEM_ERROR ? "expands past \(Self.largestExpansion >> 20) MB; not a dictionary"
                                                 : "not a complete gzip/dictzip file (zlib status \(status)); reinstall the package")
        }
        return output
    }
}
