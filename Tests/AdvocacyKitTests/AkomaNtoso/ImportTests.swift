import Foundation
import Testing

@testable import AdvocacyKit

/// A press release in the style cobalt and bluebell publish: FRBR identification, TLCs,
/// `preface/p/docTitle`, `mainBody/p` with inline mentions, no AdvocacyKit model copy.
/// Indented the way published files are, so whitespace inside blocks is layout.
private let riverWatchRelease = """
    <?xml version="1.0" encoding="UTF-8"?>
    <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
      <doc name="pressRelease">
        <meta>
          <identification source="#cobalt">
            <FRBRWork>
              <FRBRthis value="/akn/za/doc/pressRelease/2024-02-01/river-watch-1/!main"/>
              <FRBRuri value="/akn/za/doc/pressRelease/2024-02-01/river-watch-1"/>
              <FRBRalias value="River Watch asks the council to publish water data" name="title"/>
              <FRBRdate date="2024-02-01" name="Generation"/>
              <FRBRauthor href="#river-watch"/>
              <FRBRcountry value="za"/>
              <FRBRnumber value="river-watch-1"/>
            </FRBRWork>
            <FRBRExpression>
              <FRBRthis value="/akn/za/doc/pressRelease/2024-02-01/river-watch-1/eng@2024-02-01/!main"/>
              <FRBRuri value="/akn/za/doc/pressRelease/2024-02-01/river-watch-1/eng@2024-02-01"/>
              <FRBRdate date="2024-02-01" name="Generation"/>
              <FRBRauthor href="#river-watch"/>
              <FRBRlanguage language="eng"/>
            </FRBRExpression>
            <FRBRManifestation>
              <FRBRthis value="/akn/za/doc/pressRelease/2024-02-01/river-watch-1/eng@2024-02-01/!main.xml"/>
              <FRBRuri value="/akn/za/doc/pressRelease/2024-02-01/river-watch-1/eng@2024-02-01/!main.xml"/>
              <FRBRdate date="2024-02-03" name="Generation"/>
              <FRBRauthor href="#cobalt"/>
            </FRBRManifestation>
          </identification>
          <lifecycle source="#cobalt">
            <eventRef date="2024-02-01" source="#original" eId="lifecycle_1"/>
          </lifecycle>
          <references source="#cobalt">
            <TLCOrganization eId="cobalt" href="/ontology/organization/za/cobalt" showAs="Cobalt"/>
            <TLCOrganization eId="river-watch" href="/ontology/organization/za/river-watch" showAs="River Watch" shortForm="RW"/>
            <TLCOrganization eId="city-council" href="/ontology/organization/za/city-council" showAs="City Council"/>
            <TLCPerson eId="thandi-mokoena" href="/ontology/person/za/thandi-mokoena" showAs="Thandi Mokoena"/>
            <TLCRole eId="chairperson" href="/ontology/role/chairperson" showAs="chairperson"/>
            <TLCConcept eId="water" href="/ontology/concept/water" showAs="Water"/>
          </references>
        </meta>
        <preface>
          <p eId="preface__p_1"><docTitle>River Watch asks the council
            to publish water data</docTitle></p>
        </preface>
        <mainBody>
          <p eId="p_1"><organization refersTo="#river-watch">River Watch</organization> today asked the
            <organization refersTo="#city-council">City Council</organization> to publish the
            <term refersTo="#water" eId="p_1__term_1">water</term> quality readings of every station.</p>
          <p eId="p_2">“We have waited long enough,” said <person refersTo="#thandi-mokoena" as="#chairperson">Thandi
            Mokoena</person>, who chairs <organization refersTo="#river-watch">RW</organization>.</p>
          <p eId="p_3">See <ref href="/akn/za/act/2021/5" eId="p_3__ref_1">the Water Act</ref>.</p>
        </mainBody>
      </doc>
    </akomaNtoso>
    """

