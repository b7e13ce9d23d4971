/// The sixth stage: the issuing organisation, by the strongest evidence the text gives — the
/// page's metadata, the subject of the headline, the speakers' organisation, the organisation
/// of an "About …" section, or one the text speaks of as "our" / "at X" in the first person.
struct AuthorStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary
    let agents: AgentRegistry
    let quotes: QuoteLayer

    /// The issuers of a document.
    static func run(_ document: AnalyzedDocument, vocabulary: Vocabulary, agents: AgentLayer, quotes: QuoteLayer) -> AuthorLayer {
        AuthorLayer(authors: AuthorStage(document: document, vocabulary: vocabulary, agents: agents.agents, quotes: quotes).authors())
    }

    private func authors() -> [AgentHandle] {
        let fromMetadata = document.metadata.authors.compactMap { agents.index(of: $0) }
        guard fromMetadata.isEmpty else { return fromMetadata }
        if let title = document.titleParagraph,
            let first = agents.agents(in: 0..<min(document.paragraphs[title].tokens.count, 4), of: document.paragraphs[title]).first,
            first.span.start == 0 || document.paragraphs[title].tokenIndex(atOrAfter: first.span.start) == 0, isPossibleAuthor(first.agent)
        {
            return [first.agent]
        }
        var counts: [AgentHandle: Int] = [:]
        for quote in quotes.quotes.elements {
            if let speaker = quote.speaker, let affiliation = quotes.speakers[speaker].affiliation, isPossibleAuthor(affiliation) {
                counts[affiliation, default: 0] += 1
            }
        }
        if let best = counts.max(by: { ($0.value, -$0.key.position) < ($1.value, -$1.key.position) }) {
            return [best.key]
        }
        for scanned in document.paragraphs where document.role(of: scanned.index) == .heading && scanned.token(0, is: "about") {
            if let about = agents.agents(in: 1..<scanned.tokens.count, of: scanned).first, isPossibleAuthor(about.agent) {
                return [about.agent]
            }
        }
        for scanned in document.paragraphs {
            let speaksAsOwner = scanned.tokens.indices.contains { scanned.token($0, isOneOf: ["our", "ourselves"]) }
            for sentence in scanned.sentences {
                for found in agents.agents(in: sentence, of: scanned) where isPossibleAuthor(found.agent) {
                    let token = scanned.tokenIndex(atOrAfter: found.span.start)
                    let atPlace = scanned.token(token - 1, is: "at") && scanned.isFirstPerson(sentence)
                    // Partners named after "with", "by" or "like" are not the author.
                    let named = (sentence.lowerBound..<token).contains { scanned.token($0, isOneOf: ["with", "by", "like", "including", "join", "joins"]) }
                    if atPlace || (speaksAsOwner && !named) {
                        return [found.agent]
                    }
                }
            }
        }
        return []
    }

    /// Institutions and committees are not the issuers of the advocacy documents this
    /// converter reads; organisations and coalitions are.
    private func isPossibleAuthor(_ agent: AgentHandle) -> Bool {
        let found = agents.agents[agent]
        guard found.role != .committee, found.gazetteerID == nil else { return false }
        // "Parliament", "the Government": institutions named by a common noun.
        return !vocabulary.institutionNouns.contains(AgentRegistry.key(found.name))
    }
}
