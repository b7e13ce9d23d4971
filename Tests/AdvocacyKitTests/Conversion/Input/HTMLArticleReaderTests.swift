import Foundation
import Testing

@testable import AdvocacyKit

/// Tests of the HTML reader: libxml2 parsing, boilerplate removal, paragraphs and metadata.
@Suite("HTMLArticleReader")
struct HTMLArticleReaderTests {
    /// The plain-text copy of the release in ``page``.
    static let plainText = """
        Coalition urges MEPs to reject IMCO’s draft opinion on child protection

        Posted on Mar 7, 2023

        BRUSSELS — In a joint letter published today, 40 non-governmental organisations urge EU decision-makers to ensure the proposed Regulation covers all threats to children online.

        The European Commission issued a proposal in May 2022 to put an end to the phenomenon. The proposal is under discussion in the LIBE Committee.

        “The scale of sexual violence against children online requires us to act at scale.

        If the IMCO draft opinion were reality, the consequences would be catastrophic.”

        said a spokesperson for the Steering Group of ECLAG.

        About ECLAG

        The European Child Sexual Abuse Legislation Advocacy Group (ECLAG) is an informal coalition of more than 60 organisations – Terre des Hommes & Thorn among them.

        The steering group consists of:

        Brave Movement

        ECPAT International

        Missing Children Europe

        """