/// A by-law in the style of bluebell's acts: sections with `num`, `heading` and
/// `content/p`, a subsection without heading, and a mention whose TLC is missing.
private let cleanAirByLaw = """
    <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
      <act contains="singleVersion" name="act">
        <meta>
          <identification source="#bluebell">
            <FRBRWork>
              <FRBRthis value="/akn/za-cpt/act/by-law/2019/clean-air/!main"/>
              <FRBRuri value="/akn/za-cpt/act/by-law/2019/clean-air"/>
              <FRBRalias value="Clean Air By-law" name="title"/>
              <FRBRdate date="2019-06-12" name="Generation"/>
              <FRBRauthor href="#council"/>
              <FRBRcountry value="za-cpt"/>
              <FRBRsubtype value="by-law"/>
              <FRBRnumber value="clean air"/>
            </FRBRWork>
            <FRBRExpression>
              <FRBRthis value="/akn/za-cpt/act/by-law/2019/clean-air/afr@2019-07-01/!main"/>
              <FRBRuri value="/akn/za-cpt/act/by-law/2019/clean-air/afr@2019-07-01"/>
              <FRBRdate date="2019-07-01" name="Generation"/>
              <FRBRauthor href="#council"/>
              <FRBRlanguage language="afr"/>
            </FRBRExpression>
            <FRBRManifestation>
              <FRBRthis value="/akn/za-cpt/act/by-law/2019/clean-air/afr@2019-07-01/!main.xml"/>
              <FRBRuri value="/akn/za-cpt/act/by-law/2019/clean-air/afr@2019-07-01/!main.xml"/>
              <FRBRdate date="2019-07-02" name="Generation"/>
              <FRBRauthor href="#council"/>
            </FRBRManifestation>
          </identification>
          <references source="#bluebell">
            <TLCOrganization eId="bluebell" href="/ontology/organization/za/bluebell" showAs="Bluebell"/>
          </references>
        </meta>
        <preface>
          <longTitle>
            <p>To regulate smoke from fires in the City.</p>
          </longTitle>
        </preface>
        <body>
          <section eId="sec_1">
            <num>1.</num>
            <heading>Definitions</heading>
            <content>
              <p>In this By-law, <def refersTo="#term-smoke">"smoke"</def> means the visible product of burning.</p>
            </content>
          </section>
          <section eId="sec_2">
            <num>2.</num>
            <heading>Open fires</heading>
            <subsection eId="sec_2__subsec_1">
              <num>(1)</num>
              <content>
                <p>No person may light an open fire without the permission of the <organization refersTo="#fire-dept">Fire Department</organization>.</p>
              </content>
            </subsection>
          </section>
        </body>
      </act>
    </akomaNtoso>
    """

@Suite("Akoma Ntoso import")
struct ImportTests {
    let seedXML: Data
    let seedDossier: Dossier

    init() throws {
        seedXML = try Fixtures.data("seed.akn.xml")
        seedDossier = try Dossier(json: try Fixtures.data("seed.dossier.json"))
    }

    // MARK: - Own documents

    @Test("the seed export imports to exactly the seed dossier, lossless, without notes")
    func seedImportsExactly() throws {
        let result = try AKNImporter().importDocument(seedXML, source: "seed.akn.xml")
        #expect(result.dossier == seedDossier)
        #expect(result.isLossless)
        #expect(result.notes.isEmpty)
        #expect(try result.dossier.jsonData() == (try Fixtures.data("seed.dossier.json")))
    }

    @Test("exporting the imported seed gives back the fixture's bytes")
    func seedReexportsBytes() throws {
        let result = try AKNImporter().importDocument(seedXML)
        #expect(try result.roundTripExporter.export(result.dossier).xml == seedXML)
        #expect(try AKNExporter(generationDate: result.generationDate).export(result.dossier).xml == seedXML)
    }

    @Test("a file written by version 0.1 (compact model copy, a mention nested in an identical one) imports as matching")
    func versionZeroPointOneFileMatches() throws {
        let old = try Fixtures.data("seed-converted-0.1.akn.xml")
        let text = String(decoding: old, as: UTF8.self)
        #expect(text.contains(##"<organization refersTo="#libe"><organization refersTo="#libe">LIBE</organization>"##))
        let result = try AKNImporter().importDocument(old, source: "seed-converted-0.1.akn.xml")
        #expect(result.modelCopy == .matches)
        #expect(result.conflicts.isEmpty, "\(result.conflicts)")
        #expect(result.isLossless)
        // Exporting it again writes today's layout, which reads back as the same dossier.
        let again = try result.roundTripExporter.export(result.dossier).xml
        #expect(again != old)
        let reread = try AKNImporter().importDocument(again)
        #expect(reread.dossier == result.dossier && reread.modelCopy == .matches)
    }

