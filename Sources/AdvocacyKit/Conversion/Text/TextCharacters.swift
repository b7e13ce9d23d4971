/// How the conversion reads characters: the one place that says what a letter, a digit, a
/// space and a capital are, and how a scalar folds for comparison. Every tokeniser of the
/// conversion (the word tokens of ``AnalyzedParagraph``, the date grammar of ``DateText``)
/// classifies through it, so a stage never disagrees with another about a character.
enum TextCharacters {
    /// The scalar for case-insensitive comparison: lower case, typographic apostrophes (`’ ‘`)
    /// and the backtick as `'`, the hyphens `‐ ‑` and the en dash as `-`.
    @inline(__always)
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

    /// Whether a scalar is a letter (ASCII letters, or any alphabetic scalar).
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
        }
        return scalar.properties.isAlphabetic
    }

    /// Whether a scalar is an ASCII digit.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Whether a scalar is white space (line breaks and the no-break space included).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar == "\u{A0}" || scalar.properties.isWhitespace
    }

    /// Whether a string is all ASCII, read from its contiguous UTF-8 (`false` for a string
    /// without contiguous storage, so that a caller's ASCII shortcut is only ever skipped).
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? false
    }

    /// Whether a scalar is an upper-case letter.
    @inline(__always)
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }
}
