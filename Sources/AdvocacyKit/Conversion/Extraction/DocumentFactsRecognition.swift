extension ExtractionRun {
    /// The headline, the publication date and the dateline ("BANGKOK —", "Brussels, 12 May 2006.").
    mutating func recogniseDocumentFacts() {
        titleParagraph = source.paragraphs.firstIndex { $0.role == .title }
        if let date = metadata.published {
            published = (date, nil)
        }
        for index in paragraphs.indices where role(of: index) == .dateLine {
            if let (date, range) = DateText.parsePublicationLine(source.paragraphs[index].text) {
                published = (date, SourceSpan(paragraph: index, start: range.lowerBound, end: range.upperBound))
                break
            }
        }
        guard let first = paragraphs.indices.first(where: { role(of: $0) == .body }) else { return }
        let scanned = paragraphs[first]
        guard let (place, afterPlace) = datelinePlace(in: scanned) else { return }
        dateline = place
        // "Brussels, 12 May 2006." dates the release when no date line did.
        if published == nil, scanned.token(afterPlace, isPunctuation: ","), scanned.tokens.indices.contains(afterPlace + 1) {
            let from = scanned.tokens[afterPlace + 1].start
            let rest = scanned.string(from, min(scanned.scalars.count, from + 40))
            if let (date, range) = DateText.parse(rest), range.lowerBound == 0, date.precision == .day {
                published = (date, SourceSpan(paragraph: first, start: from + range.lowerBound, end: from + range.upperBound))
            }
        }
    }

    /// A dateline at the start of a paragraph: one to three capitalised words followed by a
    /// dash, or by a comma and a date. Returns the place (in title case) and the token after it.
    private func datelinePlace(in scanned: ScannedParagraph) -> ((name: String, span: SourceSpan), Int)? {
        let tokens = scanned.tokens
        var last = -1
        for i in 0..<min(3, tokens.count) {
            guard tokens[i].kind == .word, tokens[i].isCapitalised,
                !ExtractionVocabulary.commonCapitalised.contains(scanned.lowercased(i))
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
        let span = self.span(scanned, 0, last)
        let written = scanned.string(tokens: 0, through: last)
        return ((Self.titleCased(written), span), next)
    }

    /// "BANGKOK" → "Bangkok"; names already in mixed case are kept.
    static func titleCased(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy({ !ScannedParagraph.isLetter($0) || ScannedParagraph.isUpper($0) }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        var startOfWord = true
        for scalar in text.unicodeScalars {
            if ScannedParagraph.isLetter(scalar) {
                result.append(startOfWord ? scalar : ScannedParagraph.fold(scalar))
                startOfWord = false
            } else {
                result.append(scalar)
                startOfWord = true
            }
        }
        return String(result)
    }
}
