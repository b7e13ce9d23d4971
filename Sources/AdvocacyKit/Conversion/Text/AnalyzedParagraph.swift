/// One paragraph as every stage of the extraction reads it: its Unicode scalars, its word
/// tokens (``WordTokenizer``), each token folded and its cues looked up, and its sentences
/// (``SentenceSplitter``), all addressed by Unicode-scalar offsets (the unit of ``SourceSpan``).
///
/// Made once per paragraph by ``AnalyzedDocument``; no stage tokenises or folds text again.
/// A class, immutable, so that the stages share one copy instead of copying its arrays.
final class AnalyzedParagraph: Sendable {
    /// The paragraph's index in the source.
    let index: Int
    /// The part the paragraph plays (headline, date line, heading, running text).
    let role: SourceText.Paragraph.Role
    /// The paragraph's text.
    let text: String
    /// The paragraph's scalars.
    let scalars: [Unicode.Scalar]
    /// Tokens in order.
    let tokens: [TextToken]
    /// Sentences as half-open ranges of token indices.
    let sentences: [Range<Int>]
    /// Each token's text in lower case (``TextCharacters/fold(_:)``), made once.
    let folded: [String]
    /// The ``FNV1a`` hash of each token's folded text (over its UTF-8), made while folding, so
    /// that looking a token up in a ``WordTable`` or ``WordSet`` does not hash it again.
    let foldedHashes: [UInt64]
    /// Each token's cues, looked up once.
    let cues: [TokenCue]

    init(index: Int, role: SourceText.Paragraph.Role = .body, text: String, vocabulary: Vocabulary) {
        self.index = index
        self.role = role
        self.text = text
        let scalars = [Unicode.Scalar](scalarsOf: text)
        self.scalars = scalars
        let tokens = WordTokenizer.tokenize(scalars)
        self.tokens = tokens
        // The three per-token arrays are written in place, element by element, in one pass:
        // appending to three growing arrays costs a uniqueness check and a capacity check per
        // token and array.
        var foldedHashes = [UInt64](copies: 0, count: tokens.count)
        var cues = [TokenCue](copies: [], count: tokens.count)
        let folded = [String](unsafeUninitializedCapacity: tokens.count) { folded, initialized in
            scalars.withUnsafeBufferPointer { scalars in
                foldedHashes.withUnsafeMutableBufferPointer { foldedHashes in
                    cues.withUnsafeMutableBufferPointer { cues in
                        for (i, token) in tokens.enumerated() {
                            if token.kind == .punctuation {
                                let mark = scalars[token.start]
                                if mark.isASCII {
                                    folded.initializeElement(at: i, to: Self.foldedASCII[Int(mark.value)])
                                    foldedHashes[i] = Self.foldedASCIIHashes[Int(mark.value)]
                                } else {
                                    let text = String(TextCharacters.fold(mark))
                                    folded.initializeElement(at: i, to: text)
                                    foldedHashes[i] = FNV1a.hash(text)
                                }
                            } else {
                                let (text, hash) = Self.foldedText(UnsafeBufferPointer(rebasing: scalars[token.start..<token.end]))
                                folded.initializeElement(at: i, to: text)
                                foldedHashes[i] = hash
                                if token.kind == .word && token.end - token.start <= vocabulary.longestCueWord {
                                    cues[i] = vocabulary.cues(of: text, hash: hash)
                                }
                            }
                            initialized = i + 1
                        }
                    }
                }
            }
        }
        self.folded = folded
        self.foldedHashes = foldedHashes
        self.cues = cues
        self.sentences = SentenceSplitter(abbreviations: vocabulary.sentenceAbbreviations).sentences(of: tokens, in: scalars)
    }

    /// Each ASCII scalar folded, as a string: made once, for punctuation tokens.
    private static let foldedASCII: [String] = (0..<0x80).map { String(TextCharacters.fold(Unicode.Scalar(UInt8($0)))) }

    /// The ``FNV1a`` hash of each string of ``foldedASCII``.
    private static let foldedASCIIHashes: [UInt64] = foldedASCII.map { FNV1a.hash($0) }

    /// The folded text of a token and the ``FNV1a`` hash of its UTF-8 (for the cue look-up).
    /// ASCII (the usual case) is folded and hashed in the one pass that writes the string.
    private static func foldedText(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (String, UInt64) {
        var hash = FNV1a.offsetBasis
        var isASCII = true
        let ascii = String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for offset in 0..<scalars.count {
                let value = scalars[offset].value
                guard value < 0x80 else {
                    isASCII = false
                    return 0
                }
                let byte = UInt8(truncatingIfNeeded: value)
                let folded = byte &- 0x41 < 26 ? byte | 0x20 : (byte == 0x60 ? 0x27 : byte)
                buffer[offset] = folded
                hash = (hash ^ UInt64(folded)) &* FNV1a.prime
            }
            return scalars.count
        }
        if isASCII { return (ascii, hash) }
        var view = String.UnicodeScalarView()
        for scalar in scalars { view.append(TextCharacters.fold(scalar)) }
        let text = String(view)
        return (text, FNV1a.hash(text))
    }

