import Foundation
import Testing

@testable import AdvocacyKit

/// Tests of the Markdown reader: front matter, blocks and inline markup.
@Suite("MarkdownReader")
struct MarkdownReaderTests {
    /// The release of ``HTMLArticleReaderTests/plainText`` in Markdown.
    static let release = """
        ---
        title: "Coalition urges MEPs to reject IMCO’s draft opinion on child protection"
        date: 2023-03-07T09:00:00Z
        authors:
          - Jane Doe
          - 'John O''Neill'
        lang: en-GB
        canonical: https://example.org/news/imco-opinion
        tags: [child protection, "CSA Regulation"]
        layout: post # ignored
        ---

        # Coalition urges MEPs to reject IMCO’s draft opinion on child protection

        *Posted on Mar 7, 2023*

        **BRUSSELS** — In a [joint letter](/letter.pdf "The letter") published today, 40 non-governmental
        organisations urge EU decision-makers to ensure the proposed Regulation covers _all_ threats to
        children online.

        ![Children playing](photo.jpg)

        The European Commission issued a proposal in May 2022 to put an end to the phenomenon. The proposal
        is under discussion in the [LIBE Committee][libe].

        > “The scale of sexual violence against children online requires us to act at scale.
        >
        > If the IMCO draft opinion were reality, the consequences would be catastrophic.”

        said a spokesperson for the Steering Group of ECLAG.

        ---

        ## About ECLAG

        The European Child Sexual Abuse Legislation Advocacy Group (ECLAG) is an informal coalition of more
        than 60 organisations &ndash; Terre des Hommes &amp; Thorn among them.

        The steering group consists of:

        - Brave Movement
        - [ECPAT International](https://ecpat.org)
        * Missing Children Europe

        [libe]: https://www.europarl.europa.eu/committees/en/libe/home
        <!-- editor's note:
        not part of the release -->
        """

    /// The Markdown copy gives the same paragraphs as the plain-text copy of the release.
    @Test func releaseEqualsPlainText() throws {
        let markdown = try InputReader.read(Data(Self.release.utf8), fileName: "release.md")
        let plain = try InputReader.read(Data(HTMLArticleReaderTests.plainText.utf8), fileName: "release.txt")
        #expect(markdown.format == .markdown)
        #expect(markdown.source.paragraphs.map(\.text) == plain.source.paragraphs.map(\.text))
        #expect(markdown.source == plain.source)
    }

    @Test func frontMatter() throws {
        let metadata = try InputReader.read(Data(Self.release.utf8)).metadata
        #expect(metadata.title == "Coalition urges MEPs to reject IMCO’s draft opinion on child protection")
        #expect(metadata.published == "2023-03-07")
        #expect(metadata.authors == ["Jane Doe", "John O'Neill"])
        #expect(metadata.language == "en-GB")
        #expect(metadata.url == "https://example.org/news/imco-opinion")
        #expect(metadata.tags == ["child protection", "CSA Regulation"])
    }

    /// Front matter variants: dates, scalar author, inline lists, keywords, unclosed front matter.
    @Test func frontMatterVariants() throws {
        let spelled = try MarkdownReader.read("---\ndate: \"March 7, 2023\"\nauthor: Jane Doe\nkeywords: a, b ,c\nurl: 'https://x.org/a'\n---\nFirst line.\n\nBody text.\n")
        #expect(spelled.metadata.published == "2023-03-07")
        #expect(spelled.metadata.authors == ["Jane Doe"])
        #expect(spelled.metadata.tags == ["a", "b", "c"])
        #expect(spelled.metadata.url == "https://x.org/a")
        // No title in front matter or heading: the first paragraph is the title.
        #expect(spelled.source.paragraphs.map(\.role) == [.title, .body])
        #expect(spelled.metadata.title == "First line.")
        let isoDay = try MarkdownReader.read("---\nTitle: T\nDate: 2023-03-07\nauthors: [A, \"B, Jr.\"]\n---\nBody.\n")
        #expect(isoDay.metadata.published == "2023-03-07")
        #expect(isoDay.metadata.title == "T")
        #expect(isoDay.metadata.authors == ["A", "B, Jr."])
        #expect(isoDay.source.paragraphs.map(\.text) == ["T", "Body."])
        let unclosed = try MarkdownReader.read("---\ntitle: x\n\nBody text here.\n")
        #expect(unclosed.metadata.title == "title: x")
        #expect(unclosed.source.paragraphs.map(\.text) == ["title: x", "Body text here."])
    }

