import Foundation

/// Word-pair counts computed from word lists (a dictionary, a glossary), kept in a file between
/// runs: a command that needs them reads one compact file instead of parsing the lists and
/// analysing every form again, which is most of what reading them costs.
///
///     let cache = CountsCache.standard()
///     let seed = try cache.counts(named: "freedict-eng-ind", inputs: [indexPath, dataPath]) {
///         try DictdDictionary(indexPath: indexPath, dataPath: dataPath).seedCounts()
///     }
///
/// A cached file is named after a fingerprint of everything its counts depend on: the path, size
/// and modification time of each input (each file of an input directory), and the same of the
/// running executable, since another build may analyse words differently. A file that is missing
/// or malformed is computed again; a directory that cannot be written only costs the next run
/// the computation again, never an error.
public struct CountsCache: Sendable {
    /// Where the files go; `nil` computes every time.
    public var directory: String?

    public init(directory: String?) {
        self.directory = directory
    }

    /// `$XDG_CACHE_HOME/padan`, else `$HOME/.cache/padan`; with `PADAN_NO_CACHE` set (to anything
    /// but empty) no cache.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> CountsCache {
        if let off = environment["PADAN_NO_CACHE"], !off.isEmpty { return CountsCache(directory: nil) }
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return CountsCache(directory: base + "/padan") }
        guard let home = environment["HOME"], !home.isEmpty else { return CountsCache(directory: nil) }
        return CountsCache(directory: home + "/.cache/padan")
    }

    /// The counts `compute` gives for `inputs`, read from the cache when a file of the same
    /// fingerprint is there, else computed and written for the next run.
    /// - Parameter name: what is computed (a file-name part: letters, digits and hyphens).
    /// - Throws: only what `compute` throws.
    public func counts<Failure: Error>(named name: String, inputs: [String],
                                       compute: () throws(Failure) -> TranslationCounts) throws(Failure) -> TranslationCounts {
        guard let directory else { return try compute() }
        let path = "\(directory)/\(name)-\(Self.fingerprint(of: inputs)).counts"
        if let stored = FileManager.default.contents(atPath: path), let counts = CountsFile.counts(in: stored) { return counts }
        let counts = try compute()
        store(counts, at: path, replacingOthersNamed: name)
        return counts
    }

    /// How many files of one name are kept: a few builds or lists used in turn (`padan` and
    /// `padan-dev`, two installed versions) each keep theirs, and older ones go.
    static let filesKeptPerName = 4

    /// Writes the file (atomically: a reader sees the old file or the whole new one) and removes
    /// the least recently written files of the same name past `filesKeptPerName`.
    private func store(_ counts: TranslationCounts, at path: String, replacingOthersNamed name: String) {
        guard let directory, (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil,
              (try? CountsFile.data(of: counts).write(to: URL(fileURLWithPath: path), options: .atomic)) != nil else { return }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { file in
            file.hasPrefix(name + "-") && file.hasSuffix(".counts") && !file.dropFirst(name.count + 1).contains("-")
        }.map { "\(directory)/\($0)" }
        let written = { (file: String) in (try? FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date) ?? .distantPast }
        for file in files.sorted(by: { written($0) > written($1) }).dropFirst(Self.filesKeptPerName) where file != path {
            try? FileManager.default.removeItem(atPath: file)
        }
    }

    /// FNV-1a over the path, size and modification time of the executable and of each input
    /// (each file of a directory, in name order), as 16 hex digits.
    static func fingerprint(of inputs: [String]) -> String {
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "")).resolvingSymlinksInPath().path
        var described = ""
        for path in [executable] + inputs {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let files = exists && isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" } : [path]
            for file in files { described += Self.described(file) }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in described.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// `path size mtime;`, or `path -;` for a file that is not there.
    private static func described(_ path: String) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "\(path) -;" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified);"
    }
}

/// The cache's file format: a first line `padan-counts 1 N`, then N lines
/// `source<TAB>target<TAB>count`, sorted, counts written so that they read back exactly.
enum CountsFile {
    static let header = "padan-counts 1"

    static func data(of counts: TranslationCounts) -> Data {
        var text = "\(header) \(counts.count)\n"
        for (pair, count) in counts.pairs.sorted(by: { ($0.key.source, $0.key.target) < ($1.key.source, $1.key.target) }) {
            text += "\(pair.source)\t\(pair.target)\t\(count)\n"
        }
        return Data(text.utf8)
    }

    /// The counts of a file, or `nil` when it is not one whole file of this format.
    static func counts(in data: Data) -> TranslationCounts? {
        let bytes = [UInt8](data)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count >= 2, lines.last?.isEmpty == true, let first = lines.first,
              String(decoding: first, as: UTF8.self) == "\(header) \(lines.count - 2)" else { return nil }
        var counts = TranslationCounts()
        for line in lines.dropFirst().dropLast() {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty, !fields[1].isEmpty,
                  let count = Double(String(decoding: fields[2], as: UTF8.self)), count > 0 else { return nil }
            counts.add(WordPair(source: String(decoding: fields[0], as: UTF8.self), target: String(decoding: fields[1], as: UTF8.self)), count: count)
        }
        return counts
    }
}
