import ArgumentParser
import Foundation
import Memory

/// `--memory PATH`, shared by every `padan memory` command.
struct MemoryLocation: ParsableArguments {
    @Option(name: .customLong("memory"), help: ArgumentHelp(
        "The memory file to use instead of $PADAN_HOME/memory.sqlite or ~/.local/share/padan/memory.sqlite.",
        valueName: "path"))
    var path: String?

    /// The memory file's path after `--memory`, `PADAN_HOME` and the default.
    var resolvedPath: String {
        path ?? TranslationMemory.defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    /// Opens (creating when missing) the memory, for commands that write to it.
    func open() throws -> TranslationMemory {
        try TranslationMemory(path: resolvedPath)
    }

    /// Opens an existing memory to read and maybe write (`memory lexicon --rebuild`): a missing
    /// file is an error, never an empty memory created as a side effect.
    func openExisting() throws -> TranslationMemory {
        try TranslationMemory(path: existingPath())
    }

    /// Opens an existing memory for commands that only read (`TranslationMemory(readingAt:)`:
    /// nothing is written to the file, which a single lookup's start-up feels).
    func openForReading() throws -> TranslationMemory {
        try TranslationMemory(readingAt: existingPath())
    }

    /// The resolved path, or an error saying how to fill a memory when no file is there.
    private func existingPath() throws -> String {
        let path = resolvedPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw MemoryError(.missing, path: path,
                              "no translation memory here yet; fill one with padan memory import FILE.tmx or padan align --into-memory, or name another with --memory")
        }
        return path
    }
}

/// `--langs id,en`: a source and a target language.
struct LanguagePair: ExpressibleByArgument, Hashable {
    var source: String
    var target: String

    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        source = parts[0]
        target = parts[1]
    }

    var defaultValueDescription: String { "\(source),\(target)" }
}
