import Foundation

/// Reads the article of an HTML page into the same paragraphs a plain-text copy would have.
///
/// 1. The page is parsed by ``HTMLReader`` (scripts, styles and comments never reach the tree).
/// 2. Boilerplate is set aside: `nav`, `aside`, `form`, `button`, `footer`, `figcaption` and
///    similar elements, a `header` without an `h1`, hidden elements, landmark roles other than
///    `main`, and block elements whose `class` or `id` has a word starting with `nav`, `menu`,
///    `footer`, `sidebar`, `share`, `social`, `cookie`, `consent`, `comment`, `related`,
///    `breadcrumb`, `subscribe`, `newsletter` or `advert` (unless the element holds the `h1`,
///    an `article` or `main`; inline elements are never dropped by class, so sentences stay whole).
/// 3. The content is the `article` with the most text, else `main`, else `[role=main]`, else
///    the `div`/`section` whose direct `<p>` children hold the most text, discounted by the share
///    of that text that is link text, else the body.
/// 4. Blocks become paragraphs: every `p`, `h1`–`h6`, `li`, `pre`, `dd`, `dt`, `td`, `th`, and
///    the text a block element holds outside its child blocks (so a `blockquote`'s `<p>`s are
///    paragraphs of their own and a `td` without `<p>` is one paragraph). Inline elements are
///    flattened; whitespace is collapsed to single spaces and trimmed, `<br>` is a line break,
///    `<pre>` text is kept as is; a blank line (`<br><br>`) splits a paragraph.
/// 5. The text is the title (the content's first `h1`, else an `h1` elsewhere that the page
///    title confirms, else `og:title`, else `<title>` without its ` | Site` suffix), then a
///    publication line if one of the first three blocks is one, then the other blocks (`h2`–`h6`
///    and further `h1`s as headings), joined by blank lines with a final line break.
enum HTMLArticleReader {
    /// Reads an HTML page from its bytes.
    ///
    /// - Parameters:
    ///   - bytes: The page.
    ///   - encoding: The page's encoding, `"UTF-8"` unless the page declared another and is not UTF-8.
    ///   - source: The file name, for messages, or `nil`.
    /// - Throws: ``ConversionError/Code/unreadable`` when libxml2 cannot build a document or
    ///   gave up at its nesting limit (256 levels), or met a byte the encoding cannot decode;
    ///   ``ConversionError/Code/noText`` when the page has no running text.
    static func read(_ bytes: some Collection<UInt8>, encoding: String = "UTF-8", source: String? = nil)
        throws(ConversionError) -> ConversionInput
    {
        let parsed: HTMLReader.Parsed
        do {
            parsed = try HTMLReader.parseWithDiagnostics(bytes, source: source, encoding: encoding)
        } catch {
            throw ConversionError(.unreadable, message: error.summary)
        }
        // libxml2 stops reading at 256 levels of nesting; converting the rest would lose text silently.
        if let cut = parsed.diagnostics.first(where: { $0.message.hasPrefix("Excessive depth in document") }) {
            throw ConversionError(
                .unreadable,
                message:
                    "The page nests elements more than 256 levels deep (usually tags that are never closed), so libxml2 stopped reading it; fix the markup or pass the text instead.",
                line: cut.line > 0 ? cut.line : nil)
        }
        // libxml2 stops decoding at the first byte the declared encoding has no character for and
        // keeps only the text before it; converting that would lose the rest silently.
        if parsed.diagnostics.contains(where: { $0.message.hasPrefix("input conversion failed") }) {
            throw ConversionError(
                .unreadable,
                message:
                    "The page declares the character encoding '\(encoding)', but its bytes are not all valid in it, so libxml2 stopped reading it; convert the page to UTF-8.")
        }
        return try read(parsed.root)
    }

    /// Reads an HTML page given as a string (tests and callers that already decoded the page).
    static func read(html: String, source: String? = nil) throws(ConversionError) -> ConversionInput {
        try read(Array(html.utf8), source: source)
    }

