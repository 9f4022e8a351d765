import Foundation
import TextIO
import XMLStream

/// A set of term entries loaded from one or more glossary files.
///
///     let (glossary, warnings) = try Glossary.load(paths: ["Glossaries/military.tsv"])
///     glossary.entries.first?.english  // "intercontinental ballistic missile"
public struct Glossary: Sendable {
    public var entries: [TermEntry]

    public init(entries: [TermEntry]) {
        self.entries = entries
    }

    /// Loads and merges glossaries (TSV, CSV or TBX, by extension; a directory loads every
    /// glossary file in it, sorted by name).
    ///
    /// - Parameters:
    ///   - paths: files or directories.
    ///   - lenient: keep the entries that are fine and return the bad ones as error diagnostics,
    ///     instead of failing.
    /// - Returns: the glossary and its diagnostics: conflicts (one Indonesian term in two entries)
    ///   as warnings, and with `lenient` the rows that were skipped.
    /// - Throws: `GlossaryError` listing every problem when a file is missing (always) or malformed
    ///   (unless `lenient`).
    /// - Complexity: O(n) in the total size of the files.
    public static func load(paths: [String], lenient: Bool = false) throws(GlossaryError) -> (Glossary, [Diagnostic]) {
        var entries: [TermEntry] = []
        var problems: [Diagnostic] = []
        for path in try expand(paths) {
            let (read, diagnostics) = try readFile(path)
            entries += read
            problems += diagnostics
        }
        if !lenient, problems.contains(where: { $0.severity == .error }) {
            throw GlossaryError(problems)
        }
        let glossary = Glossary(entries: entries)
        return (glossary, problems + glossary.conflicts())
    }

    /// Entries whose Indonesian terms collide (case-insensitively, except acronyms), one warning each.
    public func conflicts() -> [Diagnostic] {
        var seen: [String: TermEntry] = [:]
        var warnings: [Diagnostic] = []
        for entry in entries {
            for term in entry.indonesian {
                let key = entry.isAcronym ? "=" + term : term.lowercased()
                if let earlier = seen[key] {
                    let verdict = earlier.english == entry.english ? "a duplicate of" : "in conflict with"
                    warnings.append(Diagnostic(.warning, at: entry.source,
                                               "\"\(term)\" (\(entry.english)) is \(verdict) the entry at \(earlier.source) (\(earlier.english))",
                                               hint: "keep one entry and list the other English as an alternative"))
                } else {
                    seen[key] = entry
                }
            }
        }
        return warnings
    }

    /// Writes the entries to `path` in `format` (standard output for `nil` or `-`), atomically.
    /// - Throws: `GlossaryError` (`.cannotCreate`) when the file cannot be written.
    public func write(to path: String?, format: GlossaryFormat) throws(GlossaryError) {
        let destination = path == "-" ? nil : path
        do {
            switch format {
            case .tbx:
                try GlossaryTBX.write(entries, to: destination)
            case .tsv, .csv, .omegat:
                let output = try OutputFile(path: destination)
                try output.write(format == .omegat ? GlossaryOmegaT.write(entries)
                                     : GlossaryTable.write(entries, delimiter: format == .tsv ? "\t" : ","))
                try output.commit()
            }
        } catch let error as OutputError {
            throw GlossaryError([Diagnostic(.error, at: SourceLocation(file: error.path), error.message)], category: .cannotCreate)
        } catch let error as XMLError {
            throw GlossaryError([Diagnostic(.error, at: error.location, error.message)], category: .cannotCreate)
        } catch {
            throw GlossaryError([Diagnostic(.error, at: SourceLocation(file: path ?? "<stdout>"), "\(error)")], category: .cannotCreate)
        }
    }

    /// The shipped `Glossaries/` directory: `$PADAN_GLOSSARIES`, else an installed one
    /// (`…/bin/padan` → `../share/padan/Glossaries`, as `make install` puts it), else the one next
    /// to the executable (`…/.build/release/padan` → `../../Glossaries`), else `./Glossaries`;
    /// `nil` if none exists.
    public static func shippedDirectory() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["PADAN_GLOSSARIES"], !path.isEmpty { return path }
        // The running binary itself (found through /proc on Linux), wherever it was called from.
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ""))
            .resolvingSymlinksInPath()
        let binaryDirectory = executable.deletingLastPathComponent()
        var candidates = [binaryDirectory.deletingLastPathComponent().appendingPathComponent("share/padan/Glossaries")]
        var directory = binaryDirectory
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("Glossaries"))
            directory.deleteLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Glossaries"))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
                && glossaryFiles(in: url.path).isEmpty == false
        }?.path
    }

    /// The glossary files directly inside `directory`, sorted by name.
    public static func glossaryFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().filter { name in
            guard let format = GlossaryFormat(path: name) else { return false }
            return format != .tsv || !name.lowercased().hasSuffix(".txt")
        }.map { (directory as NSString).appendingPathComponent($0) }
    }

    private static func expand(_ paths: [String]) throws(GlossaryError) -> [String] {
        var files: [String] = []
        var missing: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                missing.append(Diagnostic(.error, at: SourceLocation(file: path), "no such glossary file", hint: "check the path"))
            } else if isDirectory.boolValue {
                files += glossaryFiles(in: path)
            } else {
                files.append(path)
            }
        }
        if !missing.isEmpty { throw GlossaryError(missing, category: .noInput) }
        return files
    }

    private static func readFile(_ path: String) throws(GlossaryError) -> ([TermEntry], [Diagnostic]) {
        guard let format = GlossaryFormat(path: path) else {
            throw GlossaryError([Diagnostic(.error, at: SourceLocation(file: path), "unknown glossary format",
                                            hint: "name the file .tsv, .csv or .tbx")], category: .usage)
        }
        if format == .tbx { return GlossaryTBX.read(path: path, fileName: path) }
        let text: String
        do {
            text = try TextInput.read(path: path)
        } catch {
            throw GlossaryError([Diagnostic(.error, at: error.location, error.message)],
                                category: error.category)
        }
        return GlossaryTable.read(text, file: path, delimiter: format == .tsv ? "\t" : ",")
    }
}
