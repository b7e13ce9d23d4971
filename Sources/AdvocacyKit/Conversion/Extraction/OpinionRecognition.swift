extension ExtractionRun {
    /// Opinions, reports, votes and positions of bodies on a law: "IMCO’s draft opinion",
    /// "In its report …, the Committee", "the votes in the plenary of the European Parliament on
    /// the CRA and the PLD", "the Council’s approach".
    mutating func recogniseOpinions() {
        for scanned in paragraphs {
            for sentence in scanned.sentences {
                for i in sentence where scanned.cues[i].contains(.opinion) {
                    let word = scanned.lowercased(i)
                    let kind: Opinion.Kind
                    switch word {
                    case "opinion", "opinions": kind = .opinion
                    case "report", "reports": kind = .report
                    case "vote", "votes", "voted": kind = .vote
                    case "approach", "position", "mandate": kind = .position
                    case "text" where scanned.token(i - 1, isPunctuation: "’") || scanned.token(i - 1, isPunctuation: "'") || scanned.token(i - 1, is: "s") || (i > 0 && scanned.tokens[i - 1].isCapitalised):
                        kind = .position
                    default: continue
                    }
                    guard let body = opinionBody(near: i, in: sentence, of: scanned, kind: kind) else { continue }
                    let isDraft = scanned.token(i - 1, is: "draft") || scanned.token(i - 2, is: "draft")
                    let stage: Opinion.Stage? =
                        isDraft ? .draft : (kind == .vote || kind == .report ? .adopted : nil)
                    let mentionStart = body.span.paragraph == scanned.index && body.span.start < scanned.tokens[i].start
                        ? body.span.start : scanned.tokens[max(sentence.lowerBound, i - (isDraft ? 1 : 0))].start
                    let mention = SourceSpan(paragraph: scanned.index, start: mentionStart, end: scanned.tokens[i].end)
                    let lawsHere = lawsMentioned(in: sentence, of: scanned)
                    let targets: [Int?] = kind == .vote && lawsHere.count > 1 ? lawsHere.map { $0 } : [lawsHere.first ?? mainLawIndex]
                    for law in targets {
                        if let existing = opinions.firstIndex(where: { $0.body == body.agent && $0.kind == kind && $0.law == law }) {
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
    /// (the committee the sentence names), "the plenary of the European Parliament".
    private func opinionBody(
        near i: Int, in sentence: Range<Int>, of scanned: ScannedParagraph, kind: Opinion.Kind
    ) -> (agent: Int, span: SourceSpan)? {
        let here = agents(in: sentence, of: scanned).filter { isOpinionBody(agents.agents[$0.agent]) }
        guard !here.isEmpty else { return nil }
        let position = scanned.tokens[i].start
        // Closest body before the word within a few tokens ("IMCO’s draft opinion", "Parliament text").
        if let before = here.last(where: { $0.span.end <= position }),
            scanned.tokenIndex(atOrAfter: before.span.end) >= i - 4
        {
            return before
        }
        // "In its report …, the Committee …", "votes in the plenary of the European Parliament".
        let possessive = scanned.token(i - 1, isOneOf: ["its", "their"])
        if possessive || kind == .vote || kind == .report {
            if let after = here.first(where: { $0.span.start >= position }) { return after }
            if let before = here.last { return before }
        }
        return nil
    }

    /// Committees, parliaments, councils and institutions give opinions; NGOs do not here.
    private func isOpinionBody(_ agent: AgentRegistry.Agent) -> Bool {
        if agent.role == .committee { return true }
        if let kind = agent.kind, kind == .euInstitution || kind == .parliament || kind == .government { return true }
        let key = AgentRegistry.key(agent.name)
        return key.hasSuffix("parliament") || key.hasSuffix("council") || key.hasSuffix("committee") || key.hasPrefix("council")
    }

    /// The laws a sentence names, in reading order.
    func lawsMentioned(in sentence: Range<Int>, of scanned: ScannedParagraph) -> [Int] {
        guard !sentence.isEmpty, sentence.upperBound <= scanned.tokens.count else { return [] }
        let lower = scanned.tokens[sentence.lowerBound].start
        let upper = scanned.tokens[sentence.upperBound - 1].end
        var result: [(law: Int, start: Int)] = []
        for (law, span) in lawMentions[scanned.index] ?? [] where span.start >= lower && span.end <= upper {
            if !result.contains(where: { $0.law == law }) { result.append((law, span.start)) }
        }
        return result.sorted { $0.start < $1.start }.map(\.law)
    }
}
