/// One paragraph prepared for recognisers: its Unicode scalars, its word tokens and its
/// sentences, all addressed by Unicode-scalar offsets (the unit of ``SourceSpan``).
///
/// Scanning is done once per paragraph with a hand-written loop over scalars: no regular
/// expressions and no per-character strings, so that conversion stays fast.
struct ScannedParagraph {
    /// A word, number or punctuation mark.
    struct Token: Hashable {
        /// What a token is made of.
        enum Kind: Hashable {
            /// Letters (possibly with inner hyphens, apostrophes or digits: "co-legislators", "IPRED2").
            case word
            /// Digits (possibly with inner `.`/`,` separators: "3,500", "1.5").
            case number
            /// Any other single non-space scalar.
            case punctuation
        }

        /// The offset of the first scalar.
        var start: Int
        /// The offset just past the last scalar.
        var end: Int
        /// What the token is made of.
        var kind: Kind
        /// Whether the first scalar is an upper-case letter.
        var isCapitalised: Bool
        /// Whether every letter is upper-case and there are at least two ("IMCO", "S&D" is two tokens).
        var isAllCaps: Bool
    }

    /// The paragraph's index in the source.
    let index: Int
    /// The paragraph's text.
    let text: String
    /// The paragraph's scalars.
    let scalars: [Unicode.Scalar]
    /// Tokens in order.
    let tokens: [Token]
    /// Sentences as half-open ranges of token indices.
    let sentences: [Range<Int>]
    /// Each token's text in lower case (typographic apostrophes and hyphens folded), made once.
    let folded: [String]
    /// Each token's cues, looked up once.
    let cues: [TokenCue]


    init(index: Int, text: String) {
        self.index = index
        self.text = text
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        self.scalars = scalars
        let tokens = Self.tokenize(scalars)
        self.tokens = tokens
        var folded: [String] = []
        var cues: [TokenCue] = []
        folded.reserveCapacity(tokens.count)
        cues.reserveCapacity(tokens.count)
        for token in tokens {
            if token.kind == .punctuation {
                folded.append(String(Self.fold(scalars[token.start])))
                cues.append([])
            } else {
                let text = Self.foldedText(scalars[token.start..<token.end])
                folded.append(text)
                // No cue word is longer than twelve letters, and none is a number.
                cues.append(token.kind == .word && token.end - token.start <= 12 ? TokenCue.of(text) : [])
            }
        }
        self.folded = folded
        self.cues = cues
        self.sentences = Self.splitSentences(tokens, scalars)
    }

