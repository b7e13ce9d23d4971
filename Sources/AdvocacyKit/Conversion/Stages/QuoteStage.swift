/// The third stage: quotations and their speakers — "“…”, said a spokesperson for …",
/// "Jane Doe, director of X, comments: “…”", a quote over several paragraphs, and quoted
/// paragraphs that take the last attribution.
struct QuoteStage {
    let document: AnalyzedDocument
    let vocabulary: Vocabulary
    let agents: AgentRegistry
    private var speakers = FindingList<SpeakerFinding>()
    private var quotes = FindingList<QuoteFinding>()
    private var diagnostics: [ConversionDiagnostic] = []

    /// The quotes of a document.
    static func run(_ document: AnalyzedDocument, vocabulary: Vocabulary, agents: AgentLayer) -> QuoteLayer {
        var stage = QuoteStage(document: document, vocabulary: vocabulary, agents: agents.agents)
        stage.recogniseQuotes()
        return QuoteLayer(speakers: stage.speakers, quotes: stage.quotes, diagnostics: stage.diagnostics)
    }

    private init(document: AnalyzedDocument, vocabulary: Vocabulary, agents: AgentRegistry) {
        self.document = document
        self.vocabulary = vocabulary
        self.agents = agents
    }

    /// A quoted stretch of one paragraph, quotation marks included.
    private struct QuotedSpan {
        var paragraph: Int
        var start: Int
        var end: Int
        /// Whether the paragraph opens a quotation that it does not close.
        var runsOn: Bool
    }

    private mutating func recogniseQuotes() {
        var lastSpeaker: SpeakerHandle?
        var open: QuoteHandle?  // the quote a previous paragraph left open
        var block: (speaker: SpeakerHandle?, remaining: Int)?  // a block quote a "… said:" line opened
        for scanned in document.paragraphs where scanned.role == .body {
            let spans = quotedSpans(in: scanned)
            // Quoted words inside a block quote's paragraph ("a fight between “liberals” and …")
            // do not end it; a paragraph that opens with a quotation mark does.
            let quotedScalars = spans.reduce(0) { $0 + $1.end - $1.start }
            let mostlyUnquoted = spans.allSatisfy { $0.start > 0 } && quotedScalars * 5 < scanned.scalars.count * 2
            if mostlyUnquoted, let opened = block, opened.remaining > 0, !Self.isListItem(scanned) {
                // A paragraph of a block quote: the whole paragraph is quoted.
                var end = scanned.scalars.count
                while end > 0, TextCharacters.isSpace(scanned.scalars[end - 1]) { end -= 1 }
                let span = SourceSpan(paragraph: scanned.index, start: 0, end: end)
                quotes.append(QuoteFinding(speaker: opened.speaker, segments: [.init(text: scanned.string(0, end), span: span)]))
                block = opened.remaining > 1 ? (opened.speaker, opened.remaining - 1) : nil
                continue
            }
            block = nil
            if mostlyUnquoted, let intro = blockQuoteIntroduction(in: scanned) {
                block = (intro, 3)
                continue
            }
            if spans.isEmpty {
                open = nil
                // "said a spokesperson for …" after a quoted paragraph.
                if let pending = quotes.lastHandle, quotes[pending].speaker == nil,
                    quotes[pending].segments.last?.span.paragraph == scanned.index - 1,
                    let speaker = attribution(startingAt: 0, in: scanned)
                {
                    quotes[pending].speaker = speaker
                    lastSpeaker = speaker
                }
                continue
            }
            for quoted in spans {
                let text = scanned.string(quoted.start, quoted.end)
                let span = SourceSpan(paragraph: scanned.index, start: quoted.start, end: quoted.end)
                let first = scanned.tokenIndex(atOrAfter: quoted.start)
                let last = scanned.tokenIndex(atOrAfter: quoted.end) - 1
                let words = scanned.tokens[first...max(first, last)].filter { $0.kind == .word }.count
                var speaker = attributionAround(first: first, last: last, in: scanned)
                let standsAlone = isQuoteOpening(first, in: scanned)
                if let continuing = open, speaker == nil {
                    quotes[continuing].segments.append(.init(text: text, span: span))
                    open = quoted.runsOn ? continuing : nil
                    continue
                }
                guard speaker != nil || (standsAlone && words >= 4) else { continue }
                if speaker == nil, let previous = lastSpeaker, quotes.elements.last?.segments.last?.span.paragraph ?? -9 >= scanned.index - 2 {
                    speaker = previous
                }
                let quote = quotes.append(QuoteFinding(speaker: speaker, segments: [.init(text: text, span: span)]))
                if let speaker { lastSpeaker = speaker }
                open = quoted.runsOn ? quote : nil
            }
        }
        // A quoted paragraph without a speaker of its own takes the last attribution.
        quotes.removeAll { $0.speaker == nil && $0.segments.count == 1 && $0.segments[0].text.count < 40 }
        if quotes.elements.contains(where: { $0.speaker == nil }) {
            diagnostics.append(
                ConversionDiagnostic(severity: .note, code: "unattributed-quote", message: "a quotation has no speaker the converter could find"))
        }
    }

