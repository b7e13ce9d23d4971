/// The first stage: the publication date (from metadata, a date line, or a dateline such as
/// "Brussels, 12 May 2006.") and the dateline's place ("BANGKOK —").
struct DocumentFactsStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary

    /// The facts of a document.
    static func run(_ document: AnalyzedDocument, vocabulary: Vocabulary) -> DocumentFacts {
        DocumentFactsStage(document: document, vocabulary: vocabulary).facts()
    }

    private func facts() -> DocumentFacts {
        var facts = DocumentFacts()
        if let date = document.metadata.published {
            facts.published = .init(date: date, span: nil)
        }
        for paragraph in document.paragraphs where paragraph.role == .dateLine {
            if let (date, range) = DateText.parsePublicationLine(paragraph.text) {
                facts.published = .init(date: date, span: SourceSpan(paragraph: paragraph.index, start: range.lowerBound, end: range.upperBound))
                break
            }
        }
        guard let scanned = document.paragraphs.first(where: { $0.role == .body }),
            let (place, afterPlace) = datelinePlace(in: scanned)
        else { return facts }
        facts.dateline = place
        // "Brussels, 12 May 2006." dates the release when no date line did.
        if facts.published == nil, scanned.token(afterPlace, isPunctuation: ","), scanned.tokens.indices.contains(afterPlace + 1) {
            let from = scanned.tokens[afterPlace + 1].start
            let rest = scanned.string(from, min(scanned.scalars.count, from + 40))
            if let (date, range) = DateText.parse(rest), range.lowerBound == 0, date.precision == .day {
                facts.published = .init(date: date, span: SourceSpan(paragraph: scanned.index, start: from + range.lowerBound, end: from + range.upperBound))
            }
        }
        return facts
    }

    /// A dateline at the start of a paragraph: one to three capitalised words followed by a
    /// dash, or by a comma and a date. Returns the place (in title case) and the token after it.
    private func datelinePlace(in scanned: AnalyzedParagraph) -> (DocumentFacts.Dateline, Int)? {
        let tokens = scanned.tokens
        var last = -1
        for i in 0..<min(3, tokens.count) {
            guard tokens[i].kind == .word, tokens[i].isCapitalised,
                !vocabulary.commonCapitalised.contains(scanned.lowercased(i))
            else { break }
            last = i
        }
        guard last >= 0, tokens.indices.contains(last + 1) else { return nil }
        let next = last + 1
        let dashed = ["—", "–", "-"].contains { scanned.token(next, isPunctuation: $0) }
        var dated = false
        if scanned.token(next, isPunctuation: ","), tokens.indices.contains(next + 1) {
            let from = tokens[next + 1].start
            if let (_, range) = DateText.parse(scanned.string(from, min(scanned.scalars.count, from + 40))), range.lowerBound == 0 {
                dated = true
            }
        }
        guard dashed || dated else { return nil }
        let written = scanned.string(tokens: 0, through: last)
        return (DocumentFacts.Dateline(name: NameForms.titleCased(written), span: scanned.span(0, last)), next)
    }
}
