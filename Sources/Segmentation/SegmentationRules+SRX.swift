import Foundation
import TextIO
import XMLStream

extension SegmentationRules {
    /// Reads the rules an SRX 2.0 file gives for `language`.
    ///
    ///     let house = try SegmentationRules.load(srxPath: "house.srx", language: .english)
    ///
    /// The `maprules` are tried in order: each `languagemap` whose `languagepattern` (an ICU regex,
    /// matched whole and ignoring case) accepts `id`/`id-ID`/`in` or `en`/`en-US`/`en-GB` adds its
    /// `languagerule`; with `cascade="no"` in the header only the first one does. Formatting
    /// handles and `segmentsubflows` concern tagged documents and are ignored for plain text.
    /// SRX 1.0 files, which share this structure, are read too.
    ///
    /// - Throws: `SRXError` with the file and line: unreadable or malformed XML, a document that
    ///   is not SRX, an invalid regex, or no rules at all for `language`.
    public static func load(srxPath: String, language: Language) throws(SRXError) -> SegmentationRules {
        let reader: XMLPullReader
        do {
            reader = try XMLPullReader(path: srxPath)
        } catch {
            throw SRXError(error.kind == .cannotOpen ? .cannotOpen : .malformed, at: error.location, error.message)
        }
        let document: SRXDocument
        do {
            document = try SRXDocument(reading: reader)
        } catch let error as SRXError {
            throw error
        } catch let error as XMLError {
            throw SRXError(error.kind == .cannotOpen ? .cannotOpen : .malformed, at: error.location, error.message)
        } catch {
            throw SRXError(.malformed, at: SourceLocation(file: srxPath), "\(error)")
        }
        return try document.rules(for: language)
    }
}

/// The parts of an SRX document that matter for plain text: named rule lists and the map.
private struct SRXDocument {
    struct LanguageMap {
        var pattern: String
        var ruleName: String
        var location: SourceLocation
    }

    var fileName: String
    var cascade = false
    var languageRules: [String: [SegmentationRule]] = [:]
    var maps: [LanguageMap] = []

    init(reading reader: XMLPullReader) throws {
        fileName = reader.fileName
        guard let root = try Self.firstElement(reader) else {
            throw SRXError(.invalid, at: reader.location, "the file has no root element; an SRX file starts with <srx version=\"2.0\">")
        }
        guard root.name == "srx" || root.name.hasSuffix(":srx") else {
            throw SRXError(.invalid, at: reader.location, "the root element is <\(root.name)>, not <srx>; is this an SRX segmentation rules file?")
        }
        var currentRuleName: String?
        var pendingBreak: Bool?
        var pendingLocation = reader.location
        var before = "", after = ""
        while let event = try reader.next() {
            guard case .start(let tag) = event else {
                if case .end(let name) = event, Self.local(name) == "rule", let isBreak = pendingBreak, let ruleName = currentRuleName {
                    languageRules[ruleName, default: []].append(
                        try SegmentationRule(isBreak: isBreak, before: before, after: after, location: pendingLocation))
                    pendingBreak = nil
                }
                continue
            }
            switch Self.local(tag.name) {
            case "header":
                cascade = try Self.yesNo(tag[attribute: "cascade"], default: false, attribute: "cascade", at: reader.location)
            case "languagerule":
                guard let name = tag[attribute: "languagerulename"] else {
                    throw SRXError(.invalid, at: reader.location, "<languagerule> has no languagerulename attribute; name the rule list")
                }
                currentRuleName = name
                languageRules[name, default: []] = languageRules[name] ?? []
            case "rule":
                guard currentRuleName != nil else {
                    throw SRXError(.invalid, at: reader.location, "<rule> outside a <languagerule>; move it into one")
                }
                pendingBreak = try Self.yesNo(tag[attribute: "break"], default: true, attribute: "break", at: reader.location)
                pendingLocation = reader.location
                before = ""
                after = ""
            case "beforebreak":
                before = try reader.readText()
            case "afterbreak":
                after = try reader.readText()
            case "languagemap":
                guard let pattern = tag[attribute: "languagepattern"], let name = tag[attribute: "languagerulename"] else {
                    throw SRXError(.invalid, at: reader.location, "<languagemap> needs both languagepattern and languagerulename attributes")
                }
                maps.append(LanguageMap(pattern: pattern, ruleName: name, location: reader.location))
            default:
                continue
            }
        }
    }

    /// The rules the map selects for `language`, in order.
    func rules(for language: Language) throws(SRXError) -> SegmentationRules {
        var selected: [SegmentationRule] = []
        var matched = false
        for map in maps {
            guard let expression = try? RegularExpressionCache.expression("^(?:" + map.pattern + ")$", options: [.caseInsensitive]) else {
                throw SRXError(.invalidPattern, at: map.location,
                               "languagepattern \"\(map.pattern)\" is not a valid ICU regular expression; fix the pattern")
            }
            let applies = language.srxCodes.contains { code in
                expression.firstMatch(in: code, range: NSRange(location: 0, length: code.utf16.count)) != nil
            }
            guard applies else { continue }
            guard let rules = languageRules[map.ruleName] else {
                throw SRXError(.invalid, at: map.location,
                               "the languagemap names \"\(map.ruleName)\", but no <languagerule> has that languagerulename")
            }
            selected += rules
            matched = true
            if !cascade { break }
        }
        guard matched else {
            throw SRXError(.noRulesForLanguage, at: SourceLocation(file: fileName),
                           "no <languagemap> applies to \(language.name) (tried \(language.srxCodes.joined(separator: ", "))); add one, e.g. languagepattern=\"\(language.rawValue).*\"")
        }
        return SegmentationRules(rules: selected)
    }

    private static func firstElement(_ reader: XMLPullReader) throws -> XMLStartTag? {
        while let event = try reader.next() {
            if case .start(let tag) = event { return tag }
        }
        return nil
    }

    /// The name without a namespace prefix (`srx:rule` → `rule`).
    private static func local(_ name: String) -> Substring {
        name.split(separator: ":").last ?? Substring(name)
    }

    private static func yesNo(_ value: String?, default fallback: Bool, attribute: String, at location: SourceLocation) throws(SRXError) -> Bool {
        switch value?.lowercased() {
        case nil: return fallback
        case "yes": return true
        case "no": return false
        case let other?:
            throw SRXError(.invalid, at: location, "\(attribute)=\"\(other)\" must be \"yes\" or \"no\"")
        }
    }
}