    /// Whether a paragraph is a list item ("1. …", "- …").
    private static func isListItem(_ scanned: AnalyzedParagraph) -> Bool {
        guard let first = scanned.tokens.first else { return true }
        return first.kind == .number && (scanned.token(1, isPunctuation: ".") || scanned.token(1, isPunctuation: ")"))
            || ["-", "•", "*"].contains { scanned.token(0, isPunctuation: $0) }
    }

    /// A paragraph that ends with a colon after a speech verb or a statement ("Jo Park, the
    /// director, said:", "… released this statement, which can be attributed to Jo Park:")
    /// opens a block quote of the paragraphs after it (three at most); returns its speaker (or
    /// `nil` when no speaker can be read, with the block still opened).
    private mutating func blockQuoteIntroduction(in scanned: AnalyzedParagraph) -> SpeakerHandle?? {
        guard let colon = scanned.tokens.indices.last, scanned.token(colon, isPunctuation: ":"),
            let sentence = scanned.sentences.last, colon > sentence.lowerBound
        else { return nil }
        let words = sentence.lowerBound..<colon
        let verb = words.last { scanned.token($0, isOneOf: vocabulary.speechVerbs) || scanned.token($0, isOneOf: vocabulary.blockQuoteIntroducers) }
        guard let verb else { return nil }
        // "X said:" — the speaker before the verb; "… attributed to X:", "… described by X:" — after "to"/"by".
        if verb == colon - 1, scanned.token(verb, isOneOf: vocabulary.speechVerbs) {
            var start = sentence.lowerBound
            if scanned.token(start, is: "as") { start += 1 }
            return .some(start < verb ? recordSpeaker(scanned, start, verb - 1, lenient: true) : nil)
        }
        if let by = (verb..<colon).last(where: { scanned.token($0, isOneOf: ["to", "by"]) }), by + 1 < colon {
            return .some(recordSpeaker(scanned, by + 1, colon - 1, lenient: true))
        }
        return .some(nil)
    }

