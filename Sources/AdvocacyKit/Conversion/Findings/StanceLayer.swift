/// A stated position on a proposal or an opinion.
struct StanceFinding: Sendable {
    var holder: AgentHandle
    var opinion: OpinionHandle?
    var law: LawHandle?
    var position: Stance.Position
    /// The stance verb.
    var evidence: SourceSpan
}

/// The stances of a text; the output of ``StanceStage``.
struct StanceLayer: Sendable {
    var stances: [StanceFinding]
}