    @Test("a mention edited in markup that 0.1 nested is still found as a conflict")
    func editedNestedMentionConflicts() throws {
        let text = String(decoding: try Fixtures.data("seed-converted-0.1.akn.xml"), as: UTF8.self)
            .replacingOccurrences(
                of: ##"<organization refersTo="#libe"><organization refersTo="#libe">LIBE</organization>"##,
                with: ##"<organization refersTo="#libe"><organization refersTo="#imco">LIBE</organization>"##)
        let result = try AKNImporter().importDocument(Data(text.utf8))
        #expect(result.modelCopy == .disagrees)
        #expect(!result.conflicts.isEmpty)
    }

    @Test("a generation date other than the publication date is read back, so the bytes match")
    func generationDateRoundTrips() throws {
        for date: PartialDate in ["2031-12-24", "2031-12", "2031"] {
            let xml = try AKNExporter(generationDate: date).export(seedDossier).xml
            let result = try AKNImporter().importDocument(xml)
            #expect(result.generationDate == date)
            #expect(result.dossier == seedDossier && result.isLossless)
            #expect(try result.roundTripExporter.export(result.dossier).xml == xml)
        }
    }

    @Test("a dossier without publication date round-trips through its generation date")
    func undatedRoundTrips() throws {
        var dossier = seedDossier
        dossier.document.published = nil
        dossier.document.publishedMentions = []
        let xml = try AKNExporter(generationDate: "2024-05-06").export(dossier).xml
        let result = try AKNImporter().importDocument(xml)
        #expect(result.dossier == dossier && result.isLossless && result.notes.isEmpty)
        #expect(result.generationDate == "2024-05-06")
        #expect(try result.roundTripExporter.export(result.dossier).xml == xml)
    }

    @Test("a document exported with replaced characters is lossless: the model keeps the originals")
    func replacedCharactersStayLossless() throws {
        let source = SourceText(paragraphs: [.init("Bell \u{7} title", role: .title), .init("Body \u{FFFE} text.")])
        let dossier = Dossier(
            document: Statement(
                id: "bell", title: "Bell \u{7} title", published: "2024-01-02", jurisdiction: "eu", source: source))
        let export = try AKNExporter(unrepresentableCharacters: .replace).export(dossier)
        #expect(!export.warnings.isEmpty)
        let result = try AKNImporter().importDocument(export.xml)
        #expect(result.dossier == dossier)
        #expect(result.isLossless, "\(result.notes)")
    }

    @Test("a tampered model copy is not trusted: the markup is read instead, with a note")
    func tamperedModelFallsBack() throws {
        var text = String(decoding: seedXML, as: UTF8.self)
        let model = try #require(text.range(of: "<adv:model"))
        let name = try #require(text.range(of: "\"ECLAG\"", range: model.upperBound..<text.endIndex))
        text.replaceSubrange(name, with: "\"ECLAX\"")
        let result = try AKNImporter().importDocument(Data(text.utf8), source: "tampered.xml")
        #expect(!result.isLossless)
        #expect(result.notes.contains { $0.contains("the model copy's hash does not match") })
        #expect(result.dossier != seedDossier)
        // The markup still gives the document's identity and its exact text.
        let document = result.dossier.document
        #expect(document.id == seedDossier.document.id)
        #expect(document.title == seedDossier.document.title)
        #expect(document.published == "2023-03-07")
        #expect(document.language == "en" && document.jurisdiction == "eu")
        #expect(document.issuers == [.organisation("ecpat")])
        #expect(document.source?.paragraphs.map(\.text) == seedDossier.document.source?.paragraphs.map(\.text))
        #expect(document.source?.paragraphs.first?.role == .title)
        let ecpat = try #require(result.dossier.organisations.first { $0.id == "ecpat" })
        #expect(ecpat.name == "ECPAT")
        let source = try #require(document.source)
        #expect(ecpat.mentions.contains { source.text(of: $0) == "ECPAT" })
        #expect(result.dossier.organisations.allSatisfy { $0.id != "advocacy-akn" })
        #expect(result.dossier.people.first?.role == "Spokesperson")
    }

    @Test("a model copy of another version is refused with an error naming the version")
    func otherVersionIsRefused() throws {
        let text = String(decoding: seedXML, as: UTF8.self)
            .replacingOccurrences(of: "<adv:model version=\"1\"", with: "<adv:model version=\"7\"")
        let error = try #require(throws: AKNImportError.self) {
            try AKNImporter().importDocument(Data(text.utf8), source: "v7.xml")
        }
        #expect(error.message.contains("version '7'"))
        #expect(error.description.hasPrefix("v7.xml: error: "))
    }

