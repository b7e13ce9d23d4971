/// Reads a plain-text press release: paragraphs separated by blank lines, headline first.
///
/// The text is kept exactly (``SourceText/init(parsing:)``): `source.text` equals the input.
/// Roles: the first paragraph is the title (a text of a single paragraph is all body, its first
/// line giving the title); a second paragraph that is only a publication
/// line (``DateText/parsePublicationLine(_:)``) is a date line and gives the publication
/// date; a short one-line paragraph that opens a section (``isSectionHeading(_:)``) and is
/// followed by another paragraph is a heading. Everything else is body text.
enum PlainTextReader {
    /// Reads `text` (already valid UTF-8, without a byte order mark).
    static func read(_ text: String) -> ConversionInput {
        var text = text
        return text.withUTF8 { read(utf8: $0) }
    }

    /// Reads text given as valid UTF-8 without a byte order mark, split in place (no string of
    /// the whole text is made).
    static func read(utf8 bytes: UnsafeBufferPointer<UInt8>) -> ConversionInput {
        var source = SourceText(parsingUTF8: bytes)
        var metadata = DocumentMetadata()
        assignRoles(&source.paragraphs, metadata: &metadata)
        return ConversionInput(source: source, metadata: metadata, format: .plainText)
    }

    /// Sets the title, date-line and heading roles of plain-text paragraphs and fills the
    /// title and publication date of `metadata`.
    static func assignRoles(_ paragraphs: inout [SourceText.Paragraph], metadata: inout DocumentMetadata) {
        guard let first = paragraphs.first else { return }
        // A text of one paragraph is all body: its first line names it.
        guard paragraphs.count > 1 else {
            paragraphs[0].role = .body
            metadata.title = singleLine(String(first.text.prefix { $0 != "\n" && $0 != "\r" }))
            return
        }
        paragraphs[0].role = .title
        metadata.title = singleLine(first.text)
        var index = 1
        if paragraphs.count > 1, let (date, _) = DateText.parsePublicationLine(paragraphs[1].text) {
            paragraphs[1].role = .dateLine
            metadata.published = date
            index = 2
        }
        while index < paragraphs.count {
            if index + 1 < paragraphs.count, isSectionHeading(paragraphs[index].text) {
                paragraphs[index].role = .heading
            } else {
                paragraphs[index].role = .body
            }
            index += 1
        }
    }

    /// Headings that open the closing sections of press releases (compared without case and
    /// without a final colon).
    private static let sectionHeadings: Set<String> = [
        "notes to editors", "note to editors", "notes for editors", "note for editors", "editor's note",
        "editors' notes", "for more information", "more information", "further information",
        "media contact", "media contacts", "press contact", "press contacts", "contact", "contacts",
        "background",
    ]

    /// Whether a paragraph is a section heading: one line of at most eight words that does not
    /// end like a sentence (`.`, `!`, `?`, `,`, `;`) and starts with `About ` ("About ECLAG") or
    /// is a common closing-section heading ("Notes to editors", "Media contact:").
    static func isSectionHeading(_ text: String) -> Bool {
        // Cheap rejections first: long text, or more than one line.
        guard text.utf8.count <= 160, !(text.utf8.withContiguousStorageIfAvailable { $0.contains(0x0A) } ?? text.utf8.contains(0x0A))
        else { return false }
        if endsLikeSentence(text) { return false }
        let line = trimmed(text)
        guard let last = line.last, !".!?,;".contains(last) else { return false }
        var words = 0
        var inWord = false
        for scalar in line.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 8 { return false }
            }
        }
        if line.hasPrefix("About "), words >= 2 { return true }
        var key = line.lowercased()
        if key.hasSuffix(":") { key.removeLast() }
        return sectionHeadings.contains(String(key.map { $0 == "’" ? "'" : $0 }))
    }

    /// Whether `text` certainly ends like a sentence, read from its last bytes: its last
    /// character before ASCII white space is `.`, `!`, `?`, `,` or `;` after an ASCII
    /// character (so that nothing joins it into a larger character). `false` when unsure, so
    /// that ``isSectionHeading(_:)`` only skips its character-by-character test.
    private static func endsLikeSentence(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 || (bytes[end - 1] >= 0x09 && bytes[end - 1] <= 0x0D) { end -= 1 }
            guard end > 0 else { return false }
            switch bytes[end - 1] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ";"):
                return end == 1 || bytes[end - 2] < 0x80
            default:
                return false
            }
        }
    }

    /// `text` without whitespace (including no-break spaces) at either end.
    static func trimmed(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(text[start...end])
    }

    /// `text` trimmed, with every run of whitespace (line breaks included) made one space.
    static func singleLine(_ text: some StringProtocol) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isASCII
                ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
                : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.appendUTF8(scalar)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension SourceText {
    /// Whether `text` holds a blank line (a line break, then only spaces, tabs or returns, then
    /// another line break): such text is more than one paragraph.
    static func hasBlankLine(_ text: String) -> Bool {
        var afterBreak = false
        for byte in text.utf8 {
            switch byte {
            case 0x0A:
                if afterBreak { return true }
                afterBreak = true
            case 0x20, 0x09, 0x0D:
                continue
            default:
                afterBreak = false
            }
        }
        return false
    }
}
