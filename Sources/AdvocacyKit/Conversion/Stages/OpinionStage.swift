/// The fifth stage: opinions, reports, votes and positions of bodies on a law — "the
/// committee’s draft opinion", "In its report …, the Committee", "the final votes of the Senate
/// on A and B", "the Council’s approach".
struct OpinionStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary
    let agents: AgentRegistry
    let proposals: ProposalLayer
    private var opinions = FindingList<OpinionFinding>()

    /// The opinions of a document.
    static func run(_ document: AnalyzedDocument, vocabulary: Vocabulary, agents: AgentLayer, proposals: ProposalLayer) -> OpinionLayer {
        var stage = OpinionStage(document: document, vocabulary: vocabulary, agents: agents.agents, proposals: proposals)
        stage.recogniseOpinions()
        return OpinionLayer(opinions: stage.opinions)
    }

    private init(document: AnalyzedDocument, vocabulary: Vocabulary, agents: AgentRegistry, proposals: ProposalLayer) {
        self.document = document
        self.vocabulary = vocabulary
        self.agents = agents
        self.proposals = proposals
    }

    private mutating func recogniseOpinions() {
        recordOpinions()
        // A parliament's report or vote that one of its committees gives is the committee's.
        let committeeOpinions = opinions.elements.filter { agents.agents[$0.body].role == .committee }
        let registry = agents
        let vocabulary = self.vocabulary
        opinions.removeAll { opinion in
            let body = registry.agents[opinion.body]
            return body.role != .committee && Self.isVotingBody(body, vocabulary: vocabulary)
                && committeeOpinions.contains { $0.kind == opinion.kind && $0.law == opinion.law }
        }
    }

    private mutating func recordOpinions() {
        for scanned in document.paragraphs {
            for sentence in scanned.sentences {
                for i in sentence where scanned.cues[i].contains(.opinion) {
                    guard let kind = scanned.value(of: i, in: vocabulary.opinionNouns) else { continue }
                    // "text" and the like name an opinion only with an owner right before them ("the Council’s text").
                    if scanned.token(i, isOneOf: vocabulary.ownedOpinionNouns) {
                        let owned = scanned.token(i - 1, isPunctuation: "’") || scanned.token(i - 1, isPunctuation: "'") || scanned.token(i - 1, is: "s")
                            || (i > 0 && scanned.tokens[i - 1].isCapitalised)
                        guard owned else { continue }
                    }
                    // "the Senate will vote", "ahead of the vote": a future vote is not an opinion.
                    if ((i - 3)..<i).contains(where: { scanned.token($0, isOneOf: vocabulary.futureMarkers) }) { continue }
                    guard let body = opinionBody(near: i, in: sentence, of: scanned, kind: kind) else { continue }
                    let isDraft = scanned.token(i - 1, is: "draft") || scanned.token(i - 2, is: "draft")
                    let stage: Opinion.Stage? =
                        isDraft ? .draft : (kind == .vote || kind == .report ? .adopted : nil)
                    let mentionStart = body.span.paragraph == scanned.index && body.span.start < scanned.tokens[i].start
                        ? body.span.start : scanned.tokens[max(sentence.lowerBound, i - (isDraft ? 1 : 0))].start
                    let mention = SourceSpan(paragraph: scanned.index, start: mentionStart, end: scanned.tokens[i].end)
                    let lawsHere = proposals.lawsMentioned(in: sentence, of: scanned)
                    let targets: [LawHandle?] = kind == .vote && lawsHere.count > 1 ? lawsHere.map { $0 } : [lawsHere.first ?? proposals.mainLaw]
                    for law in targets {
                        if let existing = opinions.firstHandle(where: { $0.body == body.agent && $0.kind == kind && $0.law == law }) {
                            if opinions[existing].mentions.last != mention {
                                opinions[existing].mentions.append(mention)
                            }
                        } else {
                            opinions.append(OpinionFinding(body: body.agent, kind: kind, stage: stage, law: law, mentions: [mention]))
                        }
                    }
                }
            }
        }
    }

    /// The body an opinion word belongs to: "X’s draft opinion", "X draft opinion", "its report"
    /// (the committee the sentence names), "the vote of the full Senate".
    private func opinionBody(
        near i: Int, in sentence: Range<Int>, of scanned: AnalyzedParagraph, kind: Opinion.Kind
    ) -> AgentMention? {
        let here = agents.agents(in: sentence, of: scanned).filter {
            isOpinionBody(agents.agents[$0.agent]) && (kind != .vote || isVotingBody(agents.agents[$0.agent]))
        }
        guard !here.isEmpty else { return nil }
        let position = scanned.tokens[i].start
        // Closest body before the word within a few tokens ("IMCO’s draft opinion", "Parliament text").
        if let before = here.last(where: { $0.span.end <= position }),
            scanned.tokenIndex(atOrAfter: before.span.end) >= i - 4
        {
            return before
        }
        // "the position of the European Parliament": the body right after "of".
        if let after = here.first(where: { $0.span.start >= position }), scanned.token(i + 1, is: "of"),
            scanned.tokenIndex(atOrAfter: after.span.start) <= i + 3
        {
            return after
        }
        // "In its report …, the Committee …", "the final votes in the Senate";
        // not a plural noun alone ("reports" in general).
        let possessive = scanned.token(i - 1, isOneOf: ["its", "their"])
        let general = scanned.lowercased(i) == "reports" && !possessive
        if possessive || (kind == .vote || kind == .report) && !general {
            if let after = here.first(where: { $0.span.start >= position }) { return after }
            if let before = here.last { return before }
        }
        return nil
    }

    /// Committees, parliaments and councils vote; agencies and governments do not.
    private func isVotingBody(_ agent: AgentFinding) -> Bool { Self.isVotingBody(agent, vocabulary: vocabulary) }

    private static func isVotingBody(_ agent: AgentFinding, vocabulary: Vocabulary) -> Bool {
        if agent.role == .committee || agent.kind == .parliament { return true }
        let key = AgentRegistry.key(agent.name)
        return vocabulary.opinionBodyHeads.contains { key.hasSuffix($0) } || key.hasPrefix("council")
    }

    /// Committees, parliaments, councils and institutions give opinions; NGOs do not here.
    private func isOpinionBody(_ agent: AgentFinding) -> Bool {
        if agent.role == .committee { return true }
        if let kind = agent.kind, kind == .euInstitution || kind == .parliament || kind == .government { return true }
        let key = AgentRegistry.key(agent.name)
        return vocabulary.opinionBodyHeads.contains { key.hasSuffix($0) } || key.hasPrefix("council")
    }
}
