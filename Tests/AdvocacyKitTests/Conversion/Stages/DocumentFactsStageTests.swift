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
}