    /// A realistic web page of the same release: site header and navigation, a cookie banner,
    /// the article with its header, links and emphasis, a comment, an inline script holding
    /// `</div>`, a figure, a block quote, sharing buttons, an "About" section, related posts,
    /// comments, a sidebar and a footer.
    static let page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>Coalition urges MEPs to reject IMCO’s draft opinion on child protection | ECPAT</title>
        <meta property="og:title" content="Coalition urges MEPs to reject IMCO’s draft opinion on child protection">
        <meta property="og:url" content="https://example.org/news/imco-opinion?utm_source=x">
        <link rel="canonical" href="https://example.org/news/imco-opinion">
        <meta name="author" content="Jane Doe">
        <meta property="article:author" content="https://example.org/authors/jane">
        <meta property="article:published_time" content="2023-03-06T09:00:00+01:00">
        <meta property="article:tag" content="child protection">
        <meta property="article:tag" content="CSA Regulation">
        <style>body { font-family: sans-serif } p::before { content: "</p><p>" }</style>
        <script>window.dataLayer = []; document.write("<div>tracking</div>");</script>
        </head>
        <body class="page has-sidebar">
        <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on our website. <button>Accept</button></p></div>
        <header class="site-header">
          <a href="/" class="logo"><img src="logo.png" alt="ECPAT"></a>
          <nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About us</a></li></ul></nav>
        </header>
        <div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></div>
        <main id="content">
          <article class="post">
            <header class="entry-header">
              <h1 class="entry-title">Coalition urges MEPs to reject IMCO&#8217;s draft opinion
                on child protection</h1>
              <p class="entry-meta">Posted on <time datetime="2023-03-07T09:00:00+01:00">Mar 7, 2023</time></p>
            </header>
            <div class="entry-content">
              <p><strong>BRUSSELS</strong> — In a <a href="/letter.pdf">joint letter</a> published today, 40 non-governmental organisations urge EU decision-makers to ensure the proposed Regulation covers <em>all</em> threats to children online.</p>
              <!-- an editor's comment that must not appear </div> -->
              <script>var html = "<div class=\\"x\\"></div></article>"; if (a < b) { track(); }</script>
              <p>The European Commission issued a proposal in May 2022 to put an end to the phenomenon.
                 The proposal is under discussion in the <a href="https://www.europarl.europa.eu/committees/en/libe/home">LIBE Committee</a>.</p>
              <figure class="wp-block-image"><img src="photo.jpg" alt="Children"><figcaption>Photo: a caption that is dropped</figcaption></figure>
              <blockquote class="wp-block-quote">
                <p>&ldquo;The scale of sexual violence against children online requires us to act at scale.</p>
                <p>If the IMCO draft opinion were reality, the consequences would be <span class="x">catastrophic</span>.&rdquo;</p>
              </blockquote>
              <p>said a spokesperson for the Steering Group of <abbr title="European Child Sexual Abuse Legislation Advocacy Group">ECLAG</abbr>.</p>
              <div class="sharedaddy share-buttons"><h3>Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
              <h2>About ECLAG</h2>
              <p>The European Child Sexual Abuse Legislation Advocacy Group (ECLAG) is an informal coalition of more than 60 organisations &ndash; Terre des Hommes &amp; Thorn among them.</p>
              <p>The steering group consists of:</p>
              <ul>
                <li>Brave Movement</li>
                <li><a href="https://ecpat.org">ECPAT International</a></li>
                <li>Missing Children Europe</li>
              </ul>
              <noscript><p>Please enable JavaScript.</p></noscript>
              <template><p>Template text.</p></template>
            </div>
            <footer class="entry-footer"><span class="tags">Tags: <a href="#">CSAM</a></span></footer>
          </article>
          <section class="related-posts"><h2>Related news</h2><article><h3><a href="#">Another story</a></h3><p>Teaser text of another story that is long enough to be counted as text of an article, and then some more words.</p></article></section>
          <div id="comments" class="comments-area"><h3>Leave a comment</h3><form><textarea>text</textarea></form></div>
        </main>
        <aside class="sidebar"><h2>Newsletter</h2><p>Subscribe to our newsletter.</p></aside>
        <footer class="site-footer"><p>© 2023 ECPAT. All rights reserved.</p><ul class="footer-menu"><li><a href="/privacy">Privacy</a></li></ul></footer>
        <script>console.log("</div></body>");</script>
        </body>
        </html>
        """

    /// The goal: the page and its plain-text copy give the same paragraphs, roles and text.
    @Test func pageEqualsPlainText() throws {
        let html = try InputReader.read(Data(Self.page.utf8), fileName: "release.html")
        let plain = try InputReader.read(Data(Self.plainText.utf8), fileName: "release.txt")
        #expect(html.format == .html)
        #expect(html.source.paragraphs.map(\.text) == plain.source.paragraphs.map(\.text))
        #expect(html.source.paragraphs.map(\.role) == plain.source.paragraphs.map(\.role))
        #expect(html.source == plain.source)
        #expect(html.source.text == Self.plainText)
    }

    @Test func metadata() throws {
        let input = try InputReader.read(Data(Self.page.utf8), fileName: "release.html")
        let metadata = input.metadata
        #expect(metadata.title == "Coalition urges MEPs to reject IMCO’s draft opinion on child protection")
        // The article's own <time> wins over the <meta> date.
        #expect(metadata.published == "2023-03-07")
        #expect(metadata.language == "en-GB")
        #expect(metadata.url == "https://example.org/news/imco-opinion")
        #expect(metadata.authors == ["Jane Doe"])
        #expect(metadata.tags == ["child protection", "CSA Regulation"])
    }

    @Test func boilerplateIsDropped() throws {
        let text = try InputReader.read(Data(Self.page.utf8), fileName: "release.html").source.text
        for phrase in [
            "cookies", "Accept", "Home", "About us", "Share this", "Twitter", "Related news", "Another story",
            "Leave a comment", "Newsletter", "All rights reserved", "Privacy", "tracking", "track()", "</div>",
            "editor's comment", "caption", "Tags", "JavaScript", "Template", "font-family",
        ] {
            #expect(!text.contains(phrase), "\(phrase)")
        }
    }

    /// Unclosed and misnested tags, stray end tags, unquoted attributes, unknown entities.
    @Test func brokenPage() throws {
        let page = """
            <html><head><title>Broken page - Example Site</title>
            <body>
            <div class=content>
            <p>First paragraph with <b>bold <i>and italic</b> text</i>
            <p>Second paragraph &amp; an unknown &entity; here
            <ul><li>Item one<li>Item two</ul>
            <table><tr><td>Cell one<td>Cell <b>two</table>
            </div></div></span>
            <p>Outside
            """
        let input = try HTMLArticleReader.read(html: page)
        #expect(input.metadata.title == "Broken page")
        #expect(
            input.source.paragraphs.map(\.text) == [
                "Broken page", "First paragraph with bold and italic text",
                "Second paragraph & an unknown &entity; here", "Item one", "Item two", "Cell one", "Cell two",
            ])
        #expect(input.source.paragraphs.map(\.role) == [.title, .body, .body, .body, .body, .body, .body])
    }

    /// Without `article`, `main` is used; without `main`, `[role=main]`.
    @Test func landmarks() throws {
        let main = """
            <body><div class="intro"><p>Site intro text that is not the article but long, very long indeed.</p></div>
            <main><h1>Main title</h1><p>Main text.</p></main></body>
            """
        #expect(try HTMLArticleReader.read(html: main).source.paragraphs.map(\.text) == ["Main title", "Main text."])
        let role = """
            <body><div><p>Other text outside of the content.</p></div>
            <div role="main"><h1>Role title</h1><p>Role text.</p></div></body>
            """
        #expect(try HTMLArticleReader.read(html: role).source.paragraphs.map(\.text) == ["Role title", "Role text."])
    }

    /// Without landmarks, the block with the most paragraph text wins; link lists lose.
    @Test func scoring() throws {
        let page = """
            <html><head><title>Scored release | Site</title></head><body>
            <div id="links"><p><a href="/a">A very long list of links that goes on and on and on</a> <a href="/b">and more links that go on and on and on</a></p></div>
            <div id="story"><p>The coalition wrote to MEPs.</p><p>It asked them to act now.</p></div>
            <div id="short"><p>Short.</p></div>
            </body></html>
            """
        let input = try HTMLArticleReader.read(html: page)
        #expect(input.source.paragraphs.map(\.text) == ["Scored release", "The coalition wrote to MEPs.", "It asked them to act now."])
        #expect(input.metadata.title == "Scored release")
    }

    /// The title comes from og:title, from an h1 outside the content that the page title
    /// confirms, or from <title> without the site name.
    @Test func titleFallbacks() throws {
        let openGraph = """
            <html><head><title>Page | Site</title><meta property="og:title" content="Open Graph title"></head>
            <body><article><p>Body text.</p></article></body></html>
            """
        #expect(try HTMLArticleReader.read(html: openGraph).source.paragraphs.map(\.text) == ["Open Graph title", "Body text."])
        let outside = """
            <html><head><title>The headline – Example Site</title></head>
            <body><div class="page-title"><h1>The headline</h1></div><article><p>Body text.</p></article></body></html>
            """
        #expect(try HTMLArticleReader.read(html: outside).source.paragraphs.map(\.text) == ["The headline", "Body text."])
        let logo = """
            <html><head><title>Real headline | Site</title></head>
            <body><div class="brand"><h1>Site</h1></div><article><p>Body text.</p></article></body></html>
            """
        #expect(try HTMLArticleReader.read(html: logo).source.paragraphs.map(\.text) == ["Real headline", "Body text."])
        #expect(HTMLArticleReader.withoutSiteSuffix("A - B - Site") == "A - B")
        #expect(HTMLArticleReader.withoutSiteSuffix("Reform – what the coalition of sixty organisations in Europe demands") == "Reform – what the coalition of sixty organisations in Europe demands")
    }

    /// Line breaks, preformatted text, tables, definition lists and blank lines.
    @Test func blocks() throws {
        let page = """
            <article><h1>Title <br> on two lines</h1>
            <p>Line one<br>
               Line two</p>
            <p>Para A<br><br>Para B</p>
            <pre>  code  line
            second line

