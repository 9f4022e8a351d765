import TextIO
import XMLStream

extension TMXParser {
    /// Reads from the start of the document through `<body>`: the root, its version and the header.
    /// Returns the header and whether a body follows.
    func documentStart() throws(TMXError) -> (header: TMXHeader, hasBody: Bool) {
        var root: TMXTag?
        while root == nil, let event = try event() {
            if case .start(let tag) = event { root = tag }
        }
        guard let root else {
            throw TMXError(.notTMX, at: xml.location, "the document has no root element; this is not a TMX file")
        }
        guard root.element == .tmx else {
            throw TMXError(.notTMX, at: xml.location,
                           "the root element is <\(root.name)>, not <tmx>: this is not a TMX file; export a TMX memory from your CAT tool")
        }
        var header = TMXHeader(version: attributes(of: root)[named: "version"])
        if header.version == nil {
            report(.warning, "<tmx> has no version", hint: "TMX 1.4b writes <tmx version=\"1.4\">; read as TMX 1.4")
        } else if let version = header.version, !["1.1", "1.2", "1.3", "1.4", "1.4b"].contains(version) {
            report(.warning, "unknown TMX version \"\(version)\"", hint: "read as TMX 1.4")
        }
        var sawHeader = false
        while let event = try event() {
            switch event {
            case .start(let tag) where tag.element == .header:
                if sawHeader { report(.error, "a second <header>", hint: "TMX has exactly one header; its content is merged") }
                sawHeader = true
                try readHeader(tag, into: &header)
            case .start(let tag) where tag.element == .body:
                if !sawHeader {
                    report(.warning, "no <header> before <body>", hint: "TMX 1.4b requires one; `padan tmx convert` adds it")
                }
                return (header, true)
            case .start(let tag):
                try skipUnexpected(tag.name, in: "tmx")
            case .text:
                checkStructuralText(in: "tmx")
            case .end:
                report(.error, "<tmx> has no <body>", hint: "a TMX file holds its units in <body>…</body>")
                return (header, false)
            case .comment:
                break
            }
        }
        return (header, false)
    }

    private func readHeader(_ tag: TMXTag, into header: inout TMXHeader) throws(TMXError) {
        let attributes = attributes(of: tag)
        header.attributes += attributes
        let missing = TMXSchema.requiredHeaderAttributes.filter { attributes[named: $0] == nil }
        if !missing.isEmpty {
            report(.warning, "<header> lacks \(missing.joined(separator: ", "))",
                   hint: "TMX 1.4b requires them; `padan tmx convert` fills them in")
        }
        while let event = try event() {
            switch event {
            case .start(let child):
                switch child.element {
                case .note: header.notes.append(try note(child))
                case .prop: header.properties.append(try property(child))
                case .ude: header.userDefinedEncodings.append(try userDefinedEncoding(child))
                default: try skipUnexpected(child.name, in: "header")
                }
            case .end: return
            case .text: checkStructuralText(in: "header")
            case .comment: break
            }
        }
    }

    private func userDefinedEncoding(_ tag: TMXTag) throws(TMXError) -> TMXUserDefinedEncoding {
        let attributes = attributes(of: tag)
        if attributes[named: "name"] == nil { report(.error, "<ude> without name", hint: "name the encoding, e.g. name=\"MacRoman\"") }
        var maps: [[TMXAttribute]] = []
        while let event = try event() {
            switch event {
            case .start(let child) where child.element == .map:
                let map = TMXAttributes(xml).all
                if map[named: "unicode"] == nil {
                    report(.error, "<map> without unicode", hint: "give the Unicode code point, e.g. unicode=\"#xF8FF\"")
                }
                if map[named: "code"] != nil, attributes[named: "base"] == nil {
                    report(.error, "<map code=…> in a <ude> without base", hint: "add base=\"…\" naming the encoding the codes belong to")
                }
                checkAttributes(of: child)
                maps.append(map)
                try skip()
            case .start(let child): try skipUnexpected(child.name, in: "ude")
            case .end:
                if maps.isEmpty { report(.error, "<ude> without <map>", hint: "a user-defined encoding needs at least one <map/>") }
                return TMXUserDefinedEncoding(attributes: attributes, maps: maps)
            case .text: checkStructuralText(in: "ude")
            case .comment: break
            }
        }
        return TMXUserDefinedEncoding(attributes: attributes, maps: maps)
    }
}
