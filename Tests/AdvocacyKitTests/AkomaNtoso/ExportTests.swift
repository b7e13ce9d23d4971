import Foundation
import Testing

@testable import AdvocacyKit

/// A small dossier over `text`, with an organisation marked wherever `organisation` occurs.
private func dossier(
    _ text: String, organisation: String? = nil, kind: Statement.Kind = .pressRelease,
    published: PartialDate? = "2024-01-15", language: String = "en", title: String? = nil
) -> Dossier {
    let source = SourceText(parsing: text)
    var organisations: [Organisation] = []
    if let organisation {
        organisations.append(
            Organisation(id: "org", name: organisation, kind: .ngo, jurisdiction: "be", mentions: source.spans(of: organisation)))
    }
    return Dossier(
        document: Statement(
            id: "doc-1", kind: kind, title: title ?? source.paragraphs[0].text, published: published, language: language,
            jurisdiction: "eu", issuers: organisations.map { .organisation($0.id) }, source: source),
        organisations: organisations)
}

@Suite("Akoma Ntoso export of varied dossiers")
struct ExportTests {
    @Test(
        "every export validates against the XSD and keeps the text",
        arguments: [
            ("minimal", "Title\n\nBody."),
            ("Greek", "Η Ένωση Καταναλωτών ζητά διαφάνεια\n\nΗ Ένωση Καταναλωτών καλεί το Κοινοβούλιο να ενεργήσει."),
            ("Arabic", "منظمة العفو تطالب بالشفافية\n\nدعت منظمة العفو البرلمان إلى التحرك."),
            ("CJK and emoji", "市民团体呼吁 🛡️\n\n市民团体 要求议会采取行动 👩‍⚖️。"),
            ("escaping", "A & B <say> \"hi\" 'there'\n\nA & B urge <MEPs> to act & \"vote\" > 50% ]]> &amp; literal."),
            ("whitespace", "  Spaced   title  \n\n\tTabbed\tbody\u{00A0}\n\n\n  \nLast line\nwith inner break  \n"),
            ("CRLF", "Title\r\n\r\nBody one.\r\n\r\nBody two.\r\n"),
        ])
    func validAndLossless(name: String, text: String) throws {
        let organisation = name == "Greek" ? "Ένωση Καταναλωτών" : name == "Arabic" ? "منظمة العفو" : name == "CJK and emoji" ? "市民团体" : name == "escaping" ? "A & B" : nil
        let document = dossier(text, organisation: organisation)
        let xml = try AKNChecks.exportAndCheck(document)
        if organisation != nil {
            #expect(try AKNChecks.elements(named: "organization", in: xml).count == document.organisations[0].mentions.count)
        }
    }

    @Test("a long text of 200 paragraphs of 5,000 characters exports, validates and keeps its text")
    func longText() throws {
        let paragraph = String(repeating: "The Coalition urges policymakers to act. ", count: 122)
        let text = "A long release\n\n" + Array(repeating: paragraph, count: 200).joined(separator: "\n\n")
        let xml = try AKNChecks.exportAndCheck(dossier(text, organisation: "Coalition"))
        #expect(try AKNChecks.elements(named: "p", in: xml).count == 201)
    }

    @Test("the same dossier always gives the same bytes")
    func deterministic() throws {
        let document = dossier("Title\n\nThe Union asks.", organisation: "Union")
        #expect(try AKNExporter().export(document).xml == AKNExporter().export(document).xml)
    }

    @Test("a position statement is an AKN statement; other kinds are docs named after the kind")
    func documentTypes() throws {
        let statement = try AKNChecks.exportAndCheck(dossier("T\n\nB", kind: .positionStatement))
        #expect(try AKNChecks.firstElement(named: "statement", in: statement)?.attribute("name") == "positionStatement")
        let letter = try AKNChecks.exportAndCheck(dossier("T\n\nB", kind: .jointLetter))
        #expect(try AKNChecks.firstElement(named: "doc", in: letter)?.attribute("name") == "jointLetter")
        #expect(String(decoding: letter, as: UTF8.self).contains(#"<FRBRuri value="/akn/eu/doc/jointLetter/2024-01-15/doc-1"/>"#))
    }

