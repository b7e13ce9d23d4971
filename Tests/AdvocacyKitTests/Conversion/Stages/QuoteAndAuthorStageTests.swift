import Testing

@testable import AdvocacyKit

@Suite("Stages: quotes and authors")
struct QuoteAndAuthorStageTests {
    @Test("a quote with a trailing attribution gets a named speaker with role and affiliation")
    func attributedQuote() throws {
        let layers = try StageFixture.layers("""
            Tidewater Network warns about the plan

            “The plan would empty our harbours of small boats,” said Mira Kovač, director of the Tidewater Network.
            """)
        let quote = try #require(layers.quotes.quotes.elements.first)
        let speaker = try #require(quote.speaker.map { layers.quotes.speakers[$0] })
        #expect(speaker.name == "Mira Kovač")
        #expect(speaker.role == "director of the Tidewater Network")
        #expect(speaker.affiliation.map { layers.agents.agents.agents[$0].name } == "Tidewater Network")
        #expect(quote.segments.map(\.text) == ["“The plan would empty our harbours of small boats,”"])
    }

    @Test("a quotation over two paragraphs is one quote with two segments")
    func continuedQuote() throws {
        let layers = try StageFixture.layers("""
            A long statement

            Jonah Reyes, spokesperson of the Saltmarsh Trust, said: “We have waited four years for this rule.

            Now it is time to apply it everywhere.”
            """)
        #expect(layers.quotes.quotes.elements.count == 1)
        #expect(layers.quotes.quotes.elements.first?.segments.count == 2)
        #expect(layers.quotes.diagnostics.isEmpty)
    }

    @Test("the author is the organisation that opens the headline")
    func headlineAuthor() throws {
        let layers = try StageFixture.layers("""
            Saltmarsh Trust rejects the dredging permit

            The permit would harm the estuary.
            """)
        #expect(layers.authors.authors.map { layers.agents.agents.agents[$0].name } == ["Saltmarsh Trust"])
    }

    @Test("without a headline subject, the organisation its spokespeople speak for is the author")
    func speakersAuthor() throws {
        let layers = try StageFixture.layers("""
            Estuary permit rejected

            “This is a good day,” said Lena Ortiz, policy lead at the Estuary Defence Fund.
            """)
        #expect(layers.authors.authors.map { layers.agents.agents.agents[$0].name } == ["Estuary Defence Fund"])
    }

    @Test("institutions are never taken as authors")
    func institutionsAreNotAuthors() throws {
        let layers = try StageFixture.layers("""
            European Commission publishes its plan

            The plan was published today.
            """)
        #expect(layers.authors.authors.isEmpty)
    }

    @Test("a “… said:” line opens a block quote of the paragraphs after it, three at most")
    func blockQuotes() throws {
        let layers = try StageFixture.layers("""
            Ferry statement

            Harbour Minister Jo Park said:

            The ferries will keep running, and the so-called “cuts” are off the table.

            We will fund them from next year.

            “This paragraph is a quotation of its own,” said Ann Lee.
            """)
        let quotes = layers.quotes.quotes.elements
        #expect(quotes.map { $0.segments.map(\.text) } == [
            ["The ferries will keep running, and the so-called “cuts” are off the table."], ["We will fund them from next year."],
            ["“This paragraph is a quotation of its own,”"],
        ])
        #expect(quotes.first?.speaker.map { layers.quotes.speakers[$0].name } == "Harbour Minister Jo Park")
    }

    @Test("a block quote ends after three paragraphs and at a list")
    func blockQuoteEnds() throws {
        let layers = try StageFixture.layers("""
            Ferry statement

            The board issued this statement, to be attributed to its chair Jo Park:

            One.

            Two.

            Three.

            Four.
            """)
        #expect(layers.quotes.quotes.elements.map { $0.segments.map(\.text) } == [["One."], ["Two."], ["Three."]])
    }
}
