/// The eighth stage: asks — "urge X to …", "call on X to … and to …", "X need(s) to / must /
/// should …", "there should be …", "suggesting X …", "Please …", and imperative
/// recommendations in a list.
struct DemandStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary
    let agents: AgentRegistry
    let roleMentions: [AgentLayer.RoleMention]
    let quotes: QuoteLayer
    let proposals: ProposalLayer
    let authors: AuthorLayer
    private var demands = FindingList<DemandFinding>()

    /// The demands of a document.
    static func run(
        _ document: AnalyzedDocument, vocabulary: Vocabulary, agents: AgentLayer, coalitions: CoalitionLayer, quotes: QuoteLayer,
        proposals: ProposalLayer, authors: AuthorLayer
    ) -> DemandLayer {
        var stage = DemandStage(
            document: document, vocabulary: vocabulary, agents: coalitions.agents, roleMentions: agents.roleMentions, quotes: quotes,
            proposals: proposals, authors: authors)
        stage.recogniseDemands()
        return DemandLayer(demands: stage.demands)
    }

    private init(
        document: AnalyzedDocument, vocabulary: Vocabulary, agents: AgentRegistry, roleMentions: [AgentLayer.RoleMention],
        quotes: QuoteLayer, proposals: ProposalLayer, authors: AuthorLayer
    ) {
        self.document = document
        self.vocabulary = vocabulary
        self.agents = agents
        self.roleMentions = roleMentions
        self.quotes = quotes
        self.proposals = proposals
        self.authors = authors
    }

    private mutating func recogniseDemands() {
        for scanned in document.paragraphs where scanned.role != .title && scanned.role != .dateLine {
            if recordListItem(in: scanned) {
                continue
            }
            for sentence in scanned.sentences where !Self.isQuestion(sentence, in: scanned) {
                recordPlease(in: sentence, of: scanned)
                recordImperative(in: sentence, of: scanned)
                recordAsks(in: sentence, of: scanned)
                recordObligations(in: sentence, of: scanned)
                recordHopes(in: sentence, of: scanned)
            }
        }
    }

    /// Whether a sentence asks a question ("Does the Council really need to wait?").
    private static func isQuestion(_ sentence: Range<Int>, in scanned: AnalyzedParagraph) -> Bool {
        guard let last = sentence.last else { return false }
        return (max(sentence.lowerBound, last - 2)...last).contains { scanned.token($0, isPunctuation: "?") }
    }

    /// Whether a paragraph announces a list of asks ("we make the following recommendations:").
    private func announcesList(_ scanned: AnalyzedParagraph) -> Bool {
        scanned.text.hasSuffix(":")
            || scanned.folded.contains { $0.hasPrefix("recommend") || $0.hasPrefix("demand") || $0 == "following" }
            || scanned.tokens.indices.contains { scanned.match(["call", "for"], at: $0) != nil || scanned.match(["we", "ask"], at: $0) != nil }
    }

    /// "1. Define AI components clearly," after "we make the following recommendations:" (any
    /// item of an announced list), or an item that opens with an imperative verb.
    private mutating func recordListItem(in scanned: AnalyzedParagraph) -> Bool {
        var first = 0
        if scanned.tokens.first?.kind == .number, scanned.token(1, isPunctuation: ".") || scanned.token(1, isPunctuation: ")") {
            first = 2
        } else if scanned.token(0, isPunctuation: "-") || scanned.token(0, isPunctuation: "•") || scanned.token(0, isPunctuation: "*") {
            first = 1
        } else {
            return false
        }
        let previous = scanned.index - 1
        let afterAnnouncement = previous >= 0 && document.role(of: previous) != .title && document.role(of: previous) != .dateLine && announcesList(document.paragraphs[previous])
        let inList = afterAnnouncement || demands.elements.last.map { $0.addressees.isEmpty && $0.span.paragraph == scanned.index - 1 } == true
        guard scanned.tokens.indices.contains(first), scanned.tokens[first].kind == .word,
            inList ? scanned.tokens[first].isCapitalised : scanned.token(first, isOneOf: vocabulary.imperativeVerbs)
        else { return false }
        var last = scanned.tokens.count - 1
        while last > first, scanned.tokens[last].kind == .punctuation, !scanned.token(last, isPunctuation: ")") { last -= 1 }
        let span = scanned.span(first, last)
        demands.append(
            DemandFinding(
                action: scanned.string(tokens: first, through: last), span: span, addressees: [],
                law: proposals.lawsMentioned(in: first..<(last + 1), of: scanned).first))
        return true
    }

    /// "urge X to …", "call on X to …", "encourage X to …", "urging the prompt tabling of …".
    private mutating func recordAsks(in sentence: Range<Int>, of scanned: AnalyzedParagraph) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard scanned.cues[i].contains(.ask) else {
                i += 1
                continue
            }
            var addresseeStart: Int
            if scanned.token(i, isOneOf: vocabulary.callVerbs), scanned.token(i + 1, isOneOf: ["on", "upon"]) {
                addresseeStart = i + 2
            } else if scanned.token(i, isOneOf: vocabulary.askVerbs) {
                addresseeStart = i + 1
            } else if scanned.token(i, isOneOf: vocabulary.suggestVerbs), isOwnVoice(sentence, before: i, in: scanned) {
                recordSuggestion(at: i, in: sentence, of: scanned)
                i += 1
                continue
            } else {
                i += 1
                continue
            }
            // Third parties' asks are reported, not made: "the Committee recommended", "MEPs urge".
            if let subject = agents.agents(in: sentence.lowerBound..<i, of: scanned).last, isThirdPartyBody(agents.agents[subject.agent]),
                !authors.contains(subject.agent), !isOwnVoice(sentence, before: i, in: scanned)
            {
                i += 1
                continue
            }
            guard let to = infinitiveMarker(after: addresseeStart, in: sentence, of: scanned), to > addresseeStart
            else {
                // "urging the prompt tabling of the … Bill": the object is the ask.
                if scanned.lowercased(i).hasSuffix("ing"), scanned.token(addresseeStart, is: "the") {
                    recordDemand(from: addresseeStart, in: sentence, of: scanned, addressees: [])
                }
                i += 1
                continue
            }
            // "to the timetable": a preposition, not an infinitive.
            if scanned.token(to + 1, isOneOf: ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my"])
                || scanned.tokens.indices.contains(to + 1) && scanned.tokens[to + 1].kind == .number
            {
                i += 1
                continue
            }
            let addressees = addresseeList(from: addresseeStart, to: to, in: scanned)
            guard !addressees.isEmpty else {
                i += 1
                continue
            }
            // "to live up to … and to take a critical look …": one demand per coordinated ask.
            var actionStart = to + 1
            var end = recordDemand(from: actionStart, in: sentence, of: scanned, addressees: addressees, stopAtCoordinatedAsk: true)
            while end + 2 < sentence.upperBound, scanned.token(end, is: "and"), scanned.token(end + 1, is: "to") {
                actionStart = end + 2
                end = recordDemand(from: actionStart, in: sentence, of: scanned, addressees: addressees, stopAtCoordinatedAsk: true)
            }
            i = max(i + 1, end)
        }
    }

    /// "suggesting the European Commission clearly excludes …".
    private mutating func recordSuggestion(at i: Int, in sentence: Range<Int>, of scanned: AnalyzedParagraph) {
        var start = i + 1
        if scanned.token(start, is: "that") { start += 1 }
        guard let addressee = agents.firstAgent(in: start..<min(sentence.upperBound, start + 8), of: scanned),
            scanned.tokenIndex(atOrAfter: addressee.span.start) <= start + 1
        else { return }
        let name = NameForms.withoutArticle(scanned.string(addressee.span.start, addressee.span.end))
        recordDemand(from: start, in: sentence, of: scanned, addressees: [.init(name: name, agent: addressee.agent, span: addressee.span)])
    }

    /// "X need(s) to …", "X must …", "X should …", "there should be …".
    private mutating func recordObligations(in sentence: Range<Int>, of scanned: AnalyzedParagraph) {
        for i in sentence where scanned.cues[i].contains(.obligation) {
            let isModal = scanned.token(i, isOneOf: vocabulary.modalVerbs)
            let isNeed = scanned.token(i, isOneOf: vocabulary.needVerbs) && scanned.token(i + 1, is: "to")
            guard isModal || isNeed, i > sentence.lowerBound else { continue }
            guard !scanned.token(i + 1, is: "not"), !scanned.token(i + (isNeed ? 2 : 1), is: "not") else { continue }
            // "the tools it needs to …": a pronoun is the subject.
            let beforeModal = scanned.token(i - 1, isOneOf: vocabulary.obligationAdverbs) ? i - 2 : i - 1
            guard !scanned.token(beforeModal, isOneOf: vocabulary.nonActorSubjects) else { continue }
            // The subject: the words before the modal back to the clause start.
            var start = i - 1
            if scanned.token(start, isOneOf: vocabulary.obligationAdverbs) { start -= 1 }
            let subjectEnd = start
            while start > sentence.lowerBound, scanned.tokens[start - 1].kind == .word,
                !scanned.token(start - 1, isOneOf: ["that", "and", "but", "because", "if", "when", "while", "why", "how", "so"]),
                subjectEnd - start < 6
            {
                start -= 1
            }
            guard start <= subjectEnd, !scanned.token(start, isOneOf: vocabulary.nonActorSubjects) else { continue }
            let subjectSpan = scanned.span(start, subjectEnd)
            if scanned.token(subjectEnd, is: "there"), scanned.token(i + 1, is: "be") {
                recordDemand(from: start, in: sentence, of: scanned, addressees: [])
                continue
            }
            let roles = roleMentions.filter { $0.span.isInside(subjectSpan) }
            let subjectAgents = agents.agents(in: start..<(subjectEnd + 1), of: scanned)
            let speaksOfLaw = proposals.lawsMentioned(in: start..<(subjectEnd + 1), of: scanned).first != nil
                || scanned.token(subjectEnd, isOneOf: ["law", "legislation", "regulation", "directive", "act", "bill", "proposal"])
            if let role = roles.first {
                let name = scanned.string(role.span.start, role.span.end)
                recordDemand(from: start, in: sentence, of: scanned, addressees: [.init(name: NameForms.withoutArticle(name), agent: nil, span: role.span)])
            } else if let agent = subjectAgents.first, !authors.contains(agent.agent) {
                let name = scanned.string(agent.span.start, agent.span.end)
                recordDemand(
                    from: start, in: sentence, of: scanned,
                    addressees: [.init(name: NameForms.withoutArticle(name), agent: agent.agent, span: agent.span)])
            } else if speaksOfLaw {
                recordDemand(from: start, in: sentence, of: scanned, addressees: [])
            } else if subjectEnd - start < 3, scanned.tokens[subjectEnd].kind == .word, scanned.token(subjectEnd, isOneOf: vocabulary.actorNouns),
                start == sentence.lowerBound || scanned.token(start - 1, isPunctuation: ",")
            {
                // "Regulators should also fine …": a group of actors named by a plural noun.
                let name = NameForms.withoutArticle(scanned.string(tokens: start, through: subjectEnd))
                recordDemand(from: start, in: sentence, of: scanned, addressees: [.init(name: name, agent: nil, span: subjectSpan)])
            }
        }
    }

    /// "Please sign the petition before the vote …".
    /// "Please …", "Readers in Canada, please …": the whole sentence is the ask.
    private mutating func recordPlease(in sentence: Range<Int>, of scanned: AnalyzedParagraph) {
        guard sentence.count > 3 else { return }
        let please = sentence.prefix(6).first { scanned.token($0, isOneOf: vocabulary.politeAsks) }
        guard let please, please == sentence.lowerBound || scanned.token(please - 1, isPunctuation: ",") else { return }
        var addressees: [DemandFinding.Addressee] = []
        if please > sentence.lowerBound + 1 {
            let vocative = sentence.lowerBound..<(please - 1)
            addressees = [.init(name: scanned.string(tokens: vocative.lowerBound, through: vocative.upperBound - 1), agent: nil,
                                span: scanned.span(vocative.lowerBound, vocative.upperBound - 1))]
        }
        recordDemand(from: sentence.lowerBound, in: sentence, of: scanned, addressees: addressees)
    }

    /// "Sign the petition.", "Elsewhere, keep an eye on …": a sentence that opens (after a short
    /// adverbial) with an imperative verb and its object.
    private mutating func recordImperative(in sentence: Range<Int>, of scanned: AnalyzedParagraph) {
        var verb = sentence.lowerBound
        if let comma = sentence.prefix(6).first(where: { scanned.token($0, isPunctuation: ",") }), comma > sentence.lowerBound,
            (sentence.lowerBound..<comma).allSatisfy({ scanned.tokens[$0].kind == .word && !scanned.token($0, hasCue: .firstPerson) })
        {
            verb = comma + 1
        }
        guard sentence.count > 3, verb + 1 < sentence.upperBound, scanned.tokens[verb].isCapitalised || verb > sentence.lowerBound,
            scanned.token(verb, isOneOf: vocabulary.imperativeVerbs), scanned.token(verb + 1, isOneOf: vocabulary.imperativeObjects),
            !scanned.isFirstPerson(sentence)
        else { return }
        recordDemand(from: sentence.lowerBound, in: sentence, of: scanned, addressees: [])
    }

    /// "We hope Senators will …", "we hope you’ll …": an ask put as a hope.
    private mutating func recordHopes(in sentence: Range<Int>, of scanned: AnalyzedParagraph) {
        for i in sentence where scanned.cues[i].contains(.hope) && scanned.isFirstPerson(max(sentence.lowerBound, i - 2)..<i) {
            var subject = i + 1
            if scanned.token(subject, is: "that") { subject += 1 }
            guard let will = (subject..<min(sentence.upperBound, subject + 5)).first(where: {
                scanned.token($0, isOneOf: ["will", "would", "can", "'ll", "ll"]) || scanned.lowercased($0).hasSuffix("'ll")
            }) else { continue }
            guard will >= subject else { continue }
            let name = scanned.string(tokens: subject, through: max(subject, will - (scanned.lowercased(will).hasSuffix("'ll") ? 0 : 1)))
            let span = scanned.span(subject, max(subject, will - 1))
            recordDemand(
                from: sentence.lowerBound, in: sentence, of: scanned,
                addressees: [.init(name: NameForms.withoutArticle(name), agent: agents.firstAgent(in: subject..<will, of: scanned)?.agent, span: span)])
            return
        }
    }

    /// Bodies whose asks the author reports rather than makes: committees, parliaments,
    /// governments and institutions.
    private func isThirdPartyBody(_ agent: AgentFinding) -> Bool {
        if agent.role == .committee { return true }
        guard let kind = agent.kind else { return false }
        return kind == .parliament || kind == .government || kind == .euInstitution || kind == .euBody
    }

    /// Records the demand whose text runs from token `start` to the end of the sentence (or to a
    /// coordinated "and to …"); returns the token index where it ended.
    @discardableResult
    private mutating func recordDemand(
        from start: Int, in sentence: Range<Int>, of scanned: AnalyzedParagraph,
        addressees: [DemandFinding.Addressee], stopAtCoordinatedAsk: Bool = false
    ) -> Int {
        var end = sentence.upperBound
        if stopAtCoordinatedAsk {
            for j in (start + 1)..<max(start + 1, sentence.upperBound - 1) where scanned.token(j, is: "and") && scanned.token(j + 1, is: "to") {
                end = j
                break
            }
        }
        var last = end - 1
        while last > start, scanned.tokens[last].kind == .punctuation, !scanned.token(last, isPunctuation: ")") { last -= 1 }
        guard last > start else { return end }
        let span = scanned.span(start, last)
        // Demands come in reading order, so only those of this paragraph can overlap.
        let samePlace = demands.elements.reversed().prefix { $0.span.paragraph == span.paragraph }
        guard !samePlace.contains(where: { $0.span.overlaps(span) && ($0.span.start == span.start || $0.span.end == span.end) }) else {
            return end
        }
        // An ask repeated word for word is one ask.
        let action = scanned.string(tokens: start, through: last)
        guard !demands.elements.contains(where: { $0.action == action }) else { return end }
        demands.append(
            DemandFinding(
                action: scanned.string(tokens: start, through: last), span: span, addressees: addressees,
                quote: quotes.quote(containing: span), law: proposals.lawsMentioned(in: start..<(last + 1), of: scanned).first))
        return end
    }

    /// The "to" that ends the addressees starting at token `start`, within 14 words, a name
    /// the text mentions counting as one ("call on the Committee on Industry, Research and
    /// Energy (ITRE) and the Council to …").
    private func infinitiveMarker(after start: Int, in sentence: Range<Int>, of scanned: AnalyzedParagraph) -> Int? {
        let window = 14
        let names = agents.agents(in: start..<min(sentence.upperBound, start + 4 * window), of: scanned)
        var nextName = 0
        var words = 0
        var j = start
        while j < sentence.upperBound, words < window {
            if scanned.token(j, is: "to") { return j }
            while nextName < names.count, names[nextName].span.start < scanned.tokens[j].start { nextName += 1 }
            if nextName < names.count, names[nextName].span.start == scanned.tokens[j].start {
                j = max(j + 1, scanned.tokenIndex(atOrAfter: names[nextName].span.end))
            } else {
                j += 1
            }
            words += 1
        }
        return nil
    }

    /// "EU decision-makers", "the Senate and the House": the
    /// addressees between an ask verb and its "to".
    private func addresseeList(from start: Int, to end: Int, in scanned: AnalyzedParagraph) -> [DemandFinding.Addressee] {
        // A comma or "and" inside a name ("the Committee on Industry, Research and Energy")
        // does not end an addressee; the names are in reading order, so one pass finds them.
        let names = agents.agents(in: start..<end, of: scanned)
        var nextName = 0
        func insideName(_ token: Int) -> Bool {
            let offset = scanned.tokens[token].start
            while nextName < names.count, names[nextName].span.end <= offset { nextName += 1 }
            return nextName < names.count && names[nextName].span.start < offset
        }
        var parts: [Range<Int>] = []
        var partStart = start
        for j in start..<end where (scanned.token(j, is: "and") || scanned.token(j, isPunctuation: ",")) && !insideName(j) {
            if j > partStart { parts.append(partStart..<j) }
            partStart = j + 1
        }
        if end > partStart { parts.append(partStart..<end) }
        var result: [DemandFinding.Addressee] = []
        for part in parts {
            var first = part.lowerBound
            if scanned.token(first, isOneOf: ["the", "all", "our"]) { first += 1 }
            guard first < part.upperBound, !scanned.token(first, isOneOf: vocabulary.nonActorSubjects) else { continue }
            let mention = agents.firstAgent(in: first..<part.upperBound, of: scanned)
            // An addressee is a name or a noun phrase of a few words, not a clause ("arises from …",
            // "for $45 million"); a name that opens it counts as one word.
            let nameLength = mention.map { mention -> Int in
                guard scanned.tokenIndex(atOrAfter: mention.span.start) == first else { return 0 }
                return scanned.tokenIndex(atOrAfter: mention.span.end) - first - 1
            } ?? 0
            let words = part.upperBound - first - max(0, nameLength)
            let opensLikeAName = scanned.tokens[first].isCapitalised || scanned.token(first, isOneOf: ["my", "your", "their", "every", "each"])
                || scanned.token(first, isOneOf: vocabulary.actorNouns)
                || roleMentions.contains { scanned.tokenIndex(atOrAfter: $0.span.start) == first && $0.span.paragraph == scanned.index }
            guard scanned.tokens[first].kind == .word, words <= 6, opensLikeAName || words <= 2
            else { return [] }
            let span = scanned.span(first, part.upperBound - 1)
            result.append(.init(name: scanned.string(tokens: first, through: part.upperBound - 1), agent: mention?.agent, span: span))
        }
        return result.count <= 4 ? result : []
    }

    /// Whether the author speaks in a sentence: first person, or no third party as subject.
    private func isOwnVoice(_ sentence: Range<Int>, before i: Int, in scanned: AnalyzedParagraph) -> Bool {
        scanned.isFirstPerson(sentence.lowerBound..<i)
    }
}
