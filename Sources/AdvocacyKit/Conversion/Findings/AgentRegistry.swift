/// The organisations, committees and coalitions found so far, merged across their names:
/// "the European Parliament’s Committee on the Internal Market and Consumer Protection (IMCO)"
/// and "IMCO" become one committee.
struct AgentRegistry: Sendable {
    typealias Role = AgentFinding.Role

    /// Region words that end a branch's name ("Greenpeace EU"), in lower case: the name
    /// without them is another form of the same agent.
    var regionalSuffixes = WordSet.empty

    private(set) var agents = FindingList<AgentFinding>()
    // Room for a document's usual forms from the start, instead of growing step by step.
    private var byKey = [String: AgentHandle](minimumCapacity: 64)
    private var byGazetteerID = [String: AgentHandle](minimumCapacity: 16)
    /// Every mention by paragraph, so that looking up the agents of a sentence does not scan
    /// the whole document.
    private(set) var mentionsByParagraph = MentionsByParagraph()
    /// The mentions already recorded, for constant-time duplicate checks.
    private var recorded = Set<AgentMention>(minimumCapacity: 64)

    /// Adds a mention unless the agent has it already.
    private mutating func note(_ span: SourceSpan, of agent: AgentHandle) {
        guard recorded.insert(AgentMention(agent: agent, span: span)).inserted else { return }
        // Room for a few at once: most agents and paragraphs get several mentions.
        if agents[agent].mentions.isEmpty { agents[agent].mentions.reserveCapacity(4) }
        agents[agent].mentions.append(span)
        mentionsByParagraph.append(AgentMention(agent: agent, span: span))
    }

    /// Puts the mentions of every paragraph in reading order, so that ``agents(in:of:)`` finds
    /// them by binary search; the agent stage calls it when it has recorded them all.
    mutating func sortMentions() {
        mentionsByParagraph.sort()
    }

    /// Records a mention and returns the agent's handle. Names are merged through their
    /// normalised forms: a name, acronym or alias that another agent already has joins it.
    @discardableResult
    mutating func record(
        name: String, abbreviation: String? = nil, role: Role, kind: Organisation.Kind? = nil,
        gazetteerID: String? = nil, parentGazetteerID: String? = nil, jurisdiction: String? = nil,
        span: SourceSpan?, evidence: Evidence, as form: String? = nil
    ) -> AgentHandle {
        // A known gazetteer entry mentioned again: only the mention and the form are new.
        if let gazetteerID, let known = byGazetteerID[gazetteerID] {
            agents[known].evidence.add(evidence)
            if let span { note(span, of: known) }
            addForm(form, to: known)
            return known
        }
        let nameKey = Self.key(name)
        var keys = nameKey.isEmpty ? [] : [nameKey]
        if let abbreviation { keys.append(Self.key(abbreviation)) }
        if let form { keys.append(Self.key(form)) }
        let branchOf = gazetteerID == nil ? withoutRegionalSuffix(name, key: nameKey) : nil
        if let branchOf { keys.append(Self.key(branchOf)) }
        keys.removeAll { $0.isEmpty }
        let index: AgentHandle
        var found: AgentHandle?
        for key in keys {
            if let match = byKey[key] {
                found = match
                break
            }
        }
        if let existing = found {
            index = existing
            let currentKey = Self.key(agents[existing].name)
            if name.count > agents[existing].name.count, gazetteerID == nil || agents[existing].gazetteerID == gazetteerID,
                agents[existing].gazetteerID == nil || gazetteerID != nil
            {
                if currentKey != nameKey { agents[existing].aliases.append(agents[existing].name) }
                agents[existing].name = name
            } else if currentKey != nameKey, !agents[existing].aliases.contains(name), agents[existing].abbreviation != name {
                agents[existing].aliases.append(name)
            }
            if agents[existing].abbreviation == nil { agents[existing].abbreviation = abbreviation }
            agents[existing].role = max(agents[existing].role, role)
            if agents[existing].kind == nil { agents[existing].kind = kind }
            if agents[existing].gazetteerID == nil { agents[existing].gazetteerID = gazetteerID }
            if agents[existing].parentGazetteerID == nil { agents[existing].parentGazetteerID = parentGazetteerID }
            if agents[existing].jurisdiction == nil { agents[existing].jurisdiction = jurisdiction }
            agents[existing].evidence.add(evidence)
            if let span { note(span, of: existing) }
        } else {
            index = agents.append(
                AgentFinding(
                    name: name, abbreviation: abbreviation, role: role, kind: kind, gazetteerID: gazetteerID,
                    parentGazetteerID: parentGazetteerID, jurisdiction: jurisdiction,
                    evidence: evidence))
            if let span { note(span, of: index) }
        }
        if let gazetteerID, byGazetteerID[gazetteerID] == nil { byGazetteerID[gazetteerID] = index }
        for key in keys where byKey[key] == nil { byKey[key] = index }
        addForm(form, to: index)
        if let branchOf, branchOf.count < agents[index].name.count { addForm(branchOf, to: index) }
        return index
    }

    /// "Greenpeace EU" → "Greenpeace"; `nil` when the name (whose ``key(_:)`` is `key`) does
    /// not end with a region word.
    private func withoutRegionalSuffix(_ name: String, key: String) -> String? {
        // The key's last space: found among its bytes when it is ASCII (most names).
        guard !regionalSuffixes.isEmpty, let keySpace = TextCharacters.isASCII(key) ? key.utf8.lastIndex(of: 0x20) : key.lastIndex(of: " "),
            regionalSuffixes.contains(String(key[key.index(after: keySpace)...])), let space = name.lastIndex(of: " ")
        else { return nil }
        let rest = String(name[..<space])
        return rest.contains(where: \.isLetter) ? rest : nil
    }

