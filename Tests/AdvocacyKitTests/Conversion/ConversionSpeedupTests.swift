import PropertyBased
import Testing

@testable import AdvocacyKit

/// Random strings glued from pieces that exercise words, capitals inside words, compounds,
/// apostrophes, web names, numbers and non-ASCII letters.
private let wordyStrings = Generator<String, Shrink.None<String>> { rng in
    let pieces = [
        "Open", "Infra", "open", "GitHub", "eBay", "IMCO", "S&D", "Fare-Free", "o’Neil", "O'Brien", "’s", "'s",
        "river.org", "REScoop.eu", "x.Org", "3,500", "1.5", "42", "Élan", "élan", "ÉCOLE", "straße", "Ωmega", "ǅemal",
        "中文", "-", "&", ".", ",", " ", "  ", "\n", "\u{A0}", "(", ")", "“", "”", "\"", "«", "»",
    ]
    let count = Int.random(in: 0...12, using: &rng)
    return (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
}

/// The first way of telling a capital inside a word: a capital right after a letter that is
/// not upper case, over the word's scalars.
private func referenceHasInnerCapital(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    var previousIsLower = false
    for scalar in scalars {
        if TextCharacters.isUpper(scalar), previousIsLower { return true }
        previousIsLower = TextCharacters.isLetter(scalar) && !TextCharacters.isUpper(scalar)
    }
    return false
}

@Suite("Conversion speed-ups agree with the straightforward forms")
struct ConversionSpeedupTests {
    @Test("the tokeniser's inner-capital flag agrees with a scan of each word's scalars")
    func innerCapitalFlag() async {
        await propertyCheck(count: 300, input: wordyStrings) { text in
            let scalars = [Unicode.Scalar](scalarsOf: text)
            for token in WordTokenizer.tokenize(scalars) {
                let expected = token.kind == .word && referenceHasInnerCapital(scalars[token.start..<token.end])
                #expect(token.hasInnerCapital == expected, "\(text) at \(token.start)")
            }
        }
    }

    @Test("inner capitals: mixed-case names have one, compounds and plain words do not")
    func innerCapitalExamples() {
        func flags(_ text: String) -> [Bool] {
            WordTokenizer.tokenize([Unicode.Scalar](scalarsOf: text)).filter { $0.kind == .word }.map(\.hasInnerCapital)
        }
        #expect(flags("OpenInfra GitHub eBay") == [true, true, true])
        #expect(flags("Fare-Free IMCO Harbour river.org") == [false, false, false, false])
        #expect(flags("o’Neil REScoop.eu cleanAir.org") == [false, false, true])
    }

    @Test("an agent's name words are the distinct words of its key, in order")
    func nameWords() throws {
        var registry = AgentRegistry()
        let names = ["The Kestrel Harbour Trust", "Harbour Harbour Watch", "Ωmega Élan Ωmega Society", "Trust’s"]
        let handles = names.map { registry.record(name: $0, role: .organisation, span: nil, evidence: Evidence()) }
        var words = AgentNameWords(registry)
        for (handle, name) in zip(handles, names) {
            var expected: [String] = []
            for word in AgentRegistry.key(name).split(separator: " ").map(String.init) where !expected.contains(word) {
                expected.append(word)
            }
            #expect(words.words(of: handle) == expected)
            // Asked again: the same list.
            #expect(words.words(of: handle) == expected)
        }
        #expect(words.words(of: handles[1]) == ["harbour", "watch"])
    }

    @Test("mentions by paragraph keep each paragraph's mentions in order and drop removed ones")
    func mentionsByParagraph() {
        let first = AgentHandle(position: 0)
        let second = AgentHandle(position: 1)
        var index = MentionsByParagraph()
        #expect(index[0] == nil)
        index.append(AgentMention(agent: first, span: SourceSpan(paragraph: 3, start: 0, end: 4)))
        index.append(AgentMention(agent: second, span: SourceSpan(paragraph: 3, start: 10, end: 14)))
        index.append(AgentMention(agent: first, span: SourceSpan(paragraph: 1, start: 2, end: 5)))
        #expect(index[0] == nil)
        #expect(index[2] == nil)
        #expect(index[9] == nil)
        #expect(index[3]?.map(\.span.start) == [0, 10])
        #expect(index[1]?.map(\.agent) == [first])
        index.removeAll(in: 3) { $0.agent == first }
        #expect(index[3]?.map(\.agent) == [second])
        index.removeAll(in: 1) { $0.agent == first }
        #expect(index[1] == nil)
        index.removeAll(in: 7) { _ in true }
        #expect(index[7] == nil)
    }

    @Test("equal mentions hash alike, and a set of mentions tells them apart")
    func mentionHashing() {
        let mention = AgentMention(agent: AgentHandle(position: 2), span: SourceSpan(paragraph: 1, start: 5, end: 9))
        let same = AgentMention(agent: AgentHandle(position: 2), span: SourceSpan(paragraph: 1, start: 5, end: 9))
        #expect(mention.hashValue == same.hashValue)
        let others = [
            AgentMention(agent: AgentHandle(position: 3), span: mention.span),
            AgentMention(agent: mention.agent, span: SourceSpan(paragraph: 0, start: 5, end: 9)),
            AgentMention(agent: mention.agent, span: SourceSpan(paragraph: 1, start: 9, end: 5)),
        ]
        let set = Set([mention] + others)
        #expect(set.count == 4)
        #expect(set.contains(same))
    }

    @Test("a large word table finds its words and none of many absent ones (its filter only skips absent words)")
    func largeTableFilter() {
        let words = (0..<2_000).map { "word\($0)" }
        let table = WordTable(words.enumerated().map { ($0.element, $0.offset) })
        for (offset, word) in words.enumerated() { #expect(table[word] == offset) }
        for number in 2_000..<6_000 { #expect(table["word\(number)"] == nil) }
        #expect(table["Word1"] == nil)
    }

    @Test("the joint document noun is the lexicon's first one that the text uses, wherever it stands")
    func letterNoun() throws {
        let layers = try StageFixture.layers(
            """
            Harbour groups sign a shared appeal

            The Kestrel Harbour Trust and 40 other organisations published an open letter on Monday.

            In a position paper, the same 40 organisations ask for a review.
            """)
        let names = layers.coalitions.coalitions.elements.map(\.name)
        #expect(names.contains("signatories of the open letter"))
    }

    @Test("a count's value is read from its digits, and counts of 100,000 or more are not sizes")
    func countValues() throws {
        let small = try StageFixture.layers(
            """
            Harbour groups sign a shared appeal

            The Kestrel Harbour Trust and 1,250 other organisations published an open letter on Monday.
            """)
        let values = small.coalitions.coalitions.elements.flatMap(\.claims).map(\.count.value)
        #expect(values == [1_250])
        let large = try StageFixture.layers(
            """
            Harbour groups sign a shared appeal

            The Kestrel Harbour Trust and 120,000 other organisations published an open letter on Monday.
            """)
        #expect(large.coalitions.coalitions.elements.flatMap(\.claims).isEmpty)
    }
}
