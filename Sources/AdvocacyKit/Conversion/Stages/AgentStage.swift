/// The second stage: organisations, committees and coalitions from gazetteer entries,
/// capitalised names with organisation words, defined acronyms, names in lists and recurring
/// acronyms, merged across their forms ("… (IMCO)" and "IMCO" are one committee).
struct AgentStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary
    let gazetteer: Gazetteer
    /// The gazetteer's matches of each paragraph.
    let gazetteerMatches: [[GazetteerMatch]]
    private var agents = AgentRegistry()
    private var names: [[NamePhrase]] = []
    private var roleMentions: [AgentLayer.RoleMention] = []
    private var bodyMentions: [AgentLayer.BodyMention] = []
    /// Acronyms of terms that are not organisations ("CSAM").
    private var termAcronyms: Set<String> = []

    /// The agents of a document.
    static func run(
        _ document: AnalyzedDocument, vocabulary: Vocabulary, gazetteer: Gazetteer, jurisdiction: JurisdictionLayer
    ) -> AgentLayer {
        var stage = AgentStage(
            document: document, vocabulary: vocabulary, gazetteer: gazetteer, gazetteerMatches: jurisdiction.gazetteerMatches)
        stage.recogniseAgents()
        return AgentLayer(agents: stage.agents, names: stage.names, roleMentions: stage.roleMentions, bodyMentions: stage.bodyMentions)
    }

    private init(document: AnalyzedDocument, vocabulary: Vocabulary, gazetteer: Gazetteer, gazetteerMatches: [[GazetteerMatch]]) {
        self.document = document
        self.vocabulary = vocabulary
        self.gazetteer = gazetteer
        self.gazetteerMatches = gazetteerMatches
    }

    /// Organisations, committees and coalitions: gazetteer entries, capitalised names with
    /// organisation words, defined acronyms, names in lists and recurring acronyms.
    private mutating func recogniseAgents() {
        names = document.paragraphs.map { scanned in
            NamePhrase.find(in: scanned, vocabulary: vocabulary, titleCase: scanned.role == .title && scanned.isTitleCase)
        }
        recordGazetteerMatches()
        var references: [(NamePhrase, AnalyzedParagraph)] = []
        for scanned in document.paragraphs {
            for phrase in names[scanned.index] {
                if phrase.words.allSatisfy(isGenericOrganisationWord) {
                    references.append((phrase, scanned))
                } else {
                    recordName(phrase, in: scanned)
                }
            }
        }
        for scanned in document.paragraphs { recordLists(in: scanned) }
        recordAcronymsAndRecurringNames()
        mergeCompressedNames()
        let nameWords = agents.agents.elements.map { Set(AgentRegistry.key($0.name).split(separator: " ").map(String.init)) }
        for (phrase, scanned) in references { recordReference(phrase, in: scanned, nameWords: nameWords) }
    }

    /// "Committee", "Parliamentary Committee", "Group": words that only refer to a body named elsewhere.
    private func isGenericOrganisationWord(_ word: String) -> Bool {
        vocabulary.organisationHeads.contains(word) || vocabulary.referenceModifiers.contains(word)
    }

    /// "the Committee", "a bipartisan Parliamentary Committee", "The Group": a mention of the
    /// agent whose name holds these words (the nearest one before, else the first after).
    private mutating func recordReference(_ phrase: NamePhrase, in scanned: AnalyzedParagraph, nameWords: [Set<String>]) {
        let words = Set(phrase.words.filter { $0 != "the" })
        guard let head = phrase.words.last else { return }
        let span = phrase.span(in: scanned)
        let candidates = agents.agents.handles.filter { index in
            (agents.agents[index].gazetteerID == nil || agents.agents[index].role == .committee) && words.isSubset(of: nameWords[index.position])
                && nameWords[index.position].contains(head) && nameWords[index.position].count > words.count
        }
        let before = candidates.last { index in agents.agents[index].mentions.contains { $0 < span } }
        guard let target = before ?? candidates.first else { return }
        agents.addMention(span, to: target)
        let form = phrase.text
        if !agents.agents[target].aliases.contains(form), phrase.words.count > 1 || phrase.words != ["the"] {
            agents.record(name: agents.agents[target].name, role: agents.agents[target].role, span: nil, evidence: Evidence(), as: form)
        }
    }

    /// "OpenInfra Foundation" and "OpenInfra" are short forms of "Open Infrastructure Foundation".
    private mutating func mergeCompressedNames() {
        for short in agents.agents.handles.reversed() where agents.agents[short].gazetteerID == nil {
            let name = agents.agents[short].name
            guard NamePhrase.isMixedAcronym(String(name.prefix { $0 != " " })) else { continue }
            let shortWords = name.split(separator: " ").map(String.init)
            guard let first = shortWords.first else { continue }
            let segments = Self.capitalisedSegments(first)
            guard segments.count >= 2 else { continue }
            for long in agents.agents.handles where long != short && agents.agents[long].gazetteerID == nil {
                let longWords = agents.agents[long].name.split(separator: " ").map(String.init)
                guard longWords.count == segments.count + shortWords.count - 1 else { continue }
                let prefixMatches = zip(segments, longWords).allSatisfy { $1.lowercased().hasPrefix($0.lowercased()) }
                let restMatches = Array(longWords.dropFirst(segments.count)) == Array(shortWords.dropFirst())
                if prefixMatches, restMatches {
                    agents.merge(short, into: long)
                    break
                }
            }
        }
    }

    /// "OpenInfra" → ["Open", "Infra"].
    private static func capitalisedSegments(_ word: String) -> [String] {
        var segments: [String] = []
        var current = ""
        for character in word {
            if character.isUppercase, !current.isEmpty, current.last?.isLowercase == true {
                segments.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }

    private mutating func recordGazetteerMatches() {
        // "Parliament" alone is the European Parliament only where the text is about the EU.
        let aboutEU = gazetteerMatches.enumerated().contains { index, matches in
            matches.contains { match in
                guard case .entry(let entry) = match.target, gazetteer.entries[entry].jurisdiction == "eu" else { return false }
                return !vocabulary.genericInstitutionForms.contains(match.form)
            }
        }
        for (index, matches) in gazetteerMatches.enumerated() {
            for match in matches {
                let span = SourceSpan(paragraph: index, start: match.start, end: match.end)
                switch match.target {
                case .entry(let entryIndex):
                    let entry = gazetteer.entries[entryIndex]
                    if !aboutEU, entry.jurisdiction == "eu", vocabulary.genericInstitutionForms.contains(match.form) {
                        let written = document.paragraphs[index].string(match.start, match.end)
                        agents.record(name: NameForms.capitalisedFirst(written), role: .organisation, span: span, evidence: Evidence([.institutionForm]))
                        continue
                    }
                    let role: AgentRegistry.Role = entry.type == .committee ? .committee : .organisation
                    agents.record(
                        name: entry.name, abbreviation: entry.abbreviation, role: role, kind: entry.kind,
                        gazetteerID: entry.id, parentGazetteerID: entry.parent, jurisdiction: entry.jurisdiction,
                        span: span, evidence: Evidence([.gazetteerEntry]), as: NameForms.withoutArticle(match.form))
                case .role(let roleIndex):
                    roleMentions.append(AgentLayer.RoleMention(role: roleIndex, span: span))
                }
            }
        }
    }

    /// Whether a span lies inside a gazetteer match of its paragraph.
    private func isInsideGazetteerMatch(_ span: SourceSpan) -> Bool {
        gazetteerMatches[span.paragraph].contains { $0.start <= span.start && span.end <= $0.end }
    }

    private mutating func recordName(_ phrase: NamePhrase, in scanned: AnalyzedParagraph) {
        let span = phrase.span(in: scanned)
        switch phrase.category {
        case .law:
            if let acronym = phrase.acronym { termAcronyms.insert(acronym) }
        case .other:
            if let acronym = phrase.acronym, !isInsideGazetteerMatch(span) {
                termAcronyms.insert(acronym)
            } else if phrase.words.count >= 2, phrase.acronym == nil, scanned.token(phrase.first - 1, is: "at"),
                scanned.isFirstPerson(scanned.sentence(containing: phrase.first)), !isInsideGazetteerMatch(span)
            {
                // "we’ve been following the EU AI Act closely at Hugging Face"
                agents.record(name: phrase.text, role: .organisation, span: span, evidence: Evidence([.firstPersonAt]))
            }
        case .organisation, .committee, .coalition:
            guard !isInsideGazetteerMatch(span) else {
                if let acronymSpan = phrase.acronymSpan(in: scanned), let existing = agents.index(of: phrase.text) {
                    agents.addMention(acronymSpan, to: existing)
                }
                return
            }
            if let inner = innerName(of: phrase, in: scanned) {
                // "Steering Group of the European … Group (ECLAG)": the acronym is the inner
                // name's; the outer name is a body of it.
                recordName(inner, in: scanned)
                if let owner = agents.index(of: inner.text) {
                    let outerWords = phrase.words.prefix { $0 != "of" }
                    let outerName = scanned.string(tokens: phrase.first, through: phrase.first + outerWords.count - 1)
                    bodyMentions.append(AgentLayer.BodyMention(owner: owner, name: outerName, span: span))
                }
                return
            }
            let role: AgentRegistry.Role =
                switch phrase.category {
                case .committee: .committee
                case .coalition: .coalition
                default: .organisation
                }
            let index = agents.record(
                name: phrase.text, abbreviation: phrase.acronym, role: role, span: span,
                evidence: Evidence([phrase.acronym == nil ? .headWord : .definedAcronym]))
            if let acronymSpan = phrase.acronymSpan(in: scanned) {
                agents.addMention(acronymSpan, to: index)
            }
        }
    }

    /// The inner name of "<body> of the <organisation> (ACR)" when the outer name is a body such
    /// as a steering group or board.
    private func innerName(of phrase: NamePhrase, in scanned: AnalyzedParagraph) -> NamePhrase? {
        guard let of = (phrase.first...phrase.last).first(where: { scanned.token($0, is: "of") }), of > phrase.first else { return nil }
        let outer = (phrase.first..<of).map { scanned.lowercased($0) }
        guard let head = outer.last, vocabulary.bodyHeads.contains(head),
            outer.contains(where: vocabulary.bodyModifiers.contains) || outer.count == 1
        else { return nil }
        var start = of + 1
        if scanned.token(start, is: "the") { start += 1 }
        guard start <= phrase.last else { return nil }
        let words = (start...phrase.last).map { scanned.lowercased($0) }
        let category = NamePhrase.category(of: words, vocabulary: vocabulary)
        guard category != .other, category != .law else { return nil }
        var inner = phrase
        inner.first = start
        inner.text = scanned.string(tokens: start, through: phrase.last)
        inner.words = words
        inner.category = category
        return inner
    }

    /// Names in a list after "like the", "consists of", "in coalition with" … are organisations.
    private mutating func recordLists(in scanned: AnalyzedParagraph) {
        var i = 0
        while i < scanned.tokens.count {
            var matched: (end: Int, key: String)?
            for opener in vocabulary.listOpeners where scanned.cues[i].contains(.listOpener) && opener[0] == scanned.folded[i] {
                if let end = scanned.match(opener, at: i) {
                    matched = (end, opener.joined(separator: " "))
                    break
                }
            }
            guard let (start, key) = matched else {
                i += 1
                continue
            }
            let items = listItems(in: scanned, from: start)
            if items.count >= 2 || (items.count == 1 && vocabulary.strongListOpeners.contains(key)) {
                for (first, last) in items {
                    let text = scanned.string(tokens: first, through: last)
                    let words = (first...last).map { scanned.lowercased($0) }
                    let category = NamePhrase.category(of: words, vocabulary: vocabulary)
                    guard category != .law, !isPlaceOrPerson(words) else { continue }
                    let span = scanned.span(first, last)
                    if let existing = agents.index(of: text) {
                        agents.addMention(span, to: existing, evidence: Evidence([.listItemAgain]))
                    } else if !isInsideGazetteerMatch(span) {
                        agents.record(name: text, role: category == .coalition ? .coalition : .organisation, span: span, evidence: Evidence([.listItem]))
                    }
                }
            }
            i = start
        }
    }

    /// The capitalised items of a list: "the Brave Movement, ECPAT, IWF, Terre des Hommes and Thorn".
    private func listItems(in scanned: AnalyzedParagraph, from start: Int) -> [(Int, Int)] {
        var items: [(Int, Int)] = []
        var i = start
        let tokens = scanned.tokens
        while i < tokens.count {
            if scanned.token(i, is: "the") { i += 1 }
            guard i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalised || NamePhrase.isMixedAcronym(scanned.string(of: tokens[i])),
                !vocabulary.commonCapitalised.contains(scanned.lowercased(i))
            else { break }
            var last = i
            var j = i + 1
            while j < tokens.count, scanned.isAdjacent(j - 1) {
                if tokens[j].kind == .word, tokens[j].isCapitalised {
                    last = j
                    j += 1
                } else if tokens[j].kind == .word, ["des", "de", "of", "for", "du", "la"].contains(scanned.lowercased(j)),
                    j + 1 < tokens.count, tokens[j + 1].isCapitalised
                {
                    j += 1
                } else {
                    break
                }
            }
            items.append((i, last))
            i = last + 1
            // Separators: ",", "and", ", and", "&".
            var separated = false
            if scanned.token(i, isPunctuation: ",") {
                i += 1
                separated = true
            }
            if scanned.token(i, is: "and") || scanned.token(i, is: "or") {
                i += 1
                separated = true
            }
            if !separated { break }
        }
        return items
    }

    private func isPlaceOrPerson(_ words: [String]) -> Bool {
        words.count == 1 && vocabulary.commonCapitalised.contains(words[0])
    }

    /// Acronyms used as names ("the FSFE", "FFII board member") and mixed-case names that
    /// recur ("AlgorithmWatch"), unless they are terms or laws.
    private mutating func recordAcronymsAndRecurringNames() {
        var candidates: [String: (spans: [SourceSpan], evidence: Evidence)] = [:]
        var order: [String] = []
        for scanned in document.paragraphs {
            for (i, token) in scanned.tokens.enumerated() where token.kind == .word {
                let isAcronym = token.isAllCaps && token.end - token.start <= 10
                guard isAcronym || (!token.isAllCaps && Self.hasInnerCapital(scanned.scalars[token.start..<token.end])) else { continue }
                let word = scanned.string(of: token)
                guard !vocabulary.genericAcronyms.contains(word.uppercased()),
                    !termAcronyms.contains(word)
                else { continue }
                let span = SourceSpan(paragraph: scanned.index, start: token.start, end: token.end)
                if let existing = agents.index(of: word) {
                    agents.addMention(span, to: existing)
                    continue
                }
                guard !isInsideGazetteerMatch(span), !insideRecordedName(span) else { continue }
                var evidence = Evidence([.acronymUse])
                if scanned.token(i - 1, is: "the") { evidence.add(.afterArticle) }
                if scanned.tokens.indices.contains(i + 1), vocabulary.affiliationNouns.contains(scanned.lowercased(i + 1))
                    || (scanned.tokens.indices.contains(i + 2) && scanned.lowercased(i + 2) == "representative")
                {
                    evidence.add(.beforeRoleNoun)
                }
                if scanned.token(i + 1, isPunctuation: "’") || scanned.token(i + 1, isPunctuation: "'")
                    || scanned.token(i + 1, isPunctuation: "`")
                {
                    evidence.add(.beforePossessive)
                }
                if candidates[word] == nil { order.append(word) }
                candidates[word, default: ([], Evidence())].spans.append(span)
                candidates[word, default: ([], Evidence())].evidence.add(evidence)
            }
        }
        for word in order {
            guard let candidate = candidates[word], candidate.evidence.isEnough else { continue }
            var index: AgentHandle?
            for span in candidate.spans {
                if let index {
                    agents.addMention(span, to: index)
                } else {
                    index = agents.record(name: word, abbreviation: nil, role: .organisation, span: span, evidence: candidate.evidence)
                }
            }
        }
    }

    /// "OpenInfra", "GitHub": a capital after a lower-case letter.
    private static func hasInnerCapital(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var sawLower = false
        for scalar in scalars {
            if TextCharacters.isUpper(scalar) {
                if sawLower { return true }
            } else {
                sawLower = true
            }
        }
        return false
    }

    /// Whether a span lies inside a mention of an agent already recorded.
    private func insideRecordedName(_ span: SourceSpan) -> Bool {
        agents.mentionsByParagraph[span.paragraph]?.contains { span.isInside($0.span) && $0.span != span } ?? false
    }
}
