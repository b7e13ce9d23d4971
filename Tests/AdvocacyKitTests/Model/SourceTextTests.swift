import Foundation
import Testing

@testable import AdvocacyKit

/// Splitting text into paragraphs, rebuilding it byte for byte, and finding spans.
@Suite("SourceText")
struct SourceTextTests {
    // MARK: - Parsing and rebuilding

    /// One input and the paragraphs, separators, leading and trailing text it splits into.
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var paragraphs: [String]
        var separators: [String]
        var leading = ""
        var trailing = ""

        var testDescription: String { input.debugDescription }
    }

    static let cases: [Case] = [
        Case(input: "Title", paragraphs: ["Title"], separators: []),
        Case(input: "Title\n", paragraphs: ["Title"], separators: [], trailing: "\n"),
        Case(input: "Title\n\nBody", paragraphs: ["Title", "Body"], separators: ["\n\n"]),
        Case(input: "Title\n\nBody\n", paragraphs: ["Title", "Body"], separators: ["\n\n"], trailing: "\n"),
        Case(input: "Title\n\nBody\n\n\n", paragraphs: ["Title", "Body"], separators: ["\n\n"], trailing: "\n\n\n"),
        Case(input: "Title\n\n", paragraphs: ["Title"], separators: [], trailing: "\n\n"),
        Case(input: "Title\n \n", paragraphs: ["Title"], separators: [], trailing: "\n \n"),
        Case(input: "\n\nTitle\n\nBody", paragraphs: ["Title", "Body"], separators: ["\n\n"], leading: "\n\n"),
        Case(input: "\n \n\nTitle\n", paragraphs: ["Title"], separators: [], leading: "\n \n\n", trailing: "\n"),
        Case(input: "A\n\n\nB\n\n\n\nC", paragraphs: ["A", "B", "C"], separators: ["\n\n\n", "\n\n\n\n"]),
        Case(input: "a\n  \t\nb", paragraphs: ["a", "b"], separators: ["\n  \t\n"]),
        Case(input: "a\n\t\n \n\nb", paragraphs: ["a", "b"], separators: ["\n\t\n \n\n"]),
        Case(
            input: "Line one\nline two\n\nBody", paragraphs: ["Line one\nline two", "Body"],
            separators: ["\n\n"]),
        Case(input: "Only\none paragraph\n", paragraphs: ["Only\none paragraph"], separators: [], trailing: "\n"),
        Case(
            input: "Title\u{A0}\n\nBody\u{A0}\n", paragraphs: ["Title\u{A0}", "Body\u{A0}"],
            separators: ["\n\n"], trailing: "\n"),
        Case(
            input: "\u{A0}\n\n\u{A0}Body", paragraphs: ["\u{A0}", "\u{A0}Body"], separators: ["\n\n"]),
        Case(
            input: "Ευρωπαϊκή 😀\n\nالمفوضية\n\n欧洲委员会\n", paragraphs: ["Ευρωπαϊκή 😀", "المفوضية", "欧洲委员会"],
            separators: ["\n\n", "\n\n"], trailing: "\n"),
        Case(input: "", paragraphs: [], separators: []),
        Case(input: "\n\n\n", paragraphs: [], separators: [], leading: "\n\n\n"),
        Case(input: "\nTitle", paragraphs: ["Title"], separators: [], leading: "\n"),
        Case(input: "  Title  ", paragraphs: ["  Title  "], separators: []),
    ]

    @Test(arguments: cases)
    func parsingSplitsAtBlankLines(_ testCase: Case) {
        let source = SourceText(parsing: testCase.input)
        #expect(source.paragraphs.map(\.text) == testCase.paragraphs)
        #expect(source.separators == testCase.separators)
        #expect(source.leading == testCase.leading)
        #expect(source.trailing == testCase.trailing)
    }

    /// Inputs whose split is odd but which must still rebuild byte for byte.
    static let roundTripOnly: [String] = [
        "\nTitle",  // one line break is not a blank line
        "Title\n\nBody\n  ",  // spaces after the last line break
        "  \n\nBody",  // a paragraph holding only spaces
        "A\r\n\r\nB\r\n",
        "A\r\n\r\n\r\nB",
        "A\r\nB\r\n",
        "A\n\r\n\rB",
        "\r\n",
        "\n",
        "\t",
        "x\n\n\n\n\n\n\n\n\n\ny",
    ]

    @Test(arguments: cases.map(\.input) + roundTripOnly)
    func textRebuildsTheInputByteForByte(_ input: String) {
        let source = SourceText(parsing: input)
        #expect(Array(source.text.utf8) == Array(input.utf8))
        #expect(source.separators.count == max(0, source.paragraphs.count - 1))
    }

    @Test(arguments: cases.map(\.input) + roundTripOnly)
    func rebuildsAfterAJSONRoundTrip(_ input: String) throws {
        let source = SourceText(parsing: input)
        let decoded = try JSONDecoder().decode(SourceText.self, from: try encodeJSON(source))
        #expect(decoded == source)
        #expect(Array(decoded.text.utf8) == Array(input.utf8))
    }

    @Test func firstParagraphIsTheTitleTheOthersBody() {
        let source = SourceText(parsing: "Title\n\nPosted on Mar 7, 2023\n\nBody\n")
        #expect(source.paragraphs.map(\.role) == [.title, .body, .body])
        #expect(SourceText(parsing: "Only").paragraphs.map(\.role) == [.title])
    }

    @Test func paragraphDefaultsToBody() {
        #expect(SourceText.Paragraph("x").role == .body)
        #expect(SourceText.Paragraph.Role.allCases.map(\.rawValue) == ["title", "dateLine", "heading", "body"])
    }

    @Test func memberwiseSourceJoinsParagraphsWithTheSeparator() {
        let source = SourceText(
            paragraphs: [SourceText.Paragraph("A", role: .title), SourceText.Paragraph("B"), SourceText.Paragraph("C")],
            separator: "\n\n\n", leading: "\n", trailing: "\n")
        #expect(source.separators == ["\n\n\n", "\n\n\n"])
        #expect(source.text == "\nA\n\n\nB\n\n\nC\n")
        #expect(SourceText(paragraphs: [SourceText.Paragraph("A")]).text == "A")
        #expect(SourceText(paragraphs: []).text == "")
    }

    @Test func missingSeparatorsAreRebuiltAsBlankLines() {
        var source = SourceText(parsing: "A\n\n\nB\n\nC")
        source.separators = []
        #expect(source.text == "A\n\nB\n\nC")
    }

    /// CRLF text should split into clean paragraphs, with the carriage returns kept in the
    /// separators and the trailing text, not in the paragraphs.
    @Test func crlfTextSplitsIntoCleanParagraphs() {
        let source = SourceText(parsing: "Title\r\n\r\nBody\r\n")
        #expect(source.text == "Title\r\n\r\nBody\r\n")
        #expect(source.paragraphs.map(\.text) == ["Title", "Body"])
        #expect(source.separators == ["\r\n\r\n"])
        #expect(source.trailing == "\r\n")
    }

    // MARK: - spans(of:)

    @Test func matchesWholeWordsOnly() {
        let source = SourceText(parsing: "ECPAT and the EC Child protection\n\nECPAT, EC, EC.")
        #expect(source.spans(of: "EC") == [
            SourceSpan(paragraph: 0, start: 14, end: 16),
            SourceSpan(paragraph: 1, start: 7, end: 9),
            SourceSpan(paragraph: 1, start: 11, end: 13),
        ])
        #expect(source.spans(of: "ECPAT").count == 2)
        #expect(source.spans(of: "PAT") == [])
        #expect(source.spans(of: "Chil") == [])
        #expect(source.spans(of: "ec") == [], "matching is case-sensitive")
    }

    @Test func wordBoundariesAroundLettersDigitsAndUnderscores() {
        let source = SourceText(parsing: "EC2 EC_x xEC 2EC (EC) IMCO’s IMCO's")
        #expect(source.spans(of: "EC") == [SourceSpan(paragraph: 0, start: 18, end: 20)])
        #expect(source.spans(of: "IMCO") == [
            SourceSpan(paragraph: 0, start: 22, end: 26),
            SourceSpan(paragraph: 0, start: 29, end: 33),
        ])
    }

    @Test func phrasesWithPunctuationAtTheEdgeMatchInsideWords() {
        let source = SourceText(parsing: "procedure 2022/0155(COD) and COM(2022) 209 final")
        #expect(source.spans(of: "(COD)") == [SourceSpan(paragraph: 0, start: 19, end: 24)])
        #expect(source.spans(of: "2022/0155(COD)") == [SourceSpan(paragraph: 0, start: 10, end: 24)])
        #expect(source.spans(of: "COM(2022) 209 final") == [SourceSpan(paragraph: 0, start: 29, end: 48)])
    }

    @Test func imcoIsFoundBeforeACurlyApostrophe() throws {
        let source = SourceText(parsing: "ECLAG denounces IMCO’s draft opinion")
        let spans = source.spans(of: "IMCO")
        #expect(spans == [SourceSpan(paragraph: 0, start: 16, end: 20)])
        #expect(source.text(of: try #require(spans.first)) == "IMCO")
    }

    @Test func offsetsCountUnicodeScalars() throws {
        // "é" is one precomposed scalar (U+00E9); "😀" is one scalar but two UTF-16 units
        // and four UTF-8 bytes.
        let paragraph = "Caf\u{E9} 😀 EC"
        #expect(paragraph.unicodeScalars.count == 9)
        let source = SourceText(parsing: paragraph)
        let spans = source.spans(of: "EC")
        #expect(spans == [SourceSpan(paragraph: 0, start: 7, end: 9)])
        #expect(source.text(of: try #require(spans.first)) == "EC")
        #expect(source.text(of: SourceSpan(paragraph: 0, start: 3, end: 4)) == "\u{E9}")
        #expect(source.text(of: SourceSpan(paragraph: 0, start: 5, end: 6)) == "😀")
    }

    @Test func offsetsCountScalarsNotCharacters() {
        // A flag is one Character made of two scalars; a decomposed "é" is one Character
        // made of two scalars.
        let source = SourceText(parsing: "🇪🇺 EC\n\nCafe\u{301} EC")
        #expect(source.spans(of: "EC") == [
            SourceSpan(paragraph: 0, start: 3, end: 5),
            SourceSpan(paragraph: 1, start: 6, end: 8),
        ])
    }

    @Test func findsEveryOccurrenceInReadingOrder() {
        let source = SourceText(parsing: "IMCO and IMCO\n\nno match here\n\nIMCO")
        #expect(source.spans(of: "IMCO") == [
            SourceSpan(paragraph: 0, start: 0, end: 4),
            SourceSpan(paragraph: 0, start: 9, end: 13),
            SourceSpan(paragraph: 2, start: 0, end: 4),
        ])
    }

    @Test func occurrencesDoNotOverlap() {
        let source = SourceText(parsing: "a a a")
        #expect(source.spans(of: "a a") == [SourceSpan(paragraph: 0, start: 0, end: 3)])
    }

    @Test func inParagraphRestrictsTheSearch() {
        let source = SourceText(parsing: "IMCO and IMCO\n\nno match here\n\nIMCO")
        #expect(source.spans(of: "IMCO", inParagraph: 2) == [SourceSpan(paragraph: 2, start: 0, end: 4)])
        #expect(source.spans(of: "IMCO", inParagraph: 1) == [])
        #expect(source.spans(of: "IMCO", inParagraph: 3) == [])
        #expect(source.spans(of: "IMCO", inParagraph: -1) == [])
    }

    @Test func emptyOrAbsentPhraseGivesNoSpans() {
        let source = SourceText(parsing: "Title\n\nBody")
        #expect(source.spans(of: "") == [])
        #expect(source.spans(of: "Missing") == [])
        #expect(source.spans(of: "Title\n\nBody") == [], "a phrase never crosses paragraphs")
        #expect(SourceText(parsing: "").spans(of: "x") == [])
    }

    @Test func phraseAtTheVeryEndOfAParagraph() {
        let source = SourceText(parsing: "Signed by ECPAT\n")
        #expect(source.spans(of: "ECPAT") == [SourceSpan(paragraph: 0, start: 10, end: 15)])
    }

    /// A decomposed accent continues the letter before it, so "E" is not a word in "Éclair".
    @Test func combiningMarkContinuesAWord() {
        let source = SourceText(parsing: "E\u{301}clair and EC\u{301}")
        #expect(source.spans(of: "E") == [])
        #expect(source.spans(of: "EC") == [])
    }

    // MARK: - text(of:)

    @Test func textOfASpan() {
        let source = SourceText(parsing: "Title\n\nECLAG denounces IMCO’s draft opinion\n")
        #expect(source.text(of: SourceSpan(paragraph: 1, start: 0, end: 5)) == "ECLAG")
        #expect(source.text(of: SourceSpan(paragraph: 1, start: 16, end: 22)) == "IMCO’s")
        #expect(source.text(of: SourceSpan(paragraph: 1, start: 3, end: 3)) == "")
        #expect(source.text(of: SourceSpan(paragraph: 0, start: 0, end: 5)) == "Title")
        #expect(source.text(of: SourceSpan(paragraph: 1, start: 0, end: 36)) == "ECLAG denounces IMCO’s draft opinion")
    }

    @Test(arguments: [
        SourceSpan(paragraph: 2, start: 0, end: 1),  // no such paragraph
        SourceSpan(paragraph: -1, start: 0, end: 1),
        SourceSpan(paragraph: 0, start: 0, end: 6),  // past the end of "Title"
        SourceSpan(paragraph: 0, start: 6, end: 6),
        SourceSpan(paragraph: 0, start: -1, end: 2),
        SourceSpan(paragraph: 0, start: 3, end: 2),  // start after end
    ])
    func textOfASpanOutsideTheSourceIsNil(_ span: SourceSpan) {
        let source = SourceText(parsing: "Title\n\nBody")
        #expect(source.text(of: span) == nil)
    }

    @Test func everyFoundSpanReadsBackAsThePhrase() {
        let source = SourceText(parsing: "😀 IMCO, 🇪🇺 IMCO\n\nCafé IMCO’s — «IMCO»")
        let spans = source.spans(of: "IMCO")
        #expect(spans.count == 4)
        for span in spans {
            #expect(source.text(of: span) == "IMCO")
        }
    }

    // MARK: - SourceSpan

    @Test func spanGeometry() {
        let outer = SourceSpan(paragraph: 1, start: 10, end: 20)
        #expect(outer.length == 10)
        #expect(SourceSpan(paragraph: 1, start: 12, end: 20).isInside(outer))
        #expect(outer.isInside(outer))
        #expect(!SourceSpan(paragraph: 2, start: 12, end: 14).isInside(outer))
        #expect(!SourceSpan(paragraph: 1, start: 9, end: 14).isInside(outer))
        #expect(SourceSpan(paragraph: 1, start: 19, end: 25).overlaps(outer))
        #expect(!SourceSpan(paragraph: 1, start: 20, end: 25).overlaps(outer), "end is exclusive")
        #expect(!SourceSpan(paragraph: 0, start: 10, end: 20).overlaps(outer))
    }

    @Test func spansSortByParagraphThenStartWithTheLongerFirst() {
        let spans = [
            SourceSpan(paragraph: 1, start: 0, end: 2),
            SourceSpan(paragraph: 0, start: 5, end: 6),
            SourceSpan(paragraph: 0, start: 5, end: 9),
            SourceSpan(paragraph: 0, start: 1, end: 3),
        ]
        #expect(spans.sorted() == [
            SourceSpan(paragraph: 0, start: 1, end: 3),
            SourceSpan(paragraph: 0, start: 5, end: 9),
            SourceSpan(paragraph: 0, start: 5, end: 6),
            SourceSpan(paragraph: 1, start: 0, end: 2),
        ])
    }
}
