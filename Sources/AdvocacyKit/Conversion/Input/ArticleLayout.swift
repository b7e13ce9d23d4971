/// How the HTML and Markdown readers turn the blocks they found into paragraphs: the title
/// first, then a publication line if one of the first blocks is one, then the rest, so that a
/// page, a Markdown file and the plain text of the same release give the same paragraphs.
enum ArticleLayout {
    /// A block of text found by a reader.
    struct Block {
        /// The block's text.
        var text: String
        /// Whether it is a heading (below the title).
        var isHeading: Bool
        /// Whether it is preformatted text (`<pre>`, a code block), never a date line.
        var isPreformatted: Bool
    }

    /// The paragraphs of a title and blocks, and the publication line taken from the first
    /// three blocks, if any. No paragraph holds a blank line: a block that does is split.
    static func paragraphs(
        title: String?, blocks: [Block]
    ) -> (paragraphs: [SourceText.Paragraph], dateLine: (text: String, date: PartialDate)?) {
        var blocks = blocks
        var dateLine: (text: String, date: PartialDate)?
        for index in blocks.indices.prefix(3) where !blocks[index].isPreformatted {
            if let (date, _) = DateText.parsePublicationLine(blocks[index].text) {
                dateLine = (blocks[index].text, date)
                blocks.remove(at: index)
                break
            }
        }
        var paragraphs: [SourceText.Paragraph] = []
        func add(_ text: String, role: SourceText.Paragraph.Role) {
            guard SourceText.hasBlankLine(text) else {
                paragraphs.append(SourceText.Paragraph(text, role: role))
                return
            }
            for piece in SourceText(parsing: text).paragraphs {
                paragraphs.append(SourceText.Paragraph(piece.text, role: role))
            }
        }
        if let title { add(title, role: .title) }
        if let dateLine { add(dateLine.text, role: .dateLine) }
        for block in blocks {
            add(block.text, role: block.isHeading ? .heading : .body)
        }
        return (paragraphs, dateLine)
    }

    /// The source text of paragraphs laid out by ``paragraphs(title:blocks:)``: joined by blank
    /// lines with a final line break, which is exactly what `SourceText(parsing:)` of that text gives.
    static func source(_ paragraphs: [SourceText.Paragraph]) -> SourceText {
        let source = SourceText(paragraphs: paragraphs, separator: "\n\n", trailing: "\n")
        assert(SourceText(parsing: source.text).paragraphs.map(\.text) == paragraphs.map(\.text))
        return source
    }
}
