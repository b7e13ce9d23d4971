/// The fourth stage: laws and legislative proposals — capitalised law names ("… Act (XA)"),
/// "the proposed Regulation to …", their acronyms and references back ("the proposal"),
/// printed identifiers, proposer and date.
struct ProposalStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary
    let agentLayer: AgentLayer
    private var agents: AgentRegistry { agentLayer.agents }
    private var laws = FindingList<LawFinding>()
    private var mainLawIndex: LawHandle?
    private var lawMentions: [Int: [LawMention]] = [:]

    /// The laws of a document.
    static func run(_ document: AnalyzedDocument, vocabulary: Vocabulary, agents: AgentLayer) -> ProposalLayer {
        var stage = ProposalStage(document: document, vocabulary: vocabulary, agentLayer: agents)
        stage.recogniseProposals()
        return ProposalLayer(laws: stage.laws, mainLaw: stage.mainLawIndex, mentionsByParagraph: stage.lawMentions)
    }

    private init(document: AnalyzedDocument, vocabulary: Vocabulary, agentLayer: AgentLayer) {
        self.document = document
        self.vocabulary = vocabulary
        self.agentLayer = agentLayer
    }

    /// Legislative proposals: capitalised law names ("Cyber Resilience Act (CRA)"),
    /// "the proposed Regulation to …", their acronyms and references back ("the proposal"),
    /// printed identifiers (COM numbers, procedure numbers), proposer and date.
    private mutating func recogniseProposals() {
        // In a headline in title case a law's name runs into the verbs around it ("Senate Passes
        // Harbour Bill"): such a name counts only when the body names the same law.
        let bodyLaws = document.paragraphs.filter { $0.role != .title }.flatMap { paragraph in
            agentLayer.names[paragraph.index].filter { $0.category == .law && $0.words.count > 1 }
                .map { Set(LawFinding.contentWords(of: $0.text, fillers: vocabulary.lawNameFillers)) }
        }
        for scanned in document.paragraphs {
            let checkAgainstBody = scanned.role == .title && scanned.isTitleCase
            for phrase in agentLayer.names[scanned.index] where phrase.category == .law && phrase.words.count > 1 {
                if checkAgainstBody {
                    let words = Set(LawFinding.contentWords(of: phrase.text, fillers: vocabulary.lawNameFillers))
                    guard bodyLaws.contains(where: { !$0.isEmpty && ($0.isSubset(of: words) || words.isSubset(of: $0)) }) else { continue }
                }
                var name = phrase.text
                let span = phrase.span(in: scanned)
                let proposed = scanned.token(phrase.first - 1, is: "proposed") || scanned.token(phrase.first - 1, is: "draft")
                    || scanned.token(phrase.end, is: "proposal") || (phrase.end + 1 < scanned.tokens.count && scanned.token(phrase.end + 1, is: "proposal"))
                if let first = phrase.words.first, first == "eu" || first == "ec", phrase.words.count > 2 {
                    name = phrase.text  // keep "EU Cyber Resilience Act" as written
                }
                let law = recordLaw(name: name, acronym: phrase.acronym, span: span, proposed: proposed)
                if let acronymSpan = phrase.acronymSpan(in: scanned) { laws[law].mentions.append(acronymSpan) }
            }
            recordProposedClauses(in: scanned)
        }
        guard !laws.isEmpty else { return }
        mainLawIndex = mainLaw()
        recordLawAcronymsAndReferences()
        lawMentions = ProposalLayer.index(laws)
        for scanned in document.paragraphs { recordIdentifiersProposersAndDates(in: scanned) }
        // A law is a proposal when the text treats it as one: called a proposal or bill,
        // named in the headline, mentioned more than once, or named where the text speaks of
        // passing or proposing law ("these bills", "the Senate voted").
        for index in laws.lazyHandles {
            let inTitle = laws[index].mentions.contains { document.role(of: $0.paragraph) == .title }
            laws[index].inTitle = inTitle
            if inTitle || laws[index].mentions.count > 1 || !laws[index].identifiers.isEmpty
                || laws[index].mentions.contains(where: { speaksOfLegislation(around: $0) })
            {
                laws[index].isProposal = true
            }
        }
    }

    @discardableResult
    private mutating func recordLaw(name: String, acronym: String?, span: SourceSpan, proposed: Bool) -> LawHandle {
        let words = Set(LawFinding.contentWords(of: name, fillers: vocabulary.lawNameFillers))
        if let existing = laws.firstHandle(where: { law in
            let other = law.contentWords
            return (acronym != nil && law.acronym == acronym) || (!words.isEmpty && (words.isSubset(of: other) || other.isSubset(of: words)))
        }) {
            if !laws[existing].mentions.contains(span) { laws[existing].mentions.append(span) }
            if laws[existing].acronym == nil { laws[existing].acronym = acronym }
            if name != laws[existing].name, !laws[existing].aliases.contains(name) { laws[existing].aliases.append(name) }
            laws[existing].isProposal = laws[existing].isProposal || proposed
            return existing
        }
        let head = AgentRegistry.key(name).split(separator: " ").last.map(String.init) ?? ""
        return laws.append(
            LawFinding(
                name: name, acronym: acronym, mentions: [span], isProposal: proposed || vocabulary.proposalHeads.contains(head),
                fillers: vocabulary.lawNameFillers))
    }

    /// "the proposed Regulation to prevent and combat child sexual abuse".
    private mutating func recordProposedClauses(in scanned: AnalyzedParagraph) {
        for i in scanned.tokens.indices where scanned.cues[i].contains(.proposed) {
            let head = i + 1
            guard scanned.tokens.indices.contains(head), scanned.tokens[head].isCapitalised,
                scanned.token(head, isOneOf: vocabulary.lawHeads), scanned.token(head + 1, is: "to")
            else { continue }
            var last = head + 1
            var j = head + 2
            while j < scanned.tokens.count, j < head + 10, scanned.tokens[j].kind == .word,
                !scanned.token(j, isOneOf: vocabulary.proposalClauseStops)
            {
                last = j
                j += 1
            }
            guard last > head + 1 else { continue }
            let start = scanned.token(i - 1, is: "the") ? i - 1 : i
            recordLaw(
                name: scanned.string(tokens: head, through: last), acronym: nil, span: scanned.span(start, last),
                proposed: true)
        }
    }

    /// Acronyms of laws ("CRA", "DSA" for "Digital Services Act") and references back to the
    /// main law ("the proposal", "This Bill", "its proposal").
    private mutating func recordLawAcronymsAndReferences() {
        var acronyms: [String: LawHandle] = [:]
        for (index, law) in laws.lazyWithHandles {
            if let acronym = law.acronym { acronyms[acronym] = index }
            let initials = String(LawFinding.contentWords(of: law.name, fillers: vocabulary.lawNameFillers).compactMap(\.first)).uppercased()
            if initials.count >= 2, acronyms[initials] == nil { acronyms[initials] = index }
        }
        let main = mainLawIndex
        var known = ProposalLayer.index(laws)
        for scanned in document.paragraphs {
            func isKnown(_ span: SourceSpan) -> Bool { known[scanned.index]?.contains { $0.span.overlaps(span) } ?? false }
            for (i, token) in scanned.tokens.enumerated() where token.kind == .word {
                let span = SourceSpan(paragraph: scanned.index, start: token.start, end: token.end)
                if token.isAllCaps, let law = acronyms[scanned.string(of: token)] {
                    if !isKnown(span) {
                        laws[law].mentions.append(span)
                        known[scanned.index, default: []].append(LawMention(law: law, span: span))
                    }
                    continue
                }
                guard let main, scanned.cues[i].contains(.lawReference),
                    scanned.token(i - 1, isOneOf: ["the", "this", "a", "its", "their", "that"]),
                    !scanned.tokens.indices.contains(i + 1) || !scanned.tokens[i + 1].isCapitalised
                else { continue }
                let reference = scanned.span(i - 1, i)
                if !isKnown(reference) {
                    laws[main].mentions.append(reference)
                    known[scanned.index, default: []].append(LawMention(law: main, span: reference))
                }
            }
        }
    }

    /// The law the text is mostly about: the first proposal named in the headline, else the
    /// most mentioned proposal, else the most mentioned law.
    private func mainLaw() -> LawHandle? {
        if let titled = laws.firstHandle(where: { law in law.mentions.contains { document.role(of: $0.paragraph) == .title } }) {
            return titled
        }
        return laws.handles.max { (laws[$0].isProposal ? 1000 : 0) + laws[$0].mentions.count < (laws[$1].isProposal ? 1000 : 0) + laws[$1].mentions.count }
    }

    /// Printed identifiers ("2005/0127 (COD)", "COM(2022) 209"), the proposer ("The European
    /// Commission has issued a proposal") and the date ("in May 2022") of the law a sentence names.
    private mutating func recordIdentifiersProposersAndDates(in scanned: AnalyzedParagraph) {
        let printed = Self.mayPrintIdentifiers(scanned) ? LegislativeIdentifierRecognizer.identifiers(in: scanned.scalars) : []
        for sentence in scanned.sentences {
            let lower = scanned.tokens[sentence.lowerBound].start
            let upper = scanned.tokens[sentence.upperBound - 1].end
            let named = ProposalLayer.laws(mentionedIn: sentence, of: scanned, index: lawMentions)
            let speaksOfProposal = sentence.contains { scanned.cues[$0].contains(.proposing) }
            guard let law = named.first ?? (speaksOfProposal ? mainLawIndex : nil) else { continue }
            for match in printed where match.start >= lower && match.end <= upper && !laws[law].identifiers.contains(match.identifier) {
                laws[law].identifiers.append(match.identifier)
                laws[law].isProposal = true
            }
            guard speaksOfProposal else { continue }
            // The proposer is an institution or government the sentence names ("The European
            // Commission has issued a proposal", "EC … Regulation Proposal").
            if laws[law].proposer == nil,
                let proposer = agents.agents(in: sentence, of: scanned).first(where: { isInstitution(agents.agents[$0.agent]) })
            {
                laws[law].proposer = proposer.agent
            }
            // Dates need a month's name or a year: skip sentences without one.
            guard sentence.contains(where: { scanned.cues[$0].contains(.month) || (scanned.tokens[$0].kind == .number && scanned.tokens[$0].end - scanned.tokens[$0].start == 4) }) else {
                continue
            }
            if laws[law].date == nil {
                let text = scanned.string(lower, upper)
                if let (date, range) = DateText.parse(text), date.precision != .year || text.contains("in ") {
                    laws[law].date = date
                    laws[law].dateMentions.append(
                        SourceSpan(paragraph: scanned.index, start: lower + range.lowerBound, end: lower + range.upperBound))
                }
            } else if let date = laws[law].date {
                let text = scanned.string(lower, upper)
                if let (found, range) = DateText.parse(text), found == date {
                    let mention = SourceSpan(paragraph: scanned.index, start: lower + range.lowerBound, end: lower + range.upperBound)
                    if !laws[law].dateMentions.contains(mention) { laws[law].dateMentions.append(mention) }
                }
            }
        }
    }

    /// Whether an agent is an institution or government that can propose law.
    private func isInstitution(_ agent: AgentFinding) -> Bool {
        if let kind = agent.kind, kind == .euInstitution || kind == .government || kind == .parliament { return true }
        let key = AgentRegistry.key(agent.name)
        return vocabulary.proposerNouns.contains { key.hasSuffix($0) || key.hasPrefix($0) }
    }

    /// Whether the paragraph of a mention speaks of passing or proposing law outside any law's
    /// mention, and the mention is not of the law in force ("amend the Data Act", "the Data Act
    /// of 1998").
    private func speaksOfLegislation(around mention: SourceSpan) -> Bool {
        let paragraph = document.paragraphs[mention.paragraph]
        let first = paragraph.tokenIndex(atOrAfter: mention.start)
        let after = paragraph.tokenIndex(atOrAfter: mention.end)
        let before = paragraph.token(first - 1, is: "the") ? first - 2 : first - 1
        if paragraph.token(before, isOneOf: vocabulary.existingLawMarkers) { return false }
        let year = paragraph.token(after, is: "of") ? after + 1 : after
        if paragraph.tokens.indices.contains(year), paragraph.tokens[year].kind == .number, paragraph.tokens[year].end - paragraph.tokens[year].start == 4 {
            return false
        }
        let mentioned = lawMentions[mention.paragraph] ?? []
        return paragraph.tokens.indices.contains { i in
            let token = paragraph.tokens[i]
            return paragraph.cues[i].contains(.legislativeAction)
                && !mentioned.contains { $0.span.start <= token.start && token.end <= $0.span.end }
        }
    }

    /// Whether a paragraph may print a legislative identifier, so that most paragraphs are
    /// not scanned: a number right after a capital letter, an all-capitals word, "Bill" or
    /// "No." ("H.R. 7032", "HB 6", "COM(2022) 209", "Bill C-51"), a number glued to capitals
    /// ("52022PC0209") or "2022/0155".
    private static func mayPrintIdentifiers(_ scanned: AnalyzedParagraph) -> Bool {
        let tokens = scanned.tokens
        for (i, token) in tokens.enumerated() where token.kind == .number {
            if i + 1 < tokens.count, tokens[i + 1].start == token.end, tokens[i + 1].isAllCaps || scanned.token(i + 1, isPunctuation: "/") {
                return true
            }
            // The word right before the number, or before one mark ("H.R. 7032", "COM(2022)", "C-51", "No. 373").
            let k = i > 0 && tokens[i - 1].kind == .punctuation ? i - 2 : i - 1
            guard k >= 0, tokens[k].kind == .word else { continue }
            if tokens[k].isAllCaps || (tokens[k].isCapitalised && tokens[k].end - tokens[k].start == 1)
                || scanned.token(k, is: "bill") || scanned.token(k, is: "no")
            {
                return true
            }
        }
        return false
    }
}