    /// Inline markup is removed, its text kept.
    @Test(
        "Inline markup",
        arguments: [
            ("**bold** and *italic* and _under_ and ***both***", "bold and italic and under and both"),
            ("snake_case_name and 5 * 3 = 15", "snake_case_name and 5 * 3 = 15"),
            ("`code *not emphasis*` and ``a ` b``", "code *not emphasis* and a ` b"),
            ("[label *x*](https://x.org/a_(b)) end", "label x end"),
            ("![alt text](img.png)Image dropped", "Image dropped"),
            ("see <https://example.org/a?b=c> or <mail@example.org>", "see https://example.org/a?b=c or mail@example.org"),
            ("a <span class=\"x\">tagged</span> word<br>next", "a tagged word\nnext"),
            ("\\*not italic\\* and \\_x\\_", "*not italic* and _x_"),
            ("~~struck~~ text", "struck text"),
            ("AT&amp;T &#8217; &#x2014; &unknown;", "AT&T ’ — &unknown;"),
            ("a  lot   of    spaces", "a lot of spaces"),
            ("unmatched **bold", "unmatched **bold"),
            ("[not a link] and [ref][missing]", "[not a link] and ref"),
            ("a < b > c", "a < b > c"),
        ] as [(String, String)]
    )
    func inline(markdown: String, expected: String) {
        #expect(MarkdownReader.inlineText(markdown) == expected)
    }

    /// Lists, headings, quotes, code and rules.
    @Test func blocks() throws {
        let text = """
            Setext title
            ============

            Intro line one
            line two with hard break  
            line three\\
            line four

            1. First item
               continued
            2) Second item
              - Nested item

            Sub heading
            -----------

            ### ATX heading ###

            > Quoted *text*
            >> nested quote

            ```swift
            let x = 1

            print(x)
            ```

            ~~~
            tilde code
            ~~~

            ***

            Last paragraph.
            """
        let input = try MarkdownReader.read(text)
        #expect(
            input.source.paragraphs.map(\.text) == [
                "Setext title", "Intro line one line two with hard break\nline three\nline four",
                "First item continued", "Second item", "Nested item", "Sub heading", "ATX heading",
                "Quoted text nested quote", "let x = 1", "print(x)", "tilde code", "Last paragraph.",
            ])
        #expect(
            input.source.paragraphs.map(\.role) == [
                .title, .body, .body, .body, .body, .heading, .heading, .body, .body, .body, .body, .body,
            ])
    }

    /// With a front matter title, a different `#` heading is a section heading.
    @Test func headingRoles() throws {
        let input = try MarkdownReader.read("---\ntitle: Front title\n---\n# Other heading\n\nBody.\n\n# Second\n\nMore.\n")
        #expect(input.source.paragraphs.map(\.text) == ["Front title", "Other heading", "Body.", "Second", "More."])
        #expect(input.source.paragraphs.map(\.role) == [.title, .heading, .body, .heading, .body])
        let noFront = try MarkdownReader.read("Intro paragraph.\n\n# The title\n\nBody.\n")
        #expect(noFront.source.paragraphs.map(\.text) == ["The title", "Intro paragraph.", "Body."])
    }

    @Test func crlfInput() throws {
        let input = try MarkdownReader.read("---\r\ntitle: T\r\n---\r\n\r\nFirst\r\nline.\r\n\r\n- item\r\n")
        #expect(input.source.paragraphs.map(\.text) == ["T", "First line.", "item"])
    }
}
