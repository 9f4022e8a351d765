import TextIO

/// What `TMXConverter.convert` did.
public struct TMXConversionSummary: Hashable, Sendable, Codable {
    public var unitsRead = 0
    public var unitsWritten = 0
    /// Units without every language asked for.
    public var unitsWithoutLanguages = 0
    /// Units identical to an earlier one (same languages and segments).
    public var duplicateUnits = 0
    /// Attributes TMX 1.4b does not declare where they were.
    public var droppedAttributes = 0
    /// The reader's warnings about the input.
    public var warnings: [Diagnostic] = []
}

/// Copies a TMX file to TMX 1.4b UTF-8, optionally keeping some languages and dropping duplicates.
///
///     let summary = try TMXConverter.convert(input: "old.tmx", output: "new.tmx",
///                                            options: .init(toolVersion: "0.1.0", languages: ["id", "en"]))
///
/// Streams: memory stays flat except for `deduplicate`, which keeps one 64-bit hash per unit.
public enum TMXConverter {
    public struct Options: Sendable {
        public var toolVersion: String
        public var languages: [String]?
        public var deduplicate: Bool

        public init(toolVersion: String, languages: [String]? = nil, deduplicate: Bool = false) {
            self.toolVersion = toolVersion
            self.languages = languages
            self.deduplicate = deduplicate
        }
    }

    /// Converts `input` ("-" for stdin) to `output` (`nil` or "-" for stdout).
    /// - Parameter progress: called now and then with the input bytes read so far.
    /// - Throws: `TMXError` from reading or writing; the output file is then not created.
    public static func convert(input: String, output: String?, options: Options,
                               progress: ((Int) -> Void)? = nil) throws(TMXError) -> TMXConversionSummary {
        let reader = try TMXReader(path: input)
        var normalizer = TMXNormalizer(toolVersion: options.toolVersion, languages: options.languages)
        let writer = try TMXWriter(path: output, header: normalizer.header(from: reader.header))
        var summary = TMXConversionSummary()
        var seen = Set<Int>()
        while let unit = try reader.next() {
            summary.unitsRead += 1
            if summary.unitsRead % 1024 == 0 { progress?(reader.bytesRead) }
            guard let normalized = normalizer.normalize(unit) else {
                summary.unitsWithoutLanguages += 1
                continue
            }
            if options.deduplicate, !seen.insert(contentHash(normalized)).inserted {
                summary.duplicateUnits += 1
                continue
            }
            try writer.write(normalized)
            summary.unitsWritten += 1
        }
        try writer.finish()
        summary.droppedAttributes = normalizer.droppedAttributeCount
        summary.warnings = reader.warnings
        return summary
    }

    /// A hash of what makes two units "the same translation": each variant's language and segment.
    static func contentHash(_ unit: TranslationUnit) -> Int {
        var hasher = Hasher()
        for variant in unit.variants {
            hasher.combine(variant.language.map(LanguageTag.canonical))
            hasher.combine(variant.segment)
        }
        return hasher.finalize()
    }
}
