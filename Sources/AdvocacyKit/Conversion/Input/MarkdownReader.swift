/// Reads a Markdown press release, with optional YAML-style front matter, into the same
/// paragraphs a plain-text copy of it would have.
///
/// **Front matter** is the text between a first line `---` and the next line `---` (or `...`).
/// Only flat `key: value` pairs are read, with lists written `key: [a, b]` or as `- item` lines
/// under `key:`; quotes around values are removed. Keys (any case): `title`; `date`,
/// `published`, `publishdate`, `pubdate` (`2023-03-07`, `2023-03-07T10:00:00Z`,
/// `March 7, 2023`); `author`, `authors`; `lang`, `language`; `url`, `canonical`,
/// `canonical_url`; `tags`, `keywords`. Other keys are ignored.
///
/// **Blocks**: ATX (`## Heading`) and setext (underlined) headings, paragraphs separated by
/// blank lines (soft line breaks become spaces, hard ones, two trailing spaces or a backslash,
/// become line breaks), list items (`-`, `*`, `+`, `1.`, `1)`) each as a paragraph, block
/// quotes without their `>` markers, fenced code blocks without the fences (kept verbatim; a
/// blank line inside one still separates paragraphs, as in all ``SourceText``). Horizontal
/// rules, link reference definitions and HTML comments are dropped. Indented code blocks and
/// tables are read as ordinary paragraphs.
///
/// **Inline markup** is removed: emphasis (`**b**`, `*i*`, `_i_`, `~~s~~`, matched by
/// CommonMark's flanking rules, so `snake_case` and `5 * 3` stay), code spans (their text
/// kept), links (their label kept), images (dropped), autolinks (`<https://…>` becomes the
/// address), HTML tags (removed, `<br>` becomes a line break), backslash escapes and common
/// character references (`&amp;`, `&#8217;`). Runs of spaces become one space.
///
/// **Order**: the title (front matter `title`, else the first `#` heading, else the first
/// paragraph), then a publication line if one of the first three blocks is one, then the
/// rest; a `#` heading equal to the front matter title is not repeated, other `#` headings and
/// all deeper ones are headings.
enum MarkdownReader {
    /// Reads a Markdown document (valid UTF-8, without a byte order mark).
    ///
    /// - Throws: ``ConversionError/Code/noText`` when the document has no running text.
    static func read(_ text: String) throws(ConversionError) -> ConversionInput {
        var lines = splitLines(text)
        var metadata = DocumentMetadata()
        if let front = frontMatter(&lines) {
            apply(front, to: &metadata)
        }
        var blocks = parseBlocks(lines)

        var title = metadata.title
        if title != nil {
            if let index = blocks.firstIndex(where: { $0.level == 1 }),
                PlainTextReader.singleLine(blocks[index].text) == title
            {
                blocks.remove(at: index)
            }
        } else if let index = blocks.firstIndex(where: { $0.level == 1 }) {
            title = blocks[index].text
            blocks.remove(at: index)
        } else if let index = blocks.firstIndex(where: { !$0.isCode }) {
            title = blocks[index].text
            blocks.remove(at: index)
        }

        let (paragraphs, dateLine) = ArticleLayout.paragraphs(
            title: title,
            blocks: blocks.map { ArticleLayout.Block(text: $0.text, isHeading: $0.level != nil, isPreformatted: $0.isCode) })
        guard paragraphs.contains(where: { $0.role == .body }) else {
            throw ConversionError(
                .noText,
                message:
                    "No running text was found in the Markdown document (only \(paragraphs.isEmpty ? "front matter" : "a title or headings")); pass the press release's text."
            )
        }
        let source = ArticleLayout.source(paragraphs)
        metadata.title = title.map(PlainTextReader.singleLine)
        if metadata.published == nil { metadata.published = dateLine?.date }
        return ConversionInput(source: source, metadata: metadata, format: .markdown)
    }