    @Test("the model copy is found by its namespace, not by its prefix")
    func modelMatchedByNamespace() throws {
        let renamed = String(decoding: seedXML, as: UTF8.self)
            .replacingOccurrences(of: "xmlns:adv=", with: "xmlns:m=")
            .replacingOccurrences(of: "adv:", with: "m:")
        let result = try AKNImporter().importDocument(Data(renamed.utf8))
        #expect(result.dossier == seedDossier && result.isLossless)

        let otherNamespace = String(decoding: seedXML, as: UTF8.self)
            .replacingOccurrences(of: "xmlns:adv=\"urn:advocacy-akn:model:1\"", with: "xmlns:adv=\"urn:example:other\"")
        let foreign = try AKNImporter().importDocument(Data(otherNamespace.utf8))
        #expect(!foreign.isLossless)
        #expect(foreign.notes.contains { $0.contains("<proprietary>") })
    }

    @Test("markup that disagrees with a matching model copy is reported and the copy kept")
    func disagreementsAreNotes() throws {
        let text = String(decoding: seedXML, as: UTF8.self)
            .replacingOccurrences(of: "<FRBRnumber value=\"a6688db363f34d57\"/>", with: "<FRBRnumber value=\"other\"/>")
            .replacingOccurrences(of: "<FRBRlanguage language=\"eng\"/>", with: "<FRBRlanguage language=\"fra\"/>")
            .replacingOccurrences(of: "Posted on <docDate", with: "Posted at <docDate")
        let result = try AKNImporter().importDocument(Data(text.utf8))
        #expect(result.dossier == seedDossier)
        #expect(!result.isLossless)
        #expect(result.notes.count == 3, "\(result.notes)")
        #expect(result.notes.contains { $0.contains("FRBRnumber is 'other'") })
        #expect(result.notes.contains { $0.contains("FRBRlanguage is 'fra'") })
        #expect(result.notes.contains { $0.contains("block 2") })
    }

    // MARK: - Foreign documents

    @Test("a foreign press release gives its identity, text, organisations, people and mentions")
    func foreignPressRelease() throws {
        let result = try AKNImporter().importDocument(Data(riverWatchRelease.utf8), source: "river.xml")
        #expect(!result.isLossless)
        let dossier = result.dossier
        let document = dossier.document
        #expect(document.id == "river-watch-1")
        #expect(document.kind == .pressRelease)
        #expect(document.title == "River Watch asks the council to publish water data")
        #expect(document.published == "2024-02-01")
        #expect(document.language == "en")
        #expect(document.jurisdiction == "za")
        #expect(document.issuers == [.organisation("river-watch")])
        #expect(result.generationDate == "2024-02-03")

        let source = try #require(document.source)
        #expect(
            source.paragraphs == [
                .init("River Watch asks the council to publish water data", role: .title),
                .init("River Watch today asked the City Council to publish the water quality readings of every station."),
                .init("“We have waited long enough,” said Thandi Mokoena, who chairs RW."),
                .init("See the Water Act."),
            ])
        #expect(dossier.organisations.map(\.id) == ["cobalt", "river-watch", "city-council"])
        let riverWatch = try #require(dossier[Organisation.ID("river-watch")])
        #expect(riverWatch.name == "River Watch" && riverWatch.abbreviation == "RW")
        #expect(riverWatch.mentions == source.spans(of: "River Watch", inParagraph: 1) + source.spans(of: "RW"))
        #expect(dossier[Organisation.ID("city-council")]?.mentions == source.spans(of: "City Council"))
        let person = try #require(dossier.people.first)
        #expect(person.id == "thandi-mokoena" && person.name == "Thandi Mokoena" && person.role == "chairperson")
        #expect(person.mentions == source.spans(of: "Thandi Mokoena"))

