import Testing

@testable import AdvocacyKit

/// Tests of the hand-written English date scanner.
@Suite("DateText")
struct DateTextTests {
    /// The text a match covers.
    static func phrase(_ text: String, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
    }

    /// Dates found in sentences, with the exact phrase each covers.
    @Test(
        "Recognised formats",
        arguments: [
            ("Posted on Mar 7, 2023", "2023-03-07", "Mar 7, 2023"),
            ("It was 7 March 2023.", "2023-03-07", "7 March 2023"),
            ("On March 7th, 2023 we met", "2023-03-07", "March 7th, 2023"),
            ("since 1st of September 2021", "2021-09-01", "1st of September 2021"),
            ("the proposal of 12 May 2006 was", "2006-05-12", "12 May 2006"),
            ("in May 2022 the Commission", "2022-05", "May 2022"),
            ("released 2006-05-12 at noon", "2006-05-12", "2006-05-12"),
            ("2023-03-07T10:00:00Z", "2023-03-07", "2023-03-07"),
            ("filed 2023/03/07.", "2023-03-07", "2023/03/07"),
            ("on Tuesday, 7 March 2023, MEPs", "2023-03-07", "Tuesday, 7 March 2023"),
            ("Tue. Mar. 7, 2023", "2023-03-07", "Tue. Mar. 7, 2023"),
            ("Sept. 1 2021", "2021-09-01", "Sept. 1 2021"),
            ("(7 Mar. 2023)", "2023-03-07", "7 Mar. 2023"),
            ("PUBLISHED 7 MARCH 2023", "2023-03-07", "7 MARCH 2023"),
            ("in 2022 the Commission proposed", "2022", "2022"),
            ("active since 2019.", "2019", "2019"),
            ("the spring of 2021, when", "2021", "2021"),
            ("Leap day 29 February 2024", "2024-02-29", "29 February 2024"),
            ("7\u{A0}March\u{A0}2023", "2023-03-07", "7\u{A0}March\u{A0}2023"),
            ("“Children” – 7 March 2023", "2023-03-07", "7 March 2023"),
        ] as [(String, String, String)]
    )
    func recognised(text: String, expected: String, phrase: String) throws {
        let match = try #require(DateText.parse(text))
        #expect(match.date == PartialDate(expected))
        #expect(Self.phrase(text, match.range) == phrase)
    }

    /// Phrases that are not dates, or not certain enough to be read as one.
    @Test(
        "Near misses give no date",
        arguments: [
            "May", "In May, the Commission", "2022", "the 2022 report", "12.05.2006", "12/05/2006",
            "05/13/2006", "March 7, '23", "30 February 2023", "2023-02-30", "you may 7 March",
            "in 2000 schools", "more than 1,000 people", "May 1,000 people", "a total of 20234",
            "in the 1990s", "in 2022-23", "March 7-8, 2023 meetings", "version 2023-03-07-1",
            "on Tuesday, March 12", "1st of September", "12 May", "the 12th", "Tuesday",
            "Room 7 March Street", "2006-13-01",
        ]
    )
    func nearMisses(text: String) {
        #expect(DateText.parse(text) == nil, "\(text)")
    }

    /// Day and month without a year are read only when the caller supplies the year.
    @Test func defaultYear() throws {
        let weekday = try #require(DateText.parse("on Tuesday, March 12, MEPs vote", defaultYear: 2024))
        #expect(weekday.date == "2024-03-12")
        #expect(Self.phrase("on Tuesday, March 12, MEPs vote", weekday.range) == "Tuesday, March 12")
        let dayFirst = try #require(DateText.parse("By the 1st of September.", defaultYear: 2021))
        #expect(dayFirst.date == "2021-09-01")
        #expect(Self.phrase("By the 1st of September.", dayFirst.range) == "1st of September")
        let abbreviated = try #require(DateText.parse("on 7 Mar. the vote", defaultYear: 2023))
        #expect(Self.phrase("on 7 Mar. the vote", abbreviated.range) == "7 Mar")
        // A stated year wins over the default.
        #expect(DateText.parse("12 May 2006", defaultYear: 2024)?.date == "2006-05-12")
        // An impossible default date is no date.
        #expect(DateText.parse("29 February", defaultYear: 2023) == nil)
    }

