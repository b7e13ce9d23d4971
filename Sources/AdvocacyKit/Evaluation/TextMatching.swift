import Foundation

/// The text comparisons that extraction scoring is built on: a normal form of names and
/// phrases, their content words, the token F1 between two phrases and greedy one-to-one
/// matching of gold items to predicted ones.
///
/// The rules are those of the project's reference scorer, so that scores computed here
/// agree with it:
///
/// - ``normalize(_:)`` applies Unicode NFKC and full case folding (as Python's
///   `str.casefold()`: "ß" → "ss", "ǰ" → "j" and a combining caron), turns typographic quotes
///   into straight ones, drops a possessive `'s`, turns every character that is neither a word
///   character nor white space into a space, drops one leading "the" and collapses white space.
/// - ``tokens(_:)`` are the words of the normal form without the stop words ``stopWords``.
/// - ``tokenF1(_:_:)`` is the F1 of the two token multisets.
///
/// ```swift
/// TextMatching.normalize("The Commission’s “proposal”")   // "commission proposal"
/// TextMatching.tokenF1("reject the proposal", "reject proposal")  // 1.0
/// ```
public enum TextMatching {
    /// Words left out of ``tokens(_:)``: articles, common prepositions and `and`, in English
    /// and French.
    public static let stopWords: Set<String> = [
        "the", "a", "an", "of", "on", "for", "and", "to", "in", "de", "la", "le", "des", "du",
    ]

    /// The normal form of a text used for all comparisons (see ``TextMatching``).
    ///
    /// `nil` is the empty string.
    public static func normalize(_ text: String?) -> String {
        String(String.UnicodeScalarView(normalizedScalars(text)))
    }

    /// The content words of a text: its normal form split at spaces, stop words left out.
    public static func tokens(_ text: String?) -> [String] {
        normalize(text).split(separator: " ").map(String.init).filter { !stopWords.contains($0) }
    }

    /// The F1 of the token multisets of two texts: 0 when either has no tokens or none are
    /// shared, 1 when they have the same tokens.
    ///
    /// Each token of `a` is matched with at most one equal, not yet matched token of `b`;
    /// precision is the matched share of `a`'s tokens and recall that of `b`'s.
    public static func tokenF1(_ a: String?, _ b: String?) -> Double {
        let ta = tokens(a)
        let tb = tokens(b)
        guard !ta.isEmpty, !tb.isEmpty else { return 0 }
        var pool: [String: Int] = [:]
        for token in tb { pool[token, default: 0] += 1 }
        var common = 0
        for token in ta {
            if let left = pool[token], left > 0 {
                pool[token] = left - 1
                common += 1
            }
        }
        guard common > 0 else { return 0 }
        let precision = Double(common) / Double(ta.count)
        let recall = Double(common) / Double(tb.count)
        return 2 * precision * recall / (precision + recall)
    }

    /// Whether two lists of names share a name, compared in normal form (empty normal forms
    /// never match).
    public static func namesMatch(_ a: [String], _ b: [String]) -> Bool {
        let left = Set(a.map(normalize).filter { !$0.isEmpty })
        guard !left.isEmpty else { return false }
        return b.contains { name in
            let normal = normalize(name)
            return !normal.isEmpty && left.contains(normal)
        }
    }

    /// Greedy one-to-one matching: each gold item, in order, takes the first predicted item
    /// not yet taken for which `same(gold, predicted)` holds.
    ///
    /// - Returns: the indices in `predicted` that were taken.
    public static func greedyMatch<Gold, Predicted>(
        _ gold: [Gold], _ predicted: [Predicted], same: (Gold, Predicted) -> Bool
    ) -> Set<Int> {
        var used = Set<Int>()
        for item in gold {
            for (index, candidate) in predicted.enumerated() where !used.contains(index) {
                if same(item, candidate) {
                    used.insert(index)
                    break
                }
            }
        }
        return used
    }

    // MARK: - Scalar-level helpers