    /// Builds the input from a parsed page.
    static func read(_ root: XMLTree.Element) throws(ConversionError) -> ConversionInput {
        let body = root.name == "body" ? root : root.elements.first { $0.name == "body" } ?? root
        var head = HeadMetadata()
        head.collect(root)

        let content = mainContent(of: body)
        var collector = BlockCollector()
        collector.collect(content)
        var blocks = collector.blocks

        // The title.
        var title: String?
        if let index = blocks.firstIndex(where: { $0.level == 1 }) {
            title = blocks[index].text
            blocks.remove(at: index)
        } else if let h1 = firstH1Text(in: body), head.confirmsTitle(h1) {
            title = h1
        } else {
            title = head.openGraphTitle ?? head.pageTitle.map(withoutSiteSuffix)
        }
        if let text = title, let first = blocks.first, PlainTextReader.singleLine(first.text) == PlainTextReader.singleLine(text) {
            blocks.removeFirst()
        }

        // The publication line and the paragraphs.
        var (paragraphs, dateLine) = ArticleLayout.paragraphs(
            title: title,
            blocks: blocks.map { ArticleLayout.Block(text: $0.text, isHeading: $0.level != nil, isPreformatted: $0.isPre) })
        if title == nil, !paragraphs.isEmpty {
            paragraphs[0].role = .title
            title = paragraphs[0].text
        }
        guard paragraphs.contains(where: { $0.role == .body }) else {
            throw ConversionError(
                .noText,
                message:
                    "No running text was found in the page (only \(paragraphs.isEmpty ? "boilerplate" : "a title or headings")); pass the page of the press release itself, or its text."
            )
        }

        let source = ArticleLayout.source(paragraphs)

        var metadata = DocumentMetadata()
        metadata.title = title.map(PlainTextReader.singleLine)
        metadata.published = publicationDate(in: content) ?? head.published ?? dateLine?.date
        metadata.authors = head.authors
        metadata.language = head.language
        metadata.url = head.url
        metadata.tags = head.tags.isEmpty ? nil : head.tags
        return ConversionInput(source: source, metadata: metadata, format: .html)
    }

    // MARK: - Metadata