    @Test("a month-precision publication date is the first day plus adv:precision, and the URI keeps YYYY-MM")
    func partialPublicationDate() throws {
        let xml = try AKNChecks.exportAndCheck(dossier("T\n\nB", published: "2022-05"))
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains(#"<FRBRdate date="2022-05-01" adv:precision="month" name="publication"/>"#))
        #expect(text.contains(#"<FRBRuri value="/akn/eu/doc/pressRelease/2022-05/doc-1"/>"#))
    }

    @Test("without a publication date the generation date stands in, named as such")
    func generationDate() throws {
        let xml = try AKNChecks.exportAndCheck(
            dossier("T\n\nB", published: nil), exporter: AKNExporter(generationDate: "2025-02-03"))
        #expect(String(decoding: xml, as: UTF8.self).contains(#"<FRBRdate date="2025-02-03" name="generation"/>"#))
    }

    @Test("languages map to ISO 639-2 codes in the expression")
    func languages() throws {
        for (tag, code) in [("fr-BE", "fra"), ("de", "deu"), ("pt-BR", "por"), ("xx", "und"), ("gsw", "gsw")] {
            let xml = try AKNChecks.exportAndCheck(dossier("T\n\nB", language: tag))
            #expect(try AKNChecks.firstElement(named: "FRBRlanguage", in: xml)?.attribute("language") == code)
        }
    }

    @Test("a heading followed by paragraphs opens an hcontainer section; a heading with nothing after it stays a p")
    func headings() throws {
        var document = dossier("T\n\nIntro.\n\nAbout Us\n\nWe are.\n\nMore.\n\nEnd heading")
        document.document.source?.paragraphs[2].role = .heading
        document.document.source?.paragraphs[5].role = .heading
        let xml = try AKNChecks.exportAndCheck(document)
        let section = try #require(try AKNChecks.firstElement(named: "hcontainer", in: xml))
        #expect(section.attribute("eId") == "hcontainer_1")
        #expect(section.elements.map(\.name) == ["heading", "content"])
        #expect(section.elements[1].elements.map { $0.attribute("eId") } == ["hcontainer_1__p_1", "hcontainer_1__p_2", "hcontainer_1__p_3"])
    }

    @Test("positional eIds count past one digit, within each scope")
    func manyDigitEIds() throws {
        let paragraphs = (1...105).map { "Paragraph number \($0)." }
        let xml = try AKNChecks.exportAndCheck(dossier("T\n\nIntro\n\n" + paragraphs.joined(separator: "\n\n")))
        let body = try #require(try AKNChecks.firstElement(named: "mainBody", in: xml))
        #expect(body.elements.map { $0.attribute("eId") } == (1...106).map { "p_\($0)" })
        var nested = dossier("T\n\nIntro\n\nAbout\n\n" + paragraphs.joined(separator: "\n\n"))
        nested.document.source?.paragraphs[2].role = .heading
        let content = try #require(try AKNChecks.firstElement(named: "content", in: try AKNChecks.exportAndCheck(nested)))
        #expect(content.elements.map { $0.attribute("eId") } == (1...105).map { "hcontainer_1__p_\($0)" })
    }

    @Test("crossing spans are split so the markup nests, and the text is unchanged")
    func crossingSpans() throws {
        var document = dossier("T\n\nThe Green Party Group urges action.")
        let source = try #require(document.document.source)
        document.organisations = [
            Organisation(id: "green", name: "Green Party", mentions: source.spans(of: "Green Party")),
            Organisation(id: "group", name: "Party Group", mentions: source.spans(of: "Party Group")),
        ]
        let xml = try AKNChecks.exportAndCheck(document)
        let text = String(decoding: xml, as: UTF8.self)
        #expect(
            text.contains(
                ##"The <organization refersTo="#green">Green <organization refersTo="#group">Party</organization></organization><organization refersTo="#group"> Group</organization> urges"##
            ))
    }

