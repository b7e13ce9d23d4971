/// A word, number or punctuation mark of a paragraph, addressed by Unicode-scalar offsets
/// (the unit of ``SourceSpan``).
struct TextToken: Hashable, Sendable {
    /// What a token is made of.
    enum Kind: Hashable, Sendable {
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
    /// Whether every letter is upper-case and there are at least two ("IMCO"; "S&D" is one token).
    var isAllCaps: Bool
    /// Whether a capital follows a letter that is not upper case ("OpenInfra", "GitHub"); a
    /// hyphen, apostrophe, digit or `&` between them does not count ("Fare-Free").
    var hasInnerCapital: Bool
}
