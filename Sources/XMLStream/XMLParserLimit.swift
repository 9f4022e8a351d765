import Foundation

/// A safety limit of libxml2's parser that a document passed, told in Padan's words: libxml2 says
/// "use XML_PARSE_HUGE option", an option Padan never sets on untrusted input (it lifts the limits
/// that keep a hostile file from exhausting memory), so the user needs to hear what the limit is
/// and what to do instead.
///
///     XMLParserLimit(libxml2Message: "Excessive depth in document: 256 use XML_PARSE_HUGE option")?.explanation
///     // "elements nest deeper than 256 levels, …"
struct XMLParserLimit: Hashable {
    /// What passed the limit, with the limit, and what to do.
    var explanation: String

    /// The limit libxml2's message names, or `nil` for a message that is not about a limit.
    init?(libxml2Message message: String) {
        let check = "; no real TMX, XLIFF, TBX or SRX file comes near it: check how the file was made (a damaged or runaway export)"
        if message.hasPrefix("Excessive depth in document") {
            let depth = message.split(separator: " ").lazy.compactMap { Int($0.filter(\.isNumber)) }.first ?? 256
            explanation = "elements nest deeper than \(depth) levels, the limit Padan keeps for XML it did not write" + check
        } else if message.contains("huge text node") || message.contains("xmlParseCharData") && message.contains("too") {
            explanation = "a text is longer than 10,000,000 bytes without markup, the limit Padan keeps for XML it did not write" + check + ", or split the text into segments"
        } else if message.contains("Huge input lookup") {
            explanation = "a single tag (its name and attributes) or declaration is longer than 10,000,000 bytes, the limit Padan keeps for XML it did not write" + check
        } else if message.hasPrefix("Name too long") || message.hasPrefix("NCName") && message.contains("too long") {
            explanation = "an element or attribute name is longer than 50,000 characters, the limit Padan keeps for XML it did not write" + check
        } else if message.contains("AttValue length too long") {
            explanation = "an attribute value is longer than 10,000,000 bytes, the limit Padan keeps for XML it did not write" + check
        } else if message.hasPrefix("Comment too big") || message.hasPrefix("CData section too big") || message.contains("PI ") && message.contains("too big") {
            explanation = "a comment, CDATA section or processing instruction is longer than 10,000,000 bytes, the limit Padan keeps for XML it did not write" + check
        } else if message.contains("XML_PARSE_HUGE") {
            explanation = "the document passes one of libxml2's size limits, which Padan keeps for XML it did not write (\(message.replacingOccurrences(of: " use XML_PARSE_HUGE option", with: "")))" + check
        } else {
            return nil
        }
    }
}
