/// A person who issues the text: an elected official named with a title ("Congresswoman Ana
/// Ruiz") whose surname the headline names.
struct IssuerPerson: Sendable {
    /// The name without the title ("Ana Ruiz").
    var name: String
    /// The title ("Congresswoman").
    var title: String
    /// The name as written with its title (and a suffix such as ", M.D.").
    var written: String
    var mentions: [SourceSpan]
}

/// The organisations and people that issue the text; the output of ``AuthorStage``.
struct AuthorLayer: Sendable {
    /// The issuing organisations, most certain first.
    var authors: [AgentHandle]
    /// The issuing people, when people issue it (a member of parliament's office).
    var people: [IssuerPerson] = []

    /// Whether an agent is one of the issuers.
    func contains(_ agent: AgentHandle) -> Bool { authors.contains(agent) }
}
