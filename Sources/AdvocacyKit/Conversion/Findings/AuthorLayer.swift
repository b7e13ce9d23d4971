/// The organisations that issue the text; the output of ``AuthorStage``.
struct AuthorLayer: Sendable {
    /// The issuers, most certain first.
    var authors: [AgentHandle]

    /// Whether an agent is one of the issuers.
    func contains(_ agent: AgentHandle) -> Bool { authors.contains(agent) }
}
