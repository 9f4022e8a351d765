import Foundation
import GRDB

/// A translation memory in one SQLite file (WAL mode: lookups run while an import writes).
///
///     let memory = try TranslationMemory(path: TranslationMemory.defaultPath(environment: ProcessInfo.processInfo.environment))
///     let summary = try memory.importUnits(units, origin: "antara-2018.tmx", sourceLanguage: "id", targetLanguage: "en")
///     let matches = try memory.lookup("Presiden meresmikan bendungan itu pada 2019.")
///
/// The file carries a schema version (GRDB migrations) and is upgraded when opened. A file that
/// is not SQLite, not a Padan memory, or from a newer Padan is refused without being touched.
public final class TranslationMemory: Sendable {
    /// The memory file's path.
    public let path: String
    /// A `DatabasePool` (one writer, concurrent readers) for a memory opened with `init(path:)`;
    /// one read-only connection for one opened with `init(readingAt:)`.
    let database: any DatabaseWriter

    /// Page cache per connection, and for the connection that imports.
    static let cacheKilobytes = 65_536
    static let importCacheKilobytes = 65_536

    /// Opens the memory at `path`, creating it (and its directory) when missing, upgrading its schema.
    /// - Throws: `MemoryError` `.notAMemory` or `.newerSchema` (the file is left as it was),
    ///   `.cannotOpen` when the file or directory cannot be created.
    public init(path: String) throws(MemoryError) {
        self.path = path
        if FileManager.default.fileExists(atPath: path) {
            // The checking connection closes before the pool opens its own.
            _ = try Self.checkedConnection(at: path)
        } else {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw MemoryError(.cannotOpen, path: path, "cannot create the directory \(directory.path); choose another place with --memory")
            }
        }
        var configuration = Self.configuration(path: path)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try MemorySchema.migrator.migrate(pool)
            database = pool
        } catch {
            throw Self.failure(.cannotOpen, path: path, cause: error) { "cannot open the memory (\($0))" }
        }
    }

    /// Opens the existing memory at `path` for reading only, as a lookup in a new process wants:
    /// one read-only connection, which writes nothing to the file (a `DatabasePool` would set up
    /// its WAL with a committed transaction and four `fsync`s, and open a writer and a reader
    /// besides the connection that checks the file). A memory whose schema is older than this
    /// version's, or which a killed import left with a hot journal, is opened as `init(path:)`
    /// does (upgraded, rolled back), so that it can be read.
    /// - Throws: as `init(path:)`; writing through this memory fails with `.storage`.
    public convenience init(readingAt path: String) throws(MemoryError) {
        guard let checked = try Self.checkedConnection(at: path), checked.current, checked.queue.configuration.readonly else {
            try self.init(path: path)
            return
        }
        self.init(path: path, database: checked.queue)
    }

    private init(path: String, database: any DatabaseWriter) {
        (self.path, self.database) = (path, database)
    }

    /// What every connection to the memory at `path` shares: another process may hold the write
    /// lock (an import, the server), so it waits as long as `lockWait(path:)` says.
    private static func configuration(path: String) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(lockWait(path: path))
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(TranslationMemory.cacheKilobytes)") }
        return configuration
    }

    /// Where the memory lives when no `--memory` is given: `$PADAN_HOME/memory.sqlite`, else
    /// `~/.local/share/padan/memory.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let home = environment["PADAN_HOME"], !home.isEmpty { return home + "/memory.sqlite" }
        let userHome = environment["HOME"] ?? NSHomeDirectory()
        return userHome + "/.local/share/padan/memory.sqlite"
    }

    /// Refuses, without writing anything (but rolling back a hot journal, as any SQLite reader
    /// would), a file that is not a Padan memory this version can read. Returns the connection
    /// that checked it (closed when released), read-only unless a hot journal had to be rolled back, and whether its
    /// schema is this version's (every migration applied); `nil` for an empty file.
    private static func checkedConnection(at path: String) throws(MemoryError) -> (queue: DatabaseQueue, current: Bool)? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MemoryError(.cannotOpen, path: path, "cannot read the memory file; check its permissions")
        }
        let magic = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if magic.isEmpty { return nil }
        guard magic == Data("SQLite format 3\0".utf8) else {
            throw MemoryError(.notAMemory, path: path, "not a translation memory (not an SQLite database); give another path with --memory")
        }
        var configuration = Self.configuration(path: path)
        // A killed import into an empty memory (`FreshImport`) leaves a hot rollback journal,
        // which only a connection that may write can roll back before reading.
        configuration.readonly = !FileManager.default.fileExists(atPath: path + "-journal")
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let (applicationID, tableCount, superseded, current) = try queue.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0,
                 try MemorySchema.migrator.hasBeenSuperseded(db),
                 try MemorySchema.migrator.hasCompletedMigrations(db))
            }
            if tableCount > 0 && applicationID != MemorySchema.applicationID {
                throw MemoryError(.notAMemory, path: path, "an SQLite database, but not a Padan translation memory; give another path with --memory")
            }
            if superseded {
                throw MemoryError(.newerSchema, path: path, "written by a newer version of Padan (unknown schema migrations); upgrade Padan to use this memory")
            }
            return (queue, current)
        } catch let error as MemoryError {
            throw error
        } catch {
            throw failure(.notAMemory, path: path, cause: error) { "cannot read the memory (\($0)); give another path with --memory" }
        }
    }

    /// How long to wait for another process's lock, in seconds. A rollback journal beside the
    /// file means an exclusive import into an empty memory (`FreshImport`) holds the file until it
    /// ends, or a killed one left it for the first opener to roll back in a moment: either way a
    /// longer wait does not help. Otherwise the lock is a write in the log, over in seconds.
    static func lockWait(path: String) -> TimeInterval {
        FileManager.default.fileExists(atPath: path + "-journal") ? 1 : 30
    }

    /// The error for a failed database operation: `.busy` when another process held the lock
    /// past the wait, else `kind` with the message `describe` makes of SQLite's reason.
    static func failure(_ kind: MemoryError.Kind, path: String, cause: any Error,
                        _ describe: (String) -> String) -> MemoryError {
        if let error = cause as? DatabaseError, error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            return MemoryError(.busy, path: path, "the memory is busy: another process holds it (an import into an empty memory holds it until the import ends); try again when that process has finished")
        }
        return MemoryError(kind, path: path, describe(reason(cause)))
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    /// Runs a database operation, turning its failure into a `MemoryError`.
    func storage<T>(_ work: () throws -> T) throws(MemoryError) -> T {
        do {
            return try work()
        } catch let error as MemoryError {
            throw error
        } catch {
            throw Self.failure(.storage, path: path, cause: error) { "the memory failed: \($0)" }
        }
    }
}