    /// `<title>` text without a trailing ` | Site`, ` - Site`, ` – Site` or ` — Site` part of at
    /// most five words.
    static func withoutSiteSuffix(_ title: String) -> String {
        let line = PlainTextReader.singleLine(title)
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] {
            guard let range = line.range(of: separator, options: .backwards) else { continue }
            let head = line[..<range.lowerBound]
            let tail = line[range.upperBound...]
            if !head.isEmpty, tail.split(separator: " ").count <= 5 {
                return String(head)
            }
        }
        return line
    }

    /// The date of the first `<time>` in the content: its `datetime` attribute, else its text.
    static func publicationDate(in content: XMLTree.Element) -> PartialDate? {
        var result: PartialDate?
        func visit(_ element: XMLTree.Element) {
            guard result == nil else { return }
            if element.name == "time" {
                if let value = element.attribute("datetime"), let date = DateText.parseStated(value) {
                    result = date
                    return
                }
                if let date = DateText.parseStated(element.textContent) {
                    result = date
                    return
                }
            }
            for case .element(let child) in element.children where !isBoilerplate(child) { visit(child) }
        }
        visit(content)
        return result
    }

    /// What the page's `<head>` (and a few attributes elsewhere) say about the document.
    struct HeadMetadata {
        var pageTitle: String?
        var openGraphTitle: String?
        var published: PartialDate?
        var authors: [String] = []
        var language: String?
        var url: String?
        var tags: [String] = []
        private var openGraphURL: String?
        private var keywords: [String] = []
        private var contentLanguage: String?
        private var locale: String?
        private var dateRank = Int.max

        /// Meta names and properties that state the publication date, most trusted first.
        private static let dateKeys = [
            "article:published_time", "datepublished", "date", "pubdate", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.issued", "dcterms.created", "publish-date", "publish_date",
            "publication_date", "og:published_time",
        ]

        /// Collects metadata from the whole tree.
        mutating func collect(_ root: XMLTree.Element) {
            if let lang = root.attribute("lang") ?? root.attribute("xml:lang") { language = Self.languageTag(lang) }
            visit(root)
            if language == nil { language = contentLanguage ?? locale }
            if url == nil { url = openGraphURL }
            if tags.isEmpty { tags = keywords }
        }

        private mutating func visit(_ element: XMLTree.Element) {
            switch element.name {
            case "title":
                if pageTitle == nil {
                    let text = PlainTextReader.singleLine(element.textContent)
                    if !text.isEmpty { pageTitle = text }
                }
            case "meta":
                meta(element)
            case "link":
                if url == nil, let rel = element.attribute("rel"),
                    rel.lowercased().split(separator: " ").contains("canonical"),
                    let href = element.attribute("href").map(PlainTextReader.trimmed), !href.isEmpty
                {
                    url = href
                }
            default:
                if let property = element.attribute("itemprop"), property == "datePublished",
                    let value = element.attribute("content") ?? element.attribute("datetime")
                {
                    setDate(value, key: "datepublished")
                }
            }
            for case .element(let child) in element.children where child.name != "svg" { visit(child) }
        }

        private mutating func meta(_ element: XMLTree.Element) {
            guard let rawContent = element.attribute("content") else { return }
            let content = PlainTextReader.trimmed(rawContent)
            guard !content.isEmpty else { return }
            if let equiv = element.attribute("http-equiv"), equiv.lowercased() == "content-language" {
                contentLanguage = contentLanguage ?? Self.languageTag(content)
            }
            let key = (element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop") ?? "")
                .lowercased()
            switch key {
            case "og:title":
                openGraphTitle = openGraphTitle ?? PlainTextReader.singleLine(content)
            case "og:url":
                openGraphURL = openGraphURL ?? content
            case "og:locale":
                locale = locale ?? Self.languageTag(content)
            case "author", "dc.creator", "dcterms.creator", "article:author":
                let isAddress = content.contains("://") || content.hasPrefix("www.") || content.contains("/")
                guard !isAddress else { return }
                for name in content.split(separator: ";") {
                    let name = PlainTextReader.singleLine(name)
                    if !name.isEmpty, !authors.contains(name) { authors.append(name) }
                }
            case "article:tag":
                let tag = PlainTextReader.singleLine(content)
                if !tags.contains(tag) { tags.append(tag) }
            case "keywords", "news_keywords":
                if keywords.isEmpty {
                    keywords = content.split(separator: ",").map(PlainTextReader.singleLine).filter { !$0.isEmpty }
                }
            default:
                if Self.dateKeys.contains(key) { setDate(content, key: key) }
            }
        }

        private mutating func setDate(_ value: String, key: String) {
            guard let rank = Self.dateKeys.firstIndex(of: key), rank < dateRank, let date = DateText.parseStated(value)
            else { return }
            published = date
            dateRank = rank
        }

        /// Whether `h1` is the page's headline as the `<title>` or `og:title` states it.
        func confirmsTitle(_ h1: String) -> Bool {
            let h1 = PlainTextReader.singleLine(h1)
            guard !h1.isEmpty else { return false }
            return [openGraphTitle, pageTitle].contains { candidate in
                guard let candidate else { return false }
                return candidate == h1 || withoutSiteSuffix(candidate) == h1
            }
        }

        /// A BCP 47 tag from `value` (`en_GB` becomes `en-GB`), or `nil` when it is not one.
        static func languageTag(_ value: String) -> String? {
            let tag = String(PlainTextReader.trimmed(value).map { $0 == "_" ? "-" : $0 })
            guard !tag.isEmpty, tag.count <= 35,
                tag.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }),
                tag.first?.isLetter == true
            else { return nil }
            return tag
        }
    }

    // MARK: - Content

    /// Elements that never hold the article's text.
    static let droppedNames: Set<String> = [
        "head", "nav", "aside", "form", "button", "footer", "figcaption", "dialog", "select", "input",
        "textarea", "option", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "map", "menu", "img", "picture", "source", "label", "fieldset",
    ]

    /// Landmark roles of boilerplate.
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
        "menubar", "toolbar", "alert",
    ]

    /// Word beginnings in `class` and `id` that mark boilerplate blocks.
    static let boilerplateWords = [
        "nav", "menu", "footer", "sidebar", "share", "social", "cookie", "consent", "comment", "related",
        "breadcrumb", "subscribe", "newsletter", "advert",
    ]

    /// Block-level elements: they end the paragraph before them and start a new one.
    static let blockNames: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "xmp", "plaintext", "legend",
        "figcaption", "search", "frameset", "noframes",
    ]

    /// Whether `element` is boilerplate (see the type's documentation).
    static func isBoilerplate(_ element: XMLTree.Element) -> Bool {
        let name = element.name
        if droppedNames.contains(name) { return true }
        switch name {
        case "html", "body", "main", "article":
            return false
        case "header":
            if !containsHeadline(element) { return true }
        default:
            break
        }
        if element.attribute("hidden") != nil || element.attribute("aria-hidden")?.lowercased() == "true" {
            return true
        }
        if let style = element.attribute("style")?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        if let role = element.attribute("role")?.lowercased() {
            if role == "main" { return false }
            if droppedRoles.contains(role) { return !(role == "banner" && containsHeadline(element)) }
        }
        guard blockNames.contains(name) else { return false }
        let marker = [element.attribute("class"), element.attribute("id")].compactMap { $0 }.joined(separator: " ")
        guard !marker.isEmpty, hasBoilerplateWord(marker) else { return false }
        return !containsHeadline(element)
    }

    /// Whether a `class`/`id` value has a word starting with a boilerplate word; words are split
    /// at anything but ASCII letters and digits, and before a capital that follows a lowercase
    /// letter (`mainMenu` is `main` and `menu`). Compares bytes, without building strings.
    static func hasBoilerplateWord(_ marker: String) -> Bool {
        var bytes = Array(marker.utf8)
        bytes.append(0x20)
        var index = 0
        var wordStart = true
        while index < bytes.count - 1 {
            let byte = bytes[index]
            guard isAlphanumeric(byte) else {
                wordStart = true
                index += 1
                continue
            }
            if !wordStart, isUpper(byte), isLower(bytes[index - 1]) { wordStart = true }
            if wordStart, boilerplateKeywordBytes.contains(where: { matchesWordPrefix($0, bytes, at: index) }) {
                return true
            }
            wordStart = false
            index += 1
        }
        return false
    }

    /// The boilerplate words as bytes.
    private static let boilerplateKeywordBytes = boilerplateWords.map { Array($0.utf8) }

    /// Whether `keyword` (lowercase) starts at `index` within one word of `bytes`.
    private static func matchesWordPrefix(_ keyword: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        guard index + keyword.count < bytes.count else { return false }
        for offset in keyword.indices {
            let byte = bytes[index + offset]
            guard byte | 0x20 == keyword[offset], isAlphanumeric(byte) else { return false }
            if offset > 0, isUpper(byte), isLower(bytes[index + offset - 1]) { return false }
        }
        return true
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isUpper(byte) || isLower(byte) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Whether the subtree holds an `h1`, an `article` or a `main` element.
    static func containsHeadline(_ element: XMLTree.Element) -> Bool {
        for case .element(let child) in element.children {
            if child.name == "h1" || child.name == "article" || child.name == "main" || containsHeadline(child) {
                return true
            }
        }
        return false
    }

    /// The text of the first `h1` outside boilerplate, or `nil`.
    static func firstH1Text(in element: XMLTree.Element) -> String? {
        for case .element(let child) in element.children where !isBoilerplate(child) {
            if child.name == "h1" {
                var collector = BlockCollector()
                collector.collect(child)
                if let first = collector.blocks.first { return first.text }
            } else if let found = firstH1Text(in: child) {
                return found
            }
        }
        return nil
    }

    /// The element that holds the article (see the type's documentation).
    static func mainContent(of body: XMLTree.Element) -> XMLTree.Element {
        var articles: [XMLTree.Element] = []
        var main: XMLTree.Element?
        var roleMain: XMLTree.Element?
        var best: (element: XMLTree.Element, score: Double)?

        func visit(_ element: XMLTree.Element) {
            var paragraphText = 0
            var paragraphLinks = 0
            for case .element(let child) in element.children where !isBoilerplate(child) {
                switch child.name {
                case "article": articles.append(child)
                case "main": if main == nil { main = child }
                default: if roleMain == nil, child.attribute("role")?.lowercased() == "main" { roleMain = child }
                }
                if child.name == "p" {
                    let measure = measureText(child)
                    paragraphText += measure.text
                    paragraphLinks += measure.links
                } else {
                    visit(child)
                }
            }
            if element.name == "div" || element.name == "section", paragraphText > 0 {
                let score = Double(paragraphText) * (1 - Double(paragraphLinks) / Double(paragraphText))
                if score > (best?.score ?? 0) { best = (element, score) }
            }
        }
        visit(body)

        if let article = articles.map({ ($0, measureText($0).text) }).filter({ $0.1 > 0 }).max(by: { $0.1 < $1.1 }) {
            return article.0
        }
        return main ?? roleMain ?? best?.element ?? body
    }

    /// The number of non-space scalars of text in the subtree outside boilerplate, and how many
    /// of them are inside links.
    static func measureText(_ element: XMLTree.Element, inLink: Bool = false) -> (text: Int, links: Int) {
        var text = 0
        var links = 0
        for child in element.children {
            switch child {
            case .text(let string):
                var count = 0
                for scalar in string.unicodeScalars where !(scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r") {
                    count += 1
                }
                text += count
                if inLink { links += count }
            case .element(let child):
                guard !isBoilerplate(child) else { continue }
                let measure = measureText(child, inLink: inLink || child.name == "a")
                text += measure.text
                links += measure.links
            }
        }
        return (text, links)
    }

    // MARK: - Blocks

    /// One block of text: a paragraph to be, with its heading level if it is a heading.
    struct Block {
        var text: String
        /// 1–6 for `h1`–`h6`, `nil` for other blocks.
        var level: Int?
        /// Whether the text is preformatted (kept as is).
        var isPre: Bool
    }

    /// Walks a content subtree and cuts its text into blocks.
    struct BlockCollector {
        private(set) var blocks: [Block] = []
        /// The UTF-8 bytes of the paragraph being collected.
        private var run: [UInt8] = []
        private var pendingSpace = false

        /// What the walk knows about the ancestors of the current node.
        private struct Context {
            var level: Int?
            var pre = false
        }

        /// Collects the blocks of `element`; the element itself is never treated as boilerplate.
        mutating func collect(_ element: XMLTree.Element) {
            var context = Context()
            context.level = Self.headingLevel(element.name)
            context.pre = Self.isPreformatted(element.name)
            walkChildren(of: element, context: context)
            flush(context)
        }

        private static func headingLevel(_ name: String) -> Int? {
            switch name {
            case "h1": 1
            case "h2": 2
            case "h3": 3
            case "h4": 4
            case "h5": 5
            case "h6": 6
            default: nil
            }
        }

        private static func isPreformatted(_ name: String) -> Bool {
            name == "pre" || name == "listing" || name == "xmp" || name == "plaintext"
        }

        private mutating func walkChildren(of element: XMLTree.Element, context: Context) {
            for child in element.children {
                switch child {
                case .text(let text):
                    append(text, context: context)
                case .element(let child):
                    walk(child, context: context)
                }
            }
        }

        private mutating func walk(_ element: XMLTree.Element, context: Context) {
            guard !isBoilerplate(element) else { return }
            let name = element.name
            if name == "br" {
                run.append(0x0A)
                pendingSpace = false
                return
            }
            guard HTMLArticleReader.blockNames.contains(name) else {
                walkChildren(of: element, context: context)
                return
            }
            flush(context)
            var inner = context
            if let level = Self.headingLevel(name) { inner.level = level }
            if Self.isPreformatted(name) { inner.pre = true }
            walkChildren(of: element, context: inner)
            flush(inner)
        }

        /// Adds text, collapsing whitespace outside preformatted text. Working on UTF-8 bytes is
        /// safe: the bytes of a multi-byte character are never ASCII whitespace.
        private mutating func append(_ text: String, context: Context) {
            if context.pre {
                var previousReturn = false
                for byte in text.utf8 {
                    if byte == 0x0D {
                        run.append(0x0A)
                        previousReturn = true
                        continue
                    }
                    if !(byte == 0x0A && previousReturn) { run.append(byte) }
                    previousReturn = false
                }
                return
            }
            for byte in text.utf8 {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    if let last = run.last, last != 0x0A { pendingSpace = true }
                default:
                    if pendingSpace { run.append(0x20) }
                    pendingSpace = false
                    run.append(byte)
                }
            }
        }

        private mutating func flush(_ context: Context) {
            defer {
                run.removeAll(keepingCapacity: true)
                pendingSpace = false
            }
            var start = 0
            var end = run.count
            if context.pre {
                // Drop whole blank lines before the text and all whitespace after it.
                var cursor = 0
                while cursor < end, run[cursor] == 0x20 || run[cursor] == 0x09 || run[cursor] == 0x0A {
                    if run[cursor] == 0x0A { start = cursor + 1 }
                    cursor += 1
                }
                while end > start, [0x20, 0x09, 0x0A, 0x0C].contains(run[end - 1]) { end -= 1 }
            } else {
                while start < end, run[start] == 0x20 || run[start] == 0x0A { start += 1 }
                while end > start, run[end - 1] == 0x20 || run[end - 1] == 0x0A { end -= 1 }
            }
            guard start < end else { return }
            blocks.append(Block(text: String(decoding: run[start..<end], as: UTF8.self), level: context.level, isPre: context.pre))
        }
    }
}