    /// The quoted stretches of a paragraph. A paragraph that closes a quotation it did not open
    /// (the second paragraph of a quote) counts from its start.
    private func quotedSpans(in scanned: AnalyzedParagraph) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var openAt: Int?
        var straightOpen = false
        let scalars = scanned.scalars
        // Quotation marks are never part of a word or number: only punctuation tokens can be one.
        for token in scanned.tokens where token.kind == .punctuation {
            let offset = token.start
            switch scalars[offset] {
            case "“", "«":
                if openAt == nil { openAt = offset }
            case "”", "»":
                if let start = openAt {
                    spans.append(QuotedSpan(paragraph: scanned.index, start: start, end: offset + 1, runsOn: false))
                    openAt = nil
                } else if spans.isEmpty, offset > scalars.count / 2 {
                    // A closing mark with no opening: the paragraph continues an earlier quote.
                    spans.append(QuotedSpan(paragraph: scanned.index, start: 0, end: offset + 1, runsOn: false))
                }
            case "\"":
                if straightOpen, let start = openAt {
                    spans.append(QuotedSpan(paragraph: scanned.index, start: start, end: offset + 1, runsOn: false))
                    openAt = nil
                    straightOpen = false
                } else if openAt == nil {
                    openAt = offset
                    straightOpen = true
                }
            default:
                break
            }
        }
        if let start = openAt {
            var end = scalars.count
            while end > start, TextCharacters.isSpace(scalars[end - 1]) { end -= 1 }
            spans.append(QuotedSpan(paragraph: scanned.index, start: start, end: end, runsOn: true))
        }
        return spans.filter { $0.end - $0.start > 2 }
    }

    /// Whether the quote starting at token `first` opens a sentence or follows a colon or a
    /// speech verb (not a phrase quoted inside a sentence).
    private func isQuoteOpening(_ first: Int, in scanned: AnalyzedParagraph) -> Bool {
        guard first > 0 else { return true }
        if scanned.token(first - 1, isPunctuation: ":") { return true }
        if scanned.token(first - 1, isOneOf: vocabulary.speechVerbs) { return true }
        return scanned.startsSentence(first)
            || (scanned.token(first - 1, isPunctuation: ".") || scanned.token(first - 1, isPunctuation: "”"))
    }

    /// The speaker named before or after a quote in the same paragraph.
    private mutating func attributionAround(first: Int, last: Int, in scanned: AnalyzedParagraph) -> SpeakerHandle? {
        // After: "”, said X." / "” adds X." / ", concludes X."
        var after = last + 1
        while scanned.tokens.indices.contains(after), scanned.tokens[after].kind == .punctuation,
            !scanned.token(after, isPunctuation: "“"), !scanned.token(after, isPunctuation: "\"")
        {
            after += 1
        }
        if let speaker = attribution(startingAt: after, in: scanned) { return speaker }
        // Before: "Jonas Maebe, FFII board member, comments: “" or "X said: “"
        guard first >= 2, scanned.token(first - 1, isPunctuation: ":") || scanned.token(first - 1, isOneOf: vocabulary.speechVerbs) else {
            return nil
        }
        var verb = first - 1
        if scanned.token(verb, isPunctuation: ":") { verb -= 1 }
        guard verb > 0, scanned.token(verb, isOneOf: vocabulary.speechVerbs) else { return nil }
        let sentence = scanned.sentence(containing: verb)
        var end = verb - 1
        if scanned.token(end, isPunctuation: ",") { end -= 1 }
        guard end >= sentence.lowerBound else { return nil }
        // The attribution starts at the sentence start or after the previous quote.
        var start = sentence.lowerBound
        for i in stride(from: end, through: sentence.lowerBound, by: -1)
        where scanned.token(i, isPunctuation: "”") || scanned.token(i, isPunctuation: "\"") {
            start = i + 1
            break
        }
        guard start <= end else { return nil }
        return recordSpeaker(scanned, start, end)
    }

    /// An attribution that starts with a speech verb at token `i`: "said a spokesperson for …".
    private mutating func attribution(startingAt i: Int, in scanned: AnalyzedParagraph) -> SpeakerHandle? {
        guard scanned.tokens.indices.contains(i), scanned.token(i, isOneOf: vocabulary.speechVerbs) else {
            return nil
        }
        let sentence = scanned.sentence(containing: i)
        var end = sentence.upperBound - 1
        while end > i, scanned.tokens[end].kind == .punctuation, !scanned.token(end, isPunctuation: ")") { end -= 1 }
        // Stop at a following quote.
        for j in (i + 1)...max(i + 1, end) where scanned.token(j, isPunctuation: "“") || scanned.token(j, isPunctuation: "\"") {
            end = j - 1
            while end > i, scanned.tokens[end].kind == .punctuation { end -= 1 }
            break
        }
        guard end > i else { return nil }
        return recordSpeaker(scanned, i + 1, end)
    }

    /// Records the speaker of an attribution "Name, role" / "a spokesperson for X" and returns it.
    private mutating func recordSpeaker(_ scanned: AnalyzedParagraph, _ start: Int, _ end: Int, lenient: Bool = false) -> SpeakerHandle? {
        let attribution = scanned.string(tokens: start, through: end)
        if let existing = speakers.firstHandle(where: { $0.attribution == attribution }) {
            return existing
        }
        // "Name, role": two or three capitalised words before a comma.
        var name: String?
        var roleStart = start
        var i = start
        while i <= end, scanned.tokens[i].kind == .word, scanned.tokens[i].isCapitalised, !scanned.tokens[i].isAllCaps {
            i += 1
        }
        if i - start >= 2, i - start <= 4, i <= end, scanned.token(i, isPunctuation: ",") {
            name = scanned.string(tokens: start, through: i - 1)
            roleStart = i + 1
        }
        var roleText = roleStart <= end ? scanned.string(tokens: roleStart, through: end) : nil
        var mention = name == nil ? nil : scanned.span(start, roleStart - 2)
        if name == nil {
            // "a spokesperson for the Steering Group …": the role noun after the article.
            roleText = nil
            var j = start
            if scanned.token(j, isOneOf: ["a", "an", "the", "our", "its", "their"]) { j += 1 }
            if j <= end, scanned.token(j, isOneOf: vocabulary.affiliationNouns) {
                roleText = scanned.lowercased(j)
                mention = scanned.span(start, j)
            }
        }
        let affiliation = agents.firstAgent(in: start..<(end + 1), of: scanned)?.agent
        // "Oceanwatch policy adviser Ana Lee": a role and the person's name at the end.
        if name == nil, roleText == nil, end - start >= 2 {
            var nameStart = end
            while nameStart > start, scanned.tokens[nameStart - 1].kind == .word, scanned.tokens[nameStart - 1].isCapitalised { nameStart -= 1 }
            if end - nameStart >= 1, end - nameStart <= 2, nameStart > start,
                (start..<nameStart).contains(where: { scanned.token($0, isOneOf: vocabulary.affiliationNouns) })
            {
                name = scanned.string(tokens: nameStart, through: end)
                roleText = scanned.string(tokens: start, through: nameStart - 1)
                mention = scanned.span(nameStart, end)
            }
        }
        // A block quote's introduction names its speaker in any form ("Harbour Minister Jo Park").
        if lenient, name == nil, roleText == nil, end - start < 8 {
            name = attribution
            mention = scanned.span(start, end)
        }
        guard name != nil || roleText != nil else { return nil }
        return speakers.append(
            SpeakerFinding(
                name: name, role: roleText, affiliation: affiliation, attribution: attribution,
                mentions: mention.map { [$0] } ?? []))
    }
}
