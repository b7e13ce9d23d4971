/// One word or punctuation mark of a text, as the gazetteer matcher sees it.
struct GazetteerToken: Sendable, Hashable {
    /// The Unicode-scalar offset of the token's first scalar.
    var start: Int
    /// The offset just past the token's last scalar (not counting a trailing ignorable).
    var end: Int
    /// The FNV-1a hash of the token's folded scalars (see ``GazetteerText``).
    var hash: UInt64
    /// Whether white space separates the token from the one before (always true for the
    /// first token).
    var gapBefore: Bool
    /// Whether the token is a word (letters, digits, combining marks) rather than a
    /// punctuation mark or symbol.
    var isWord: Bool
}

/// How the gazetteer reads text: the one tokeniser used for the forms of a gazetteer and for
/// the texts they are matched in, so both sides agree.
///
/// - A **word** is a maximal run of letters, digits, combining marks and `_`. A possessive
///   `’s` is a separate apostrophe and word, so `IMCO’s` contains the word `IMCO`.
/// - Every other non-space scalar is a one-scalar **mark** token. Hyphens and dashes
///   `‐ ‑ ‒ –` and the minus sign become `-`; `’ ‘ ʼ` become `'`.
/// - White space, line breaks included, separates tokens and is remembered as a gap, so
///   `decision-makers` (glued `-`) and `decision makers` (a gap) are different forms while a
///   name broken over two lines is still the name.
/// - Format characters (soft hyphen, zero-width joiners, BOM) are ignored.
/// - **Folding** lower-cases (full Unicode lowercase mapping; ASCII without a table lookup);
///   there is no accent folding.
enum GazetteerText {
    /// What a scalar is to the tokeniser.
    enum ScalarClass: Equatable {
        case space, word, ignorable
        /// A punctuation mark or symbol, normalised.
        case mark(Unicode.Scalar)
    }

    /// The end of the scalars (from U+0080: Latin, IPA, Greek, Cyrillic, Armenian, Hebrew,
    /// Arabic, Syriac, Thaana, NKo) whose class and folding come from ``table``.
    private static let tableEnd: UInt32 = 0x800

    /// Set in a ``table`` entry when the scalar's lowercase is not one scalar.
    private static let multiScalarFold: UInt32 = 1 << 26

    /// For U+0080 to U+07FF: the class in bits 24–25 (space, word, ignorable, mark), then the
    /// normalised mark or the folded scalar in bits 0–20, and ``multiScalarFold``; computed once
    /// from the Unicode properties, so that text in these scripts is classified and folded
    /// without a property lookup or a lowercase-mapping string per scalar.
    private static let table: [UInt32] = (0x80..<tableEnd).map { value in
        let scalar = Unicode.Scalar(value)!
        switch classifySlowly(scalar) {
        case .space: return 0
        case .ignorable: return 2 << 24
        case .mark(let mark): return 3 << 24 | mark.value
        case .word:
            guard scalar.properties.changesWhenLowercased else { return 1 << 24 | value }
            let lower = Array(scalar.properties.lowercaseMapping.unicodeScalars)
            return lower.count == 1 ? 1 << 24 | lower[0].value : 1 << 24 | multiScalarFold
        }
    }

    /// The FNV-1a offset basis.
    static let hashSeed = FNV1a.offsetBasis
    private static let hashPrime = FNV1a.prime

