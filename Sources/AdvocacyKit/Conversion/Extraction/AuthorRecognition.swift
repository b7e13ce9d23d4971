extension ExtractionRun {
    /// The issuing organisation, by the strongest evidence the text gives: the page's metadata,
    /// the subject of the headline, the speakers' organisation, the organisation of an "About …"
    /// section, or one the text speaks of as "our" / "at X" in the first person.
    mutating func recogniseAuthors() {
        for name in metadata.authors {
            if let index = agents.index(of: name) {
                authors.append(index)
            }
        }
        guard authors.isEmpty else { return }
        if let title = titleParagraph, let first = agents(in: 0..<min(paragraphs[title].tokens.count, 4), of: paragraphs[title]).first,
            first.span.start == 0 || paragraphs[title].tokenIndex(atOrAfter: first.span.start) == 0, isPossibleAuthor(first.agent)
        {
            authors = [first.agent]
            return
        }
        var counts: [Int: Int] = [:]
        for quote in quotes {
            if let speaker = quote.speaker, let affiliation = speakers[speaker].affiliation, isPossibleAuthor(affiliation) {
                counts[affiliation, default: 0] += 1
            }
        }
        if let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) {
            authors = [best.key]
            return
        }
        for scanned in paragraphs where role(of: scanned.index) == .heading && scanned.token(0, is: "about") {
            if let about = agents(in: 1..<scanned.tokens.count, of: scanned).first, isPossibleAuthor(about.agent) {
                authors = [about.agent]
                return
            }
        }
        for scanned in paragraphs {
            let speaksAsOwner = scanned.tokens.indices.contains { scanned.token($0, isOneOf: ["our", "ourselves"]) }
            for sentence in scanned.sentences {
                for found in agents(in: sentence, of: scanned) where isPossibleAuthor(found.agent) {
                    let token = scanned.tokenIndex(atOrAfter: found.span.start)
                    let atPlace = scanned.token(token - 1, is: "at") && isFirstPerson(sentence, in: scanned)
                    // Partners named after "with", "by" or "like" are not the author.
                    let named = (sentence.lowerBound..<token).contains { scanned.token($0, isOneOf: ["with", "by", "like", "including", "join", "joins"]) }
                    if atPlace || (speaksAsOwner && !named) {
                        authors = [found.agent]
                        return
                    }
                }
            }
        }
    }

    /// Institutions and committees are not the issuers of the advocacy documents this
    /// converter reads; organisations and coalitions are.
    private func isPossibleAuthor(_ agent: Int) -> Bool {
        let found = agents.agents[agent]
        guard found.role != .committee, found.gazetteerID == nil else { return false }
        // "Parliament", "the Government": institutions named by a common noun.
        return !["parliament", "government", "council", "commission", "senate", "congress", "court"].contains(AgentRegistry.key(found.name))
    }
}
