/// The kind of document a press release arrives as.
///
/// ``detect(_:fileName:)`` chooses one from the file name's extension, or, when the name
/// says nothing, from the first bytes of the input.
public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text: paragraphs separated by blank lines.
    case plainText
    /// An HTML page, usually a whole web page with navigation around the article.
    case html
    /// Markdown, optionally with YAML-style front matter between `---` lines.
    case markdown

    /// The format of `data`, judged from `fileName`'s extension first, then from the content.
    ///
    /// Extensions: `.txt`/`.text` are plain text, `.html`/`.htm`/`.xhtml` HTML and
    /// `.md`/`.markdown` Markdown (case does not matter). For other names, or none, the start
    /// of the content decides, after a UTF-8 byte order mark and whitespace: `<!doctype html`,
    /// `<html`, `<head`, `<body`, `<div` or `<p>` (any case) mean HTML; front matter (a first
    /// line `---`) or a heading (`# ` on the first line) mean Markdown; anything else is
    /// plain text. Only the first few hundred bytes are looked at.
    public static func detect(_ data: some Collection<UInt8>, fileName: String?) -> InputFormat {
        if let fileName, let format = format(ofFileName: fileName) {
            return format
        }
        return sniff(data.prefix(512))
    }

    /// The format a file name's extension names, or `nil` for other extensions.
    static func format(ofFileName fileName: String) -> InputFormat? {
        // An ASCII name (nearly every one) is read on its bytes, with no split of the whole
        // path into components and no search by `Character`.
        var path = fileName.utf8[...]
        while path.last == UInt8(ascii: "/") { path = path.dropLast() }
        let name = path.lastIndex(of: UInt8(ascii: "/")).map { path[path.index(after: $0)...] } ?? path
        guard name.allSatisfy({ $0 < 0x80 }) else { return format(ofUnicodeFileName: fileName) }
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
        let suffix = name[name.index(after: dot)...]
        return format(ofExtension: String(decoding: suffix.lazy.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self))
    }

    /// ``format(ofFileName:)`` for a name with non-ASCII characters, read by `Character` (a
    /// dot with a combining mark is not a dot) and lower-cased by Unicode's rules.
    private static func format(ofUnicodeFileName fileName: String) -> InputFormat? {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return format(ofExtension: name[name.index(after: dot)...].lowercased())
    }

    /// The format a lower-case extension names.
    private static func format(ofExtension suffix: String) -> InputFormat? {
        switch suffix {
        case "txt", "text": return .plainText
        case "html", "htm", "xhtml": return .html
        case "md", "markdown": return .markdown
        default: return nil
        }
    }

    /// The format suggested by the first bytes of the content.
    private static func sniff(_ prefix: some Collection<UInt8>) -> InputFormat {
        var bytes = Array(prefix)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Markdown front matter must be the very first line.
        if bytes.starts(with: Array("---\n".utf8)) || bytes.starts(with: Array("---\r\n".utf8)) {
            return .markdown
        }
        while let first = bytes.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D || first == 0x0C {
            bytes = bytes.dropFirst()
        }
        if bytes.first == UInt8(ascii: "<") {
            let lowered = bytes.prefix(16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            for tag in ["<!doctype html", "<html", "<head", "<body", "<div", "<p>"] {
                let tagBytes = Array(tag.utf8)
                guard lowered.starts(with: tagBytes) else { continue }
                // `<html` must not continue a longer name such as `<htmlx`.
                if tag.hasSuffix(">") || lowered.count == tagBytes.count { return .html }
                let next = lowered[tagBytes.count]
                if !((next >= 0x61 && next <= 0x7A) || (next >= 0x30 && next <= 0x39) || next == UInt8(ascii: "-")) {
                    return .html
                }
            }
            return .plainText
        }
        if bytes.starts(with: Array("# ".utf8)) {
            return .markdown
        }
        return .plainText
    }
}
