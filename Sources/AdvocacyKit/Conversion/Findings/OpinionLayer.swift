/// An opinion, report, vote or position of a body.
struct OpinionFinding: Sendable {
    var body: AgentHandle
    var kind: Opinion.Kind
    var stage: Opinion.Stage?
    var law: LawHandle?
    var mentions: [SourceSpan]
}

/// A typed reference to an opinion.
typealias OpinionHandle = FindingHandle<OpinionFinding>

/// The opinions of bodies on the laws of a text; the output of ``OpinionStage``.
struct OpinionLayer: Sendable {
    var opinions: FindingList<OpinionFinding>
}
