import Foundation
import Testing

@testable import AdvocacyKit

/// Tests of the libxml2 layer: serializer, reader, character checks and schema validation.
@Suite("LibXML")
struct LibXMLTests {
    // MARK: - Fixtures

    /// The Akoma Ntoso 3.0 namespace.
    static let akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    /// A tree exercising mixed content, nested inline elements, scripts, escapes and whitespace.
    static let richTree = XMLTree.Element(
        "akomaNtoso",
        namespaces: [XMLTree.Namespace(prefix: nil, uri: akn), XMLTree.Namespace(prefix: "adv", uri: "urn:example:advocacy")],
        children: [
            .element(
                XMLTree.Element(
                    "doc",
                    attributes: [
                        XMLTree.Attribute("name", "pressRelease"),
                        XMLTree.Attribute("adv:note", "a & b < c > d \"q\" 'a'\ttab\rcr\nlf\u{A0}nbsp مرحبا 中文 😀"),
                        XMLTree.Attribute("xml:space", "preserve"),
                    ],
                    children: [
                        .element(
                            XMLTree.Element(
                                "p",
                                children: [
                                    .text("Hello "),
                                    .element(
                                        XMLTree.Element(
                                            "b",
                                            children: [
                                                .text("bold "),
                                                .element(XMLTree.Element("i", children: [.text("and italic")])),
                                            ]
                                        )
                                    ),
                                    .text(" & <escaped> \"quotes\" 'single'\ttab\r\ncrlf\u{A0}nbsp"),
                                    .element(XMLTree.Element("ref", attributes: [XMLTree.Attribute("href", "#x")], children: [.text("مرحبا بالعالم")])),
                                    .text(" 你好，世界 😀👩‍👩‍👧"),
                                    .element(XMLTree.Element("span", children: [.element(XMLTree.Element("b", children: [.text("deep")]))])),
                                ]
                            )
                        ),
                        .element(XMLTree.Element("p", children: [.text("   ")])),
                        .element(XMLTree.Element("p", children: [.text(" \n\t ")])),
                        .element(XMLTree.Element("blockList", children: [.element(XMLTree.Element("item")), .element(XMLTree.Element("item"))])),
                        .element(XMLTree.Element("eol")),
                    ]
                )
            )
        ]
    )

    /// `original` as the reader returns it after serialisation: the indentation the serializer adds to
    /// element-only content appears as whitespace text nodes; mixed content is untouched.
    static func expectedAfterRoundTrip(_ element: XMLTree.Element, depth: Int = 0, indentation: Int = 2) -> XMLTree.Element {
        let hasText = element.children.contains { if case .text(let text) = $0 { !text.isEmpty } else { false } }
        guard !hasText, !element.elements.isEmpty else {
            var copy = element
            copy.children = element.children.filter { $0 != .text("") }
            return copy
        }
        var copy = element
        copy.children = []
        let inner = "\n" + String(repeating: " ", count: (depth + 1) * indentation)
        for child in element.elements {
            copy.children.append(.text(inner))
            copy.children.append(.element(expectedAfterRoundTrip(child, depth: depth + 1, indentation: indentation)))
        }
        copy.children.append(.text("\n" + String(repeating: " ", count: depth * indentation)))
        return copy
    }

    /// Serialises and returns the output as a string.
    static func serializedString(_ element: XMLTree.Element, indentation: Int = 2) throws -> String {
        String(decoding: try XMLSerializer.serialize(element, indentation: indentation), as: UTF8.self)
    }

    /// Parses a string literal.
    static func parse(_ text: String, source: String? = "test.xml") throws(XMLError) -> XMLTree.Element {
        try XMLReader.parse(Array(text.utf8), source: source)
    }

