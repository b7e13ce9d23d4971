/// Splits a paragraph's scalars into ``TextToken``s with a hand-written loop: no regular
/// expressions and no per-character strings, so that conversion stays fast and linear.
///
/// - A word is a run of letters and digits that starts with a letter; an inner hyphen or
///   apostrophe followed by a letter or digit stays in it ("co-legislators", "O’Brien"), but a
///   possessive "’s" is split off ("IMCO", "’", "s"); an inner `&` stays only between capitals
///   ("S&D").
/// - A number is a run of digits with inner `.` or `,` between digits ("3,500", "1.5").
/// - Every other non-space scalar is a one-scalar punctuation token.
enum WordTokenizer {
    /// The tokens of `scalars`, in order.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [TextToken] {
        scalars.withUnsafeBufferPointer { tokenize(buffer: $0) }
    }

    /// The tokens of `scalars`, read in place.
    private static func tokenize(buffer scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(scalars.count / 3 + 4)
        var i = 0
        let count = scalars.count
        while i < count {
            let scalar = scalars[i]
            if TextCharacters.isSpace(scalar) {
                i += 1
                continue
            }
            let start = i
            if TextCharacters.isLetter(scalar) {
                var uppers = 0
                var lowers = 0
                // Whether the scalar before is a letter that is not upper case, and whether a
                // capital has followed one (``TextToken/hasInnerCapital``).
                var previousIsLower = false
                var innerCapital = false
                while i < count {
                    // A run of ASCII lower-case letters, most of every word, in a tight loop.
                    let run = i
                    while i < count, scalars[i].value &- 0x61 < 26 { i += 1 }
                    if i > run {
                        lowers += i - run
                        previousIsLower = true
                        continue
                    }
                    let c = scalars[i]
                    if TextCharacters.isLetter(c) {
                        if TextCharacters.isUpper(c) {
                            if previousIsLower { innerCapital = true }
                            uppers += 1
                            previousIsLower = false
                        } else {
                            lowers += 1
                            previousIsLower = true
                        }
                        i += 1
                    } else if TextCharacters.isDigit(c) {
                        previousIsLower = false
                        i += 1
                    } else if c == ".", uppers + lowers >= 3, let domainEnd = domainSuffixEnd(scalars, at: i) {
                        // "Harbourwatch.org", "REScoop.eu": a web name keeps its domain (which
                        // ends with a lower-case letter).
                        previousIsLower = true
                        i = domainEnd
                    } else if c == "-" || c == "‐" || c == "‑" || c == "'" || c == "’" || c == "&", i + 1 < count,
                        TextCharacters.isLetter(scalars[i + 1]) || TextCharacters.isDigit(scalars[i + 1])
                    {
                        if c == "'" || c == "’", scalars[i + 1] == "s",
                            i + 2 >= count || !TextCharacters.isLetter(scalars[i + 2])
                        {
                            break
                        }
                        if c == "&", !(TextCharacters.isUpper(scalars[i + 1]) && uppers > 0 && lowers == 0) { break }
                        previousIsLower = false
                        i += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    TextToken(
                        start: start, end: i, kind: .word, isCapitalised: TextCharacters.isUpper(scalar),
                        isAllCaps: uppers >= 2 && lowers == 0, hasInnerCapital: innerCapital))
            } else if TextCharacters.isDigit(scalar) {
                while i < count {
                    let c = scalars[i]
                    if TextCharacters.isDigit(c) {
                        i += 1
                    } else if c == "," || c == ".", i + 1 < count, TextCharacters.isDigit(scalars[i + 1]) {
                        i += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    TextToken(start: start, end: i, kind: .number, isCapitalised: false, isAllCaps: false, hasInnerCapital: false))
            } else {
                i += 1
                tokens.append(
                    TextToken(start: start, end: i, kind: .punctuation, isCapitalised: false, isAllCaps: false, hasInnerCapital: false))
            }
        }
        return tokens
    }

    /// The end of ".org", ".eu", ".com" at `dot`: two to four lower-case ASCII letters that no
    /// letter or digit follows; `nil` if there is no such suffix.
    private static func domainSuffixEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at dot: Int) -> Int? {
        var end = dot + 1
        while end < scalars.count, end - dot <= 5, scalars[end].value >= 0x61 && scalars[end].value <= 0x7A { end += 1 }
        let letters = end - dot - 1
        guard letters >= 2, letters <= 4 else { return nil }
        if end < scalars.count, TextCharacters.isLetter(scalars[end]) || TextCharacters.isDigit(scalars[end]) { return nil }
        return end
    }
}
