/// An organisation, committee or coalition found in the text, and everything known about it.
struct AgentFinding: Sendable {
    /// What an agent is.
    enum Role: Int, Comparable, Sendable {
        case organisation, committee, coalition

        static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The fullest name found.
    var name: String
    /// The acronym, if the text defines or uses one.
    var abbreviation: String?
    /// Other forms the text uses.
    var aliases: [String] = []
    /// Organisation, committee or coalition.
    var role: Role
    /// The organisation kind, when known (from the gazetteer or the name).
    var kind: Organisation.Kind?
    /// The gazetteer entry, when the agent is a known one.
    var gazetteerID: String?
    /// The gazetteer id of the parent (a committee's parliament).
    var parentGazetteerID: String?
    /// The jurisdiction, when known.
    var jurisdiction: String?
    /// Where the text names the agent, in reading order.
    var mentions: [SourceSpan] = []
    /// Why the stages take it as an organisation.
    var evidence = Evidence()
    /// The agent it was merged into, once it is only another form of that one.
    var mergedInto: AgentHandle?

    /// Every form of the agent's name.
    var forms: [String] { [name] + (abbreviation.map { [$0] } ?? []) + aliases }
}


/// A typed reference to an agent.
typealias AgentHandle = FindingHandle<AgentFinding>

/// A mention of an agent.
struct AgentMention: Hashable, Sendable {
    /// The agent.
    var agent: AgentHandle
    /// Where the text names it.
    var span: SourceSpan
}
