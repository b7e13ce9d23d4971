/// The seventh stage: named coalitions (and their steering groups), the unnamed group of a
/// letter's signatories, their members and every size the text states.
struct CoalitionStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary
    let bodyMentions: [AgentLayer.BodyMention]
    let headlineSubjects: [AgentHandle]
    let authors: [AgentHandle]
    /// The agents, whose roles this stage refines.
    private var agents: AgentRegistry
    private var coalitions = FindingList<CoalitionFinding>()
    /// The coalitions the text describes as such ("X is a coalition of …").
    private var described: Set<CoalitionHandle> = []

    /// The coalitions of a document.
    static func run(_ document: AnalyzedDocument, vocabulary: Vocabulary, agents: AgentLayer, authors: AuthorLayer) -> CoalitionLayer {
        var stage = CoalitionStage(
            document: document, vocabulary: vocabulary, bodyMentions: agents.bodyMentions,
            headlineSubjects: agents.headlineSubjects, authors: authors.authors, agents: agents.agents)
        stage.recogniseCoalitions()
        return CoalitionLayer(coalitions: stage.coalitions, agents: stage.agents)
    }

    private init(
        document: AnalyzedDocument, vocabulary: Vocabulary, bodyMentions: [AgentLayer.BodyMention], headlineSubjects: [AgentHandle],
        authors: [AgentHandle], agents: AgentRegistry
    ) {
        self.document = document
        self.vocabulary = vocabulary
        self.bodyMentions = bodyMentions
        self.headlineSubjects = headlineSubjects
        self.authors = authors
        self.agents = agents
    }

    /// Named coalitions (and their steering groups), the unnamed group of a letter's signatories,
    /// and every size the text states.
    private mutating func recogniseCoalitions() {
        for index in agents.agents.lazyHandles where agents.agents[index].role == .coalition {
            coalitions.append(CoalitionFinding(agent: index, name: agents.agents[index].name, kind: .coalition))
        }
        for body in bodyMentions {
            agents.promote(body.owner, to: .coalition)
            let target = coalition(forAgent: body.owner)
            addBody(named: body.name, members: [], mention: body.span, to: target)
        }
        for scanned in document.paragraphs {
            for sentence in scanned.sentences {
                recordCoalitionDescriptions(in: sentence, of: scanned)
                recordCounts(in: sentence, of: scanned)
                recordBodies(in: sentence, of: scanned)
                recordJointAction(in: sentence, of: scanned)
            }
        }
        // An unnamed group with neither a size nor a member named is not a finding.
        coalitions.removeAll { $0.kind == .signatories && $0.claims.isEmpty && $0.members.filter { !authors.contains($0) }.isEmpty }
        recordHeadlineGroup()
        // A name with a weak coalition word ("… Network", "… Partnership") is an organisation
        // unless the text shows a coalition: a description, a body, members or a size.
        for (handle, finding) in coalitions.lazyWithHandles {
            guard let agent = finding.agent, finding.members.isEmpty, finding.bodies.isEmpty, finding.claims.isEmpty,
                !described.contains(handle), !hasStrongCoalitionHead(agents.agents[agent].name)
            else { continue }
            agents.demote(agent, to: .organisation)
        }
        coalitions.removeAll { finding in finding.agent.map { agents.agents[$0].role != .coalition } ?? false }
    }

    /// Whether a name ends with a word that makes it a coalition by itself ("… Alliance").
    private func hasStrongCoalitionHead(_ name: String) -> Bool {
        AgentRegistry.key(name).split(separator: " ").last.map { vocabulary.strongCoalitionHeads.contains(String($0)) } ?? false
    }

    /// "X, Y and Z praise …": organisations that issue a text together are a group.
    private mutating func recordHeadlineGroup() {
        guard headlineSubjects.count >= 2, let title = document.titleParagraph,
            let first = agents.agents[headlineSubjects[0]].mentions.first(where: { $0.paragraph == title }),
            let last = headlineSubjects.last.flatMap({ agents.agents[$0].mentions.last(where: { $0.paragraph == title }) })
        else { return }
        let name = document.paragraphs[title].string(first.start, last.end)
        coalitions.append(
            CoalitionFinding(
                agent: nil, name: name, kind: .signatories, members: headlineSubjects,
                mentions: [SourceSpan(paragraph: title, start: first.start, end: last.end)]))
    }

    private mutating func addBody(named name: String, members: [AgentHandle], mention: SourceSpan, to target: CoalitionHandle) {
        if let existing = coalitions[target].bodies.firstIndex(where: { AgentRegistry.key($0.name) == AgentRegistry.key(name) }) {
            coalitions[target].bodies[existing].members += members.filter { !coalitions[target].bodies[existing].members.contains($0) }
            if !coalitions[target].bodies[existing].mentions.contains(mention) {
                coalitions[target].bodies[existing].mentions.append(mention)
            }
        } else {
            coalitions[target].bodies.append(CoalitionFinding.Body(name: NameForms.capitalisedWords(name), members: members, mentions: [mention]))
        }
    }

    /// The value of a number token's digits ("3,500" → 3500), or `nil` if it is 100,000 or
    /// more: read from the token's ASCII digits, skipping its separators, without making a string.
    private static func countValue(of token: TextToken, in scanned: AnalyzedParagraph) -> Int? {
        var value = 0
        for scalar in scanned.scalars[token.start..<token.end] where TextCharacters.isDigit(scalar) {
            value = value * 10 + Int(scalar.value - 0x30)
            // Digits only add to the value: once too large, it stays too large.
            if value >= 100_000 { return nil }
        }
        return value
    }

    /// Whether a word between a number and its member noun ends the search for the noun
    /// ("of", "to", "the", "who" …).
    private static func endsCountedNoun(_ word: String) -> Bool {
        // Each is two to four lower-case ASCII letters, which only a string of the same bytes
        // equals: a word of another length needs no comparison.
        guard word.utf8.count >= 2, word.utf8.count <= 4 else { return false }
        return switch word {
        case "of", "to", "in", "on", "by", "the", "and", "who", "that": true
        default: false
        }
    }

    /// "ECLAG is an informal coalition of NGOs" makes ECLAG a coalition.
    private mutating func recordCoalitionDescriptions(in sentence: Range<Int>, of scanned: AnalyzedParagraph) {
        for i in sentence where scanned.cues[i].contains(.coalitionNoun) {
            guard sentence.contains(where: { $0 < i && scanned.token($0, isOneOf: ["is", "are"]) }),
                let subject = agents.firstAgent(in: sentence.lowerBound..<i, of: scanned)
            else { continue }
            agents.promote(subject.agent, to: .coalition)
            described.insert(coalition(forAgent: subject.agent))
        }
    }

    /// "40 non-governmental organisations", "more than 60 organisations", "24 Organisations".
    private mutating func recordCounts(in sentence: Range<Int>, of scanned: AnalyzedParagraph) {
        for i in sentence where scanned.tokens[i].kind == .number {
            guard let value = Self.countValue(of: scanned.tokens[i], in: scanned), value > 1 else { continue }
            // The member noun within the next few words, with only modifiers in between.
            var head: Int?
            var j = i + 1
            while j < sentence.upperBound, j <= i + 6 {
                let word = scanned.lowercased(j)
                if scanned.token(j, isOneOf: vocabulary.memberHeads) {
                    head = j
                    break
                }
                guard scanned.tokens[j].kind == .word || scanned.token(j, isPunctuation: "’") || scanned.token(j, isPunctuation: "'"),
                    !Self.endsCountedNoun(word) || (word == "and" && j > i + 1)
                else { break }
                j += 1
            }
            guard let head else { continue }
            var qualifier = Count.Qualifier.exactly
            var start = i
            for (words, value) in vocabulary.countQualifiers {
                if scanned.match(words, at: i - words.count) == i {
                    qualifier = value
                    start = i - words.count
                    break
                }
            }
            let claimSpan = scanned.span(start, i)
            let groupSpan = scanned.span(i, head)
            let inTitle = document.role(of: scanned.index) == .title
            // A named coalition's own size: "The ECLAG is made of more than 60 organisations" (the
            // coalition before the count, in the same clause), not a coalition listed after it,
            // nor one that acts with the counted group ("The Network and 30 organisations urge").
            let joinsGroup = scanned.token(start - 1, is: "and") || scanned.token(start - 1, is: "with")
            let named = joinsGroup ? nil : agents.agents(in: sentence.lowerBound..<start, of: scanned).last { found in
                agents.agents[found.agent].role == .coalition
                    && !(scanned.tokenIndex(atOrAfter: found.span.end)..<start).contains { scanned.token($0, isPunctuation: ",") }
            }?.agent
            // An unnamed group counts only where the sentence speaks of a joint letter or
            // statement, or in the headline ("More than 850 members … have entrusted" is not one).
            guard named != nil || inTitle || sentence.contains(where: { scanned.token($0, isOneOf: vocabulary.jointWords) }) else {
                continue
            }
            let target = named.map { coalition(forAgent: $0) } ?? signatoryGroup()
            // "X with 41 organisations", "In addition to X, 14 other organisations": X belongs to
            // the group but is counted apart.
            var excluding: [AgentHandle] = []
            let countedApart = scanned.token(i + 1, is: "other") && scanned.match(["in", "addition", "to"], at: sentence.lowerBound) != nil
            if named == nil, joinsGroup || countedApart, let before = agents.agents(in: sentence.lowerBound..<max(sentence.lowerBound, start - 1), of: scanned).last {
                excluding.append(before.agent)
                if !coalitions[target].members.contains(before.agent) { coalitions[target].members.append(before.agent) }
            }
            coalitions[target].claims.append(
                CoalitionFinding.SizeClaim(
                    count: Count(value, qualifier), span: claimSpan, inTitle: inTitle, excluding: excluding))
            if named == nil { coalitions[target].mentions.append(groupSpan) }
            // "…, including A, B and C, urge …": the members the text names.
            let including = ((head + 1)..<min(sentence.upperBound, head + 6)).first { scanned.token($0, isOneOf: ["including", "among", "such"]) }
            if named == nil, let including, (head + 1..<including).allSatisfy({ scanned.tokens[$0].kind != .number }) {
                var end = including + 1
                while end < sentence.upperBound, !scanned.token(end, isOneOf: vocabulary.askVerbs),
                    !scanned.token(end, isOneOf: ["call", "calls", "have", "has", "signed", "say", "said", "warn", "warned"])
                {
                    end += 1
                }
                for member in agents.agents(in: (including + 1)..<end, of: scanned).map(\.agent)
                where agents.agents[member].role != .committee && !coalitions[target].members.contains(member) {
                    coalitions[target].members.append(member)
                }
            }
        }
    }

    /// "The steering group consists of A, B and C."
    private mutating func recordBodies(in sentence: Range<Int>, of scanned: AnalyzedParagraph) {
        for i in sentence where scanned.cues[i].contains(.body) {
            let nameEnd = scanned.token(i, is: "steering") && (scanned.token(i + 1, is: "group") || scanned.token(i + 1, is: "committee")) ? i + 1 : i
            guard let verb = (nameEnd + 1..<sentence.upperBound).first(where: {
                scanned.token($0, isOneOf: ["consists", "includes", "comprises", "is"])
            }), verb <= nameEnd + 2 else { continue }
            let members = agents.agents(in: (verb + 1)..<sentence.upperBound, of: scanned).map(\.agent)
            guard members.count >= 2 else { continue }
            // The coalition the paragraph (or the document) is about.
            let owner = agents.agents(in: scanned.tokens.indices.lowerBound..<sentence.lowerBound, of: scanned)
                .map(\.agent).last { agents.agents[$0].role == .coalition }
                ?? coalitions.elements.first(where: { $0.agent != nil })?.agent
            guard let owner else { continue }
            agents.promote(owner, to: .coalition)
            let target = coalition(forAgent: owner)
            addBody(named: scanned.string(tokens: i, through: nameEnd), members: members, mention: scanned.span(i, nameEnd), to: target)
        }
    }

    /// "in coalition with A, B and C", "joins … like the A, B and C in asking for …".
    private mutating func recordJointAction(in sentence: Range<Int>, of scanned: AnalyzedParagraph) {
        for i in sentence where scanned.cues[i].contains(.jointOpener) {
            guard let start = (scanned.value(of: i, in: vocabulary.jointOpenersByFirstWord) ?? []).lazy.compactMap({ scanned.match($0, at: i) }).first else {
                continue
            }
            let members = agents.agents(in: start..<sentence.upperBound, of: scanned).map(\.agent)
                .filter { agents.agents[$0].role != .committee && agents.agents[$0].gazetteerID == nil }
            // Signatories are named after what they sign; a group that joins in is described.
            let describes = !scanned.token(start - 1, is: "by") && !scanned.token(start - 1, is: "with") || scanned.token(i, is: "along")
            let description = describes ? groupDescription(in: sentence, of: scanned, after: i) : nil
            guard !members.isEmpty || description != nil else { continue }
            let target = signatoryGroup()
            if let description { coalitions[target].name = description }
            // The author acts in it when the sentence is in the first person or names the author.
            let authorActs = scanned.isFirstPerson(sentence)
                || agents.agents(in: sentence.lowerBound..<i, of: scanned).contains { authors.contains($0.agent) }
            for member in (authorActs ? authors : []) + members where !coalitions[target].members.contains(member) {
                coalitions[target].members.append(member)
            }
            break
        }
    }

    /// How a joint-action sentence describes the group: "… joins other harbour groups like A
    /// and B in asking for a ferry levy" → "harbour groups asking for a ferry levy"; "our
    /// partner organizations" → "partner organizations of the joint letter".
    private func groupDescription(in sentence: Range<Int>, of scanned: AnalyzedParagraph, after opener: Int) -> String? {
        guard let head = (opener..<sentence.upperBound).first(where: { scanned.token($0, isOneOf: vocabulary.groupHeads) }) else {
            return nil
        }
        var start = head
        while start > opener + 1, scanned.tokens[start - 1].kind == .word, !scanned.tokens[start - 1].isCapitalised,
            !scanned.token(start - 1, isOneOf: ["other", "our", "the", "with", "by", "joins", "join", "of", "and"])
        {
            start -= 1
        }
        var text = scanned.string(tokens: start, through: head)
        // "… in asking for …": what the group does together.
        if let gerund = (head..<sentence.upperBound).first(where: { scanned.token($0, is: "in") && scanned.tokens.indices.contains($0 + 1) && scanned.lowercased($0 + 1).hasSuffix("ing") }) {
            var last = sentence.upperBound - 1
            while last > gerund, scanned.tokens[last].kind == .punctuation { last -= 1 }
            text += " " + scanned.string(tokens: gerund + 1, through: last)
        } else {
            text += " of the \(letterNoun())"
        }
        return text
    }

    /// The finding for a named coalition's agent, created on first use.
    private mutating func coalition(forAgent agent: AgentHandle) -> CoalitionHandle {
        if let existing = coalitions.firstHandle(where: { $0.agent == agent }) { return existing }
        return coalitions.append(CoalitionFinding(agent: agent, name: agents.agents[agent].name, kind: .coalition))
    }

    /// The unnamed group of signatories of the document's letter or statement, created on first use.
    private mutating func signatoryGroup() -> CoalitionHandle {
        if let existing = coalitions.firstHandle(where: { $0.kind == .signatories }) { return existing }
        return coalitions.append(CoalitionFinding(agent: nil, name: "signatories of the \(letterNoun())", kind: .signatories))
    }

    /// What the joint document is called: "joint letter", "open letter", "position paper", "statement".
    ///
    /// The first noun of the lexicon's list that the text uses anywhere. When the nouns' first
    /// words carry a cue (``Vocabulary/jointDocumentNounsHaveCues``), one pass tries only the
    /// nouns that start at a token with the cue; otherwise each noun is looked for in turn.
    private func letterNoun() -> String {
        let nouns = vocabulary.jointDocumentNouns
        guard vocabulary.jointDocumentNounsHaveCues else {
            for candidate in nouns {
                for scanned in document.paragraphs where scanned.tokens.indices.contains(where: { scanned.match(candidate, at: $0) != nil }) {
                    return candidate.joined(separator: " ")
                }
            }
            return "joint statement"
        }
        var best = nouns.count
        for scanned in document.paragraphs where best > 0 {
            for i in scanned.tokens.indices where scanned.cues[i].contains(.jointDocument) {
                for candidate in scanned.value(of: i, in: vocabulary.jointDocumentNounsByFirstWord) ?? []
                where candidate < best && scanned.match(nouns[candidate], at: i) != nil {
                    best = candidate
                    break
                }
            }
        }
        return best < nouns.count ? nouns[best].joined(separator: " ") : "joint statement"
    }
}
