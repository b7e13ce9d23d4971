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
        // The dateline opens the first paragraph of running text, after any short lines of front
        // matter ("FOR IMMEDIATE RELEASE", "May 12, 2015", "To: …").
        let opening = document.paragraphs.filter { $0.role == .body }.prefix(4)
        let frontMatter = opening.prefix { $0.tokens.count <= 12 && $0.sentences.count <= 1 }
        let candidates = opening.prefix(frontMatter.count + 1)
        if facts.published == nil {
            for paragraph in frontMatter {
                if let (date, range) = DateText.parsePublicationLine(paragraph.text) {
                    facts.published = .init(date: date, span: SourceSpan(paragraph: paragraph.index, start: range.lowerBound, end: range.upperBound))
                    break
                }
            }
        }
        if facts.published == nil, let first = candidates.last, let dated = statedToday(in: first) {
            facts.published = dated
        }
        guard let (scanned, (place, afterPlace)) = candidates.lazy.compactMap({ paragraph in
            datelinePlace(in: paragraph).map { (paragraph, $0) }
        }).first
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

    /// A dateline at the start of a paragraph: a place of up to four capitalised words
    /// ("WASHINGTON, D.C. —", "New York, NY –", "Strasbourg/Brussels –") followed by a dash, or
    /// of up to three words followed by a comma and a date ("Brussels, 12 May 2006."). Returns
    /// the place (in title case) and the token after it.
    private func datelinePlace(in scanned: AnalyzedParagraph) -> (DocumentFacts.Dateline, Int)? {
        let tokens = scanned.tokens
        func isPlaceWord(_ i: Int) -> Bool {
            guard tokens.indices.contains(i), tokens[i].kind == .word, tokens[i].isCapitalised else { return false }
            let word = scanned.lowercased(i)
            if vocabulary.placeNamePrefixes.contains(word), isPlaceWord(i + 1) { return true }  // "New York"
            return !vocabulary.commonCapitalised.contains(word)
        }
        // The comma-and-date form: "Lisbon, 4 May 2021".
        var last = -1
        for i in 0..<min(3, tokens.count) {
            guard isPlaceWord(i) else { break }
            last = i
        }
        guard last >= 0, tokens.indices.contains(last + 1) else { return nil }
        if scanned.token(last + 1, isPunctuation: ","), tokens.indices.contains(last + 2) {
            let from = tokens[last + 2].start
            if let (_, range) = DateText.parse(scanned.string(from, min(scanned.scalars.count, from + 40))), range.lowerBound == 0 {
                return (place(scanned, through: last), last + 1)
            }
        }
        // The dash form: words, with a comma, a slash or an abbreviation's full stops inside.
        var words = 0
        var i = 0
        last = -1
        while i < tokens.count, words <= 4 {
            if isPlaceWord(i) {
                words += 1
                last = i
            } else if last == i - 1, [",", "/", "."].contains(where: { scanned.token(i, isPunctuation: $0) }) {
                // "D.C." keeps its last full stop; a comma or slash must be followed by another word.
                if scanned.token(i, isPunctuation: "."), tokens[i].start == tokens[i - 1].end, tokens[i - 1].end - tokens[i - 1].start == 1 {
                    last = i
                } else if !isPlaceWord(i + 1) && !scanned.token(i, isPunctuation: ".") {
                    break
                }
            } else {
                break
            }
            i += 1
        }
        guard last >= 0, words <= 4, ["—", "–", "-"].contains(where: { scanned.token(last + 1, isPunctuation: $0) }) else { return nil }
        return (place(scanned, through: last), last + 1)
    }

    /// "Today (27 March 2014) the ministry …", "Today, 4 May 2021, we …": a full date right
    /// after the opening "today".
    private func statedToday(in scanned: AnalyzedParagraph) -> DocumentFacts.Publication? {
        guard scanned.token(0, isOneOf: vocabulary.todayWords),
            scanned.token(1, isPunctuation: "(") || scanned.token(1, isPunctuation: ","), scanned.tokens.indices.contains(2)
        else { return nil }
        let from = scanned.tokens[2].start
        guard let (date, range) = DateText.parse(scanned.string(from, min(scanned.scalars.count, from + 40))),
            range.lowerBound == 0, date.precision == .day
        else { return nil }
        return .init(date: date, span: SourceSpan(paragraph: scanned.index, start: from + range.lowerBound, end: from + range.upperBound))
    }

    /// The dateline of tokens `0...last`.
    private func place(_ scanned: AnalyzedParagraph, through last: Int) -> DocumentFacts.Dateline {
        DocumentFacts.Dateline(
            name: NameForms.titleCased(scanned.string(tokens: 0, through: last)), span: scanned.span(0, last))
    }
}
