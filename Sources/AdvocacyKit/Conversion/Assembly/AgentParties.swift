/// The party each kept agent becomes in the dossier, by agent handle: an array indexed by the
/// handle's position rather than a dictionary, since the handles of one registry are the
/// positions `0..<count` and the assembly looks a party up for nearly every finding.
struct AgentParties {
    /// The party of the agent at each position, `nil` for an agent that is not kept.
    private var parties: [Party?]

    /// No party yet for any of `count` agents.
    init(count: Int) {
        parties = Array(copies: nil, count: count)
    }

    /// The party of an agent, `nil` if it has none.
    subscript(handle: AgentHandle) -> Party? {
        get { parties.indices.contains(handle.position) ? parties[handle.position] : nil }
        set { parties[handle.position] = newValue }
    }
}