    /// Classifies a scalar; ASCII without touching Unicode properties.
    @inline(__always)
    static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return .word
            case 0...0x20, 0x7F: return .space
            default: return .mark(scalar)
            }
        }
        if value < tableEnd {
            let entry = table[Int(value &- 0x80)]
            switch entry >> 24 & 3 {
            case 0: return .space
            case 1: return .word
            case 2: return .ignorable
            default: return .mark(Unicode.Scalar(entry & 0x1F_FFFF)!)
            }
        }
        return classifySlowly(scalar)
    }

    /// The class of a scalar from its Unicode properties.
    fileprivate static func classifySlowly(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x2010...0x2013, 0x2212, 0xFE63, 0xFF0D: return .mark("-")
        case 0x2018, 0x2019, 0x02BC, 0xFF07: return .mark("'")
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: return .ignorable
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return .word
        case .format: return .ignorable
        case .control, .spaceSeparator, .lineSeparator, .paragraphSeparator: return .space
        default: return .mark(scalar)
        }
    }

    /// Adds a scalar, folded, to a hash.
    @inline(__always)
    static func mix(_ hash: inout UInt64, _ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            let folded = value &- 0x41 < 26 ? value | 0x20 : value
            hash = (hash ^ UInt64(folded)) &* hashPrime
        } else if value < tableEnd, table[Int(value &- 0x80)] & multiScalarFold == 0 {
            hash = (hash ^ UInt64(table[Int(value &- 0x80)] & 0x1F_FFFF)) &* hashPrime
        } else if scalar.properties.changesWhenLowercased {
            // A one-scalar mapping is a small (inline) string: no heap allocation.
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                hash = (hash ^ UInt64(lower.value)) &* hashPrime
            }
        } else {
            hash = (hash ^ UInt64(value)) &* hashPrime
        }
    }

    /// Whether a scalar is an upper-case or title-case letter.
    @inline(__always)
    static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value &- 0x41 < 26 }
        let properties = scalar.properties
        return properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }

    /// Whether a scalar is a lower-case letter.
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value &- 0x61 < 26 }
        return scalar.properties.isLowercase
    }

    /// The tokens of `scalars`, in order.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [GazetteerToken] {
        scalars.withUnsafeBufferPointer { tokenize(buffer: $0) }
    }

    /// The tokens of `buffer`. The array is this function's own, so that appending to it needs
    /// no uniqueness check; room for a token every two scalars makes growing it rare.
    private static func tokenize(buffer: UnsafeBufferPointer<Unicode.Scalar>) -> [GazetteerToken] {
        var tokens: [GazetteerToken] = []
        tokens.reserveCapacity(buffer.count / 2 + 4)
        let count = buffer.count
        var gap = true
        var index = 0
        while index < count {
            let scalar = buffer[index]
            switch classify(scalar) {
            case .space:
                gap = true
                index += 1
            case .ignorable:
                index += 1
            case .mark(let mark):
                var hash = hashSeed
                mix(&hash, mark)
                tokens.append(GazetteerToken(start: index, end: index + 1, hash: hash, gapBefore: gap, isWord: false))
                gap = false
                index += 1
            case .word:
                let start = index
                var hash = hashSeed
                mix(&hash, scalar)
                index += 1
                var end = index
                scan: while index < count {
                    // A run of ASCII lower-case letters (which fold to themselves) in a tight loop.
                    var value = buffer[index].value
                    while value &- 0x61 < 26 {
                        hash = (hash ^ UInt64(value)) &* hashPrime
                        index += 1
                        end = index
                        guard index < count else { break scan }
                        value = buffer[index].value
                    }
                    let next = buffer[index]
                    switch classify(next) {
                    case .word:
                        mix(&hash, next)
                        index += 1
                        end = index
                    case .ignorable:
                        index += 1
                    default:
                        break scan
                    }
                }
                tokens.append(GazetteerToken(start: start, end: end, hash: hash, gapBefore: gap, isWord: true))
                gap = false
            }
        }
        return tokens
    }

    /// The scalars of a word, folded, without ignorables; ASCII without touching Unicode
    /// properties (no ASCII scalar is ignorable, and only `A`–`Z` change when lower-cased).
    static func folded(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        foldedOneByOne(scalars)
    }

    /// The general path of both `folded` functions: scalar by scalar, into a growing array.
    private static func foldedOneByOne(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                result.append(value &- 0x41 < 26 ? Unicode.Scalar(UInt8(value | 0x20)) : scalar)
                continue
            }
            guard classify(scalar) != .ignorable else { continue }
            if scalar.properties.changesWhenLowercased {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return result
    }

    /// The scalars of a word, folded (as the generic ``folded(_:)``); an ASCII word (nearly
    /// every word of a form) in one pass into an array of its own length.
    static func folded(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        let ascii = scalars.withUnsafeBufferPointer { word -> [Unicode.Scalar]? in
            guard word.allSatisfy({ $0.value < 0x80 }) else { return nil }
            return [Unicode.Scalar](writingAtMost: word.count) { buffer in
                for offset in word.indices {
                    let value = word[offset].value
                    buffer[offset] = Unicode.Scalar(UInt8(truncatingIfNeeded: value &- 0x41 < 26 ? value | 0x20 : value))
                }
                return word.count
            }
        }
        return ascii ?? foldedOneByOne(scalars)
    }

    /// Whether the word at `range` of `scalars`, folded, is `folded`; no allocation for
    /// ASCII and for scalars whose lowercase is one scalar.
    static func foldedEquals(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ folded: [Unicode.Scalar]
    ) -> Bool {
        var position = 0
        for index in range {
            let scalar = scalars[index]
            let value = scalar.value
            if value < 0x80 {
                let lower = value &- 0x41 < 26 ? value | 0x20 : value
                guard position < folded.count, folded[position].value == lower else { return false }
                position += 1
            } else if case .ignorable = classify(scalar) {
                continue
            } else if value < tableEnd, table[Int(value &- 0x80)] & multiScalarFold == 0 {
                guard position < folded.count, folded[position].value == table[Int(value &- 0x80)] & 0x1F_FFFF else {
                    return false
                }
                position += 1
            } else if scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    guard position < folded.count, folded[position] == lower else { return false }
                    position += 1
                }
            } else {
                guard position < folded.count, folded[position] == scalar else { return false }
                position += 1
            }
        }
        return position == folded.count
    }

    /// Whether the word at `range` of `scalars` is exactly `exact` (ignorables skipped).
    static func exactlyEquals(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ exact: [Unicode.Scalar]
    ) -> Bool {
        var position = 0
        for index in range {
            let scalar = scalars[index]
            if scalar.value >= 0x80, case .ignorable = classify(scalar) { continue }
            guard position < exact.count, exact[position] == scalar else { return false }
            position += 1
        }
        return position == exact.count
    }

    /// A form or query reduced for ``Gazetteer/entries(named:)``: white space collapsed,
    /// hyphens and apostrophes normalised, ignorables dropped, a leading "the " removed; and
    /// whether it is all capitals (two or more capitals, no lower-case letter), which makes
    /// the comparison case-sensitive.
    static func lookupKey(_ text: String) -> (key: String, isAllCaps: Bool) {
        var key = String.UnicodeScalarView()
        var pendingSpace = false
        var capitals = 0
        var hasLowercase = false
        for scalar in text.unicodeScalars {
            switch classify(scalar) {
            case .space:
                pendingSpace = !key.isEmpty
            case .ignorable:
                break
            case .mark(let mark):
                if pendingSpace { key.append(" ") }
                pendingSpace = false
                key.append(mark)
            case .word:
                if pendingSpace { key.append(" ") }
                pendingSpace = false
                key.append(scalar)
            }
        }
        var result = String(key)
        if result.count > 4, result.prefix(4).lowercased() == "the " {
            result.removeFirst(4)
        }
        for scalar in result.unicodeScalars {
            if isCapital(scalar) { capitals += 1 }
            if isLowercase(scalar) { hasLowercase = true }
        }
        return (result, capitals >= 2 && !hasLowercase)
    }
}
