import Foundation
import GRDB
import TMX

/// The header of an imported TMX file, kept so that export can carry it: its props, notes and
/// user-defined encodings, and its own attributes (see `attributesProperty`).
///
///     let headers = try memory.importedHeaders(filter: ExportFilter(origin: "proyek.tmx"))
///     headers.first?.header.properties   // the file's header props, in order
public struct ImportedHeader: Hashable, Sendable {
    /// The origin the import stored with its units (the file's name unless another was given).
    public var origin: String?
    /// The `<header>` and `<tmx version>` exactly as read.
    public var header: TMXHeader
    /// When an import last added units under this header.
    public var importedAt: Date

    public init(origin: String?, header: TMXHeader, importedAt: Date) {
        self.origin = origin
        self.header = header
        self.importedAt = importedAt
    }

    /// The `type` of the prop that carries an imported file's own header attributes in an export.
    public static let attributesPropertyType = "x-padan-import-header"

    /// `<prop type="x-padan-import-header">`: the origin, the `<tmx version>` and the header's
    /// attributes of the imported file, as one line of JSON. Keys are sorted; attributes are
    /// `[name, value]` pairs in document order, so order and repeated names survive; `origin` and
    /// `tmxVersion` are left out when the import had none:
    ///
    ///     {"attributes":[["creationtool","SDL Trados Studio"],["srclang","id-ID"]],"origin":"proyek.tmx","tmxVersion":"1.4"}
    ///
    /// A prop's content is text in TMX 1.4b, and JSON escapes every character an attribute value
    /// may hold (quotes, line breaks), so any JSON reader gets the attributes back exactly.
    public var attributesProperty: TMXProperty {
        struct Carried: Encodable {
            var attributes: [[String]]
            var origin: String?
            var tmxVersion: String?
        }
        let carried = Carried(attributes: header.attributes.map { [$0.name, $0.value] }, origin: origin, tmxVersion: header.version)
        return TMXProperty(type: Self.attributesPropertyType, value: Self.json(carried))
    }

    /// Deterministic JSON: equal values give equal text. Encoding strings cannot fail.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }
}

extension ImportedHeader {
    /// The id of the `import_header` row for `header` under `origin`: the existing one, its date
    /// moved to `date`, when the same file was imported before with the same header; else a new row.
    static func store(_ header: TMXHeader, origin: String?, at date: Date, in db: Database) throws -> Int64 {
        let text = json(header)
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM import_header WHERE origin IS ? AND header = ?",
                                       arguments: [origin, text]) {
            try db.execute(sql: "UPDATE import_header SET imported_at = ? WHERE id = ?", arguments: [date.timeIntervalSince1970, id])
            return id
        }
        try db.execute(sql: "INSERT INTO import_header (origin, header, imported_at) VALUES (?, ?, ?)",
                       arguments: [origin, text, date.timeIntervalSince1970])
        return db.lastInsertedRowID
    }

    /// The stored header in `row` (`origin`, `header`, `imported_at`), or `nil` when it is damaged.
    init?(row: Row) {
        let text: String = row["header"]
        guard let header = try? JSONDecoder().decode(TMXHeader.self, from: Data(text.utf8)) else { return nil }
        self.init(origin: row["origin"], header: header, importedAt: Date(timeIntervalSince1970: row["imported_at"]))
    }
}
