/// Input made safe to export: the characters XML 1.0 cannot hold (C0 controls other than tab,
/// line feed and carriage return; U+FFFE, U+FFFF) replaced with U+FFFD before anything is
/// extracted, so that the dossier's JSON and its Akoma Ntoso say the same, and `validate`
/// accepts both. One scalar stands for one scalar, so every offset stays where it was.
enum XMLSafeInput {
    /// What was replaced: how many characters, and the first of them.
    struct Replacement {
        var count: Int
        var first: Unicode.Scalar
        var span: SourceSpan?
    }

    /// Replaces the characters in the paragraphs, title and authors; `nil` when there were none.
    static func clean(_ input: inout ConversionInput) -> Replacement? {
        var replacement: Replacement?
        func clean(_ text: inout String, paragraph: Int?) {
            guard XMLCharacters.firstDisallowed(in: text) != nil else { return }
            var cleaned = String.UnicodeScalarView()
            for (offset, scalar) in text.unicodeScalars.enumerated() {
                if XMLCharacters.isAllowed(scalar) {
                    cleaned.append(scalar)
                    continue
                }
                cleaned.append("\u{FFFD}")
                if replacement == nil {
                    let span = paragraph.map { SourceSpan(paragraph: $0, start: offset, end: offset + 1) }
                    replacement = Replacement(count: 0, first: scalar, span: span)
                }
                replacement?.count += 1
            }
            text = String(cleaned)
        }
        // Only a paragraph that needs cleaning is written to, so that the paragraphs (shared
        // with the caller's input) are not copied for nothing.
        for index in input.source.paragraphs.indices
        where XMLCharacters.firstDisallowed(in: input.source.paragraphs[index].text) != nil {
            clean(&input.source.paragraphs[index].text, paragraph: index)
        }
        if var title = input.metadata.title {
            clean(&title, paragraph: nil)
            input.metadata.title = title
        }
        for index in input.metadata.authors.indices { clean(&input.metadata.authors[index], paragraph: nil) }
        return replacement
    }
}
