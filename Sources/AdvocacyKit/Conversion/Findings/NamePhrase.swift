/// A capitalised name in running text ("the Open Source Initiative", "Committee on the
/// Internal Market and Consumer Protection (IMCO)"), with what its words say it names.
struct NamePhrase: Sendable {
    /// What the words of a name say it is.
    enum Category: Sendable {
        /// An organisation, institution, company or body.
        case organisation
        /// A parliamentary committee.
        case committee
        /// A coalition, network or alliance.
        case coalition
        /// A law or a legislative proposal.
        case law
        /// Anything else (a place, a person, a term).
        case other
    }

    /// The paragraph it stands in.
    var paragraph: Int
    /// The first token of the name (after leading articles).
    var first: Int
    /// The last token of the name.
    var last: Int
    /// The name as written.
    var text: String
    /// The acronym defined right after it ("… (IMCO)"), if any.
    var acronym: String?
    /// The token index just past the acronym's closing bracket, or past the name.
    var end: Int
    /// What the words say it names.
    var category: Category
    /// The name's lower-cased words.
    var words: [String]

    /// The span of the name itself.
    func span(in scanned: AnalyzedParagraph) -> SourceSpan {
        SourceSpan(paragraph: paragraph, start: scanned.tokens[first].start, end: scanned.tokens[last].end)
    }

    /// The token of the acronym, if there is one.
    var acronymToken: Int?

    /// The span of the acronym, if there is one.
    func acronymSpan(in scanned: AnalyzedParagraph) -> SourceSpan? {
        acronymToken.map {
            SourceSpan(paragraph: paragraph, start: scanned.tokens[$0].start, end: scanned.tokens[$0].end)
        }
    }

