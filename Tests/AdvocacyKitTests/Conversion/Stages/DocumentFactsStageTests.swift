import Testing

@testable import AdvocacyKit

@Suite("Stage: document facts")
struct DocumentFactsStageTests {
    @Test("a publication line dates the text; a dash dateline gives the place in title case")
    func dateLineAndPlace() throws {
        let document = try StageFixture.document("""
            Harbour groups reject the dredging plan

            Published on 3 April 2024

            OSLO — Four harbour associations rejected the plan on Tuesday.
            """)
        let facts = DocumentFactsStage.run(document, vocabulary: StageFixture.vocabulary)
        #expect(facts.published?.date == PartialDate(year: 2024, month: 4, day: 3))
        #expect(facts.published?.span?.paragraph == 1)
        #expect(facts.dateline?.name == "Oslo")
        #expect(facts.dateline?.span == SourceSpan(paragraph: 2, start: 0, end: 4))
    }

    @Test("“Place, day month year.” dates the text when no date line does")
    func placeAndDate() throws {
        let document = try StageFixture.document("""
            Ferry unions welcome the new timetable

            Lisbon, 4 May 2021. The ferry unions welcomed the timetable.
            """)
        let facts = DocumentFactsStage.run(document, vocabulary: StageFixture.vocabulary)
        #expect(facts.dateline?.name == "Lisbon")
        #expect(facts.published?.date == PartialDate(year: 2021, month: 5, day: 4))
    }

    @Test("no dateline where the first words are an ordinary sentence")
    func noDateline() throws {
        let document = try StageFixture.document("""
            A quiet week

            The council met on Monday — and nothing happened.
            """)
        let facts = DocumentFactsStage.run(document, vocabulary: StageFixture.vocabulary)
        #expect(facts.dateline == nil)
        #expect(facts.published == nil)
    }

    @Test("dash datelines with commas, slashes and abbreviations", arguments: [
        ("BOSTON, MA — The coalition met.", "Boston, MA"),
        ("WASHINGTON, D.C. – Members met.", "Washington, D.C."),
        ("LIMA D.C. — Members met.", "Lima D.C."),
        ("Geneva/Vienna – Delegates met.", "Geneva/Vienna"),
        ("New Orleans, LA – Members met.", "New Orleans, LA"),
    ])
    func dashDatelines(opening: String, place: String) throws {
        let document = try StageFixture.document("A meeting\n\n\(opening)")
        #expect(DocumentFactsStage.run(document, vocabulary: StageFixture.vocabulary).dateline?.name == place)
    }

    @Test("a date line among short front-matter lines before the dateline", arguments: [
        "FOR IMMEDIATE RELEASE\n\nJune 3, 2019\n\nBOSTON, MA — Harbour unions met today.",
        "To: Members of the network\n\nFrom: The board\n\nDate: June 3, 2019\n\nBOSTON, MA — Harbour unions met today.",
    ])
    func frontMatter(body: String) throws {
        let facts = DocumentFactsStage.run(try StageFixture.document("Unions meet\n\n\(body)"), vocabulary: StageFixture.vocabulary)
        #expect(facts.published?.date == PartialDate(year: 2019, month: 6, day: 3))
        #expect(facts.dateline?.name == "Boston, MA")
    }

    @Test("“Today (date)” dates the text; a date later in a sentence does not")
    func today() throws {
        let stated = try StageFixture.document("Limits approved\n\nToday (9 October 2018) the ministry approved the limits.")
        #expect(DocumentFactsStage.run(stated, vocabulary: StageFixture.vocabulary).published?.date == PartialDate(year: 2018, month: 10, day: 9))
        let later = try StageFixture.document("Limits approved\n\nToday the ministry approved the limits it set on 9 October 2018.")
        #expect(DocumentFactsStage.run(later, vocabulary: StageFixture.vocabulary).published == nil)
    }

    @Test("an organisation followed by a dash in running text is not a dateline")
    func notADateline() throws {
        let document = try StageFixture.document("A statement\n\nThe board — and only the board — decides.")
        #expect(DocumentFactsStage.run(document, vocabulary: StageFixture.vocabulary).dateline == nil)
    }
}
