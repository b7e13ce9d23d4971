/// An ask: what should be done, by whom.
struct DemandFinding: Sendable {
    /// Who is asked, as the text names them.
    struct Addressee: Sendable {
        var name: String
        var agent: AgentHandle?
        var span: SourceSpan
    }

    var action: String
    var span: SourceSpan
    var addressees: [Addressee]
    /// The quote the ask stands in, if a spokesperson makes it.
    var quote: QuoteHandle?
    /// The law the ask is about.
    var law: LawHandle?
}

/// The asks of a text; the output of ``DemandStage``.
struct DemandLayer: Sendable {
    var demands: FindingList<DemandFinding>
}
