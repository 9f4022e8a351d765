extension TMXHeader {
    /// The header Padan writes: TMX 1.4, `creationtool="padan"`, sentence segments,
    /// English as the administrative language.
    ///
    ///     let header = TMXHeader.padan(toolVersion: "0.1.0")
    ///     header.sourceLanguage   // "id"
    ///
    /// - Parameters:
    ///   - sourceLanguage: `srclang`: a BCP 47 tag, or `*all*` when any variant may be the source.
    ///   - toolVersion: `creationtoolversion`, Padan's version.
    ///   - dataType: `datatype` of the segments (`plaintext`, `html`, `xml`, …).
    public static func padan(sourceLanguage: String = "id", toolVersion: String, dataType: String = "plaintext") -> TMXHeader {
        TMXHeader(version: "1.4", attributes: [
            TMXAttribute("creationtool", "padan"),
            TMXAttribute("creationtoolversion", toolVersion),
            TMXAttribute("segtype", "sentence"),
            TMXAttribute("o-tmf", "padan"),
            TMXAttribute("adminlang", "en"),
            TMXAttribute("srclang", sourceLanguage),
            TMXAttribute("datatype", dataType),
        ])
    }
}