    @Test("demands, quotes, roles, quantities and dates are marked up with eIds where citable")
    func semanticMarkup() throws {
        let text = "T\n\n“We urge MEPs to reject the Act”, said Ana Ruiz of the Alliance of 12 groups in May 2022."
        let source = SourceText(parsing: text)
        let document = Dossier(
            document: Statement(id: "d", title: "T", published: "2022-06-01", jurisdiction: "eu", source: source),
            coalitions: [
                Coalition(
                    id: "alliance", name: "Alliance", sizeClaims: [.init(Count(12), span: source.spans(of: "12").first)],
                    mentions: source.spans(of: "Alliance"))
            ],
            proposals: [
                Proposal(id: "act", title: "the Act", date: "2022-05", dateMentions: source.spans(of: "May 2022"), mentions: source.spans(of: "the Act"))
            ],
            demands: [
                Demand(
                    id: "d1", action: "reject the Act", addressees: [.init("MEPs", mentions: source.spans(of: "MEPs"))],
                    subject: .proposal("act"), quote: "q1", span: source.spans(of: "reject the Act").first)
            ],
            people: [Person(id: "ana", name: "Ana Ruiz", role: "spokesperson", mentions: source.spans(of: "Ana Ruiz"))],
            quotes: [Quote(id: "q1", speaker: "ana", segments: [.init("“We urge MEPs to reject the Act”", span: source.spans(of: "“We urge MEPs to reject the Act”").first)])])
        let xml = String(decoding: try AKNChecks.exportAndCheck(document), as: UTF8.self)
        let expected = ##"<p eId="p_1"><embeddedText eId="p_1__embeddedText_1" adv:entity="q1"><opinion by="#ana">“We urge <role refersTo="#role-meps">MEPs</role> to <inline eId="p_1__embeddedText_1__inline_1" name="demand" refersTo="#act" adv:entity="d1">reject <ref eId="p_1__embeddedText_1__inline_1__ref_1" href="urn:advocacy-akn:work:proposal:act" refersTo="#act">the Act</ref></inline>”</opinion></embeddedText>, said <person refersTo="#ana" as="#role-spokesperson">Ana Ruiz</person> of the <organization refersTo="#alliance">Alliance</organization> of <quantity refersTo="#alliance" normalized="12">12</quantity> groups in <date date="2022-05-01" adv:precision="month">May 2022</date>.</p>"##
        #expect(xml.contains(expected))
    }

    @Test("a COM number gives the proposal an AKN work IRI; without one a URN is used")
    func proposalIRIs() {
        #expect(AKNReferenceTable.parseCOMNumber("COM(2022) 209 final").map { $0 == (2022, 209) } == true)
        #expect(AKNReferenceTable.parseCOMNumber("COM/2020/825").map { $0 == (2020, 825) } == true)
        #expect(AKNReferenceTable.parseCOMNumber("SWD(2022) 209") == nil)
        let withCOM = Proposal(id: "p", title: "P", identifiers: [DocumentIdentifier(.com, "COM(2020) 825 final")])
        #expect(AKNReferenceTable.workIRI(of: withCOM) == "/akn/eu/documentCollection/COMproposal/ec/2020/825")
        #expect(AKNReferenceTable.workIRI(of: Proposal(id: "p", title: "P")) == "urn:advocacy-akn:work:proposal:p")
    }
}

@Suite("Akoma Ntoso export errors")
struct ExportErrorTests {
    private func failure(_ document: Dossier, _ exporter: AKNExporter = AKNExporter()) -> AKNExportError? {
        do {
            _ = try exporter.export(document)
            return nil
        } catch {
            return error
        }
    }

    @Test("a dossier without source text is refused with a path and advice")
    func missingSource() {
        var document = dossier("T\n\nB")
        document.document.source = nil
        let error = failure(document)
        #expect(error?.code == .missingSourceText)
        #expect(error?.description == "document.source: the document has no source text; Akoma Ntoso needs it, so add document.source")
    }

    @Test("a dossier whose model copy would be longer than XML readers accept is refused up front, not written unreadable")
    func tooLargeForReaders() {
        // Two paragraphs of 5.2 MB: each is below libxml2's 10,000,000-byte text limit, their JSON is not.
        let paragraph = String(repeating: "The ferry board meets on Mondays. ", count: 153_000)
        let error = failure(dossier("Harbour news\n\n\(paragraph)\n\n\(paragraph)"))
        #expect(error?.code == .tooLarge)
        #expect(error?.message.contains("refuse a text of more than 10000000") == true)
        #expect(error?.message.contains("keep it as dossier JSON") == true)
    }

    @Test(
        "a document id that cannot be an FRBR number is refused, so that no id reaches into another URI path",
        arguments: ["../../x", "a/b", "x?y", "has space", "", ".hidden", "ünï", String(repeating: "a", count: 129)])
    func badDocumentIdentifier(id: String) {
        var document = dossier("T\n\nB")
        document.document.id = Statement.ID(id)
        let error = failure(document)
        #expect(error?.code == .invalidIdentifier)
        #expect(error?.path == "document.id")
    }

    @Test("a title alone is refused: mainBody cannot be empty")
    func emptyBody() {
        #expect(failure(dossier("Only a title"))?.code == .emptyBody)
    }