    /// The folded text of a token; ASCII (the usual case) without going through scalars one by one.
    private static func foldedText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy(\.isASCII) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for (offset, scalar) in scalars.enumerated() {
                    let value = UInt8(truncatingIfNeeded: scalar.value)
                    buffer[offset] = value >= 0x41 && value <= 0x5A ? value + 32 : (value == 0x60 ? 0x27 : value)
                }
                return scalars.count
            }
        }
        var view = String.UnicodeScalarView()
        for scalar in scalars { view.append(fold(scalar)) }
        return String(view)
    }

    // MARK: - Access

    /// The text of scalars `start..<end`.
    func string(_ start: Int, _ end: Int) -> String {
        String(scalars: scalars[start..<end])
    }

    /// The text of a token.
    func string(of token: Token) -> String { string(token.start, token.end) }

    /// The text from the start of token `first` to the end of token `last` (inclusive).
    func string(tokens first: Int, through last: Int) -> String {
        string(tokens[first].start, tokens[last].end)
    }

    /// Whether token `i` is the word `word` (given in lower case), ignoring case.
    func token(_ i: Int, is word: String) -> Bool {
        folded.indices.contains(i) && folded[i] == word
    }

    /// Whether token `i` is one of `words` (given in lower case), ignoring case.
    func token(_ i: Int, isOneOf words: Set<String>) -> Bool {
        folded.indices.contains(i) && words.contains(folded[i])
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

    /// Whether the words of `phrase` (split at spaces) stand at token `i`; returns the index
    /// just past the phrase.
    func match(_ phrase: [String], at i: Int) -> Int? {
        guard i + phrase.count <= tokens.count else { return nil }
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

    /// The sentence that contains token `i`.
    func sentence(containing i: Int) -> Range<Int> {
        sentences.first { $0.contains(i) } ?? (i..<(i + 1))
    }

    // MARK: - Scanning

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value >= 0x41 && scalar.value <= 0x5A {
            return Unicode.Scalar(scalar.value + 32) ?? scalar
        }
        switch scalar {
        case "’", "‘", "`": return "'"
        case "‐", "‑", "–": return "-"
        default:
            if scalar.value < 0x80 { return scalar }
            return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
        }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar == "\u{A0}" || scalar.properties.isWhitespace
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }

    private static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let count = scalars.count
        while i < count {
            let scalar = scalars[i]
            if isSpace(scalar) {
                i += 1
                continue
            }
            let start = i
            if isLetter(scalar) {
                var uppers = 0
                var lowers = 0
                while i < count {
                    let c = scalars[i]
                    if isLetter(c) {
                        if isUpper(c) { uppers += 1 } else { lowers += 1 }
                        i += 1
                    } else if isDigit(c) {
                        i += 1
                    } else if (c == "-" || c == "‐" || c == "‑" || c == "'" || c == "’" || c == "&"), i + 1 < count,
                        isLetter(scalars[i + 1]) || isDigit(scalars[i + 1])
                    {
                        // Keep "co-legislators" and "O’Brien" whole, but split a possessive "’s".
                        if (c == "'" || c == "’"), scalars[i + 1] == "s",
                            i + 2 >= count || !isLetter(scalars[i + 2])
                        {
                            break
                        }
                        if c == "&", !(isUpper(scalars[i + 1]) && uppers > 0 && lowers == 0) { break }
                        i += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    Token(
                        start: start, end: i, kind: .word, isCapitalised: isUpper(scalar),
                        isAllCaps: uppers >= 2 && lowers == 0))
            } else if isDigit(scalar) {
                while i < count {
                    let c = scalars[i]
                    if isDigit(c) {
                        i += 1
                    } else if (c == "," || c == "."), i + 1 < count, isDigit(scalars[i + 1]) {
                        i += 1
                    } else {
                        break
                    }
                }
                tokens.append(Token(start: start, end: i, kind: .number, isCapitalised: false, isAllCaps: false))
            } else {
                i += 1
                tokens.append(Token(start: start, end: i, kind: .punctuation, isCapitalised: false, isAllCaps: false))
            }
        }
        return tokens
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "art", "para", "sen", "rep",
        "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
        "ltd", "co", "corp", "approx", "fig", "cf", "ca",
    ]

    private static func splitSentences(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.kind == .punctuation {
                let mark = scalars[token.start]
                if mark == "." || mark == "!" || mark == "?" {
                    // Closing quotes and brackets stay with the sentence they end.
                    var end = i + 1
                    while end < tokens.count, tokens[end].kind == .punctuation,
                        ["”", "\"", "’", "'", ")", "»"].contains(scalars[tokens[end].start]),
                        tokens[end].start == tokens[end - 1].end
                    {
                        end += 1
                    }
                    let nextIsSentence: Bool
                    if end >= tokens.count {
                        nextIsSentence = true
                    } else {
                        let next = tokens[end]
                        let spaced = next.start > tokens[end - 1].end
                        let opens =
                            next.isCapitalised || next.kind == .number
                            || (next.kind == .punctuation && ["“", "\"", "‘", "(", "«"].contains(scalars[next.start]))
                        var abbreviation = false
                        if mark == ".", i > 0, tokens[i - 1].kind == .word, tokens[i - 1].end == token.start {
                            let word = tokens[i - 1]
                            var folded = String.UnicodeScalarView()
                            for scalar in scalars[word.start..<word.end] { folded.append(fold(scalar)) }
                            abbreviation =
                                abbreviations.contains(String(folded)) || (word.end - word.start == 1 && word.isCapitalised)
                        }
                        nextIsSentence = spaced && opens && !abbreviation
                    }
                    if nextIsSentence {
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
}
