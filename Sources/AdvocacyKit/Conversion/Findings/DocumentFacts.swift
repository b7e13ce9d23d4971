/// What the text says about itself: the headline, the publication date and the dateline
/// ("BANGKOK —"); the output of ``DocumentFactsStage``.
struct DocumentFacts: Sendable {
    /// A publication date and where the text states it (`nil` when it came from metadata).
    struct Publication: Sendable {
        var date: PartialDate
        var span: SourceSpan?
    }

    /// The place of a dateline, in title case, and where it stands.
    struct Dateline: Sendable {
        var name: String
        var span: SourceSpan
    }

    /// The publication date.
    var published: Publication?
    /// The dateline's place.
    var dateline: Dateline?
}
