import TMX

extension TMXHeader {
    /// This header (an export's own, e.g. `.padan(…)`) carrying what the imported headers held, so
    /// that nothing of them is lost: their notes, props and user-defined encodings, then one
    /// `<prop type="x-padan-import-header">` per import with its own attributes
    /// (`ImportedHeader.attributesProperty`). This header's attributes stay as they are.
    ///
    ///     let header = TMXHeader.padan(toolVersion: "0.1.0").carrying(try memory.importedHeaders())
    ///
    /// Imports are taken in the order given (import order). A note, prop or `ude` equal to one this
    /// header or an earlier import already has is written once; within one import all are kept,
    /// so a file exported alone gets back its header notes, props and `ude`s in their order. The
    /// attributes prop is left out for an import whose version and attributes equal this header's
    /// (a Padan export imported back): this header says the same, and the round trip
    /// export → import → export gives the same file.
    ///
    /// - Parameter imports: the imported headers, oldest first.
    /// - Returns: the header to write.
    /// - Complexity: O(*n*) in the number of notes, props, `ude`s and attributes.
    public func carrying(_ imports: [ImportedHeader]) -> TMXHeader {
        var result = self
        var seenNotes = Set(notes), seenProperties = Set(properties), seenEncodings = Set(userDefinedEncodings)
        var attributeProperties: [TMXProperty] = []
        for imported in imports {
            let header = imported.header
            result.notes += header.notes.filter { !seenNotes.contains($0) }
            result.properties += header.properties.filter { !seenProperties.contains($0) }
            result.userDefinedEncodings += header.userDefinedEncodings.filter { !seenEncodings.contains($0) }
            seenNotes.formUnion(header.notes)
            seenProperties.formUnion(header.properties)
            seenEncodings.formUnion(header.userDefinedEncodings)
            if header.version != version || header.attributes != attributes {
                attributeProperties.append(imported.attributesProperty)
            }
        }
        for property in attributeProperties where !seenProperties.contains(property) {
            result.properties.append(property)
            seenProperties.insert(property)
        }
        return result
    }
}
