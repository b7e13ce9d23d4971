/// Assembly: the layers of findings mapped, entity kind by entity kind, onto a ``Dossier`` —
/// stable ids, typed references, spans in reading order.
struct DossierAssembly {
    /// Every layer of the document.
    let layers: ExtractionPipeline.Layers

    private var document: AnalyzedDocument { layers.document }
    private var facts: DocumentFacts { layers.facts }
    private var jurisdiction: JurisdictionLayer { layers.jurisdiction }
    /// The agents with the roles the coalition stage refined.
    private var agents: AgentRegistry { layers.coalitions.agents }
    private var quotes: QuoteLayer { layers.quotes }
    private var proposals: ProposalLayer { layers.proposals }
    private var opinions: OpinionLayer { layers.opinions }
    private var authors: AuthorLayer { layers.authors }
    private var coalitions: CoalitionLayer { layers.coalitions }
    private var demands: DemandLayer { layers.demands }
    private var stances: StanceLayer { layers.stances }

    /// The dossier of the findings.
    func dossier(id: Statement.ID) -> Dossier {
        var ids = IdentifierAllocator()
        let targetJurisdiction = targetJurisdiction()
        // Agents kept: known ones, names with enough evidence, and coalitions.
        var agentIDs = AgentParties(count: agents.agents.elements.count)
        var organisations: [Organisation] = []
        var committees: [Committee] = []
        let coalitionAgents = Set(coalitions.coalitions.elements.compactMap(\.agent))
        for (index, agent) in agents.agents.lazyWithHandles where agent.mergedInto == nil {
            guard agent.gazetteerID != nil || agent.evidence.isEnough || coalitionAgents.contains(index) else { continue }
            let mentions = agent.mentions.sorted()
            let aliases = agent.aliases.filter { $0 != agent.name && $0 != agent.abbreviation }
            switch agent.role {
            case .committee:
                let committeeID = Committee.ID(ids.make(agent.abbreviation ?? agent.name))
                agentIDs[index] = .committee(committeeID)
                let isAcronymOnly = agent.abbreviation.map { AgentRegistry.key(agent.name) == AgentRegistry.key("\($0) Committee") } ?? false
                committees.append(
                    Committee(
                        id: committeeID, name: isAcronymOnly ? nil : agent.name, abbreviation: agent.abbreviation,
                        aliases: isAcronymOnly ? [agent.name] + aliases : aliases, mentions: mentions))
            case .coalition where coalitionAgents.contains(index):
                agentIDs[index] = .coalition(Coalition.ID(ids.make(agent.abbreviation ?? agent.name)))
            case .organisation, .coalition:
                let organisationID = Organisation.ID(ids.make(agent.abbreviation ?? agent.name))
                agentIDs[index] = .organisation(organisationID)
                organisations.append(
                    Organisation(
                        id: organisationID, name: agent.name, abbreviation: agent.abbreviation, aliases: aliases,
                        kind: agent.kind, jurisdiction: agent.jurisdiction, isProposed: false, mentions: mentions))
            }
        }
        // Committees belong to the parliament the gazetteer names, when the text mentions it.
        for (index, agent) in agents.agents.lazyWithHandles {
            guard case .committee(let committeeID)? = agentIDs[index], let parent = agent.parentGazetteerID,
                let parentAgent = agents.index(ofGazetteerID: parent), case .organisation(let parliament)? = agentIDs[parentAgent],
                let position = committees.firstIndex(where: { $0.id == committeeID })
            else { continue }
            committees[position].parliament = parliament
        }
        func organisationID(_ agent: AgentHandle) -> Organisation.ID? {
            if case .organisation(let id)? = agentIDs[agent] { return id }
            return nil
        }

        // Coalitions.
        var coalitionList: [Coalition] = []
        for finding in coalitions.coalitions.elements {
            let coalitionID: Coalition.ID
            if let agent = finding.agent, case .coalition(let id)? = agentIDs[agent] {
                coalitionID = id
            } else {
                coalitionID = Coalition.ID(ids.make(finding.kind == .signatories ? "signatories" : finding.name))
            }
            let agent = finding.agent.map { agents.agents[$0] }
            let bodies = finding.bodies.map { body in
                Coalition.Body(
                    id: Coalition.Body.ID(ids.make("\(coalitionID.rawValue)-\(body.name)")), name: body.name,
                    members: body.members.compactMap(organisationID), mentions: body.mentions.sorted())
            }
            let bodyMentions = Set(finding.bodies.flatMap(\.mentions))
            let size = (finding.claims.first { !$0.inTitle } ?? finding.claims.first)?.total
            coalitionList.append(
                Coalition(
                    id: coalitionID, name: agent?.name ?? finding.name, abbreviation: agent?.abbreviation, kind: finding.kind,
                    members: finding.members.compactMap(organisationID), size: size,
                    sizeClaims: finding.claims.map {
                        Coalition.SizeClaim($0.count, excluding: $0.excluding.compactMap(organisationID), span: $0.span)
                    },
                    bodies: bodies,
                    mentions: ((agent?.mentions ?? []) + finding.mentions).filter { !bodyMentions.contains($0) }.sorted()))
        }

        // Proposals.
        var lawIDs: [LawHandle: Proposal.ID] = [:]
        var proposalList: [Proposal] = []
        for (index, law) in proposals.laws.lazyWithHandles where law.isProposal {
            let proposalID = Proposal.ID(ids.make(law.acronym ?? law.name))
            lawIDs[index] = proposalID
            proposalList.append(
                Proposal(
                    id: proposalID, title: law.name, shortTitle: law.acronym, proposer: law.proposer.flatMap { agentIDs[$0] },
                    date: law.date, dateMentions: law.dateMentions.sorted(), identifiers: law.identifiers,
                    jurisdiction: targetJurisdiction, mentions: law.mentions.sorted()))
        }

        // Opinions.
        var opinionIDs: [OpinionHandle: Opinion.ID] = [:]
        var opinionList: [Opinion] = []
        for (index, finding) in opinions.opinions.lazyWithHandles {
            guard let author = agentIDs[finding.body] else { continue }
            let opinionID = Opinion.ID(ids.make("\(author.id)-\(finding.stage.map { "\($0.rawValue)-" } ?? "")\(finding.kind.rawValue)"))
            opinionIDs[index] = opinionID
            opinionList.append(
                Opinion(
                    id: opinionID, author: author, kind: finding.kind, stage: finding.stage,
                    proposal: finding.law.flatMap { lawIDs[$0] }, mentions: finding.mentions.sorted()))
        }

        // People and quotes.
        var people: [Person] = []
        var personIDs: [SpeakerHandle: Person.ID] = [:]
        for (index, speaker) in quotes.speakers.lazyWithHandles where quotes.quotes.elements.contains(where: { $0.speaker == index }) {
            let affiliation = speaker.affiliation.flatMap { agentIDs[$0] }
            let base = speaker.name ?? "\(affiliation?.id ?? "unnamed")-\(speaker.role ?? "speaker")"
            let personID = Person.ID(ids.make(base))
            personIDs[index] = personID
            people.append(
                Person(id: personID, name: speaker.name, role: speaker.role, affiliation: affiliation, mentions: speaker.mentions.sorted()))
        }
        // People who issue the text (an official's office): their own entry, or the speaker's.
        var issuerIDs: [Party] = []
        for issuer in authors.people {
            if let known = people.firstIndex(where: { $0.name == issuer.name }) {
                if !people[known].aliases.contains(issuer.written) { people[known].aliases.append(issuer.written) }
                people[known].mentions = (people[known].mentions + issuer.mentions).sorted()
                issuerIDs.append(.person(people[known].id))
            } else {
                let personID = Person.ID(ids.make(issuer.name))
                people.append(
                    Person(id: personID, name: issuer.name, aliases: [issuer.written], role: issuer.title, mentions: issuer.mentions.sorted()))
                issuerIDs.append(.person(personID))
            }
        }
        var quoteIDs: [QuoteHandle: Quote.ID] = [:]
        var quoteList: [Quote] = []
        for (index, finding) in quotes.quotes.lazyWithHandles {
            let quoteID = Quote.ID(ids.make("quote-\(index.position + 1)"))
            quoteIDs[index] = quoteID
            let speaker = finding.speaker
            quoteList.append(
                Quote(
                    id: quoteID, speaker: speaker.flatMap { personIDs[$0] },
                    onBehalfOf: speaker.flatMap { quotes.speakers[$0].affiliation }.flatMap { agentIDs[$0] },
                    segments: finding.segments.map { Quote.Segment($0.text, span: $0.span) }))
        }

        // Demands: the speaker's organisation for a quoted ask, else the group that signs, else the author.
        let signatories = coalitionList.first { $0.kind == .signatories }
        var groupNamedAt: [Int: Int] = [:]  // paragraph → where the group is first named in it
        for mention in signatories?.mentions ?? [] where groupNamedAt[mention.paragraph].map({ mention.end < $0 }) ?? true {
            groupNamedAt[mention.paragraph] = mention.end
        }
        let author = authors.authors.first.flatMap { agentIDs[$0] } ?? issuerIDs.first
        var demandList: [Demand] = []
        for (index, finding) in demands.demands.lazyWithHandles {
            let quoteActor = finding.quote.flatMap { quotes.affiliation(of: $0) }.flatMap { agentIDs[$0] }
            let groupActs = groupNamedAt[finding.span.paragraph].map { $0 <= finding.span.start } ?? false
            let actor = quoteActor ?? (groupActs ? signatories.map { .coalition($0.id) } : nil) ?? author
            let subject = finding.law.flatMap { lawIDs[$0] }.map(Subject.proposal)
            demandList.append(
                Demand(
                    id: Demand.ID(ids.make("demand-\(index.position + 1)")), action: finding.action, actor: actor,
                    addressees: finding.addressees.map {
                        Demand.Addressee($0.name, party: $0.agent.flatMap { agentIDs[$0] }, mentions: [$0.span])
                    },
                    subject: subject, quote: finding.quote.flatMap { quoteIDs[$0] }, span: finding.span))
        }

        // Stances.
        var stanceList: [Stance] = []
        for (index, finding) in stances.stances.enumerated() {
            guard let holder = agentIDs[finding.holder],
                let subject = finding.opinion.flatMap({ opinionIDs[$0] }).map(Subject.opinion)
                    ?? finding.law.flatMap({ lawIDs[$0] }).map(Subject.proposal)
            else { continue }
            stanceList.append(
                Stance(id: Stance.ID(ids.make("stance-\(index + 1)")), holder: holder, subject: subject, position: finding.position, evidence: finding.evidence))
        }

        let metadata = document.metadata
        let source = document.source
        let title = metadata.title ?? document.titleParagraph.map { source.paragraphs[$0].text } ?? source.paragraphs.first?.text ?? ""
        let statement = Statement(
            id: id, kind: documentKind(), title: title, published: facts.published?.date,
            publishedMentions: facts.published?.span.map { [$0] } ?? [], language: metadata.language ?? "en",
            jurisdiction: targetJurisdiction, issuers: authors.authors.compactMap { agentIDs[$0] } + issuerIDs,
            dateline: facts.dateline.map { Place($0.name, mentions: [$0.span]) },
            identifiers: metadata.url.map { [DocumentIdentifier(.url, $0, origin: .external)] } ?? [], source: source)
        return Dossier(
            document: statement, organisations: organisations, committees: committees, coalitions: coalitionList,
            proposals: proposalList, opinions: opinionList, demands: demandList, people: people, quotes: quoteList,
            stances: stanceList)
    }

    /// `openLetter` when the text is a letter ("Dear …"), else `pressRelease`.
    private func documentKind() -> Statement.Kind {
        let body = document.paragraphs.first { $0.role == .body }
        return body.map { $0.token(0, is: "dear") } == true ? .openLetter : .pressRelease
    }

    /// The jurisdiction the advocacy targets: the EU when EU bodies are named and no other
    /// jurisdiction has more signs, else the one ``JurisdictionStage`` found, else the EU.
    private func targetJurisdiction() -> String {
        let namesEU = agents.agents.elements.contains { $0.jurisdiction == "eu" && !$0.mentions.isEmpty }
        if let found = jurisdiction.jurisdiction, found != "eu",
            !namesEU || jurisdiction.votes[found, default: 0] > jurisdiction.votes["eu", default: 0]
        {
            return found
        }
        return namesEU ? "eu" : jurisdiction.jurisdiction ?? "eu"
    }
}
