/// The ninth stage: stances the text states — "X … denounces the committee’s draft opinion"
/// (opposes), "We welcome this recommendation" (supports).
struct StanceStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary
    let agents: AgentRegistry
    let opinions: OpinionLayer
    let proposals: ProposalLayer
    let authors: AuthorLayer

    /// The stances of a document.
    static func run(
        _ document: AnalyzedDocument, vocabulary: Vocabulary, coalitions: CoalitionLayer, opinions: OpinionLayer,
        proposals: ProposalLayer, authors: AuthorLayer
    ) -> StanceLayer {
        let stage = StanceStage(
            document: document, vocabulary: vocabulary, agents: coalitions.agents, opinions: opinions, proposals: proposals,
            authors: authors)
        return StanceLayer(stances: stage.stances())
    }

    private func stances() -> [StanceFinding] {
        var stances: [StanceFinding] = []
        var opinionMentions: [Int: [(opinion: OpinionHandle, span: SourceSpan)]] = [:]
        for (handle, opinion) in opinions.opinions.lazyWithHandles {
            for span in opinion.mentions { opinionMentions[span.paragraph, default: []].append((handle, span)) }
        }
        for scanned in document.paragraphs {
            for sentence in scanned.sentences {
                for i in sentence where scanned.cues[i].contains(TokenCue.stance) {
                    let word = scanned.lowercased(i)
                    let position: Stance.Position
                    if vocabulary.opposeVerbs.contains(word) {
                        position = .opposes
                    } else if vocabulary.supportVerbs.contains(word), word != "support" || !scanned.token(i - 1, is: "to") {
                        position = .supports
                    } else {
                        continue
                    }
                    let holder =
                        agents.firstAgent(in: sentence.lowerBound..<i, of: scanned)?.agent
                        ?? (scanned.isFirstPerson(sentence.lowerBound..<i) ? authors.authors.first : nil)
                    guard let holder else { continue }
                    let after = (i + 1)..<sentence.upperBound
                    let lower = scanned.tokens[i].end
                    let upper = scanned.tokens[min(after.upperBound, scanned.tokens.count) - 1].end
                    let opinion = opinionMentions[scanned.index]?.first { $0.span.start >= lower && $0.span.start <= upper }?.opinion
                    let law = opinion == nil ? proposals.lawsMentioned(in: after, of: scanned).first : nil
                    guard opinion != nil || law != nil else { continue }
                    let evidence = scanned.span(i, i)
                    guard !stances.contains(where: { $0.evidence == evidence }) else { continue }
                    stances.append(StanceFinding(holder: holder, opinion: opinion, law: law, position: position, evidence: evidence))
                }
            }
        }
        return stances
    }
}
