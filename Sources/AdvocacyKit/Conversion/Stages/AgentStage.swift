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
    /// Words of people's names ("Diana", "DeGette" in "Congresswoman Diana DeGette").
    private var personWords: Set<String> = []
    /// Names that open the name of a law ("Toll Relief Authority" of "Toll Relief Authority legislation").
    private var lawNamePrefixes: Set<String> = []
    private var headlineSubjects: [AgentHandle] = []

    /// The agents of a document.
    static func run(
        _ document: AnalyzedDocument, vocabulary: Vocabulary, gazetteer: Gazetteer, jurisdiction: JurisdictionLayer
    ) -> AgentLayer {
        var stage = AgentStage(
            document: document, vocabulary: vocabulary, gazetteer: gazetteer, gazetteerMatches: jurisdiction.gazetteerMatches)
        stage.recogniseAgents()
        stage.agents.sortMentions()
        return AgentLayer(
            agents: stage.agents, names: stage.names, roleMentions: stage.roleMentions, bodyMentions: stage.bodyMentions,
            headlineSubjects: stage.headlineSubjects)
    }

    private init(document: AnalyzedDocument, vocabulary: Vocabulary, gazetteer: Gazetteer, gazetteerMatches: [[GazetteerMatch]]) {
        self.document = document
        self.vocabulary = vocabulary
        agents.regionalSuffixes = vocabulary.regionalSuffixes
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
        notePeopleAndLaws()
        recordHeadlineSubjects()
        var references: [(NamePhrase, AnalyzedParagraph)] = []
        for scanned in document.paragraphs {
            for phrase in names[scanned.index] {
                if phrase.words.allSatisfy({ self.isGenericOrganisationWord($0) }) {
                    references.append((phrase, scanned))
                } else {
                    recordName(phrase, in: scanned)
                }
            }
        }
        for scanned in document.paragraphs {
            recordLists(in: scanned)
            recordDescribedNames(in: scanned)
        }
        recordAcronymsAndRecurringNames()
        mergeCompressedNames()
        guard !references.isEmpty else { return }
        var nameWords = AgentNameWords(agents)
        for (phrase, scanned) in references { recordReference(phrase, in: scanned, nameWords: &nameWords) }
    }

    /// "Committee", "Parliamentary Committee", "Group": words that only refer to a body named elsewhere.
    private func isGenericOrganisationWord(_ word: String) -> Bool {
        vocabulary.organisationHeads.contains(word) || vocabulary.referenceModifiers.contains(word)
    }

    /// "the Committee", "a bipartisan Parliamentary Committee", "The Group": a mention of the
    /// agent whose name holds these words (the nearest one before, else the first after).
    private mutating func recordReference(_ phrase: NamePhrase, in scanned: AnalyzedParagraph, nameWords: inout AgentNameWords) {
        // The distinct words other than "the" (a handful: a list, not a set).
        var words: [String] = []
        for word in phrase.words where word != "the" && !words.contains(word) { words.append(word) }
        guard let head = phrase.words.last else { return }
        let span = phrase.span(in: scanned)
        var candidates: [AgentHandle] = []
        for index in agents.agents.lazyHandles where agents.agents[index].gazetteerID == nil || agents.agents[index].role == .committee {
            let name = nameWords.words(of: index)
            if name.count > words.count, name.contains(head), words.allSatisfy(name.contains) { candidates.append(index) }
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
        for short in agents.agents.lazyHandles.reversed() where agents.agents[short].gazetteerID == nil {
            let name = agents.agents[short].name
            guard NamePhrase.isMixedAcronym(String(name.prefix { $0 != " " })) else { continue }
            let shortWords = name.split(separator: " ").map(String.init)
            guard let first = shortWords.first else { continue }
            let segments = Self.capitalisedSegments(first)
            guard segments.count >= 2 else { continue }
            for long in agents.agents.lazyHandles where long != short && agents.agents[long].gazetteerID == nil {
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
        gazetteerMatches[span.paragraph].covers(span.start, span.end)
    }

    private mutating func recordName(_ phrase: NamePhrase, in scanned: AnalyzedParagraph) {
        let span = phrase.span(in: scanned)
        switch phrase.category {
        case .law:
            // A law's acronym, the capitals inside its name and its initials are terms, not
            // organisations ("the Stop Harbour Theft Act (SHTA)", "the SAFE Ports Act", "SHTA").
            if let acronym = phrase.acronym { termAcronyms.insert(acronym) }
            for i in phrase.first...phrase.last where scanned.tokens[i].isAllCaps { termAcronyms.insert(scanned.string(of: scanned.tokens[i])) }
            var initials = ""
            for i in phrase.first...phrase.last where scanned.tokens[i].kind == .word && !scanned.token(i, isOneOf: vocabulary.lawNameFillers) {
                if let first = scanned.folded[i].first { initials.append(first) }
            }
            initials = initials.uppercased()
            if initials.count >= 3 { termAcronyms.insert(initials) }
        case .other:
            if let acronym = phrase.acronym, !isInsideGazetteerMatch(span) {
                termAcronyms.insert(acronym)
            } else if phrase.words.count >= 2, phrase.acronym == nil, scanned.token(phrase.first - 1, is: "at"),
                scanned.isFirstPerson(scanned.sentence(containing: phrase.first)), !isInsideGazetteerMatch(span)
            {
                // "we at Harbour Lantern have watched the bill for months"
                agents.record(name: phrase.text, role: .organisation, span: span, evidence: Evidence([.firstPersonAt]))
            }
        case .organisation, .committee, .coalition:
            if opensWithVerbBeforeKnownName(phrase, in: scanned) || lawNamePrefixes.contains(phrase.text) { return }
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
            // Only a token with the cue can open a list: the others need no look-up at all.
            if scanned.cues[i].contains(.listOpener), let openers = scanned.value(of: i, in: vocabulary.listOpenersByFirstWord) {
                for opener in openers {
                    if let end = scanned.match(opener, at: i) {
                        matched = (end, opener.joined(separator: " "))
                        break
                    }
                }
            }
            guard let (start, key) = matched else {
                i += 1
                continue
            }
            let items = listItems(in: scanned, from: start)
            if items.count >= 2 || (items.count == 1 && vocabulary.strongListOpeners.contains(key)) {
                for (first, fullLast) in items {
                    // "Harbour Committee Chairman Jo Smith": the item names the committee; "Senator Jo Smith" a person.
                    let title = (first...fullLast).first { scanned.cues[$0].contains(.personTitle) }
                    if title == first { continue }
                    let last = title.map { $0 - 1 } ?? fullLast
                    let text = scanned.string(tokens: first, through: last)
                    let words = (first...last).map { scanned.lowercased($0) }
                    let category = NamePhrase.category(of: words, vocabulary: vocabulary)
                    guard category != .law, !isPlaceOrPerson(words), vocabulary.countries[text] == nil,
                        !vocabulary.personTitles.contains(words[0]), !personWords.contains(text)
                    else { continue }
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
                !scanned.cues[i].contains(.commonCapitalised)
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
                } else if tokens[j].kind == .word, ["of", "for"].contains(scanned.lowercased(j)), scanned.token(j + 1, is: "the"),
                    j + 2 < tokens.count, tokens[j + 2].isCapitalised, scanned.isAdjacent(j + 1)
                {
                    // "Friends of the Earth", "Fight for the Future"
                    j += 2
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
        // Terms first, so that every use of a term is skipped ("known as XTA … XTA's rules").
        for scanned in document.paragraphs {
            for (i, token) in scanned.tokens.enumerated() where token.kind == .word && token.isAllCaps && isTerm(at: i, in: scanned) {
                termAcronyms.insert(scanned.string(of: token))
            }
        }
        var candidates: [String: (spans: [SourceSpan], evidence: Evidence)] = [:]
        var order: [String] = []
        for scanned in document.paragraphs {
            for (i, token) in scanned.tokens.enumerated() where token.kind == .word {
                let isAcronym = token.isAllCaps && token.end - token.start <= 10
                guard isAcronym || (!token.isAllCaps && token.hasInnerCapital) else { continue }
                let word = scanned.string(of: token)
                guard !vocabulary.genericAcronyms.contains(word.uppercased()), !termAcronyms.contains(word), !personWords.contains(word)
                else { continue }
                let span = SourceSpan(paragraph: scanned.index, start: token.start, end: token.end)
                if let existing = agents.index(of: word) {
                    agents.addMention(span, to: existing)
                    continue
                }
                guard !isInsideGazetteerMatch(span), !insideRecordedName(span) else { continue }
                var evidence = Evidence([.acronymUse])
                if scanned.token(i - 1, is: "the") { evidence.add(.afterArticle) }
                if scanned.tokens.indices.contains(i + 1), scanned.token(i + 1, isOneOf: vocabulary.affiliationNouns)
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

    /// Notes the words of people's names (a name phrase that opens with a title) and the names
    /// that open a law's name, so that neither is taken as an organisation.
    private mutating func notePeopleAndLaws() {
        for scanned in document.paragraphs {
            for phrase in names[scanned.index] {
                if phrase.category == .other, phrase.words.count >= 2, vocabulary.personTitles.contains(phrase.words[0]) {
                    for i in (phrase.first + 1)...phrase.last where scanned.tokens[i].isCapitalised {
                        personWords.insert(scanned.string(of: scanned.tokens[i]))
                    }
                } else if phrase.category == .law, phrase.first < phrase.last, !scanned.tokens[phrase.last].isCapitalised {
                    lawNamePrefixes.insert(scanned.string(tokens: phrase.first, through: phrase.last - 1))
                }
            }
        }
    }

    /// "X, Y and Z praise …": the capitalised names a headline (not in title case) opens with,
    /// two or more, are organisations and the headline's subjects.
    private mutating func recordHeadlineSubjects() {
        guard let title = document.titleParagraph else { return }
        let scanned = document.paragraphs[title]
        guard !scanned.isTitleCase else { return }
        let items = listItems(in: scanned, from: 0)
        guard items.count >= 2, let (_, lastOfList) = items.last,
            scanned.tokens.indices.contains(lastOfList + 1), scanned.tokens[lastOfList + 1].kind == .word,
            !scanned.tokens[lastOfList + 1].isCapitalised
        else { return }
        for (first, last) in items {
            let text = scanned.string(tokens: first, through: last)
            guard vocabulary.countries[text] == nil, !personWords.contains(text) else { return }
        }
        for (first, last) in items {
            let span = scanned.span(first, last)
            let text = scanned.string(tokens: first, through: last)
            let handle =
                agents.index(of: text).map { existing in
                    agents.addMention(span, to: existing, evidence: Evidence([.headlineSubject]))
                    return existing
                } ?? agents.record(name: text, role: .organisation, span: span, evidence: Evidence([.headlineSubject]))
            headlineSubjects.append(handle)
        }
    }

    /// Names that the text describes as organisations: "X, a digital rights group, …", "X is a
    /// charity", "director of X", "X policy adviser", "X and 14 other organisations", "…, said X."
    private mutating func recordDescribedNames(in scanned: AnalyzedParagraph) {
        for phrase in names[scanned.index] where phrase.category == .other && !phrase.words.contains(where: vocabulary.personTitles.contains) {
            let span = phrase.span(in: scanned)
            guard !isInsideGazetteerMatch(span), !personWords.contains(phrase.text), vocabulary.countries[phrase.text] == nil,
                !lawNamePrefixes.contains(phrase.text), !(phrase.first...phrase.last).allSatisfy({ scanned.tokens[$0].isAllCaps })
            else { continue }
            var reason: Evidence.Reason?
            let after = phrase.end
            if describesOrganisation(scanned, from: after) {
                reason = .describedAsOrganisation
            } else if isAffiliation(scanned, before: phrase.first) || isRoleAfter(scanned, from: after) {
                reason = .affiliation
            } else if isCountedWithOthers(scanned, from: after) {
                reason = .countedWithOthers
            } else if phrase.first == phrase.last, scanned.token(phrase.first - 1, isOneOf: vocabulary.speechVerbs),
                scanned.token(after, isPunctuation: ".") || scanned.token(after, isPunctuation: ",")
            {
                reason = .speaker
            }
            guard let reason else { continue }
            if let existing = agents.index(of: phrase.text) {
                agents.addMention(span, to: existing, evidence: Evidence([reason]))
            } else {
                agents.record(name: phrase.text, role: .organisation, span: span, evidence: Evidence([reason]))
            }
        }
    }

    /// ", a digital rights group" or " is an independent charity" from token `i`: an article, up
    /// to five modifiers and an organisation noun before any preposition.
    private func describesOrganisation(_ scanned: AnalyzedParagraph, from i: Int) -> Bool {
        var k = i
        if scanned.token(k, isPunctuation: ",") {
            k += 1
        } else if scanned.token(k, isOneOf: ["is", "was"]) {
            k += 1
        } else {
            return false
        }
        guard scanned.token(k, isOneOf: ["a", "an"]) else { return false }
        for j in (k + 1)..<min(scanned.tokens.count, k + 7) {
            guard scanned.tokens[j].kind == .word, !scanned.token(j, isOneOf: ["of", "at", "for", "with", "in", "from", "who", "that", "and"]) else {
                return false
            }
            if scanned.token(j, isOneOf: vocabulary.organisationDescriptionNouns) { return true }
        }
        return false
    }

    /// "director of X", "the National Chairman of X", "works at X": a role noun and a preposition before token `first`.
    private func isAffiliation(_ scanned: AnalyzedParagraph, before first: Int) -> Bool {
        var k = first - 1
        if scanned.token(k, is: "the") { k -= 1 }
        guard scanned.token(k, isOneOf: ["of", "at", "for"]), !scanned.token(k - 1, isOneOf: vocabulary.portfolioTitles) else { return false }
        return scanned.token(k - 1, isOneOf: vocabulary.affiliationNouns) || scanned.token(k - 1, isOneOf: vocabulary.personTitles)
    }

    /// "X trade policy adviser", "X campaigner": up to three lower-case words and a role noun from token `i`.
    private func isRoleAfter(_ scanned: AnalyzedParagraph, from i: Int) -> Bool {
        for j in i..<min(scanned.tokens.count, i + 4) {
            guard scanned.tokens[j].kind == .word, !scanned.tokens[j].isCapitalised else { return false }
            if scanned.token(j, isOneOf: vocabulary.affiliationNouns) { return true }
        }
        return false
    }

    /// "X and 14 other organisations", "X, 14 other groups" from token `i`.
    private func isCountedWithOthers(_ scanned: AnalyzedParagraph, from i: Int) -> Bool {
        guard scanned.token(i, is: "and") || scanned.token(i, isPunctuation: ","), scanned.tokens.indices.contains(i + 1),
            scanned.tokens[i + 1].kind == .number, scanned.token(i + 2, is: "other")
        else { return false }
        return scanned.token(i + 3, isOneOf: vocabulary.groupCountNouns)
    }

    /// "Keep Congress …", "Does the Commission …": a sentence's first word, capitalised only
    /// because it starts the sentence, before a name the gazetteer knows; the known name is the
    /// agent, not the phrase.
    private func opensWithVerbBeforeKnownName(_ phrase: NamePhrase, in scanned: AnalyzedParagraph) -> Bool {
        guard scanned.startsSentence(phrase.first) || phrase.first == 0 else { return false }
        let known = gazetteerMatches[scanned.index].first(
            startingAfter: scanned.tokens[phrase.first].start, endingBy: scanned.tokens[phrase.last].end)
        guard let known else { return false }
        let knownStart = scanned.tokenIndex(atOrAfter: known.start)
        let gap = knownStart - phrase.first
        return gap == 1 || (gap == 2 && scanned.token(phrase.first + 1, is: "the"))
    }

    /// Whether the word at token `i` is a term: introduced as one ("known as X", "dubbed X"),
    /// named with a law word ("X Act", "X bill"), or joined to a term ("SHTA and PIPA", "SHTA/PIPA").
    private func isTerm(at i: Int, in scanned: AnalyzedParagraph) -> Bool {
        if scanned.token(i - 1, hasCue: .termIntroducer) || scanned.token(i - 2, hasCue: .termIntroducer) {
            return true
        }
        if scanned.token(i + 1, hasCue: .lawReference) { return true }
        for (joint, other) in [(i - 1, i - 2), (i + 1, i + 2)]
        where scanned.token(joint, is: "and") || scanned.token(joint, is: "or") || scanned.token(joint, isPunctuation: "/") {
            if scanned.tokens.indices.contains(other), termAcronyms.contains(scanned.string(of: scanned.tokens[other])) { return true }
        }
        return false
    }

    /// Whether a span lies inside a mention of an agent already recorded.
    private func insideRecordedName(_ span: SourceSpan) -> Bool {
        agents.mentionsByParagraph[span.paragraph]?.contains { span.isInside($0.span) && $0.span != span } ?? false
    }
}