    /// Finds every capitalised name in a paragraph, longest first, left to right.
    static func find(in scanned: AnalyzedParagraph, vocabulary: Vocabulary, titleCase: Bool = false) -> [NamePhrase] {
        var result: [NamePhrase] = []
        let tokens = scanned.tokens
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].isCapitalised else {
                i += 1
                continue
            }
            // Skip leading common words ("The", "In", "While") that only look like names.
            if scanned.cues[i].contains(.commonCapitalised) && !tokens[i].isAllCaps
                && !(scanned.cues[i].contains(.placePrefix) && scanned.isAdjacent(i) && tokens.indices.contains(i + 1) && tokens[i + 1].isCapitalised)
            {
                i += 1
                continue
            }
            var last = i
            var j = i + 1
            while j < tokens.count {
                let token = tokens[j]
                guard token.start - tokens[j - 1].end <= 2,
                    !scanned.scalars[tokens[j - 1].end..<token.start].contains("\n")
                else { break }
                if token.kind == .word, token.isCapitalised || token.isAllCaps {
                    last = j
                    j += 1
                } else if token.kind == .word, scanned.cues[j].contains(.nameConnector),
                    j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalised,
                    !scanned.cues[j + 1].contains(.commonCapitalised)
                        || scanned.lowercased(j + 1) == "the",
                    scanned.lowercased(j) != "and" || takesComplement(scanned, vocabulary: vocabulary, from: i, to: j)
                {
                    j += 1
                } else if token.kind == .word, ["of", "for", "on"].contains(scanned.lowercased(j)), scanned.token(j + 1, is: "the"),
                    scanned.isAdjacent(j + 1), j + 2 < tokens.count, tokens[j + 2].kind == .word, tokens[j + 2].isCapitalised,
                    !scanned.cues[j + 2].contains(.commonCapitalised)
                {
                    // "Friends of the Earth", "Fight for the Future", "Committee on the Environment"
                    j += 2
                } else if token.kind == .word, scanned.cues[j].contains(.lawConnector),
                    endsWithLawWord(scanned, vocabulary: vocabulary, from: j + 1)
                {
                    // "Improving Access to Care for Youth Act": the name of a law runs on to its law word.
                    j += 1
                } else if token.kind == .punctuation, scanned.scalars[token.start] == "&", j + 1 < tokens.count,
                    tokens[j + 1].isCapitalised
                {
                    j += 1
                } else if token.kind == .punctuation, scanned.scalars[token.start] == "(",
                    let close = lawParenthesis(scanned, vocabulary: vocabulary, from: j)
                {
                    // "Harbour Amendment (Ferry Safety and Related Matters) Bill"
                    last = close + 1
                    j = close + 2
                } else {
                    break
                }
            }
            // Drop trailing connectors and a sentence-final common word.
            while last > i, tokens[last].kind != .word || scanned.cues[last].contains(.nameConnector) {
                last -= 1
            }
            // "Support the AI Office’s …" at the start of a sentence: the first word is a verb.
            var first = i
            if scanned.startsSentence(i), first < last, scanned.token(first + 1, is: "the") { first += 2 }
            // A title in title case ("OpenInfra Foundation Expresses Concern"): the name ends at
            // its organisation word.
            if titleCase, let head = (first...last).first(where: { scanned.token($0, isOneOf: vocabulary.organisationHeads) }),
                head < last
            {
                last = head
            }
            // A person's title inside a name: "Harbour Trust Executive Director" names the trust
            // (the name ends before the title); "Ranking Member Cole" names a person.
            var namesPerson = false
            if let title = (first...last).first(where: {
                tokens[$0].isCapitalised && scanned.cues[$0].contains(.personTitle)
            }) {
                if title - first >= 2 {
                    last = title - 1
                    while last > first, tokens[last].kind != .word || scanned.cues[last].contains(.nameConnector) { last -= 1 }
                } else if let of = (title...last).first(where: { scanned.token($0, isOneOf: ["of", "at"]) }), of + 1 <= last {
                    // "National Chairman of Age UK": the name after the title's "of".
                    first = scanned.token(of + 1, is: "the") ? of + 2 : of + 1
                    if first > last { first = last }
                } else {
                    namesPerson = true
                }
            }
            // "Trade Promotion Authority legislation": a name followed by a lower-case law noun is a law.
            let namesLaw = first < last && scanned.tokens.indices.contains(last + 1) && !tokens[last + 1].isCapitalised
                && scanned.token(last + 1, isOneOf: vocabulary.lawNounsAfterName) && scanned.isAdjacent(last)
            if namesLaw { last += 1 }
            // "the Harbourwatch.org coalition": a name followed by a lower-case coalition noun.
            let namesCoalition = !namesLaw && scanned.tokens.indices.contains(last + 1) && !tokens[last + 1].isCapitalised
                && scanned.token(last + 1, isOneOf: vocabulary.coalitionHeads) && scanned.isAdjacent(last)
                && !scanned.token(last, isOneOf: vocabulary.organisationHeads)
            if namesCoalition { last += 1 }
            var words: [String] = []
            words.reserveCapacity(last - first + 1)
            for k in first...last where tokens[k].kind == .word { words.append(scanned.lowercased(k)) }
            var phrase = NamePhrase(
                paragraph: scanned.index, first: first, last: last, text: scanned.string(tokens: first, through: last),
                acronym: nil, end: last + 1,
                category: namesPerson ? .other : namesLaw ? .law : namesCoalition ? .coalition : category(of: words, vocabulary: vocabulary),
                words: words)
            if let (acronymToken, end) = definedAcronym(scanned, after: last) {
                phrase.acronym = scanned.string(of: tokens[acronymToken])
                phrase.acronymToken = acronymToken
                phrase.end = end
            }
            let isSentenceStartSingleWord = scanned.startsSentence(first) && first == last && !tokens[first].isAllCaps
            if !isSentenceStartSingleWord || phrase.category != .other || phrase.acronym != nil {
                result.append(phrase)
            }
            i = last + 1
        }
        return result
    }

    /// Whether the capitalised words from token `start` (with connectors between them) run to a
    /// capitalised law word ("… Resources for Youth Act"), within a dozen tokens.
    private static func endsWithLawWord(_ scanned: AnalyzedParagraph, vocabulary: Vocabulary, from start: Int) -> Bool {
        var k = start
        var lastCapitalised: Int?
        while k < scanned.tokens.count, k < start + 12, scanned.tokens[k].kind == .word, k == start || scanned.isAdjacent(k - 1) {
            if scanned.tokens[k].isCapitalised {
                lastCapitalised = k
            } else if scanned.cues[k].isDisjoint(with: [.nameConnector, .lawConnector]) {
                break
            }
            k += 1
        }
        guard let last = lastCapitalised, last >= start else { return false }
        return scanned.tokens[start].isCapitalised && scanned.token(last, isOneOf: vocabulary.lawHeads)
    }

    /// Whether the words `from..<to` hold an organisation word with a complement
    /// ("Committee on …", "Ministry of …"), so that an "and" may continue the name
    /// ("Committee on the Internal Market and Consumer Protection") rather than a list.
    private static func takesComplement(_ scanned: AnalyzedParagraph, vocabulary: Vocabulary, from: Int, to: Int) -> Bool {
        guard from + 1 < to else { return false }
        for k in from..<(to - 1) where scanned.token(k, isOneOf: vocabulary.organisationHeads)
            && scanned.token(k + 1, isOneOf: ["on", "of", "for"])
        {
            return true
        }
        return false
    }

    /// What the words of a name say it names.
    static func category(of words: [String], vocabulary: Vocabulary) -> Category {
        guard let head = words.last else { return .other }
        if vocabulary.lawHeads.contains(head) { return .law }
        if words.contains("committee") { return .committee }
        if words.count > 1, vocabulary.coalitionHeads.contains(head) { return .coalition }
        if words.contains(where: vocabulary.organisationHeads.contains) { return .organisation }
        return .other
    }

    /// "(IMCO)" or "(IPRED2, 2005/0127 (COD))" right after token `last`: the acronym's token
    /// index and the token index past the closing bracket.
    static func definedAcronym(_ scanned: AnalyzedParagraph, after last: Int) -> (Int, Int)? {
        var open = last + 1
        // A name in quotation marks: "Enforcement Directive" (IPRED2 …)
        if scanned.token(open, isPunctuation: "”") || scanned.token(open, isPunctuation: "\"") { open += 1 }
        guard scanned.token(open, isPunctuation: "("), scanned.tokens.indices.contains(open + 1) else { return nil }
        let candidate = scanned.tokens[open + 1]
        guard candidate.kind == .word, candidate.isAllCaps || isMixedAcronym(scanned.string(of: candidate)) else {
            return nil
        }
        var close = open + 2
        var depth = 1
        while close < scanned.tokens.count, close < open + 12 {
            if scanned.token(close, isPunctuation: "(") { depth += 1 }
            if scanned.token(close, isPunctuation: ")") {
                depth -= 1
                if depth == 0 { return (open + 1, close + 1) }
            }
            close += 1
        }
        return nil
    }

    /// "OpenInfra", "GitHub": an upper-case letter after a lower-case one.
    static func isMixedAcronym(_ word: String) -> Bool {
        var sawLower = false
        for scalar in word.unicodeScalars {
            if TextCharacters.isUpper(scalar), sawLower { return true }
            if !TextCharacters.isUpper(scalar) { sawLower = true }
        }
        return false
    }

    /// A parenthesis inside a law's name: "(Ferry Safety and Related Matters)" followed by
    /// a capitalised law word. Returns the index of the closing bracket.
    private static func lawParenthesis(_ scanned: AnalyzedParagraph, vocabulary: Vocabulary, from open: Int) -> Int? {
        var close = open + 1
        while close < scanned.tokens.count, close < open + 10 {
            if scanned.token(close, isPunctuation: ")") {
                let next = close + 1
                guard scanned.tokens.indices.contains(next), scanned.tokens[next].isCapitalised,
                    scanned.token(next, isOneOf: vocabulary.lawHeads), close > open + 1
                else { return nil }
                return close
            }
            let token = scanned.tokens[close]
            guard token.kind == .word, token.isCapitalised || scanned.cues[close].contains(.nameConnector) else {
                return nil
            }
            close += 1
        }
        return nil
    }
}

