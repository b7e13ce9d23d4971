import Foundation
import Testing

@testable import AdvocacyKit

/// Tests of the plain-text reader: exact text, roles and the publication date.
@Suite("PlainTextReader")
struct PlainTextReaderTests {
    /// A release in the shape of the seed: trailing spaces, a double blank line, CRLF-free.
    static let release = """
        ECPAT and 40 organisations denounce IMCO’s draft opinion

        Posted on Mar 7, 2023

        BANGKOK —  In a joint letter published today, 40 organisations urge EU decision-makers to act. 


        “The scale of abuse requires us to act at scale”,

        said a spokesperson.  

        About ECLAG 

        ECLAG is an informal coalition of more than 60 organisations.

        """

    /// The text is kept byte for byte: SourceText rebuilds the input exactly.
    @Test(
        "Byte-exact round trip",
        arguments: [
            release,
            "Title\r\n\r\nBody one.\r\n\r\n\r\nBody two.",
            "\n\n  Title with leading blank lines\n\nBody\n\n\n",
            "Only one paragraph",
            "Title\n \t \nBody after a blank line holding spaces\n",
            "Ünïcödé 😀 title\n\nتحية طيبة\n\n中文段落。\n",
        ]
    )
    func roundTrip(text: String) throws {
        let input = try InputReader.read(Data(text.utf8))
        #expect(input.format == .plainText)
        #expect(input.source.text == text)
        #expect(Data(input.source.text.utf8) == Data(text.utf8))
        // A single paragraph is body text (its first line is the title); otherwise the first is the title.
        #expect(input.source.paragraphs.first?.role == (input.source.paragraphs.count == 1 ? .body : .title))
    }

    @Test func singleParagraphIsBody() throws {
        let input = PlainTextReader.read("Groups urge MEPs to act\nnow, before the vote.")
        #expect(input.source.paragraphs.map(\.role) == [.body])
        #expect(input.metadata.title == "Groups urge MEPs to act")
    }

    @Test func rolesAndMetadata() throws {
        let input = PlainTextReader.read(Self.release)
        #expect(input.source.paragraphs.map(\.role) == [.title, .dateLine, .body, .body, .body, .heading, .body])
        #expect(input.source.paragraphs[1].text == "Posted on Mar 7, 2023")
        #expect(input.source.paragraphs[5].text == "About ECLAG ")
        #expect(input.metadata.title == "ECPAT and 40 organisations denounce IMCO’s draft opinion")
        #expect(input.metadata.published == "2023-03-07")
        #expect(input.metadata.authors.isEmpty)
        #expect(input.metadata.language == nil)
    }

    /// Second paragraphs that are publication lines, in several styles.
    @Test(
        "Date lines",
        arguments: [
            ("Posted on Mar 7, 2023", "2023-03-07"), ("Published: 12 May 2023", "2023-05-12"),
            ("March 7, 2023", "2023-03-07"), ("7 March 2023", "2023-03-07"), ("2023-03-07", "2023-03-07"),
            ("Tuesday, 7 March 2023", "2023-03-07"), ("Wed 1st of September 2021", "2021-09-01"),
        ] as [(String, String)]
    )
    func dateLines(line: String, expected: String) {
        let input = PlainTextReader.read("Title\n\n\(line)\n\nBody text of the release.\n")
        #expect(input.source.paragraphs[1].role == .dateLine)
        #expect(input.metadata.published == PartialDate(expected))
    }

    /// A date in the body, or a date line that is not second, is not a date line.
    @Test func notDateLines() {
        let body = PlainTextReader.read("Title\n\nOn 7 March 2023 forty organisations wrote to MEPs.\n\nMore.\n")
        #expect(body.source.paragraphs.map(\.role) == [.title, .body, .body])
        #expect(body.metadata.published == nil)
        let third = PlainTextReader.read("Title\n\nLead paragraph.\n\n7 March 2023\n")
        #expect(third.source.paragraphs.map(\.role) == [.title, .body, .body])
        // An ambiguous numeric date is never guessed.
        let numeric = PlainTextReader.read("Title\n\n07/03/2023\n\nBody.\n")
        #expect(numeric.source.paragraphs[1].role == .body)
        #expect(numeric.metadata.published == nil)
    }

    /// Section headings: short, one line, no final full stop, followed by a paragraph.
    @Test func headings() {
        let text = """
            Title

            Body.

            About the Brave Movement

            The Brave Movement is a survivor-led movement.

            About 60 organisations joined the coalition in 2022 and more will follow soon.

            Notes to editors:

            The letter is attached.

            About ECLAG.

            Not a heading: it ends with a full stop.

            About ECLAG
            """
        let input = PlainTextReader.read(text)
        #expect(input.source.paragraphs.map(\.role) == [.title, .body, .heading, .body, .body, .heading, .body, .body, .body, .body])
    }

    @Test func sectionHeadingRule() {
        #expect(PlainTextReader.isSectionHeading("About ECLAG"))
        #expect(PlainTextReader.isSectionHeading("About ECLAG "))
        #expect(PlainTextReader.isSectionHeading("Media contacts"))
        #expect(PlainTextReader.isSectionHeading("Editor’s note"))
        #expect(!PlainTextReader.isSectionHeading("About"))
        #expect(!PlainTextReader.isSectionHeading("About the nine members of the steering group of the coalition"))
        #expect(!PlainTextReader.isSectionHeading("About ECLAG\nand more"))
        #expect(!PlainTextReader.isSectionHeading("Background."))
    }
}