    /// Every date of a sentence, in order, with scalar ranges (an emoji counts as one scalar).
    @Test func allDates() {
        let text = "😀 The Commission proposed it in May 2022; IMCO voted on 12 May 2023 and LIBE on 2023-06-01."
        let matches = DateText.dates(in: text)
        #expect(matches.map(\.date) == ["2022-05", "2023-05-12", "2023-06-01"])
        #expect(matches.map { Self.phrase(text, $0.range) } == ["May 2022", "12 May 2023", "2023-06-01"])
        #expect(matches.first?.range == 32..<40)
    }

    /// Substrings are scanned with offsets relative to the substring.
    @Test func substringOffsets() throws {
        let text = "xxxx in May 2022"
        let match = try #require(DateText.parse(text.dropFirst(5)))
        #expect(match.range == 3..<11)
    }

    /// Paragraphs that are only a publication line.
    @Test(
        "Publication lines",
        arguments: [
            ("Posted on Mar 7, 2023", "2023-03-07"),
            ("Published: 12 May 2023", "2023-05-12"),
            ("March 7, 2023", "2023-03-07"),
            ("7 March 2023", "2023-03-07"),
            ("2023-03-07", "2023-03-07"),
            ("Tuesday, 7 March 2023", "2023-03-07"),
            ("  Posted on Mar 7, 2023 ", "2023-03-07"),
            ("BRUSSELS, 7 March 2023", "2023-03-07"),
            ("Press release | 7 March 2023 | 10:00 CET", "2023-03-07"),
            ("Published on 7 March 2023 by Jane Doe", "2023-03-07"),
            ("Last updated: May 2023", "2023-05"),
        ] as [(String, String)]
    )
    func publicationLines(line: String, expected: String) throws {
        let (date, range) = try #require(DateText.parsePublicationLine(line))
        #expect(date == PartialDate(expected))
        #expect(!Self.phrase(line, range).isEmpty)
    }

    /// Paragraphs that mention a date but say more than that.
    @Test(
        "Not publication lines",
        arguments: [
            "The Commission issued a proposal in May 2022.",
            "On 7 March 2023 forty organisations urged MEPs to act",
            "Published in 2023",
            "Posted on Tuesday",
            "BANGKOK — In a joint letter published today, 40 organisations urge EU decision-makers to act.",
            "Meeting with the rapporteur, the shadows and the Commission on 7 March 2023",
        ]
    )
    func notPublicationLines(line: String) {
        #expect(DateText.parsePublicationLine(line) == nil, "\(line)")
    }

    /// Metadata values: ISO dates and date-times, reduced precision and English phrases.
    @Test func statedValues() {
        #expect(DateText.parseStated("2023-03-07") == "2023-03-07")
        #expect(DateText.parseStated("2023-03-07T10:00:00+01:00") == "2023-03-07")
        #expect(DateText.parseStated(" 2023-03-07 10:00 ") == "2023-03-07")
        #expect(DateText.parseStated("2023-03") == "2023-03")
        #expect(DateText.parseStated("2023") == "2023")
        #expect(DateText.parseStated("March 7, 2023") == "2023-03-07")
        #expect(DateText.parseStated("Tue, 7 Mar 2023 10:00:00 GMT") == "2023-03-07")
        #expect(DateText.parseStated("soon") == nil)
        #expect(DateText.parseStated("2023-13-01") == nil)
        #expect(DateText.parseStated("see 7 March 2023") == nil)
    }

    /// The scanner handles long text quickly and without quadratic behaviour.
    @Test func longText() {
        let sentence = "The coalition met MEPs on 7 March 2023 and again in May 2023, with 60 members. "
        let text = String(repeating: sentence, count: 2_000)
        let matches = DateText.dates(in: text)
        #expect(matches.count == 4_000)
    }
}
