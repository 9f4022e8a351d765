import TextIO
import XMLStream

/// Finds an article's text blocks in a web page.
///
/// Keeps `p`, `h1`–`h6`, `li` and `blockquote`; skips `script`, `style`, `nav`, `aside`, forms,
/// and `header`/`footer` outside the article; skips elements whose `class`, `id` or `role` says
/// they are site chrome (menus, share bars, related links, comments, ads). When the page has an
/// `<article>` (or else a `<main>`), only blocks inside it count. Then site chrome that survives
/// markup is dropped: blocks that are mostly link text, and short blocks repeated on the page.
enum HTMLArticle {
    /// Fewer words than this in body paragraphs, and the page is not an article.
    static let minimumArticleWords = 20

    static func paragraphs(bytes: [UInt8], fileName: String) throws -> [Paragraph] {
        let events = try HTMLReader.events(bytes: bytes, fileName: fileName)
        var collector = BlockCollector(fileName: fileName)
        for item in events { collector.take(item) }
        let blocks = collector.blocks
        let scope: (Block) -> Bool
        if blocks.contains(where: \.inArticle) {
            scope = { $0.inArticle }
        } else if blocks.contains(where: \.inMain) {
            scope = { $0.inMain }
        } else {
            scope = { _ in true }
        }
        var kept = blocks.filter { scope($0) && !$0.isMostlyLinks && !startsLikeChrome($0.text) }
        let counts = Dictionary(kept.map { ($0.text, 1) }, uniquingKeysWith: +)
        kept.removeAll { counts[$0.text, default: 0] > 1 && $0.text.split(separator: " ").count <= 12 }
        let bodyWords = kept.filter { $0.role == .body || $0.role == .quotation || $0.role == .listItem }
            .reduce(0) { $0 + $1.text.split(separator: " ").count }
        guard bodyWords >= minimumArticleWords, kept.contains(where: { $0.role == .body || $0.role == .quotation }) else {
            throw DocumentError(.noArticleText, at: SourceLocation(file: fileName),
                                "no article text in this page (\(blocks.count) text block\(blocks.count == 1 ? "" : "s"), \(bodyWords) words of paragraphs after leaving out menus, links and site chrome); save the article's own page, or copy its text into a .txt file")
        }
        return kept.map { Paragraph(text: $0.text, role: $0.role, location: SourceLocation(file: fileName, line: $0.line)) }
    }

    /// Openings of lines that sites put between paragraphs: "read also" links, ad labels.
    private static let chromeOpenings = ["baca juga", "read also", "read more", "advertisement", "iklan", "scroll to continue",
                                         "lanjut baca", "simak juga", "lihat juga", "share this", "bagikan"]

    private static func startsLikeChrome(_ text: String) -> Bool {
        let lowered = text.prefix(24).lowercased()
        return chromeOpenings.contains { lowered.hasPrefix($0) }
    }

    /// A text block found in the page, before the article filters.
    struct Block {
        var text: String
        var role: Paragraph.Role
        var line: Int
        var inArticle: Bool
        var inMain: Bool
        /// More than 70 % of its characters are link text.
        var isMostlyLinks: Bool
    }

    /// Walks the events, tracking what the current node is inside, and cuts blocks.
    struct BlockCollector {
        let fileName: String
        var blocks: [Block] = []
        /// Open elements, and whether each one started a skipped subtree or a block.
        private var open: [(name: String, skips: Bool, block: Bool)] = []
        private var skipping = 0
        private var articleDepth = 0, mainDepth = 0, linkDepth = 0
        /// The innermost open block's role and start line, and its text so far.
        private var blockStack: [(role: Paragraph.Role, line: Int)] = []
        private var text = "", linkCharacters = 0, line = 0

        init(fileName: String) { self.fileName = fileName }

        mutating func take(_ item: HTMLEvent) {
            switch item.event {
            case .start(let tag):
                let skips = skipping > 0 || Self.isChrome(tag, insideArticle: articleDepth + mainDepth > 0)
                if skips { skipping += 1 }
                let role = skips ? nil : Self.blockRole(tag.name)
                if let role {
                    flush()
                    blockStack.append((role, item.line))
                    line = item.line
                }
                if !skips {
                    switch tag.name {
                    case "article": articleDepth += 1
                    case "main": mainDepth += 1
                    case "a": linkDepth += 1
                    case "br": text += "\u{2028}"
                    default: break
                    }
                }
                open.append((tag.name, skips, role != nil))
            case .end:
                guard let element = open.popLast() else { return }
                if element.skips {
                    skipping -= 1
                    return
                }
                switch element.name {
                case "article": articleDepth -= 1
                case "main": mainDepth -= 1
                case "a": linkDepth -= 1
                default: break
                }
                if element.block {
                    flush()
                    blockStack.removeLast()
                    line = item.line
                } else if Self.breaksText(element.name) {
                    text += " "
                }
            case .text(let content):
                guard skipping == 0, !blockStack.isEmpty else { return }
                text += content
                if linkDepth > 0 { linkCharacters += content.filter { !$0.isWhitespace }.count }
            case .comment:
                break
            }
        }

        /// Ends the text gathered so far as a block of the innermost open block's role.
        private mutating func flush() {
            defer { text = ""; linkCharacters = 0 }
            guard let current = blockStack.last else { return }
            let collapsed = Paragraph.collapsingWhiteSpace(text)
            guard !collapsed.isEmpty else { return }
            let letters = collapsed.filter { !$0.isWhitespace }.count
            blocks.append(Block(text: collapsed, role: current.role, line: line > 0 ? line : current.line,
                                inArticle: articleDepth > 0, inMain: mainDepth > 0,
                                isMostlyLinks: letters > 0 && Double(linkCharacters) > 0.7 * Double(letters)))
        }

        private static func blockRole(_ name: String) -> Paragraph.Role? {
            switch name {
            case "p": .body
            case "h1", "h2", "h3", "h4", "h5", "h6": .heading(level: Int(String(name.dropFirst()))!)
            case "li": .listItem
            case "blockquote": .quotation
            default: nil
            }
        }

        /// Elements after which running text continues with a space (cells, divs), so that
        /// words on either side do not run together.
        private static func breaksText(_ name: String) -> Bool {
            ["div", "td", "th", "tr", "dd", "dt", "section", "span"].contains(name)
        }

        private static let skippedElements: Set<String> = [
            "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "textarea",
            "input", "label", "iframe", "svg", "canvas", "object", "embed", "menu", "dialog", "figcaption", "head",
        ]
        private static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"]
        private static let chromeWords = ["nav", "menu", "breadcrumb", "sidebar", "related", "share", "social", "comment",
                                          "advert", "ads", "iklan", "promo", "newsletter", "cookie", "subscribe", "popular",
                                          "trending", "terpopuler", "terkait", "baca-juga", "footer", "masthead", "widget", "tags"]

        static func isChrome(_ tag: XMLStartTag, insideArticle: Bool) -> Bool {
            if skippedElements.contains(tag.name) { return true }
            if (tag.name == "header" || tag.name == "footer") && !insideArticle { return true }
            if let role = tag[attribute: "role"]?.lowercased(), chromeRoles.contains(role) { return true }
            if tag[attribute: "hidden"] != nil || tag[attribute: "aria-hidden"] == "true" { return true }
            let names = ((tag[attribute: "class"] ?? "") + " " + (tag[attribute: "id"] ?? "")).lowercased()
            for token in names.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
                if chromeWords.contains(where: { word in parts.contains(word) || token == word || (word.contains("-") && token.contains(word)) }) {
                    return true
                }
            }
            return false
        }
    }
}
