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

    /// Hashes the four numbers as one word (mixed by multiplication), so that a set of
    /// mentions feeds the hasher once per mention instead of four times; equality still
    /// compares all four.
    func hash(into hasher: inout Hasher) {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var mixed = UInt64(truncatingIfNeeded: agent.position)
        mixed = mixed &* multiplier ^ UInt64(truncatingIfNeeded: span.paragraph)
        mixed = mixed &* multiplier ^ UInt64(truncatingIfNeeded: span.start)
        mixed = mixed &* multiplier ^ UInt64(truncatingIfNeeded: span.end)
        hasher.combine(mixed)
    }
}