    /// The normal form as Unicode scalars (slicing and substring tests work on scalars, as
    /// the reference scorer does on code points).
    static func normalizedScalars(_ text: String?) -> [Unicode.Scalar] {
        guard let text, !text.isEmpty else { return [] }
        var scalars: [Unicode.Scalar] = []
        // NFKC. Foundation's NFKC leaves a letter and a combining mark that comes from a
        // compatibility decomposition apart (half-width "ｶﾞ"), so the result is composed once
        // more; its composition also leaves a Hangul LV syllable and a trailing consonant
        // apart, which the loop below composes.
        let nfkc = text.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
        for scalar in caseFolded(nfkc).unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}": scalars.append("'")
            case "\u{201C}", "\u{201D}": scalars.append("\"")
            case "\u{11A8}"..."\u{11C2}":
                if let last = scalars.last, (0xAC00...0xD7A3).contains(last.value), (last.value - 0xAC00) % 28 == 0,
                    let syllable = Unicode.Scalar(last.value + scalar.value - 0x11A7)
                {
                    scalars[scalars.count - 1] = syllable
                } else {
                    scalars.append(scalar)
                }
            default: scalars.append(scalar)
            }
        }
        // Drop a possessive 's: an apostrophe and s that end a word.
        var withoutPossessives: [Unicode.Scalar] = []
        withoutPossessives.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "'", index + 1 < scalars.count, scalars[index + 1] == "s",
                index + 2 == scalars.count || !isWord(scalars[index + 2])
            {
                index += 2
                continue
            }
            withoutPossessives.append(scalars[index])
            index += 1
        }
        // Everything that is neither a word character nor white space becomes a space.
        let cleaned = withoutPossessives.map { isWord($0) || isSpace($0) ? $0 : " " }
        // One leading "the" followed by white space.
        var start = 0
        while start < cleaned.count, isSpace(cleaned[start]) { start += 1 }
        if start + 3 < cleaned.count, cleaned[start] == "t", cleaned[start + 1] == "h",
            cleaned[start + 2] == "e", isSpace(cleaned[start + 3])
        {
            start += 3
        }
        // Collapse white space and trim.
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(cleaned.count)
        var pendingSpace = false
        for scalar in cleaned[start...] {
            if isSpace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return result
    }

    /// Whether `needle` occurs in `haystack` as a run of scalars (an empty needle always does).
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// The first `count` Unicode scalars of a text.
    static func prefix(_ text: String, scalars count: Int) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(max(0, count))))
    }

    /// Full Unicode case folding, as Python's `str.casefold()` does it: Foundation's
    /// case-insensitive folding (which also folds the characters whose folding is not their
    /// lower case: "ß" → "ss", "ǰ" → "j" and a combining caron, "ᾳ" → "αι", the final "ς" → "σ"),
    /// completed with the foldings it lacks (``extraCaseFoldings``).
    ///
    /// Cherokee letters fold to lower case here and to upper case in Python; that changes
    /// no comparison, as both fold the two cases to one letter.
    private static func caseFolded(_ text: String) -> String {
        let folded = text.folding(options: .caseInsensitive, locale: nil)
        guard folded.unicodeScalars.contains(where: { extraCaseFoldings[$0] != nil }) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.map { extraCaseFoldings[$0] ?? $0 }))
    }

    /// The simple case foldings of Unicode's CaseFolding.txt that Foundation's folding does
    /// not apply: the Cyrillic letter variants U+1C80–U+1C88.
    private static let extraCaseFoldings: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{1C80}": "\u{0432}", "\u{1C81}": "\u{0434}", "\u{1C82}": "\u{043E}", "\u{1C83}": "\u{0441}",
        "\u{1C84}": "\u{0442}", "\u{1C85}": "\u{0442}", "\u{1C86}": "\u{044A}", "\u{1C87}": "\u{0463}",
        "\u{1C88}": "\u{A64B}",
    ]

    /// A word character: a letter, a number or `_` (combining marks are not word characters).
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }

    /// White space: Unicode white space and the information separators U+001C–U+001F.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }
}
