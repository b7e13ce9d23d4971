/// A legislative identifier found in text by ``LegislativeIdentifierRecognizer``: the typed
/// identifier, where it is and whose it is.
///
/// In "The committee marked up H.R. 4411 on Tuesday." the match is `usBill` "H.R. 4411",
/// `start` 24, `end` 33, jurisdiction `us`.
struct LegislativeIdentifierMatch: Hashable, Sendable {
    /// The identifier: its scheme, the text exactly as written (the scalars `start..<end`) and
    /// the origin ``DocumentIdentifier/Origin/source``.
    var identifier: DocumentIdentifier
    /// The offset of the match's first Unicode scalar in the scanned scalars.
    var start: Int
    /// The offset just past the match's last Unicode scalar (half-open).
    var end: Int
    /// Whose identifier it is, in lower case: `us`, `ca`, `gb`, `in` or `eu`.
    var jurisdiction: String

    /// The scalar offsets of the match, `start..<end`.
    var range: Range<Int> { start..<end }
}
