/// The sixth stage: the issuers, by the strongest evidence the text gives — the page's
/// metadata; the organisations a headline opens with ("X, Y and Z praise …"); elected officials
/// named with their title whose surnames the headline names ("Congressman Ruiz Introduces …");
/// the subject of the headline; the organisation that "released the following statement"; the
/// speakers' organisation; the organisation of an "About …" section; one the text speaks of as
/// "our" / "at X" in the first person; else, in a text in the first person plural, the
/// organisation it names most.
struct AuthorStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary
    let agentLayer: AgentLayer
    let quotes: QuoteLayer
    private var agents: AgentRegistry { agentLayer.agents }

    /// The issuers of a document.
    static func run(_ document: AnalyzedDocument, vocabulary: Vocabulary, agents: AgentLayer, quotes: QuoteLayer) -> AuthorLayer {
        let stage = AuthorStage(document: document, vocabulary: vocabulary, agentLayer: agents, quotes: quotes)
        let fromMetadata = document.metadata.authors.compactMap { agents.agents.index(of: $0) }
        if !fromMetadata.isEmpty { return AuthorLayer(authors: fromMetadata) }
        let subjects = agents.headlineSubjects.filter(stage.isPossibleAuthor)
        if subjects.count == agents.headlineSubjects.count, !subjects.isEmpty { return AuthorLayer(authors: subjects) }
        let people = stage.issuingPeople()
        if !people.isEmpty { return AuthorLayer(authors: [], people: people) }
        return AuthorLayer(authors: stage.authors())
    }

    /// Officials named with a title ("Congresswoman Ana Ruiz", "Senator Lee Park, M.D.") in the
    /// first paragraphs of the body, whose surnames the headline names.
    private func issuingPeople() -> [IssuerPerson] {
        guard let title = document.titleParagraph else { return [] }
        let headline = document.paragraphs[title]
        // The surnames the headline names, unless it asks them ("… Urging Governor Ruiz to …"):
        // made the first time a body paragraph names a titled person (most texts name none).
        var named: Set<String>?
        var people: [IssuerPerson] = []
        for scanned in document.paragraphs.filter({ $0.role == .body }).prefix(3) {
            for i in scanned.tokens.indices where scanned.tokens[i].isCapitalised && scanned.token(i, isOneOf: vocabulary.legislatorTitles) {
                guard let person = titledPerson(at: i, in: scanned), let surname = person.name.split(separator: " ").last else { continue }
                let surnames = named ?? Self.headlineSurnames(headline)
                named = surnames
                guard surnames.contains(String(surname)) else { continue }
                if let known = people.firstIndex(where: { $0.name == person.name }) {
                    people[known].mentions += person.mentions
                } else {
                    people.append(person)
                }
            }
        }
        return people
    }

    /// The words of a headline that may be surnames: every token not within three tokens after
    /// an ask or "to" ("… Urging Governor Ruiz to …" asks Ruiz, it does not name him).
    private static func headlineSurnames(_ headline: AnalyzedParagraph) -> Set<String> {
        Set(headline.tokens.indices.filter { i in
            !((i - 3)..<i).contains { headline.token($0, hasCue: .ask) || headline.token($0, is: "to") }
        }.map { headline.string(of: headline.tokens[$0]) })
    }

    /// "Congressman Brendan F. Boyle", "Congressman Larry Bucshon, M.D." at token `i`: the title,
    /// two to four capitalised words or initials, and a name suffix.
    private func titledPerson(at i: Int, in scanned: AnalyzedParagraph) -> IssuerPerson? {
        var last = i
        var j = i + 1
        while j < scanned.tokens.count, j <= i + 6, scanned.isAdjacent(j - 1) || scanned.token(j, isPunctuation: ".") {
            let token = scanned.tokens[j]
            if token.kind == .word, token.isCapitalised, !scanned.cues[j].contains(.commonCapitalised) {
                last = j
            } else if !(scanned.token(j, isPunctuation: ".") && scanned.tokens[j - 1].end - scanned.tokens[j - 1].start == 1) {
                break
            }
            j += 1
        }
        // No capitalised word after the title: nothing to read (and a title that ends the text
        // has no token after it to look at).
        guard last > i else { return nil }
        let nameWords = ((i + 1)...last).filter { scanned.tokens[$0].kind == .word }
        guard nameWords.count >= 2, let lastWord = nameWords.last, scanned.tokens[lastWord].end - scanned.tokens[lastWord].start > 1
        else { return nil }
        var writtenEnd = last
        // ", M.D.": a suffix after a comma stays with the written name.
        if scanned.token(last + 1, isPunctuation: ","), scanned.tokens.indices.contains(last + 2) {
            var k = last + 2
            var suffix = ""
            while k < scanned.tokens.count, k <= last + 6, scanned.tokens[k].kind != .number {
                let piece = scanned.string(of: scanned.tokens[k])
                guard piece == "." || scanned.tokens[k].kind == .word else { break }
                suffix += piece.lowercased()
                if vocabulary.nameSuffixes.contains(suffix) {
                    writtenEnd = k
                    break
                }
                k += 1
            }
        }
        return IssuerPerson(
            name: scanned.string(tokens: i + 1, through: last), title: scanned.string(of: scanned.tokens[i]),
            written: scanned.string(tokens: i, through: writtenEnd), mentions: [scanned.span(i, last)])
    }

    private func authors() -> [AgentHandle] {
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
        if let issuer = statementIssuer() { return [issuer] }
        if let best = counts.max(by: { ($0.value, -$0.key.position) < ($1.value, -$1.key.position) }) {
            return [best.key]
        }
        for scanned in document.paragraphs where document.role(of: scanned.index) == .heading && scanned.token(0, is: "about") {
            if let about = agents.firstAgent(in: 1..<scanned.tokens.count, of: scanned), isPossibleAuthor(about.agent) {
                return [about.agent]
            }
        }
        for scanned in document.paragraphs {
            // Each of these is read only once a sentence names a possible author (most do not),
            // and then found once per paragraph or sentence, not once per agent (a long
            // sentence with many names, such as a table read as one paragraph, made this
            // quadratic).
            var speaksAsOwner: Bool?
            for sentence in scanned.sentences {
                var isFirstPerson: Bool?
                // Partners named after "with", "by" or "like" are not the author.
                var firstPartnerWord: Int?
                for found in agents.agents(in: sentence, of: scanned) where isPossibleAuthor(found.agent) {
                    let token = scanned.tokenIndex(atOrAfter: found.span.start)
                    if scanned.token(token - 1, is: "at") {
                        if isFirstPerson == nil { isFirstPerson = scanned.isFirstPerson(sentence) }
                        if isFirstPerson == true { return [found.agent] }
                    }
                    if speaksAsOwner == nil {
                        speaksAsOwner = scanned.tokens.indices.contains { scanned.token($0, isOneOf: ["our", "ourselves"]) }
                    }
                    guard speaksAsOwner == true else { continue }
                    if firstPartnerWord == nil {
                        firstPartnerWord =
                            sentence.first { scanned.token($0, isOneOf: ["with", "by", "like", "including", "join", "joins"]) }
                            ?? sentence.upperBound
                    }
                    if let firstPartnerWord, firstPartnerWord >= token { return [found.agent] }
                }
            }
        }
        return (mostNamedInFirstPerson() ?? firstSubjectInFirstPerson()).map { [$0] } ?? []
    }

    /// In a text in the first person plural, the organisation that opens its first paragraph
    /// of running text ("The Harbour Project rarely takes sides …").
    private func firstSubjectInFirstPerson() -> AgentHandle? {
        guard document.paragraphs.contains(where: { $0.isFirstPerson(0..<$0.tokens.count) }),
            let first = document.paragraphs.first(where: { $0.role == .body }), let sentence = first.sentences.first,
            let subject = agents.firstAgent(in: sentence, of: first), first.tokenIndex(atOrAfter: subject.span.start) <= 1,
            isPossibleAuthor(subject.agent)
        else { return nil }
        return subject.agent
    }

    /// "X, a … group, released the following statement": the possible author before an
    /// issuing verb in a sentence about a statement.
    private func statementIssuer() -> AgentHandle? {
        for scanned in document.paragraphs where scanned.role == .body {
            for sentence in scanned.sentences where sentence.contains(where: { scanned.cues[$0].contains(.statementWord) }) {
                guard let verb = sentence.first(where: { scanned.cues[$0].contains(.issuingVerb) }) else { continue }
                if let issuer = agents.agents(in: sentence.lowerBound..<verb, of: scanned).first(where: { isPossibleAuthor($0.agent) }) {
                    return issuer.agent
                }
            }
        }
        return nil
    }

    /// In a text in the first person plural, the organisation it names most (twice at least).
    private func mostNamedInFirstPerson() -> AgentHandle? {
        guard document.paragraphs.contains(where: { $0.isFirstPerson(0..<$0.tokens.count) }) else { return nil }
        let candidates = agents.agents.withHandles.filter { $0.finding.mergedInto == nil && $0.finding.mentions.count >= 2 && isPossibleAuthor($0.handle) }
        return candidates.max { ($0.finding.mentions.count, -$0.handle.position) < ($1.finding.mentions.count, -$1.handle.position) }?.handle
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
