import Testing

@testable import AdvocacyKit

@Suite("Text layer: tokens, folding, cues and sentences")
struct TextLayerTests {
    @Test("words keep inner hyphens, apostrophes and capital ampersands; possessives and numbers split")
    func tokens() {
        let paragraph = StageFixture.paragraph("The co-legislators’ S&D group and O’Neill’s 3,500 signatures (IPRED2).")
        let words = paragraph.tokens.indices.map { paragraph.string(of: paragraph.tokens[$0]) }
        #expect(words == ["The", "co-legislators", "’", "S&D", "group", "and", "O’Neill", "’", "s", "3,500", "signatures", "(", "IPRED2", ")", "."])
        #expect(paragraph.tokens[3].isAllCaps && paragraph.tokens[0].isCapitalised && !paragraph.tokens[1].isCapitalised)
        #expect(paragraph.tokens[9].kind == .number && paragraph.tokens[11].kind == .punctuation)
    }

    @Test("every token is folded once: lower case, typographic apostrophes and hyphens folded")
    func folding() {
        let paragraph = StageFixture.paragraph("We’re ÉTUDE co‑operation")
        #expect(paragraph.folded == ["we're", "étude", "co-operation"])
    }

    @Test("cues come from the lexicon: first person, asks, months, stance verbs")
    func cues() {
        let paragraph = StageFixture.paragraph("We urge the board in March and denounce the plan.")
        #expect(paragraph.isFirstPerson(0..<1))
        #expect(paragraph.cues[1].contains(.ask))
        #expect(paragraph.cues[3].contains(.body))
        #expect(paragraph.cues[5].contains(.month))
        #expect(paragraph.cues[7].contains(.stance))
        #expect(!paragraph.isFirstPerson(1..<paragraph.tokens.count))
    }

    @Test("sentences end at . ! ? before a capital, not after an abbreviation or an initial")
    func sentences() {
        let paragraph = StageFixture.paragraph(
            "Dr. Amara Oyelaran met J. Smith on Friday. “Is it done?” she asked. It is, e.g. for ports! Yes.")
        let texts = paragraph.sentences.map { paragraph.string(tokens: $0.lowerBound, through: $0.upperBound - 1) }
        #expect(texts == ["Dr. Amara Oyelaran met J. Smith on Friday.", "“Is it done?” she asked.", "It is, e.g. for ports!", "Yes."])
    }

    @Test("spans and token look-ups address Unicode scalars, the unit of SourceSpan")
    func spans() {
        let paragraph = StageFixture.paragraph("Café Ünion — we act.")
        #expect(paragraph.span(0, 1) == SourceSpan(paragraph: 0, start: 0, end: 10))
        #expect(paragraph.tokenIndex(atOrAfter: 11) == 2)
        #expect(paragraph.match(["we", "act"], at: 3) == 5)
        #expect(paragraph.match(["we", "act"], at: -1) == nil)
    }
}