        #expect(result.notes.contains("the <meta> section <lifecycle> is not mapped"))
        #expect(result.notes.contains("1 <TLCConcept> element is not mapped"))
        #expect(result.notes.contains { $0.hasPrefix("1 <term> element is not mapped") })
        #expect(result.notes.contains { $0.hasPrefix("1 <ref> element is not mapped") })
        #expect(result.notes.count == 4, "\(result.notes)")

        // What was read exports again as valid Akoma Ntoso with the same text.
        try AKNChecks.exportAndCheck(dossier)
    }

    @Test("a foreign act gives its sections' numbered headings and paragraphs")
    func foreignAct() throws {
        let result = try AKNImporter().importDocument(Data(cleanAirByLaw.utf8), source: "by-law.xml")
        let dossier = result.dossier
        let document = dossier.document
        #expect(document.id == "clean-air")
        #expect(document.kind == "act")
        #expect(document.title == "Clean Air By-law")
        #expect(document.published == "2019-06-12", "the work's date, not the expression's")
        #expect(document.language == "afr")
        #expect(document.jurisdiction == "za-cpt")
        #expect(document.issuers.isEmpty)
        let source = try #require(document.source)
        #expect(
            source.paragraphs == [
                .init("To regulate smoke from fires in the City."),
                .init("1. Definitions", role: .heading),
                .init("In this By-law, \"smoke\" means the visible product of burning."),
                .init("2. Open fires", role: .heading),
                .init("No person may light an open fire without the permission of the Fire Department."),
            ])
        let fire = try #require(dossier[Organisation.ID("fire-dept")])
        #expect(fire.name == "Fire Department" && fire.mentions == source.spans(of: "Fire Department"))
        #expect(result.notes.contains { $0.contains("FRBRauthor '#council'") })
        #expect(result.notes.contains { $0.hasPrefix("1 <num> element is not mapped") })
        #expect(result.notes.contains { $0.hasPrefix("1 <def> element is not mapped") })
        #expect(result.notes.contains { $0.hasPrefix("1 mentions refer to no TLC") })
        try AKNChecks.exportAndCheck(dossier)
    }

    @Test("foreign document types and odd structures never crash", arguments: [
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><debateReport name=\"hansard\"><mainBody><p>Only text.</p></mainBody></debateReport></akomaNtoso>",
        "<akomaNtoso><statement name=\"résolution 1\"><meta/><mainBody><p/><p>  </p><speech><from>Ms X</from><p>Yes.</p></speech></mainBody></statement></akomaNtoso>",
        "<akomaNtoso><judgment><meta><identification><FRBRWork><FRBRdate date=\"bad\"/><FRBRcountry value=\"Not a country\"/></FRBRWork></identification><references><TLCOrganization showAs=\"No id\"/><TLCPerson eId=\"p_1\" showAs=\"P\"/><TLCPerson eId=\"p_1\" showAs=\"Q\"/></references></meta><judgmentBody><p><person refersTo=\"#p_1\">P</person> <organization>Nobody</organization></p></judgmentBody></judgment></akomaNtoso>",
        "<akomaNtoso><bill><body/></bill></akomaNtoso>",
        "<a:akomaNtoso xmlns:a=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><a:doc name=\"x\"><a:mainBody><a:p>Prefixed.</a:p></a:mainBody></a:doc></a:akomaNtoso>",
    ])
    func oddStructures(xml: String) throws {
        let result = try AKNImporter().importDocument(Data(xml.utf8))
        #expect(!result.isLossless)
        #expect(!result.notes.isEmpty || result.dossier.document.source != nil)
        for person in result.dossier.people { #expect(AKNReferenceTable.isValidEId(person.id.rawValue)) }
        #expect(Set(result.dossier.people.map(\.id)).count == result.dossier.people.count)
    }

    @Test("a prefixed Akoma Ntoso document reads like an unprefixed one")
    func prefixedDocument() throws {
        let xml = "<a:akomaNtoso xmlns:a=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><a:doc name=\"x\"><a:mainBody><a:p>Prefixed.</a:p></a:mainBody></a:doc></a:akomaNtoso>"
        let result = try AKNImporter().importDocument(Data(xml.utf8))
        #expect(result.dossier.document.kind == "x")
        #expect(result.dossier.document.source?.paragraphs == [.init("Prefixed.")])
        #expect(!result.notes.contains { $0.contains("namespace") })
    }

    @Test("ISO 639-2 codes become BCP 47 tags")
    func languageTags() {
        #expect(AKNLanguageTag.tag(forAlpha3: "eng") == "en")
        #expect(AKNLanguageTag.tag(forAlpha3: "fra") == "fr")
        #expect(AKNLanguageTag.tag(forAlpha3: "fre") == "fr")
        #expect(AKNLanguageTag.tag(forAlpha3: "DEU") == "de")
        #expect(AKNLanguageTag.tag(forAlpha3: "ell") == "el")
        #expect(AKNLanguageTag.tag(forAlpha3: "gsw") == "gsw")
    }

    // MARK: - Errors and hostile input

    @Test("a document that is not Akoma Ntoso is refused with a clear error")
    func notAkomaNtoso() throws {
        let error = try #require(throws: AKNImportError.self) {
            try AKNImporter().importDocument(Data("<html><body/></html>".utf8), source: "page.html")
        }
        #expect(error.message.contains("<html>") && error.message.contains("akomaNtoso"))
        let empty = try #require(throws: AKNImportError.self) {
            try AKNImporter().importDocument(Data("<akomaNtoso><components/></akomaNtoso>".utf8))
        }
        #expect(empty.message.contains("holds no document"))
    }

    @Test("XML that is not well-formed gives the line and column of the problem")
    func notWellFormed() throws {
        let xml = "<akomaNtoso>\n  <doc name=\"x\">\n    <p>text</q>\n  </doc>\n</akomaNtoso>\n"
        let error = try #require(throws: AKNImportError.self) {
            try AKNImporter().importDocument(Data(xml.utf8), source: "broken.xml")
        }
        #expect(error.line == 3)
        #expect(error.column != nil)
        #expect(error.description.hasPrefix("broken.xml:3:"))
        #expect(error.description.contains(": error: "))
        #expect(!error.diagnostics.isEmpty)
    }

    @Test("empty input is refused")
    func emptyInput() throws {
        let error = try #require(throws: AKNImportError.self) { try AKNImporter().importDocument(Data()) }
        #expect(error.message.contains("empty"))
    }

    @Test("a DOCTYPE is refused")
    func doctype() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso SYSTEM \"http://example.invalid/akn.dtd\">\n<akomaNtoso/>"
        let error = try #require(throws: AKNImportError.self) { try AKNImporter().importDocument(Data(xml.utf8)) }
        #expect(error.message.contains("DOCTYPE"))
        #expect(error.line == 2)
    }

    @Test("an external entity to a local file is refused without reading the file")
    func externalEntity() throws {
        try HostileXML.withSecretFile { file, secret in
            for xml in [
                "<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY s SYSTEM \"\(file.absoluteString)\">]><akomaNtoso><doc name=\"x\"><mainBody><p>&s;</p></mainBody></doc></akomaNtoso>",
                "<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY % s SYSTEM \"\(file.absoluteString)\"> %s;]><akomaNtoso/>",
                "<akomaNtoso><doc name=\"x\"><mainBody><p>&s;</p></mainBody></doc></akomaNtoso>",
            ] {
                let error = try #require(throws: AKNImportError.self) { try AKNImporter().importDocument(Data(xml.utf8)) }
                #expect(!error.description.contains(secret))
                #expect(!error.diagnostics.contains { $0.message.contains(secret) })
            }
        }
    }

    @Test("a billion-laughs entity bomb is refused")
    func billionLaughs() throws {
        let xml = HostileXML.billionLaughs(root: "akomaNtoso")
        let error = try #require(throws: AKNImportError.self) { try AKNImporter().importDocument(Data(xml.utf8)) }
        #expect(error.message.contains("DOCTYPE"))
    }

    @Test("100,000 levels of nesting are refused")
    func deepNesting() throws {
        let xml = HostileXML.nested(depth: 100_000, inside: "akomaNtoso")
        let error = try #require(throws: AKNImportError.self) { try AKNImporter().importDocument(Data(xml.utf8)) }
        #expect(error.message.contains("deep"))
        #expect(error.line == 1)
        #expect(error.column != nil)
    }
}