    /// Runs `body` and returns the `XMLError` it throws, recording an issue if it does not throw one.
    static func xmlError(_ body: () throws(XMLError) -> Void) -> XMLError? {
        do {
            try body()
            Issue.record("expected an XMLError, but the call succeeded")
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Serializer

    @Test("an element may have 256 attributes, not 257; attribute-like text in values, comments, CDATA and instructions does not count")
    func attributeBudget() throws {
        func element(_ count: Int) -> String { "<r " + (0..<count).map { "a\($0)=\"x\"" }.joined(separator: " ") + "/>" }
        _ = try XMLReader.parse(Array(element(256).utf8), source: nil)
        let refused = Result { _ = try XMLReader.parse(Array(element(257).utf8), source: "many.xml") }
        #expect(throws: XMLError.self) { try refused.get() }
        if case .failure(let error) = refused { #expect("\(error)".contains("more than 256 attributes")) }
        let many = (0..<300).map { "b\($0)=\"y\"" }.joined(separator: " ")
        let hidden = "<r a='x \(many.replacingOccurrences(of: "\"", with: ""))'><!-- <p \(many)> --><![CDATA[<p \(many)>]]><?pi \(many)?>text</r>"
        #expect(try XMLReader.parse(Array(hidden.utf8), source: nil).name == "r")
        var budget = Array("<html><body><p \((0..<300).map { "c\($0)" }.joined(separator: " "))>x</p></body></html>".utf8)
        #expect(budget.withUnsafeMutableBufferPointer { AttributeBudget.check(UnsafeBufferPointer($0), source: nil) } != nil)
    }

    @Test("XMLReader.maximumTextLength is libxml2's limit: a text of that many bytes is read, one more is refused")
    func textLengthLimit() throws {
        // A text node libxml2 assembles from several pieces (here around character references,
        // as in any escaped text) is held to the limit.
        func document(_ length: Int) -> [UInt8] {
            let piece = Array("abcdefghi&#38;".utf8)  // ten bytes of text
            var text: [UInt8] = []
            for _ in 0..<(length / 10) { text += piece }
            text += [UInt8](repeating: 0x61, count: length % 10)
            return Array("<r>".utf8) + text + Array("</r>".utf8)
        }
        let read = try XMLReader.parse(document(XMLReader.maximumTextLength), source: nil)
        #expect(read.textContent.utf8.count == XMLReader.maximumTextLength)
        let refused = Result { _ = try XMLReader.parse(document(XMLReader.maximumTextLength + 1), source: nil) }
        #expect(throws: XMLError.self) { try refused.get() }
    }

    @Test("serialize then parse gives back the same tree, plus indentation in element-only content")
    func roundTrip() throws {
        let bytes = try XMLSerializer.serialize(Self.richTree)
        let back = try XMLReader.parse(bytes, source: "round-trip.xml")
        #expect(back == Self.expectedAfterRoundTrip(Self.richTree))
        // Also through Data and with a different indentation.
        let four = try XMLSerializer.serialize(Self.richTree, indentation: 4)
        #expect(try XMLReader.parse(Data(four), source: nil) == Self.expectedAfterRoundTrip(Self.richTree, indentation: 4))
        // A second round trip is a fixed point: the indentation text makes every element mixed.
        let again = try XMLSerializer.serialize(back)
        #expect(again == bytes)
    }

    @Test("a small tree serialises to exactly the expected bytes")
    func goldenBytes() throws {
        let tree = XMLTree.Element(
            "akomaNtoso",
            namespaces: [XMLTree.Namespace(prefix: nil, uri: Self.akn)],
            children: [
                .element(
                    XMLTree.Element(
                        "doc",
                        attributes: [XMLTree.Attribute("name", "pressRelease"), XMLTree.Attribute("title", "A \"q\" & <b>\t\n")],
                        children: [
                            .element(XMLTree.Element("p", children: [.text("Tom & Jerry <3 "), .element(XMLTree.Element("b", children: [.element(XMLTree.Element("i", children: [.text("x")]))])), .text(" end")])),
                            .element(XMLTree.Element("empty")),
                            .element(XMLTree.Element("container", children: [.element(XMLTree.Element("leaf", attributes: [XMLTree.Attribute("k", "v")]))])),
                        ]
                    )
                )
            ]
        )
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
              <doc name="pressRelease" title="A &quot;q&quot; &amp; &lt;b&gt;&#9;&#10;">
                <p>Tom &amp; Jerry &lt;3 <b><i>x</i></b> end</p>
                <empty/>
                <container>
                  <leaf k="v"/>
                </container>
              </doc>
            </akomaNtoso>

            """
        #expect(try Self.serializedString(tree) == expected)
    }

    /// Values libxml2 writes unchanged go in raw; the others still go through its escaping.
    /// Both must give the bytes libxml2's own attribute writer gives.
    @Test("attribute values at the edge of the raw path: printable ASCII, DEL, empty, non-ASCII, escapes")
    func attributeValuesRawAndEscaped() throws {
        let values = ["it's ~ {ok} [1]", "del\u{7F}", "", "Européenne", "a&b", "tab\there", "x>y"]
        let tree = XMLTree.Element(
            "root", attributes: values.enumerated().map { XMLTree.Attribute("a\($0.offset)", $0.element) })
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <root a0="it's ~ {ok} [1]" a1="del\u{7F}" a2="" a3="Européenne" a4="a&amp;b" a5="tab&#9;here" a6="x&gt;y"/>

            """
        #expect(try Self.serializedString(tree) == expected)
    }

    @Test("element-only content is indented, mixed content is written exactly at any depth")
    func indentationOnlyInElementOnlyContent() throws {
        let tree = XMLTree.Element(
            "root",
            children: [
                .element(XMLTree.Element("list", children: [.element(XMLTree.Element("a")), .element(XMLTree.Element("b"))])),
                .element(
                    XMLTree.Element(
                        "mixed",
                        children: [
                            .text("x"),
                            .element(XMLTree.Element("inner", children: [.element(XMLTree.Element("a")), .element(XMLTree.Element("b"))])),
                        ]
                    )
                ),
                .element(XMLTree.Element("blank", children: [.text("  "), .element(XMLTree.Element("a"))])),
                .element(XMLTree.Element("emptyText", children: [.text("")])),
            ]
        )
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <root>
              <list>
                <a/>
                <b/>
              </list>
              <mixed>x<inner><a/><b/></inner></mixed>
              <blank>  <a/></blank>
              <emptyText/>
            </root>

            """
        #expect(try Self.serializedString(tree) == expected)
        #expect(try Self.serializedString(XMLTree.Element("only")) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<only/>\n")
    }

    /// Every scalar XML 1.0 forbids that a Swift string can hold.
    static let disallowedScalars: [UInt32] = Array(0x0...0x8) + [0xB, 0xC] + Array(0xE...0x1F) + [0xFFFE, 0xFFFF]

    @Test("forbidden characters in text are rejected, naming U+XXXX and the element", arguments: disallowedScalars)
    func forbiddenCharacterInText(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let code = String(format: "U+%04X", value)
        let tree = XMLTree.Element("root", children: [.element(XMLTree.Element("para", children: [.text("ok \(Character(scalar)) tail")]))])
        let error = Self.xmlError { () throws(XMLError) in _ = try XMLSerializer.serialize(tree) }
        #expect(
            error?.summary
                == "The text of element 'para' contains \(code), which XML 1.0 does not allow; remove or replace the character before serialising."
        )
        #expect(error?.diagnostics.first?.message.contains(code) == true)
        #expect(error?.diagnostics.first?.message.contains("'para'") == true)
        #expect(error?.diagnostics.first?.severity == .error)
    }

    @Test("forbidden characters in attribute values are rejected", arguments: disallowedScalars)
    func forbiddenCharacterInAttribute(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let code = String(format: "U+%04X", value)
        let tree = XMLTree.Element("root", attributes: [XMLTree.Attribute("title", "a\(Character(scalar))")])
        let error = Self.xmlError { () throws(XMLError) in _ = try XMLSerializer.serialize(tree) }
        #expect(error?.diagnostics.first?.message.contains(code) == true)
        #expect(error?.diagnostics.first?.message.contains("'title'") == true)
        #expect(error?.diagnostics.first?.message.contains("'root'") == true)
    }

    @Test("U+0000 is rejected, not silently truncated")
    func nulIsRejected() {
        let text = XMLTree.Element("r", children: [.text("before\u{0}after")])
        let textError = Self.xmlError { () throws(XMLError) in _ = try XMLSerializer.serialize(text) }
        #expect(textError?.summary.contains("U+0000") == true)
        let attribute = XMLTree.Element("r", attributes: [XMLTree.Attribute("a", "x\u{0}")])
        let attributeError = Self.xmlError { () throws(XMLError) in _ = try XMLSerializer.serialize(attribute) }
        #expect(attributeError?.summary.contains("U+0000") == true)
    }

    @Test("invalid names and duplicate attributes are rejected instead of writing ill-formed XML")
    func invalidNamesAndDuplicates() {
        for tree in [
            XMLTree.Element(""),
            XMLTree.Element("has space"),
            XMLTree.Element("a<b"),
            XMLTree.Element("1abc"),
            XMLTree.Element("ok", attributes: [XMLTree.Attribute("bad=name", "v")]),
            XMLTree.Element("ok", namespaces: [XMLTree.Namespace(prefix: "x y", uri: "u")]),
        ] {
            let error = Self.xmlError { () throws(XMLError) in _ = try XMLSerializer.serialize(tree) }
            #expect(error?.summary.contains("not a valid XML name") == true)
        }
        let duplicate = XMLTree.Element("ok", attributes: [XMLTree.Attribute("a", "1"), XMLTree.Attribute("b", "2"), XMLTree.Attribute("a", "3")])
        let error = Self.xmlError { () throws(XMLError) in _ = try XMLSerializer.serialize(duplicate) }
        #expect(error?.diagnostics.first?.message == "Duplicate attribute 'a' on element 'ok'")
        let many = XMLTree.Element("ok", attributes: (0..<12).map { XMLTree.Attribute("a\($0 % 11)", "v") })
        #expect(Self.xmlError { () throws(XMLError) in _ = try XMLSerializer.serialize(many) } != nil)
        let declared = XMLTree.Element("ok", namespaces: [XMLTree.Namespace(prefix: "p", uri: "u")], attributes: [XMLTree.Attribute("xmlns:p", "u")])
        #expect(Self.xmlError { () throws(XMLError) in _ = try XMLSerializer.serialize(declared) } != nil)
    }

    @Test("a deep tree is serialised without recursion")
    func deepTreeSerialises() throws {
        var element = XMLTree.Element("leaf", children: [.text("x")])
        for _ in 0..<2_000 {
            element = XMLTree.Element("n", children: [.element(element)])
        }
        let bytes = try XMLSerializer.serialize(element, indentation: 0)
        #expect(bytes.count > 2_000 * 7)
    }

    // MARK: - XMLCharacters

    @Test("isAllowed follows the XML 1.0 Char production at its boundaries")
    func characterBoundaries() throws {
        let allowed: [UInt32] = [0x9, 0xA, 0xD, 0x20, 0x7E, 0x85, 0xA0, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF]
        let disallowed: [UInt32] = [0x0, 0x1, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xFFFE, 0xFFFF]
        for value in allowed {
            let scalar = try #require(Unicode.Scalar(value))
            #expect(XMLCharacters.isAllowed(scalar), "U+\(String(value, radix: 16)) should be allowed")
            #expect(XMLCharacters.firstDisallowed(in: "a\(Character(scalar))b") == nil)
        }
        for value in disallowed {
            let scalar = try #require(Unicode.Scalar(value))
            #expect(!XMLCharacters.isAllowed(scalar), "U+\(String(value, radix: 16)) should be disallowed")
            #expect(XMLCharacters.firstDisallowed(in: "ok é 中 😀\(Character(scalar))x\u{1}") == scalar)
        }
        #expect(XMLCharacters.firstDisallowed(in: "") == nil)
        #expect(XMLCharacters.firstDisallowed(in: "\u{FFFD}\u{EFBF}\u{FFEF}") == nil)  // near misses of EF BF BE/BF
        #expect(XMLCharacters.notation(for: "\u{1}") == "U+0001")
        #expect(XMLCharacters.notation(for: "\u{1F600}") == "U+1F600")
    }

    @Test("firstDisallowed agrees with isAllowed on every BMP scalar")
    func scanAgreesWithPredicate() {
        var text = ""
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), XMLCharacters.isAllowed(scalar) else { continue }
            text.unicodeScalars.append(scalar)
        }
        #expect(XMLCharacters.firstDisallowed(in: text) == nil)
        for value in Self.disallowedScalars {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(XMLCharacters.firstDisallowed(in: text + String(Character(scalar))) == scalar)
        }
    }

    @Test("firstDisallowed finds the first bad scalar at every offset, across the 8-byte words it scans")
    func scanFindsEveryOffset() throws {
        let fillers = ["a", "é", "中", "\u{FFFD}", "\u{FF0C}"]  // 1, 2, 3 bytes, and EF-led near misses
        for filler in fillers {
            for offset in 0..<24 {
                for value in [UInt32(0x0), 0x1F, 0xFFFE, 0xFFFF] {
                    let scalar = try #require(Unicode.Scalar(value))
                    let text = String(repeating: filler, count: offset) + String(Character(scalar)) + "\u{1}tail"
                    #expect(XMLCharacters.firstDisallowed(in: text) == scalar, "\(filler) × \(offset) then U+\(value)")
                }
                #expect(XMLCharacters.firstDisallowed(in: String(repeating: filler, count: offset) + "\t\n\r") == nil)
            }
        }
    }

    // MARK: - Diagnostics and errors

    @Test("diagnostics print in compiler style")
    func diagnosticDescription() {
        #expect(
            XMLDiagnostic(severity: .error, message: "boom", line: 3, column: 7, source: "a.xml").description
                == "a.xml:3:7: error: boom"
        )
        #expect(XMLDiagnostic(severity: .warning, message: "hm", line: 3, column: 0, source: nil).description == "<input>:3: warning: hm")
        #expect(XMLDiagnostic(severity: .error, message: "no place", source: "b.xml").description == "b.xml: error: no place")
        let error = XMLError(
            summary: "It broke.",
            diagnostics: [
                XMLDiagnostic(severity: .error, message: "one", line: 1, column: 2, source: "x"),
                XMLDiagnostic(severity: .warning, message: "two", line: 5, source: "x"),
            ]
        )
        #expect(error.description == "It broke.\nx:1:2: error: one\nx:5: warning: two")
    }

    // MARK: - Reader

    @Test("the reader keeps prefixes, namespaces, attribute order, whitespace text and CDATA as text")
    func readerKeepsStructure() throws {
        let root = try Self.parse(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- leading comment -->
            <a:root xmlns:a="urn:a" xmlns="urn:default" z="1" a:y="2" xml:space="preserve"> <b>x<!-- c -->y<?pi data?>z</b><c><![CDATA[<raw> & ]]>&amp;&#x4E2D;&#20013;&lt;</c>\t</a:root>
            """
        )
        #expect(root.name == "a:root")
        #expect(root.namespaces == [XMLTree.Namespace(prefix: "a", uri: "urn:a"), XMLTree.Namespace(prefix: nil, uri: "urn:default")])
        #expect(root.attributes == [XMLTree.Attribute("z", "1"), XMLTree.Attribute("a:y", "2"), XMLTree.Attribute("xml:space", "preserve")])
        #expect(
            root.children == [
                .text(" "),
                .element(XMLTree.Element("b", children: [.text("xyz")])),
                .element(XMLTree.Element("c", children: [.text("<raw> & &中中<")])),
                .text("\t"),
            ]
        )
    }

    @Test("empty input is rejected with a clear error")
    func emptyInput() {
        let error = Self.xmlError { () throws(XMLError) in _ = try XMLReader.parse([UInt8](), source: "empty.xml") }
        #expect(error?.summary == "The input is empty; an XML document needs at least a root element.")
        #expect(error?.diagnostics.first?.source == "empty.xml")
        let blank = Self.xmlError { () throws(XMLError) in _ = try Self.parse(" \n ") }
        #expect(blank?.summary.hasPrefix("The input contains no XML element") == true)
    }

    /// A page in Shift_JIS whose bytes 0xFF 0x4E are no Shift_JIS character (found by FuzzHTML).
    static let undecodableShiftJIS: [UInt8] = Array("<p>Text ".utf8) + [0xFF, 0x4E] + Array(" more</p>".utf8)

    @Test("a byte the declared encoding cannot decode is a diagnostic of the parse, not a line on standard error")
    func encodingErrorIsCollected() throws {
        let html = try HTMLReader.parseWithDiagnostics(Self.undecodableShiftJIS, source: "sjis.html", encoding: "shift_jis")
        let conversion = html.diagnostics.first { $0.message.hasPrefix("input conversion failed") }
        #expect(conversion?.severity == .warning)
        let xml = Array(#"<?xml version="1.0" encoding="shift_jis"?>"#.utf8) + Self.undecodableShiftJIS
        let error = Self.xmlError { () throws(XMLError) in _ = try XMLReader.parse(xml, source: "sjis.xml") }
        #expect(error?.diagnostics.contains { $0.message.hasPrefix("input conversion failed") } == true)
        // The parser's own error, with its location, is still the one the summary names.
        #expect(error?.summary.hasPrefix("The input is not well-formed XML; fix the first error reported at line 1") == true)
        // The thread's handler is put back: a later parse on this thread still works.
        #expect(try Self.parse("<a>b</a>").name == "a")
    }

    @Test("not-well-formed input is reported with libxml2's message, line and column")
    func notWellFormed() {
        let error = Self.xmlError { () throws(XMLError) in _ = try Self.parse("<a>\n  <b></a>", source: "broken.xml") }
        #expect(error?.summary == "The input is not well-formed XML; fix the first error reported at line 2, column 10.")
        let first = error?.diagnostics.first
        #expect(first?.message == "Opening and ending tag mismatch: b line 2 and a")
        #expect(first?.line == 2)
        #expect(first?.column == 10)
        #expect(first?.source == "broken.xml")
        #expect(first?.description == "broken.xml:2:10: error: Opening and ending tag mismatch: b line 2 and a")

        let attribute = Self.xmlError { () throws(XMLError) in _ = try Self.parse("<a>\n\n <b x='1' x='2'/></a>") }
        #expect(attribute?.diagnostics.first?.line == 3)
        #expect(attribute?.diagnostics.first?.column == 16)

        let prefix = Self.xmlError { () throws(XMLError) in _ = try Self.parse("<p:a/>") }
        #expect(prefix?.summary.contains("namespace-well-formed") == true)

        let control = Self.xmlError { () throws(XMLError) in _ = try Self.parse("<a>&#1;</a>") }
        #expect(control != nil)
        let undefined = Self.xmlError { () throws(XMLError) in _ = try Self.parse("<a>&nbsp;</a>") }
        #expect(undefined?.diagnostics.first?.message == "Entity 'nbsp' not defined")
    }

    @Test("a DOCTYPE is rejected", arguments: [
        "<!DOCTYPE a>\n<a/>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE a SYSTEM \"a.dtd\">\n<a/>",
        "<!DOCTYPE a [<!ELEMENT a EMPTY>]><a/>",
    ])
    func doctypeRejected(input: String) {
        let error = Self.xmlError { () throws(XMLError) in _ = try Self.parse(input) }
        #expect(error?.summary.hasPrefix("DOCTYPE declarations are not accepted") == true)
        #expect(error?.diagnostics.count == 1)
        #expect((error?.diagnostics.first?.line ?? 0) >= 1)
    }

    @Test("an external entity pointing at a local file is never read")
    func externalEntityNotRead() throws {
        try HostileXML.withSecretFile { url, secret in
            let inputs = [
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"\(url.absoluteString)\">]>\n<r>&x;</r>",
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"\(url.path)\">]><r a=\"&x;\">&x;</r>",
                "<!DOCTYPE r [<!ENTITY % p SYSTEM \"\(url.absoluteString)\"> %p;]><r/>",
                "<!DOCTYPE r SYSTEM \"\(url.absoluteString)\"><r/>",
            ]
            for input in inputs {
                let error = Self.xmlError { () throws(XMLError) in _ = try Self.parse(input) }
                #expect(error != nil)
                #expect(error?.description.contains(secret) == false)
                #expect(error?.summary.hasPrefix("DOCTYPE declarations are not accepted") == true)
                let report = try AKNSchemaValidator.bundled().validate(Array(input.utf8))
                #expect(!report.isValid)
                #expect(!report.diagnostics.contains { $0.message.contains(secret) })
            }
        }
    }

    @Test("billion laughs is rejected before any entity is expanded")
    func billionLaughs() {
        let error = Self.xmlError { () throws(XMLError) in _ = try Self.parse(HostileXML.billionLaughs(root: "lolz", inAttribute: true)) }
        #expect(error?.summary.hasPrefix("DOCTYPE declarations are not accepted") == true)
    }

    @Test("100,000-deep nesting is rejected with a clear, located error")
    func deepNesting() {
        let error = Self.xmlError { () throws(XMLError) in _ = try Self.parse(HostileXML.nested(depth: 100_000), source: "deep.xml") }
        #expect(error?.summary.hasPrefix("The document nests elements more than 256 levels deep") == true)
        #expect(error?.diagnostics.first?.line == 1)
        #expect((error?.diagnostics.first?.column ?? 0) > 0)
        // 200 levels are fine.
        #expect(throws: Never.self) { try Self.parse(HostileXML.nested(depth: 200)) }
    }

    @Test("the reader accepts Data, arrays, slices and the UTF-8 view")
    func readerInputs() throws {
        let text = "<a>é</a>"
        let expected = XMLTree.Element("a", children: [.text("é")])
        #expect(try XMLReader.parse(Data(text.utf8), source: nil) == expected)
        #expect(try XMLReader.parse(Array(text.utf8), source: nil) == expected)
        #expect(try XMLReader.parse(Array(("xx" + text).utf8)[2...], source: nil) == expected)
        #expect(try XMLReader.parse(text.utf8, source: nil) == expected)
        let utf16 = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        #expect(try XMLReader.parse(utf16, source: nil) == expected)
    }

    // MARK: - Schema validation

    /// A minimal valid Akoma Ntoso document (checked with `xmllint --schema akomantoso30.xsd`).
    static let validDocument = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <doc name="pressRelease">
            <meta>
              <identification source="#advocacykit">
                <FRBRWork>
                  <FRBRthis value="/akn/eu/doc/pressRelease/2023-03-07/1/!main"/>
                  <FRBRuri value="/akn/eu/doc/pressRelease/2023-03-07/1"/>
                  <FRBRdate date="2023-03-07" name="publication"/>
                  <FRBRauthor href="#ecpat"/>
                  <FRBRcountry value="eu"/>
                </FRBRWork>
                <FRBRExpression>
                  <FRBRthis value="/akn/eu/doc/pressRelease/2023-03-07/1/eng@/!main"/>
                  <FRBRuri value="/akn/eu/doc/pressRelease/2023-03-07/1/eng@"/>
                  <FRBRdate date="2023-03-07" name="publication"/>
                  <FRBRauthor href="#ecpat"/>
                  <FRBRlanguage language="eng"/>
                </FRBRExpression>
                <FRBRManifestation>
                  <FRBRthis value="/akn/eu/doc/pressRelease/2023-03-07/1/eng@/!main.xml"/>
                  <FRBRuri value="/akn/eu/doc/pressRelease/2023-03-07/1/eng@.akn"/>
                  <FRBRdate date="2023-03-07" name="generation"/>
                  <FRBRauthor href="#advocacykit"/>
                </FRBRManifestation>
              </identification>
            </meta>
            <mainBody>
              <p>Hello <b>world</b> &amp; friends: مرحبا 中文.</p>
            </mainBody>
          </doc>
        </akomaNtoso>

        """

    /// ``validDocument`` with an unknown element on line 11 and a missing required attribute on line 23.
    static let invalidDocument = validDocument
        .replacingOccurrences(of: "<FRBRcountry value=\"eu\"/>", with: "<FRBRcountry value=\"eu\"/><bogus/>")
        .replacingOccurrences(of: "<FRBRdate date=\"2023-03-07\" name=\"generation\"/>", with: "<FRBRdate date=\"2023-03-07\"/>")

    @Test("a minimal Akoma Ntoso document is valid")
    func validDocumentValidates() throws {
        let validator = try AKNSchemaValidator.bundled()
        let report = validator.validate(Data(Self.validDocument.utf8), source: "valid.xml")
        #expect(report.diagnostics == [])
        #expect(report.isValid)
        #expect(validator.validate(Array(Self.validDocument.utf8)).isValid)
    }

    @Test("schema errors are reported with their line numbers")
    func invalidDocumentReportsLines() throws {
        let report = try AKNSchemaValidator.bundled().validate(Data(Self.invalidDocument.utf8), source: "invalid.xml")
        #expect(!report.isValid)
        #expect(report.diagnostics.count == 2)
        let bogus = report.diagnostics.first
        #expect(bogus?.line == 11)
        #expect(bogus?.severity == .error)
        #expect(bogus?.source == "invalid.xml")
        #expect(bogus?.message.hasPrefix("Element '{\(Self.akn)}bogus': This element is not expected.") == true)
        let missing = report.diagnostics.last
        #expect(missing?.line == 23)
        #expect(missing?.message == "Element '{\(Self.akn)}FRBRdate': The attribute 'name' is required but missing.")
        #expect(missing?.description.hasPrefix("invalid.xml:23: error: ") == true)
    }

    @Test("a document that is not well-formed gives error diagnostics, not a throw")
    func malformedDocumentInReport() throws {
        let report = try AKNSchemaValidator.bundled().validate(Array("<akomaNtoso>\n<doc></akomaNtoso>".utf8), source: "m.xml")
        #expect(!report.isValid)
        #expect(report.diagnostics.first?.line == 2)
        #expect(report.diagnostics.first?.message.contains("mismatch") == true)
        #expect(!(try AKNSchemaValidator.bundled().validate(Data())).isValid)
    }

    @Test("a serialised tree validates: the serializer's output is what the schema expects")
    func serializedTreeValidates() throws {
        let tree = try Self.parse(Self.validDocument)
        let bytes = try XMLSerializer.serialize(tree)
        #expect(try AKNSchemaValidator.bundled().validate(bytes).isValid)
    }

    @Test("one validator is shared safely by 8 concurrent tasks")
    func concurrentValidation() async throws {
        let validator = try AKNSchemaValidator.bundled()
        let valid = Data(Self.validDocument.utf8)
        let invalid = Data(Self.invalidDocument.utf8)
        let results = await withTaskGroup(of: (Int, Int).self) { group in
            for task in 0..<8 {
                group.addTask {
                    var good = 0
                    var bad = 0
                    for iteration in 0..<50 {
                        if (task + iteration).isMultiple(of: 2) {
                            if validator.validate(valid).isValid { good += 1 }
                        } else {
                            let report = validator.validate(invalid)
                            if !report.isValid, report.diagnostics.map(\.line) == [11, 23] { bad += 1 }
                        }
                    }
                    return (good, bad)
                }
            }
            var total = (0, 0)
            for await (good, bad) in group {
                total.0 += good
                total.1 += bad
            }
            return total
        }
        #expect(results.0 == 200)
        #expect(results.1 == 200)
    }

    @Test("the bundled validator is compiled once and shared")
    func bundledIsShared() throws {
        let first = try AKNSchemaValidator.bundled()
        let second = try AKNSchemaValidator.bundled()
        #expect(first === second)
    }

    @Test("a user-supplied schema is compiled; a broken one gives a located error")
    func userSchema() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("advocacykit-xsd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("note.xsd")
        try Data(
            """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="note" type="xs:string"/>
            </xs:schema>
            """.utf8
        ).write(to: good)
        let validator = try AKNSchemaValidator(schemaAt: good)
        #expect(validator.validate(Array("<note>hi</note>".utf8)).isValid)
        let report = validator.validate(Array("<note><b/></note>".utf8), source: "n.xml")
        #expect(!report.isValid)
        #expect(report.diagnostics.first?.line == 1)

        let broken = directory.appendingPathComponent("broken.xsd")
        try Data("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n  <xs:element nam=\"x\"/>\n</xs:schema>".utf8)
            .write(to: broken)
        do {
            _ = try AKNSchemaValidator(schemaAt: broken)
            Issue.record("a broken schema compiled")
        } catch let error as XMLError {
            #expect(error.summary.hasPrefix("The XML Schema \(broken.path) could not be compiled"))
            #expect(error.diagnostics.contains { $0.line == 2 })
        }
        #expect(throws: XMLError.self) { try AKNSchemaValidator(schemaAt: directory.appendingPathComponent("missing.xsd")) }
    }
}
