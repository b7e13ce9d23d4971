/// A group of organisations acting together: a named coalition, or the unnamed group of a
/// letter's signatories.
struct CoalitionFinding: Sendable {
    /// A size the text states for the group.
    struct SizeClaim: Sendable {
        var count: Count
        var span: SourceSpan
        var inTitle: Bool
        /// Members counted apart from the number ("ECPAT with 41 organisations", "X and 14
        /// other organisations"), as ``Coalition/SizeClaim/excluding`` defines them.
        var excluding: [AgentHandle]

        /// The size of the whole group the claim states: the number and the members counted
        /// apart, as the `size-claims-agree` rule reads a claim.
        var total: Count { Count(count.value + excluding.count, count.qualifier) }
    }

    /// A body of the coalition, such as its steering group.
    struct Body: Sendable {
        var name: String
        var members: [AgentHandle]
        var mentions: [SourceSpan]
    }

    /// The agent of a named coalition.
    var agent: AgentHandle?
    var name: String
    var kind: Coalition.Kind
    var members: [AgentHandle] = []
    var claims: [SizeClaim] = []
    var bodies: [Body] = []
    var mentions: [SourceSpan] = []
}

/// A typed reference to a coalition.
typealias CoalitionHandle = FindingHandle<CoalitionFinding>

/// The coalitions of a text; the output of ``CoalitionStage``.
struct CoalitionLayer: Sendable {
    var coalitions: FindingList<CoalitionFinding>
    /// The agents, with the ones the text describes as coalitions promoted to that role.
    var agents: AgentRegistry
}