    /// Adds a form the text uses as an alias, unless the agent has it.
    private mutating func addForm(_ form: String?, to index: AgentHandle) {
        guard let form, form != agents[index].name, form != agents[index].abbreviation,
            !agents[index].aliases.contains(form)
        else { return }
        agents[index].aliases.append(form)
    }

    /// The agent a form names, if any.
    func index(of form: String) -> AgentHandle? { byKey[Self.key(form)] }

    /// The agent for a gazetteer id, if any.
    func index(ofGazetteerID id: String) -> AgentHandle? { byGazetteerID[id] }

    /// Adds a mention to an existing agent.
    mutating func addMention(_ span: SourceSpan, to index: AgentHandle, evidence: Evidence = Evidence()) {
        note(span, of: index)
        agents[index].evidence.add(evidence)
    }

    /// Sets an agent's role back to a weaker one (a name that only looked like a coalition's).
    mutating func demote(_ index: AgentHandle, to role: Role) {
        agents[index].role = min(agents[index].role, role)
    }

    /// Marks an agent as a coalition (or committee), keeping the strongest role.
    mutating func promote(_ index: AgentHandle, to role: Role) {
        agents[index].role = max(agents[index].role, role)
    }

    /// Moves every form and mention of agent `source` to agent `target`; `source` is left with
    /// no mentions and marked as merged, so it is not kept.
    mutating func merge(_ source: AgentHandle, into target: AgentHandle) {
        let moved = agents[source]
        for form in moved.forms where form != agents[target].name && !agents[target].aliases.contains(form) {
            agents[target].aliases.append(form)
        }
        for paragraph in Set(moved.mentions.map(\.paragraph)) {
            mentionsByParagraph.removeAll(in: paragraph) { $0.agent == source }
        }
        agents[source].mentions = []
        for mention in moved.mentions { note(mention, of: target) }
        agents[target].evidence.add(moved.evidence)
        agents[source].mergedInto = target
        for (key, index) in byKey where index == source { byKey[key] = target }
        for (key, index) in byGazetteerID where index == source { byGazetteerID[key] = target }
    }

    /// The comparison key of a name: case-folded, typographic marks folded, a leading "the"
    /// and a possessive dropped, inner whitespace collapsed.
    static func key(_ name: String) -> String {
        if let key = asciiKey(name) { return key }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in name.unicodeScalars {
            let folded = TextCharacters.fold(scalar)
            if TextCharacters.isLetter(folded) || TextCharacters.isDigit(folded) || folded == "&" {
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

    /// ``key(_:)`` for ASCII names, byte by byte into the result's own storage; `nil` for a
    /// name with any other scalar.
    private static func asciiKey(_ name: String) -> String? {
        var name = name
        var isASCII = true
        let key = name.withUTF8 { source in
            // One pass: a byte outside ASCII abandons the key (and the caller takes the general path).
            String(unsafeUninitializedCapacity: source.count) { buffer in
                var count = 0
                var words = 0
                var lastWordStart = 0
                var inWord = false
                for byte in source {
                    guard byte < 0x80 else {
                        isASCII = false
                        return 0
                    }
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                    guard (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower == 0x26 else {
                        inWord = false
                        continue
                    }
                    if !inWord {
                        if count > 0 {
                            buffer[count] = 0x20
                            count += 1
                        }
                        lastWordStart = count
                        words += 1
                        inWord = true
                    }
                    buffer[count] = lower
                    count += 1
                }
                var start = 0
                // Drop a leading "the" and a trailing possessive "s".
                if words > 1, count >= 4, buffer[0] == 0x74, buffer[1] == 0x68, buffer[2] == 0x65, buffer[3] == 0x20 {
                    start = 4
                    words -= 1
                }
                if words > 1, count - lastWordStart == 1, buffer[lastWordStart] == 0x73 {
                    count -= 2
                }
                if start > 0 {
                    for offset in start..<count { buffer[offset - start] = buffer[offset] }
                    count -= start
                }
                return count
            }
        }
        return isASCII ? key : nil
    }

    /// The agents mentioned within tokens `range` of a paragraph, in reading order; where
    /// mentions nest (an organisation inside a committee's name), the outermost one.
    /// The first of ``agents(in:of:)``, found without collecting the others: the first mention
    /// in reading order is never nested in another.
    func firstAgent(in range: Range<Int>, of paragraph: AnalyzedParagraph) -> AgentMention? {
        guard !range.isEmpty else { return nil }
        let lower = paragraph.tokens[range.lowerBound].start
        let upper = paragraph.tokens[range.upperBound - 1].end
        return mentionsByParagraph.firstMention(in: paragraph.index, from: lower, to: upper) { agents[$0.agent].mergedInto == nil }
    }

    func agents(in range: Range<Int>, of paragraph: AnalyzedParagraph) -> [AgentMention] {
        guard !range.isEmpty else { return [] }
        let lower = paragraph.tokens[range.lowerBound].start
        let upper = paragraph.tokens[range.upperBound - 1].end
        var found = mentionsByParagraph.mentions(in: paragraph.index, from: lower, to: upper).filter {
            agents[$0.agent].mergedInto == nil
        }
        guard found.count > 1 else { return found }
        // In reading order (by start, longest first), a mention is nested when an earlier kept
        // one covers it: as every kept one starts no later, when one of them ends no earlier.
        var kept = 0
        var keptEnd = Int.min
        for item in found where item.span.end > keptEnd {
            found[kept] = item
            kept += 1
            keptEnd = item.span.end
        }
        found.removeLast(found.count - kept)
        return found
    }
}