            after blank</pre>
            <table><tr><td><p>Cell paragraph</p></td><td>Plain cell</td></tr></table>
            <dl><dt>Term</dt><dd>Definition</dd></dl>
            <h3>Sub <em>heading</em></h3>
            <div>Loose text in a div <span>with span</span></div>
            <p>   </p>
            </article>
            """
        let input = try HTMLArticleReader.read(html: page)
        #expect(
            input.source.paragraphs.map(\.text) == [
                "Title\non two lines", "Line one\nLine two", "Para A", "Para B", "  code  line\nsecond line",
                "after blank", "Cell paragraph", "Plain cell", "Term", "Definition", "Sub heading",
                "Loose text in a div with span",
            ])
        #expect(input.source.paragraphs[10].role == .heading)
        #expect(input.metadata.title == "Title on two lines")
    }

    /// A date line before the headline moves after it; metadata dates come from <meta>.
    @Test func dateLineAndMetaDate() throws {
        let page = """
            <html><head><meta name="DC.date" content="2021-09-01"><meta name="author" content="A. Author; B. Author">
            <meta property="og:locale" content="fr_BE"></head>
            <body><article><div class="date">1 September 2021</div><h1>Titre</h1><p>Texte du communiqué.</p></article></body></html>
            """
        let input = try HTMLArticleReader.read(html: page)
        #expect(input.source.paragraphs.map(\.text) == ["Titre", "1 September 2021", "Texte du communiqué."])
        #expect(input.source.paragraphs.map(\.role) == [.title, .dateLine, .body])
        #expect(input.metadata.published == "2021-09-01")
        #expect(input.metadata.authors == ["A. Author", "B. Author"])
        #expect(input.metadata.language == "fr-BE")
    }

    @Test func boilerplateWords() {
        for marker in ["main-navigation", "navbar", "site-footer", "mainMenu", "social_links", "cookieConsent", "breadcrumbs", "newsletter-signup", "advertisement"] {
            #expect(HTMLArticleReader.hasBoilerplateWord(marker), "\(marker)")
        }
        for marker in ["canvas", "entry-content", "unavailable", "post"] {
            #expect(!HTMLArticleReader.hasBoilerplateWord(marker), "\(marker)")
        }
    }

    /// Parsing in parallel: each call has its own libxml2 context and error collector.
    @Test func concurrentReads() async throws {
        let data = Data(Self.page.utf8)
        let expected = try InputReader.read(data, fileName: "release.html")
        let results = await withTaskGroup(of: ConversionInput?.self) { group in
            for _ in 0..<16 {
                group.addTask { try? InputReader.read(data, fileName: "release.html") }
            }
            var all: [ConversionInput?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected })
    }

    // MARK: - HTMLReader

    @Test func readerTree() throws {
        let html = """
            <HTML><BODY CLASS="x" data-id=7><P>A &amp; B &eacute; <!-- gone --> C<SCRIPT>x()</SCRIPT>D</P>
            <STYLE>p{}</STYLE><template><p>t</p></template><noscript>n</noscript><input disabled></BODY></HTML>
            """
        let parsed = try HTMLReader.parseWithDiagnostics(Array(html.utf8), source: "t.html")
        let root = parsed.root
        #expect(root.name == "html")
        let body = try #require(root.elements.first { $0.name == "body" })
        #expect(body.attribute("class") == "x")
        #expect(body.attribute("data-id") == "7")
        let p = try #require(body.elements.first { $0.name == "p" })
        #expect(p.children == [.text("A & B é  CD")])
        #expect(!body.elements.contains { ["style", "template", "noscript", "script"].contains($0.name) })
        #expect(body.elements.last?.name == "input")
        #expect(body.elements.last?.attribute("disabled") != nil)
    }

    /// Recovered errors are collected per call and do not stop the parse.
    @Test func readerDiagnostics() throws {
        let parsed = try HTMLReader.parseWithDiagnostics(Array("<p>unclosed <b>bold</i> &bogus text".utf8), source: "broken.html")
        #expect(!parsed.diagnostics.isEmpty)
        #expect(parsed.diagnostics.allSatisfy { $0.source == "broken.html" && $0.line >= 1 })
        #expect(parsed.root.textContent.contains("unclosed bold"))
    }

    /// Hostile nesting: libxml2 stops at 256 levels (our own limit, 1,000, is a second guard);
    /// the reader survives, reports it, and the article reader refuses the truncated page.
    @Test func readerDepthLimit() throws {
        let depth = 20_000
        let html = "<html><body><p>before</p>" + String(repeating: "<div>", count: depth) + "deep"
            + String(repeating: "</div>", count: depth) + "<p>after</p></body></html>"
        let parsed = try HTMLReader.parseWithDiagnostics(Array(html.utf8), source: nil)
        var levels = 0
        var current: XMLTree.Element? = parsed.root
        while let element = current {
            levels += 1
            current = element.elements.last
        }
        #expect(levels <= HTMLReader.maximumDepth)
        #expect(parsed.root.textContent.contains("before"))
        #expect(parsed.diagnostics.contains { $0.message.hasPrefix("Excessive depth") })
        #expect(throws: ConversionError.self) { try HTMLArticleReader.read(html: html) }
        do {
            _ = try HTMLArticleReader.read(html: html)
        } catch {
            #expect(error.code == .unreadable)
        }
    }

    @Test("a page with bytes its declared encoding cannot decode is refused, not read up to the first one")
    func undecodableBytesInDeclaredEncoding() throws {
        let page: [UInt8] = Array(#"<html><head><meta charset="shift_jis"></head><body><p>Text "#.utf8) + [0xFF, 0x4E]
            + Array(" then more text.</p></body></html>".utf8)
        do {
            _ = try InputReader.read(Data(page), format: .html)
            Issue.record("the page was read")
        } catch {
            #expect(error.code == .unreadable)
            #expect(error.message.contains("'shift_jis'"))
        }
    }

    @Test func readerEncodings() throws {
        let latin1: [UInt8] = Array("<p>Caf".utf8) + [0xE9] + Array("</p>".utf8)
        let root = try HTMLReader.parse(latin1, source: nil, encoding: "ISO-8859-1")
        #expect(root.textContent == "Café")
        #expect(HTMLReader.supportsEncoding("windows-1252"))
        #expect(!HTMLReader.supportsEncoding("x-no-such-encoding"))
        #expect(throws: XMLError.self) { try HTMLReader.parse([UInt8](), source: nil) }
    }
}
