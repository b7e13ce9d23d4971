import Foundation
import Testing

@testable import AdvocacyKit

/// Tests of input format detection.
@Suite("InputFormat")
struct InputFormatTests {
    /// The extension decides, whatever the content.
    @Test(
        "Extensions",
        arguments: [
            ("release.txt", InputFormat.plainText), ("release.TEXT", .plainText), ("page.html", .html),
            ("page.HTM", .html), ("page.xhtml", .html), ("post.md", .markdown), ("post.Markdown", .markdown),
            ("/a/dir.md/release.txt", .plainText), ("notes.txt/", .plainText), ("Berichte/ä/Bericht.TXT", .plainText),
            ("Bericht-ä.Html", .html), ("post.MAR\u{212A}DOWN", .markdown),
        ] as [(String, InputFormat)]
    )
    func extensions(fileName: String, expected: InputFormat) {
        #expect(InputFormat.detect(Data("<html><p>x</p></html>".utf8), fileName: fileName) == expected)
    }

    /// A name whose last component has no extension of a format leaves it to the content: a
    /// hidden file's name, a dot in a folder's name, a dot at the end, and extensions with a
    /// combining accent (U+0301) on one of their letters.
    @Test("Names without a format's extension", arguments: [".txt", "dir.md/release", "release.", "a.tx\u{301}t", "a.txt\u{301}"])
    func namesWithoutExtension(fileName: String) {
        #expect(InputFormat.detect(Data("<html><p>x</p></html>".utf8), fileName: fileName) == .html)
        #expect(InputFormat.detect(Data("Plain words.".utf8), fileName: fileName) == .plainText)
    }

    /// Without a telling extension, the first bytes decide.
    @Test(
        "Sniffing",
        arguments: [
            ("<!DOCTYPE html>\n<html>", InputFormat.html),
            ("\u{FEFF}  \n<!doctype HTML><title>x</title>", .html),
            ("<html lang=\"en\">", .html),
            ("<HEAD><title>x</title>", .html),
            ("<body>text", .html),
            ("<div class=\"x\">text</div>", .html),
            ("<p>text</p>", .html),
            ("<pre>text</pre>", .plainText),
            ("<htmlish>", .plainText),
            ("---\ntitle: x\n---\nBody", .markdown),
            ("---\r\ntitle: x\r\n---\r\nBody", .markdown),
            ("# Heading\n\nBody", .markdown),
            ("#hashtag day\n\nBody", .plainText),
            ("Coalition urges MEPs\n\nBody text.", .plainText),
            ("", .plainText),
        ] as [(String, InputFormat)]
    )
    func sniffing(content: String, expected: InputFormat) {
        #expect(InputFormat.detect(Array(content.utf8), fileName: nil) == expected)
        #expect(InputFormat.detect(Data(content.utf8), fileName: "release.dat") == expected)
    }

    /// The raw values are the names used in JSON and on the command line.
    @Test func rawValues() {
        #expect(InputFormat.allCases.map(\.rawValue) == ["plainText", "html", "markdown"])
    }
}
