/// The organisations, committees and coalitions a text names, and the names and forms of
/// address around them; the output of ``AgentStage``.
struct AgentLayer: Sendable {
    /// A collective form of address of the gazetteer ("policymakers", "MEPs") and where it stands.
    struct RoleMention: Sendable {
        /// The index of the role in the gazetteer's ``Gazetteer/roles``.
        var role: Int
        var span: SourceSpan
    }

    /// A body named as "<body> of <coalition>" ("Steering Group of the … Alliance").
    struct BodyMention: Sendable {
        /// The agent the body belongs to.
        var owner: AgentHandle
        /// The body's name as written ("Steering Group").
        var name: String
        var span: SourceSpan
    }

    /// The agents, merged across their names.
    var agents: AgentRegistry
    /// The capitalised names of each paragraph.
    var names: [[NamePhrase]]
    /// The gazetteer's roles mentioned, in reading order.
    var roleMentions: [RoleMention]
    /// The bodies named after the agent they belong to.
    var bodyMentions: [BodyMention]
    /// The agents a headline opens with as its subjects ("X, Y and Z praise …"), in order.
    var headlineSubjects: [AgentHandle]
}
