/// A person found in an attribution ("Jane Doe, policy director of the Example Network").
struct SpeakerFinding: Sendable {
    var name: String?
    var role: String?
    var affiliation: AgentHandle?
    /// The attribution as written, which identifies the speaker within the text.
    var attribution: String
    var mentions: [SourceSpan] = []
}

/// A quotation and who says it.
struct QuoteFinding: Sendable {
    /// One quoted stretch of a paragraph.
    struct Segment: Sendable {
        var text: String
        var span: SourceSpan
    }

    var speaker: SpeakerHandle?
    var segments: [Segment]
}

/// A typed reference to a speaker.
typealias SpeakerHandle = FindingHandle<SpeakerFinding>
/// A typed reference to a quote.
typealias QuoteHandle = FindingHandle<QuoteFinding>

/// The quotations of a text and their speakers; the output of ``QuoteStage``.
struct QuoteLayer: Sendable {
    var speakers: FindingList<SpeakerFinding>
    var quotes: FindingList<QuoteFinding>
    var diagnostics: [ConversionDiagnostic]

    /// The quote whose quoted text contains a span, if any (the last one).
    func quote(containing span: SourceSpan) -> QuoteHandle? {
        quotes.lastHandle { $0.segments.contains { span.isInside($0.span) } }
    }

    /// The organisation a quote's speaker speaks for, if known.
    func affiliation(of quote: QuoteHandle) -> AgentHandle? {
        quotes[quote].speaker.flatMap { speakers[$0].affiliation }
    }
}
