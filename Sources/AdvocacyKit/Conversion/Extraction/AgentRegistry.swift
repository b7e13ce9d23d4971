/// The organisations, committees and coalitions found so far, merged across their names:
/// "the European Parliament’s Committee on the Internal Market and Consumer Protection (IMCO)"
/// and "IMCO" become one committee.
struct AgentRegistry {
    /// What an agent is.
    enum Role: Int, Comparable {
        case organisation, committee, coalition

        static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One agent and everything known about it.
    struct Agent {
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
        /// How sure the recognisers are that this is an organisation (higher is surer).
        var evidence: Int = 0

        /// Every form of the agent's name.
        var forms: [String] { [name] + (abbreviation.map { [$0] } ?? []) + aliases }
    }

    private(set) var agents: [Agent] = []
    private var byKey: [String: Int] = [:]

    /// Records a mention and returns the agent's index. Names are merged through their
    /// normalised forms: a name, acronym or alias that another agent already has joins it.
    @discardableResult
    mutating func record(
        name: String, abbreviation: String? = nil, role: Role, kind: Organisation.Kind? = nil,
        gazetteerID: String? = nil, parentGazetteerID: String? = nil, jurisdiction: String? = nil,
        span: SourceSpan?, evidence: Int, as form: String? = nil
    ) -> Int {
        let keys = [gazetteerID.map { "#" + $0 }, Self.key(name), abbreviation.map(Self.key), form.map(Self.key)]
            .compactMap { $0 }.filter { !$0.isEmpty }
        let existing = keys.first { byKey[$0] != nil }.flatMap { byKey[$0] }
        let index: Int
        if let existing {
            index = existing
            var agent = agents[existing]
            if name.count > agent.name.count, gazetteerID == nil || agent.gazetteerID == gazetteerID,
                agent.gazetteerID == nil || gazetteerID != nil
            {
                if Self.key(agent.name) != Self.key(name) { agent.aliases.append(agent.name) }
                agent.name = name
            } else if Self.key(agent.name) != Self.key(name), !agent.aliases.contains(name),
                agent.abbreviation != name
            {
                agent.aliases.append(name)
            }
            if agent.abbreviation == nil { agent.abbreviation = abbreviation }
            agent.role = max(agent.role, role)
            agent.kind = agent.kind ?? kind
            agent.gazetteerID = agent.gazetteerID ?? gazetteerID
            agent.parentGazetteerID = agent.parentGazetteerID ?? parentGazetteerID
            agent.jurisdiction = agent.jurisdiction ?? jurisdiction
            agent.evidence += evidence
            if let span, !agent.mentions.contains(span) { agent.mentions.append(span) }
            agents[existing] = agent
        } else {
            index = agents.count
            agents.append(
                Agent(
                    name: name, abbreviation: abbreviation, role: role, kind: kind, gazetteerID: gazetteerID,
                    parentGazetteerID: parentGazetteerID, jurisdiction: jurisdiction,
                    mentions: span.map { [$0] } ?? [], evidence: evidence))
        }
        for key in keys where byKey[key] == nil { byKey[key] = index }
        if let form, form != agents[index].name, form != agents[index].abbreviation,
            !agents[index].aliases.contains(form)
        {
            agents[index].aliases.append(form)
        }
        return index
    }

    /// The agent a form names, if any.
    func index(of form: String) -> Int? { byKey[Self.key(form)] }

    /// The agent for a gazetteer id, if any.
    func index(ofGazetteerID id: String) -> Int? { byKey["#" + id] }

    /// Adds a mention to an existing agent.
    mutating func addMention(_ span: SourceSpan, to index: Int, evidence: Int = 0) {
        if !agents[index].mentions.contains(span) { agents[index].mentions.append(span) }
        agents[index].evidence += evidence
    }

    /// Marks an agent as a coalition (or committee), keeping the strongest role.
    mutating func promote(_ index: Int, to role: Role) {
        agents[index].role = max(agents[index].role, role)
    }

    /// Moves every form and mention of agent `source` to agent `target`; `source` is left with
    /// no mentions and no evidence, so it is not kept.
    mutating func merge(_ source: Int, into target: Int) {
        let moved = agents[source]
        for form in moved.forms where form != agents[target].name && !agents[target].aliases.contains(form) {
            agents[target].aliases.append(form)
        }
        for mention in moved.mentions where !agents[target].mentions.contains(mention) {
            agents[target].mentions.append(mention)
        }
        agents[target].evidence += moved.evidence
        agents[source].mentions = []
        agents[source].evidence = Int.min / 2
        for (key, index) in byKey where index == source { byKey[key] = target }
    }

    /// The comparison key of a name: case-folded, typographic marks folded, a leading "the"
    /// and a possessive dropped, inner whitespace collapsed.
    static func key(_ name: String) -> String {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in name.unicodeScalars {
            let folded = ScannedParagraph.fold(scalar)
            if ScannedParagraph.isLetter(folded) || ScannedParagraph.isDigit(folded) || folded == "&" {
                current.append(folded)
            } else {
                flush()
            }
        }
        flush()
        if words.first == "the" { words.removeFirst() }
        if words.count > 1, words.last == "s" { words.removeLast() }
        return words.joined(separator: " ")
    }
}