    // MARK: - Text

    /// The text of scalars `start..<end`.
    func string(_ start: Int, _ end: Int) -> String {
        String(scalars: scalars[start..<end])
    }

    /// The text of a token.
    func string(of token: TextToken) -> String { string(token.start, token.end) }

    /// The text from the start of token `first` to the end of token `last` (inclusive).
    func string(tokens first: Int, through last: Int) -> String {
        string(tokens[first].start, tokens[last].end)
    }

    /// The span of tokens `first...last`.
    func span(_ first: Int, _ last: Int) -> SourceSpan {
        SourceSpan(paragraph: index, start: tokens[first].start, end: tokens[last].end)
    }

    // MARK: - Tokens

    /// Whether token `i` is the word `word` (given in lower case), ignoring case.
    func token(_ i: Int, is word: String) -> Bool {
        folded.indices.contains(i) && folded[i] == word
    }

    /// Whether token `i` is one of `words` (given in lower case), ignoring case.
    func token(_ i: Int, isOneOf words: WordSet) -> Bool {
        folded.indices.contains(i) && words.contains(folded[i], hash: foldedHashes[i])
    }

    /// The value of token `i`'s folded text in `table`, if it has one.
    func value<Value>(of i: Int, in table: WordTable<Value>) -> Value? {
        table[folded[i], hash: foldedHashes[i]]
    }

    /// Whether token `i` is one of a few `words` (given in lower case), ignoring case.
    func token(_ i: Int, isOneOf words: [String]) -> Bool {
        folded.indices.contains(i) && words.contains(folded[i])
    }

    /// The token's text in lower case.
    func lowercased(_ i: Int) -> String { folded[i] }

    /// Whether token `i` has any of the cues.
    func token(_ i: Int, hasCue cue: TokenCue) -> Bool {
        cues.indices.contains(i) && !cues[i].isDisjoint(with: cue)
    }

    /// Whether token `i` is the punctuation scalar `mark`.
    func token(_ i: Int, isPunctuation mark: Unicode.Scalar) -> Bool {
        tokens.indices.contains(i) && tokens[i].kind == .punctuation && scalars[tokens[i].start] == mark
    }

    /// Whether the words of `phrase` stand at token `i`; returns the index just past the phrase.
    func match(_ phrase: [String], at i: Int) -> Int? {
        guard i >= 0, i + phrase.count <= tokens.count else { return nil }
        for (offset, word) in phrase.enumerated() where !token(i + offset, is: word) {
            return nil
        }
        return i + phrase.count
    }

    /// Whether only spaces separate token `i` from token `i + 1`.
    func isAdjacent(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let gap = scalars[tokens[i].end..<tokens[i + 1].start]
        return gap.count <= 2 && gap.allSatisfy { $0 == " " || $0 == "\u{A0}" }
    }

    /// The index of the token that contains or follows scalar offset `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether most words are capitalised, as in a headline in title case ("Foundation
    /// Expresses Concern over …").
    var isTitleCase: Bool {
        var words = 0
        var capitalised = 0
        for token in tokens where token.kind == .word {
            words += 1
            if token.isCapitalised { capitalised += 1 }
        }
        return words >= 4 && capitalised * 10 >= words * 6
    }

    // MARK: - Sentences

    /// The sentence that contains token `i` (a binary search: the sentences are in order and
    /// do not overlap).
    func sentence(containing i: Int) -> Range<Int> {
        let next = firstSentence(startingAtOrAfter: i + 1)
        return next > 0 && sentences[next - 1].contains(i) ? sentences[next - 1] : i..<(i + 1)
    }

    /// Whether a sentence starts at token `i`.
    func startsSentence(_ i: Int) -> Bool {
        let position = firstSentence(startingAtOrAfter: i)
        return position < sentences.count && sentences[position].lowerBound == i
    }

    /// The position of the first sentence that starts at or after token `i`.
    private func firstSentence(startingAtOrAfter i: Int) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].lowerBound < i { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether tokens `range` speak in the first person plural ("we", "our", "us").
    func isFirstPerson(_ range: Range<Int>) -> Bool {
        range.contains { cues[$0].contains(.firstPerson) }
    }
}