    @Test("ids that cannot be eIds, duplicates and reserved ids are refused", arguments: ["has space", "p_1", "", "ünïcode", "role-x", "original"])
    func badIdentifiers(id: String) {
        var document = dossier("T\n\nB")
        document.organisations = [Organisation(id: Organisation.ID(id), name: "X")]
        let code = failure(document)?.code
        #expect(code == .invalidIdentifier || code == .duplicateIdentifier)
    }

    @Test(
        "an eId is letters, digits, '-', '_' and '.', and not the positional form 'name_digit…'",
        arguments: [
            ("ep", true), ("libe-committee", true), ("a.b_c-1", true), ("p_", true), ("p_x1", true), ("Ab_1", true),
            ("_1", true), ("9_1", true), ("p1_2", true), ("p_1", false), ("ref_20", false), ("item_3x", false),
            ("", false), ("a b", false), ("ünï", false), ("a/b", false), ("a#b", false),
        ])
    func eIdSyntax(id: String, valid: Bool) {
        #expect(AKNReferenceTable.isValidEId(id) == valid)
    }

    @Test("the same id on two kinds of entity is refused")
    func duplicateAcrossKinds() {
        var document = dossier("T\n\nB")
        document.organisations = [Organisation(id: "x", name: "X")]
        document.committees = [Committee(id: "x", abbreviation: "X")]
        let error = failure(document)
        #expect(error?.code == .duplicateIdentifier)
        #expect(error?.path == "committees[0].id")
    }

    @Test("a reference to a missing entity is refused with its path")
    func dangling() {
        var document = dossier("T\n\nB")
        document.demands = [Demand(id: "d", action: "act", subject: .proposal("nowhere"))]
        let error = failure(document)
        #expect(error?.code == .danglingReference)
        #expect(error?.description == "demands[0].subject: no proposal with id 'nowhere' is in the dossier; add it or fix the reference")
    }

    @Test("a span outside its paragraph is refused")
    func spanOutOfRange() {
        var document = dossier("T\n\nB")
        document.organisations = [Organisation(id: "o", name: "O", mentions: [SourceSpan(paragraph: 1, start: 0, end: 99)])]
        #expect(failure(document)?.code == .spanOutOfRange)
        document.organisations[0].mentions = [SourceSpan(paragraph: 7, start: 0, end: 1)]
        #expect(failure(document)?.path == "organisations[0].mentions[0]")
    }

    @Test("a jurisdiction that cannot be an FRBR country is refused", arguments: ["int", "EU", "e", "xx_1", ""])
    func badJurisdiction(jurisdiction: String) {
        var document = dossier("T\n\nB")
        document.document.jurisdiction = jurisdiction
        #expect(failure(document)?.code == .invalidJurisdiction)
    }

    @Test("no publication date and no generation date is refused")
    func missingDate() {
        #expect(failure(dossier("T\n\nB", published: nil))?.code == .missingDate)
    }
}

@Suite("Characters XML 1.0 cannot hold")
struct UnrepresentableCharacterTests {
    /// Code points, so that test names print readably.
    static let characters: [UInt32] = [0x0, 0x1, 0x8, 0xB, 0xC, 0x1F, 0xFFFE, 0xFFFF]

    @Test("are refused by default, naming the character and where it is", arguments: characters)
    func rejected(codePoint: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(codePoint))
        let document = dossier("Title\n\nBody with \(scalar) inside.")
        do {
            _ = try AKNExporter().export(document)
            Issue.record("the export should have failed")
        } catch {
            #expect(error.code == .unrepresentableCharacter)
            let name = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(4)
            #expect(error.message.contains(name))
        }
    }

    @Test("are replaced with U+FFFD when asked, with a warning; the model copy keeps them", arguments: characters)
    func replaced(codePoint: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(codePoint))
        let document = dossier("Title\n\nBody with \(scalar) inside.")
        let export = try AKNExporter(unrepresentableCharacters: .replace).export(document)
        #expect(!export.warnings.isEmpty)
        #expect(try AKNSchemaValidator.bundled().validate(export.xml).isValid)
        let texts = try AKNChecks.blockTexts(of: export.xml)
        #expect(texts[1] == "Body with \u{FFFD} inside.")
        let model = try #require(try AKNChecks.firstElement(named: "adv:model", in: export.xml))
        #expect(try Dossier(json: Data(model.textContent.utf8)) == document)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
