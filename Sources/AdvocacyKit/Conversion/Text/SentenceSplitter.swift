/// Splits a paragraph's tokens into sentences: a sentence ends at `.`, `!` or `?` (closing
/// quotation marks and brackets glued to it stay with it) when a space and a capital, a
/// number or an opening quotation mark or bracket follow, and the full stop does not end an
/// abbreviation ("Dr.", "Art.", a single capital letter) of the lexicon.
struct SentenceSplitter: Sendable {
    /// Folded words that a full stop abbreviates ("mr", "e.g", "sept").
    let abbreviations: WordSet

    /// The sentences of a paragraph as half-open ranges of token indices.
    func sentences(of tokens: [TextToken], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.kind == .punctuation {
                let mark = scalars[token.start]
                if mark == "." || mark == "!" || mark == "?" {
                    var end = i + 1
                    while end < tokens.count, tokens[end].kind == .punctuation,
                        ["”", "\"", "’", "'", ")", "»"].contains(scalars[tokens[end].start]),
                        tokens[end].start == tokens[end - 1].end
                    {
                        end += 1
                    }
                    if end >= tokens.count || opensSentence(at: end, after: i, tokens, scalars) {
                        sentences.append(start..<end)
                        start = end
                        i = end
                        continue
                    }
                }
            }
            i += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    /// Whether token `next` starts a new sentence after the end mark at token `mark`.
    private func opensSentence(at next: Int, after mark: Int, _ tokens: [TextToken], _ scalars: [Unicode.Scalar]) -> Bool {
        let following = tokens[next]
        let spaced = following.start > tokens[next - 1].end
        let opens =
            following.isCapitalised || following.kind == .number
            || (following.kind == .punctuation && ["“", "\"", "‘", "(", "«"].contains(scalars[following.start]))
        guard spaced, opens else { return false }
        guard scalars[tokens[mark].start] == ".", mark > 0, tokens[mark - 1].kind == .word,
            tokens[mark - 1].end == tokens[mark].start
        else { return true }
        let word = tokens[mark - 1]
        if word.end - word.start == 1 && word.isCapitalised { return false }
        var folded = String.UnicodeScalarView()
        for scalar in scalars[word.start..<word.end] { folded.append(TextCharacters.fold(scalar)) }
        return !abbreviations.contains(String(folded))
    }
}