    /// The lines of `text`, without their line breaks (`\n`, `\r\n` or `\r`).
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        // Line breaks are ASCII, so scanning the UTF-8 bytes finds them without decoding characters.
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(text[start..<index])
                var next = utf8.index(after: index)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                index = next
                start = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if start < utf8.endIndex { lines.append(text[start...]) }
        return lines
    }

    // MARK: - Front matter

    /// A front matter value: one string or a list of strings.
    enum FrontMatterValue: Hashable {
        case scalar(String)
        case list([String])

        /// The values as a list (a scalar is a list of one).
        var list: [String] {
            switch self {
            case .scalar(let value): [value]
            case .list(let values): values
            }
        }

        /// The value, or the first of a list.
        var first: String? {
            switch self {
            case .scalar(let value): value
            case .list(let values): values.first
            }
        }
    }

    /// Removes the front matter from `lines` and returns its keys (lowercased) and values, or
    /// returns `nil` and leaves `lines` alone when the document has no closed front matter.
    static func frontMatter(_ lines: inout [Substring]) -> [String: FrontMatterValue]? {
        guard let first = lines.first, trimmedTrailing(first) == "---" else { return nil }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(trimmedTrailing(lines[$0])) })
        else { return nil }
        var values: [String: FrontMatterValue] = [:]
        var listKey: String?
        for line in lines[1..<close] {
            let content = PlainTextReader.trimmed(line)
            if content.isEmpty || content.hasPrefix("#") { continue }
            if content.hasPrefix("- ") || content == "-", let key = listKey {
                let item = unquote(String(content.dropFirst(1)))
                guard !item.isEmpty else { continue }
                values[key] = .list((values[key]?.list ?? []) + [item])
                continue
            }
            // Only top-level keys: nested mappings are skipped.
            guard let firstCharacter = line.first, !firstCharacter.isWhitespace,
                let colon = line.firstIndex(of: ":")
            else {
                listKey = nil
                continue
            }
            let key = line[..<colon].lowercased()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                listKey = nil
                continue
            }
            let rawValue = PlainTextReader.trimmed(line[line.index(after: colon)...])
            if rawValue.isEmpty {
                listKey = key
                continue
            }
            listKey = nil
            if rawValue.hasPrefix("["), rawValue.hasSuffix("]") {
                let inner = rawValue.dropFirst().dropLast()
                values[key] = .list(splitFlowList(inner).map(unquote).filter { !$0.isEmpty })
            } else {
                values[key] = .scalar(unquote(rawValue))
            }
        }
        lines.removeSubrange(0...close)
        return values
    }

    /// Fills `metadata` from front matter values.
    static func apply(_ values: [String: FrontMatterValue], to metadata: inout DocumentMetadata) {
        func value(_ keys: String...) -> FrontMatterValue? {
            keys.lazy.compactMap { values[$0] }.first
        }
        if let title = value("title")?.first.map(PlainTextReader.singleLine), !title.isEmpty {
            metadata.title = title
        }
        if let date = value("date", "published", "publishdate", "pubdate", "published_at", "publication_date")?.first {
            metadata.published = DateText.parseStated(date)
        }
        if let authors = value("authors", "author") {
            var names: [String] = []
            for name in authors.list.map(PlainTextReader.singleLine) where !name.isEmpty && !names.contains(name) {
                names.append(name)
            }
            metadata.authors = names
        }
        if let language = value("lang", "language")?.first {
            metadata.language = HTMLArticleReader.HeadMetadata.languageTag(language)
        }
        if let url = value("url", "canonical", "canonical_url", "canonicalurl")?.first, !url.isEmpty {
            metadata.url = url
        }
        if let tags = value("tags", "keywords") {
            var list = tags.list
            if case .scalar(let single) = tags { list = single.split(separator: ",").map(String.init) }
            let cleaned = list.map(PlainTextReader.singleLine).filter { !$0.isEmpty }
            if !cleaned.isEmpty { metadata.tags = cleaned }
        }
    }

    /// The items of a flow list's inside (`a, "b, c", d`), respecting quotes.
    private static func splitFlowList(_ text: Substring) -> [String] {
        var items: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                current.append(character)
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character == "," {
                items.append(PlainTextReader.trimmed(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        items.append(PlainTextReader.trimmed(current))
        return items
    }

    /// A value without its surrounding quotes (`"a \"b\""` → `a "b"`, `'it''s'` → `it's`), or
    /// without a trailing ` # comment` when unquoted.
    static func unquote(_ raw: String) -> String {
        let value = PlainTextReader.trimmed(raw)
        if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
            let inner = value.dropFirst().dropLast()
            if first == "'" { return inner.replacingAll("''", with: "'") }
            var result = ""
            var escaped = false
            for character in inner {
                if escaped {
                    switch character {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    default: result.append(character)
                    }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else {
                    result.append(character)
                }
            }
            return result
        }
        if let comment = value.range(ofLiteral: " #") {
            return PlainTextReader.trimmed(value[..<comment.lowerBound])
        }
        return value
    }

    private static func trimmedTrailing(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" {
            end = line.index(before: end)
        }
        return line[..<end]
    }

    // MARK: - Blocks

    /// One block of the body, its inline markup already removed.
    struct Block {
        var text: String
        /// 1–6 for headings, `nil` otherwise.
        var level: Int?
        /// Whether this is a fenced code block (kept verbatim).
        var isCode = false
    }

    /// The open block lines are added to.
    private enum Open: Equatable {
        case paragraph([Substring])
        case listItem([Substring])
    }

    /// Splits the body lines into blocks.
    static func parseBlocks(_ lines: [Substring]) -> [Block] {
        var blocks: [Block] = []
        var open: Open?

        func close() {
            switch open {
            case .paragraph(let lines)?, .listItem(let lines)?:
                let text = inlineText(joinLines(lines))
                if !text.isEmpty { blocks.append(Block(text: text)) }
            case nil:
                break
            }
            open = nil
        }

        var index = 0
        while index < lines.count {
            let line = stripQuoteMarkers(lines[index])
            index += 1
            let (indent, content) = indentation(line)
            if content.isEmpty {
                close()
                continue
            }
            // Fenced code.
            if indent <= 3, let fence = fenceRun(content) {
                close()
                var code: [Substring] = []
                while index < lines.count {
                    let codeLine = stripQuoteMarkers(lines[index])
                    index += 1
                    let (codeIndent, codeContent) = indentation(codeLine)
                    if codeIndent <= 3, let closing = fenceRun(codeContent), closing.character == fence.character,
                        closing.count >= fence.count, closing.rest.allSatisfy({ $0 == " " || $0 == "\t" })
                    {
                        break
                    }
                    code.append(removeIndentation(codeLine, upTo: indent))
                }
                let text = code.joined(separator: "\n")
                if !PlainTextReader.trimmed(text).isEmpty {
                    var trimmedText = Substring(text)
                    while let last = trimmedText.last, last.isWhitespace { trimmedText.removeLast() }
                    while let newline = trimmedText.firstIndex(of: "\n"),
                        trimmedText[..<newline].allSatisfy({ $0 == " " || $0 == "\t" })
                    {
                        trimmedText = trimmedText[trimmedText.index(after: newline)...]
                    }
                    blocks.append(Block(text: String(trimmedText), isCode: true))
                }
                continue
            }
            // HTML comment lines.
            if indent <= 3, content.hasPrefix("<!--") {
                close()
                var current = content
                while !current.contains("-->"), index < lines.count {
                    current = lines[index]
                    index += 1
                }
                continue
            }
            // ATX heading.
            if indent <= 3, let (level, text) = atxHeading(content) {
                close()
                let cleaned = inlineText(String(text))
                if !cleaned.isEmpty { blocks.append(Block(text: cleaned, level: level)) }
                continue
            }
            // Setext underline or horizontal rule.
            if indent <= 3, case .paragraph(let paragraphLines)? = open,
                let marker = content.first, marker == "=" || marker == "-",
                trimmedTrailing(content).allSatisfy({ $0 == marker })
            {
                let text = inlineText(joinLines(paragraphLines))
                open = nil
                if !text.isEmpty { blocks.append(Block(text: text, level: marker == "=" ? 1 : 2)) }
                continue
            }
            if indent <= 3, isThematicBreak(content) {
                close()
                continue
            }
            // List item.
            if let itemText = listItemContent(content) {
                close()
                open = .listItem([itemText])
                continue
            }
            // Link reference definition.
            if indent <= 3, open == nil, isReferenceDefinition(content) {
                continue
            }
            // The lines are taken out of `open` before the new one is added, so that they are
            // appended to in place (adding to a copy made every long paragraph quadratic).
            switch open {
            case .paragraph(var existing)?:
                open = nil
                existing.append(line)
                open = .paragraph(existing)
            case .listItem(var existing)?:
                open = nil
                existing.append(line)
                open = .listItem(existing)
            case nil: open = .paragraph([line])
            }
        }
        close()
        return blocks
    }

    /// A line without its leading block quote markers (`> `, `>> `, `> > `).
    private static func stripQuoteMarkers(_ line: Substring) -> Substring {
        var rest = line
        while true {
            let (indent, content) = indentation(rest)
            guard indent <= 3, content.first == ">" else { return rest }
            rest = content.dropFirst()
            if rest.first == " " { rest = rest.dropFirst() }
        }
    }

    /// The width of a line's leading whitespace (a tab counts as four) and the rest of the line.
    private static func indentation(_ line: Substring) -> (Int, Substring) {
        var width = 0
        var index = line.startIndex
        while index < line.endIndex {
            switch line[index] {
            case " ": width += 1
            case "\t": width += 4 - width % 4
            default: return (width, line[index...])
            }
            index = line.index(after: index)
        }
        return (width, line[line.endIndex...])
    }

    /// `line` without up to `width` columns of leading spaces.
    private static func removeIndentation(_ line: Substring, upTo width: Int) -> Substring {
        var rest = line
        var removed = 0
        while removed < width, rest.first == " " {
            rest = rest.dropFirst()
            removed += 1
        }
        return rest
    }

    /// A code fence opening the line: its character, length and the text after it.
    private static func fenceRun(_ content: Substring) -> (character: Character, count: Int, rest: Substring)? {
        guard let first = content.first, first == "`" || first == "~" else { return nil }
        let run = content.prefix { $0 == first }
        guard run.count >= 3 else { return nil }
        let rest = content[run.endIndex...]
        if first == "`", rest.contains("`") { return nil }
        return (first, run.count, rest)
    }

    /// The level and text of an ATX heading line, without the closing `#`s.
    private static func atxHeading(_ content: Substring) -> (Int, Substring)? {
        let hashes = content.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        var rest = content[hashes.endIndex...]
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        rest = Substring(PlainTextReader.trimmed(rest))
        // A closing sequence of #s preceded by a space (or making up the whole text) is dropped.
        let closing = rest.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let before = rest.dropLast(closing)
            if before.isEmpty || before.last == " " || before.last == "\t" {
                rest = Substring(PlainTextReader.trimmed(before))
            }
        }
        return (hashes.count, rest)
    }

    /// Whether a line is a horizontal rule: three or more `-`, `*` or `_`, with spaces allowed.
    private static func isThematicBreak(_ content: Substring) -> Bool {
        guard let marker = content.first, marker == "-" || marker == "*" || marker == "_" else { return false }
        var count = 0
        for character in content {
            if character == marker {
                count += 1
            } else if character != " " && character != "\t" {
                return false
            }
        }
        return count >= 3
    }

    /// The text of a list item line after its marker (`- `, `* `, `+ `, `1. `, `1) `), or `nil`.
    private static func listItemContent(_ content: Substring) -> Substring? {
        guard let first = content.first else { return nil }
        var rest: Substring
        if first == "-" || first == "*" || first == "+" {
            rest = content.dropFirst()
        } else {
            let digits = content.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { return nil }
            rest = content[digits.endIndex...]
            guard let delimiter = rest.first, delimiter == "." || delimiter == ")" else { return nil }
            rest = rest.dropFirst()
        }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return rest.drop { $0 == " " || $0 == "\t" }
    }

    /// Whether a line is a link reference definition, `[label]: destination`.
    private static func isReferenceDefinition(_ content: Substring) -> Bool {
        guard content.first == "[", let close = content.firstIndex(of: "]") else { return false }
        let after = content[content.index(after: close)...]
        return after.first == ":" && close > content.index(after: content.startIndex)
    }

    /// The lines of a paragraph joined: soft breaks as spaces, hard breaks (two trailing spaces
    /// or a trailing backslash) as line breaks.
    private static func joinLines(_ lines: [Substring]) -> String {
        var result = ""
        for (index, line) in lines.enumerated() {
            var text = Substring(PlainTextReader.trimmed(line))
            var hardBreak = false
            if index < lines.count - 1 {
                if line.hasSuffix("  ") || line.hasSuffix("\t") {
                    hardBreak = true
                } else if text.hasSuffix("\\"), !text.hasSuffix("\\\\") {
                    hardBreak = true
                    text = text.dropLast()
                }
            }
            result += text
            if index < lines.count - 1 { result += hardBreak ? "\n" : " " }
        }
        return result
    }

    // MARK: - Inline markup

    /// The text of a paragraph with inline markup removed and spaces collapsed.
    static func inlineText(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return collapse(renderInline(scalars[...], index: MarkdownInlineIndex(scalars[...]), depth: 0))
    }

    /// How deeply links may nest in one another's labels; deeper brackets are read as text, so
    /// that rendering stays linear and its recursion shallow.
    static let maximumLinkDepth = 32

    /// One piece of inline content: literal text (UTF-8), or a run of emphasis delimiters.
    private enum Piece {
        case text([UInt8])
        case delimiter(Unicode.Scalar, count: Int, canOpen: Bool, canClose: Bool)
    }

    /// Renders inline markup as text (not yet collapsed); `depth` counts the links whose
    /// labels `s` is inside.
    private static func renderInline(_ s: ArraySlice<Unicode.Scalar>, index lookup: MarkdownInlineIndex, depth: Int) -> [UInt8] {
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        func emit(_ scalar: Unicode.Scalar) { literal.appendUTF8(scalar) }
        func emit(_ text: ArraySlice<Unicode.Scalar>) {
            for scalar in text { literal.appendUTF8(scalar) }
        }
        func emit(_ bytes: [UInt8]) { literal.append(contentsOf: bytes) }
        func flushLiteral() {
            if !literal.isEmpty { pieces.append(.text(literal)) }
            literal = []
        }

        var index = s.startIndex
        while index < s.endIndex {
            let scalar = s[index]
            switch scalar {
            case "\\":
                let next = index + 1
                if next < s.endIndex, s[next].isASCII, isPunctuation(s[next]) {
                    emit(s[next])
                    index = next + 1
                } else {
                    emit(scalar)
                    index += 1
                }
            case "`":
                let run = s[index...].prefix { $0 == "`" }.count
                if let (content, end) = codeSpan(s, from: index, run: run, index: lookup) {
                    emit(content)
                    index = end
                } else {
                    emit(s[index..<(index + run)])
                    index += run
                }
            case "!" where index + 1 < s.endIndex && s[index + 1] == "[" && depth < maximumLinkDepth:
                if let (_, end) = link(s, from: index + 1, index: lookup) {
                    index = end  // images are dropped
                } else {
                    emit(scalar)
                    index += 1
                }
            case "[" where depth < maximumLinkDepth:
                if let (label, end) = link(s, from: index, index: lookup) {
                    emit(renderInline(label, index: lookup, depth: depth + 1))
                    index = end
                } else {
                    emit(scalar)
                    index += 1
                }
            case "<":
                if let (replacement, end) = angleBracket(s, from: index, index: lookup) {
                    emit(replacement)
                    index = end
                } else {
                    emit(scalar)
                    index += 1
                }
            case "&":
                if let (replacement, end) = characterReference(s, from: index) {
                    emit(replacement)
                    index = end
                } else {
                    emit(scalar)
                    index += 1
                }
            case "*", "_", "~":
                let run = s[index...].prefix { $0 == scalar }.count
                let before: Unicode.Scalar? = index > s.startIndex ? s[index - 1] : nil
                let after: Unicode.Scalar? = index + run < s.endIndex ? s[index + run] : nil
                let beforeSpace = before.map { $0.properties.isWhitespace } ?? true
                let afterSpace = after.map { $0.properties.isWhitespace } ?? true
                let beforePunct = before.map(isPunctuation) ?? false
                let afterPunct = after.map(isPunctuation) ?? false
                let left = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
                let right = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
                var canOpen = left
                var canClose = right
                if scalar == "_" {
                    canOpen = left && (!right || beforePunct)
                    canClose = right && (!left || afterPunct)
                }
                if scalar == "~" && run > 2 {
                    canOpen = false
                    canClose = false
                }
                if canOpen || canClose {
                    flushLiteral()
                    pieces.append(.delimiter(scalar, count: run, canOpen: canOpen, canClose: canClose))
                } else {
                    emit(s[index..<(index + run)])
                }
                index += run
            default:
                emit(scalar)
                index += 1
            }
        }
        flushLiteral()
        matchDelimiters(&pieces)

        var result: [UInt8] = []
        for piece in pieces {
            switch piece {
            case .text(let text): result.append(contentsOf: text)
            case .delimiter(let scalar, let count, _, _):
                for _ in 0..<count { result.appendUTF8(scalar) }
            }
        }
        return result
    }

    /// Pairs closing delimiter runs with the nearest opening run of the same character and
    /// removes the paired characters; unpaired ones stay as literal text.
    private static func matchDelimiters(_ pieces: inout [Piece]) {
        // The open runs, one stack per character, so that a closer finds the nearest opener of
        // its own character at once (a scan past the others made long texts quadratic).
        var openers: [Unicode.Scalar: [Int]] = [:]
        for index in pieces.indices {
            guard case .delimiter(let scalar, var count, let canOpen, let canClose) = pieces[index] else { continue }
            if canClose {
                while count > 0, let openerIndex = openers[scalar]?.last,
                    case .delimiter(let openScalar, let openCount, let openCanOpen, let openCanClose) = pieces[openerIndex]
                {
                    let used = min(openCount, count)
                    count -= used
                    pieces[openerIndex] = .delimiter(openScalar, count: openCount - used, canOpen: openCanOpen, canClose: openCanClose)
                    // Openers between the pair can no longer be matched.
                    for other in openers.keys where other != scalar {
                        while let last = openers[other]?.last, last > openerIndex { openers[other]?.removeLast() }
                    }
                    if openCount - used == 0 { openers[scalar]?.removeLast() }
                }
                pieces[index] = .delimiter(scalar, count: count, canOpen: canOpen, canClose: canClose)
            }
            if canOpen, count > 0 { openers[scalar, default: []].append(index) }
        }
    }

    /// A code span starting with a run of `run` backticks at `start`: its content and the
    /// index after the closing run, or `nil` when no run of the same length closes it.
    private static func codeSpan(
        _ s: ArraySlice<Unicode.Scalar>, from start: Int, run: Int, index lookup: MarkdownInlineIndex
    ) -> ([UInt8], Int)? {
        guard let close = lookup.run(of: run, from: start + run, before: s.endIndex) else { return nil }
        var content: [UInt8] = []
        for scalar in s[(start + run)..<close] { content.appendUTF8(scalar == "\n" ? " " : scalar) }
        if content.count >= 2, content.first == 0x20, content.last == 0x20, content.contains(where: { $0 != 0x20 }) {
            content = Array(content.dropFirst().dropLast())
        }
        return (content, close + run)
    }

    /// A link or image body starting at the `[` at `start`: the label and the index after the
    /// destination (`(…)`) or reference (`[…]`), or `nil` when the brackets do not form a link.
    private static func link(
        _ s: ArraySlice<Unicode.Scalar>, from start: Int, index lookup: MarkdownInlineIndex
    ) -> (ArraySlice<Unicode.Scalar>, Int)? {
        guard let labelEnd = lookup.bracketClose(start, before: s.endIndex), labelEnd + 1 < s.endIndex else { return nil }
        let label = s[(start + 1)..<labelEnd]
        let opener = s[labelEnd + 1]
        if opener == "(" {
            return lookup.parenthesisClose(labelEnd + 1, before: s.endIndex).map { (label, $0 + 1) }
        }
        if opener == "[" {
            return lookup.firstBracket(from: labelEnd + 1, before: s.endIndex).map { (label, $0 + 1) }
        }
        return nil
    }

    /// An autolink (`<https://…>`, `<name@example.org>`) or an HTML tag or comment at the `<` at
    /// `start`: the text that replaces it and the index after it.
    private static func angleBracket(
        _ s: ArraySlice<Unicode.Scalar>, from start: Int, index lookup: MarkdownInlineIndex
    ) -> ([UInt8], Int)? {
        guard start + 1 < s.endIndex else { return nil }
        if s[(start + 1)...].starts(with: "!--".unicodeScalars) {
            return lookup.commentEnd(from: start + 4, before: s.endIndex).map { ([], $0 + 3) }
        }
        guard let close = s[(start + 1)...].firstIndex(where: { $0 == ">" || $0 == "<" || $0 == "\n" }), s[close] == ">"
        else { return nil }
        let inside = s[(start + 1)..<close]
        guard let first = inside.first else { return nil }
        // Autolink: scheme ":" then no spaces; or an e-mail address.
        if let colon = inside.firstIndex(of: ":"), colon - inside.startIndex >= 2,
            inside[..<colon].allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0)) }),
            !inside.contains(where: { $0.properties.isWhitespace })
        {
            return (utf8(inside), close + 1)
        }
        if inside.contains("@"), !inside.contains(where: { $0.properties.isWhitespace || $0 == "/" }) {
            return (utf8(inside), close + 1)
        }
        // HTML tag: a letter (or / then a letter) starts the name.
        let nameStart = first == "/" ? inside.index(after: inside.startIndex) : inside.startIndex
        guard nameStart < inside.endIndex, inside[nameStart].isASCII, inside[nameStart].properties.isAlphabetic else {
            return nil
        }
        let name = String(String.UnicodeScalarView(inside[nameStart...].prefix { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })).lowercased()
        return (name == "br" && first != "/" ? [0x0A] : [], close + 1)
    }

    /// Named character references understood in Markdown text.
    private static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–",
        "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "euro": "€",
        "copy": "©", "reg": "®", "trade": "™", "laquo": "«", "raquo": "»", "shy": "\u{AD}",
    ]

    /// A character reference (`&amp;`, `&#8217;`, `&#x2019;`) at `start`: the character and the
    /// index after the `;`.
    private static func characterReference(_ s: ArraySlice<Unicode.Scalar>, from start: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = s[start...].prefix(33).firstIndex(of: ";"), semicolon > start + 1 else { return nil }
        let body = s[(start + 1)..<semicolon]
        if body.first == "#" {
            var digits = body.dropFirst()
            var radix = 10
            if let x = digits.first, x == "x" || x == "X" {
                radix = 16
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty, digits.count <= 7,
                let value = UInt32(String(String.UnicodeScalarView(digits)), radix: radix),
                value != 0, let scalar = Unicode.Scalar(value)
            else { return nil }
            return (scalar, semicolon + 1)
        }
        guard body.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
            let scalar = namedReferences[String(String.UnicodeScalarView(body))]
        else { return nil }
        return (scalar, semicolon + 1)
    }

    /// Whether a scalar is punctuation or a symbol, for the flanking rules and escapes.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
                || (0x7B...0x7E).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// The UTF-8 bytes of some scalars.
    private static func utf8(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in scalars { bytes.appendUTF8(scalar) }
        return bytes
    }

    /// Collapses runs of spaces and tabs to one space, removes spaces around line breaks and
    /// trims the text (UTF-8 bytes: no byte of a multi-byte character is ASCII).
    private static func collapse(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            switch byte {
            case 0x20, 0x09:
                if let last = result.last, last != 0x0A { pendingSpace = true }
            case 0x0A:
                pendingSpace = false
                if let last = result.last, last != 0x0A { result.append(0x0A) }
            default:
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
            }
        }
        while result.last == 0x0A { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }
}

extension StringProtocol {
    /// The range of the first occurrence of `literal`, compared scalar by scalar.
    fileprivate func range(ofLiteral literal: String) -> Range<Index>? {
        let needle = Array(literal.unicodeScalars)
        guard let first = needle.first else { return nil }
        var index = unicodeScalars.startIndex
        while index < unicodeScalars.endIndex {
            if unicodeScalars[index] == first, unicodeScalars[index...].starts(with: needle) {
                return index..<unicodeScalars.index(index, offsetBy: needle.count)
            }
            index = unicodeScalars.index(after: index)
        }
        return nil
    }

    /// The text with every occurrence of `target` replaced by `replacement`.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.range(ofLiteral: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
