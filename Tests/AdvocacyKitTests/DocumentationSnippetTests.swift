import Foundation
import Testing
import XCTest

import AdvocacyKit
import AdvocacyTesting

// The code of the DocC articles in Sources/AdvocacyKit/AdvocacyKit.docc, compiled and run here.
//
// Every region between `// DOCC-BEGIN ARTICLE` and `// DOCC-END` appears verbatim (less the
// marker's indentation) as a Swift code block of ARTICLE.md, and every test file between
// `// TESTFILE-BEGIN ARTICLE` and `// TESTFILE-END` (at the end) appears whole, with its
// imports; `articlesShowTheCodeCompiledHere` checks both, so the articles cannot drift from
// what compiles. The XML excerpts of the Akoma Ntoso article are checked against a real export,
// and the gazetteer article's JSON file is the one the gazetteer test reads.

/// The press release the articles use: invented for them, not taken from a real campaign.
let documentationRelease = """
    Tenant groups urge MEPs to amend the Buildings Directive

    Posted on 14 February 2024

    BRUSSELS — Fair Rent Europe, a network of tenant associations, and 18 other organisations urge MEPs to protect tenants in the Energy Performance of Buildings Directive, COM(2021) 802. The text is now with the Committee on Industry, Research and Energy (ITRE).

    “Renovation must never price families out of their homes,” said Ana Moreno, director of Fair Rent Europe.
    """

@Suite("Documentation articles")
struct DocumentationSnippetTests {
    // MARK: - Getting started

    @Test("Getting started: convert, find the text of a fact, JSON, Akoma Ntoso, validation")
    func gettingStarted() throws {
        let release = documentationRelease
        // DOCC-BEGIN GettingStarted
        let converter = try PressReleaseConverter()
        let dossier = try converter.convert(text: release).dossier

        print(dossier.document.title)              // Tenant groups urge MEPs to amend …
        print(dossier.document.published!)         // 2024-02-14
        for organisation in dossier.organisations {
            print(organisation.name)               // Fair Rent Europe
        }
        for demand in dossier.demands {
            print(demand.action, "←", demand.addressees.map(\.name))
        }                                          // protect tenants in … ← ["MEPs"]
        // DOCC-END
        #expect(dossier.document.title == "Tenant groups urge MEPs to amend the Buildings Directive")
        #expect(dossier.document.published == "2024-02-14")
        #expect(dossier.organisations.map(\.name) == ["Fair Rent Europe"])
        #expect(dossier.demands.map { $0.addressees.map(\.name) } == [["MEPs"]])
        #expect(dossier.demands.first?.action.hasPrefix("protect tenants in ") == true)

        // DOCC-BEGIN GettingStarted
        let source = dossier.document.source!
        let committee = dossier.committees[0]
        print(committee.abbreviation!)                     // ITRE
        print(source.text(of: committee.mentions[0])!)     // Committee on Industry, Research and Energy
        print(committee.mentions[0].paragraph)             // 2
        // DOCC-END
        #expect(committee.abbreviation == "ITRE")
        #expect(source.text(of: committee.mentions[0]) == "Committee on Industry, Research and Energy")
        #expect(committee.mentions[0].paragraph == 2)

        // DOCC-BEGIN GettingStarted
        let json = try dossier.jsonData()          // sorted keys, stable order
        let decoded = try Dossier(json: json)      // decoded == dossier
        // DOCC-END
        #expect(decoded == dossier)

        // DOCC-BEGIN GettingStarted
        let xml = try AKNExporter().export(dossier).xml
        let report = try AKNSchemaValidator.bundled().validate(xml)
        print(report.isValid)                      // true

        let diagnostics = DossierValidator().validate(dossier, file: "release.json")
        for diagnostic in diagnostics {
            print(diagnostic)                      // release.json: warning: … [rule-id]
        }
        // DOCC-END
        #expect(report.isValid)
        #expect(!diagnostics.contains { $0.severity == .error })

        // The article shows the release itself, and the testing article's test file uses it too.
        #expect(Self.codeBlocks(in: try Self.article("GettingStarted"), language: "text").first == documentationRelease)
        #expect(TenantReleaseTests().release == documentationRelease)
    }

    // MARK: - Converting press releases

    @Test("Converting press releases: HTML and Markdown give the plain text's paragraphs")
    func convertingFormats() throws {
        // DOCC-BEGIN ConvertingPressReleases
        let page = Data("""
            <!doctype html>
            <html lang="en">
            <head><title>Fair Rent Europe – News</title></head>
            <body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article>
            <h1>Tenant groups urge MEPs to amend the Buildings Directive</h1>
            <p>BRUSSELS — Fair Rent Europe and 18 other organisations urge MEPs to protect tenants.</p>
            </article>
            <footer>© Fair Rent Europe</footer>
            </body>
            </html>
            """.utf8)
        let markdown = Data("""
            ---
            title: Tenant groups urge MEPs to amend the Buildings Directive
            date: 2024-02-14
            ---

            BRUSSELS — **Fair Rent Europe** and 18 other organisations urge MEPs to protect tenants.
            """.utf8)

        let converter = try PressReleaseConverter()
        let fromHTML = try converter.convert(data: page, fileName: "release.html")
        let fromMarkdown = try converter.convert(data: markdown, fileName: "release.md")
        let paragraphs = fromHTML.dossier.document.source!.paragraphs.map(\.text)
        // paragraphs == fromMarkdown.dossier.document.source!.paragraphs.map(\.text)
        // DOCC-END
        #expect(paragraphs == fromMarkdown.dossier.document.source!.paragraphs.map(\.text))
        #expect(paragraphs.count == 2)
        #expect(fromMarkdown.dossier.document.published == "2024-02-14")
        #expect(fromHTML.dossier.organisations.map(\.name) == ["Fair Rent Europe"])
        #expect(!paragraphs.joined().contains("Home"))
    }

    @Test("Converting press releases: what a conversion finds, and unreadable input")
    func convertingFindings() throws {
        let release = documentationRelease
        // DOCC-BEGIN ConvertingPressReleases
        let conversion = try PressReleaseConverter().convert(text: release)
        let dossier = conversion.dossier
        for diagnostic in conversion.diagnostics {
            print(diagnostic)      // paragraph 3, characters 10-12: warning: … [code]
        }

        let signatories = dossier.coalitions[0]
        print(signatories.size!.value)                               // 19
        print(signatories.sizeClaims[0].excluding.map(\.rawValue))   // ["fair-rent-europe"]
        let proposal = dossier.proposals[0]
        print(proposal.identifier(.com)!.value)                      // COM(2021) 802
        let quote = dossier.quotes[0]
        print(dossier[quote.speaker!]!.name!)                        // Ana Moreno
        // DOCC-END
        #expect(signatories.size?.value == 19)
        #expect(signatories.members == ["fair-rent-europe"])
        #expect(signatories.sizeClaims.map(\.excluding) == [["fair-rent-europe"]])
        #expect(proposal.identifier(.com)?.value == "COM(2021) 802")
        #expect(dossier[quote.speaker!]?.name == "Ana Moreno")
        #expect(dossier.document.dateline?.name == "Brussels")

        // DOCC-BEGIN ConvertingPressReleases
        let converter = try PressReleaseConverter()
        do {
            _ = try converter.convert(data: Data([0x00, 0x01, 0x02]), fileName: "scan.pdf")
        } catch {
            print(error.code)      // binary
            print(error)           // The input contains NUL bytes, so it is a binary file …
        }
        // DOCC-END
        #expect(throws: ConversionError.self) { try converter.convert(data: Data([0x00, 0x01, 0x02]), fileName: "scan.pdf") }
        do {
            _ = try converter.convert(data: Data([0x00, 0x01, 0x02]), fileName: "scan.pdf")
        } catch {
            #expect(error.code == .binary)
            #expect(error.description.hasPrefix("The input contains NUL bytes, so it is a binary file "))
        }
    }

    // MARK: - Testing your dataset

    @Test("Testing your dataset: a rule of one's own, a folder of dossiers")
    func testingYourDataset() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("advocacykit-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try PressReleaseConverter().convert(text: documentationRelease).dossier
        try dossier.jsonData().write(to: folder.appendingPathComponent("release.json"))

        // DOCC-BEGIN TestingYourDataset
        let quotesHaveSpeakers = ValidationRule(
            id: "quotes-have-speakers", severity: .error,
            summary: "Every quote names its speaker."
        ) { context in
            context.dossier.quotes.enumerated().compactMap { index, quote in
                quote.speaker != nil ? nil : ValidationDiagnostic(
                    ruleID: "quotes-have-speakers", severity: .error,
                    message: "the quote '\(quote.id)' has no speaker; add one",
                    path: "quotes[\(index)].speaker")
            }
        }
        let validator = DossierValidator()
            .withoutValidating("committee-acronym-known")
            .validating(quotesHaveSpeakers)
        // DOCC-END

        // DOCC-BEGIN TestingYourDataset
        let (dataset, problems) = try Dataset.load([folder])
        let diagnostics = problems + validator.validate(dataset)
        let errors = diagnostics.filter { $0.severity == .error }
        for diagnostic in diagnostics { print(diagnostic) }
        // DOCC-END
        #expect(dataset.documents.count == 1)
        #expect(errors.isEmpty, "\(errors)")

        var unattributed = dossier
        unattributed.quotes[0].speaker = nil
        let found = validator.validate(unattributed, file: "release.json").filter { $0.ruleID == "quotes-have-speakers" }
        #expect(found.map(\.description) == [
            "release.json: error: quotes[0].speaker: the quote 'quote-1' has no speaker; add one [quotes-have-speakers]"
        ])
    }

    // MARK: - How dossiers map to Akoma Ntoso

    @Test("How dossiers map to Akoma Ntoso: the round trip, and the markup the article shows")
    func akomaNtoso() throws {
        let dossier = try PressReleaseConverter().convert(text: documentationRelease).dossier
        // DOCC-BEGIN DossiersInAkomaNtoso
        let export = try AKNExporter(generationDate: "2024-02-14").export(dossier)
        let imported = try AKNImporter().importDocument(export.xml, source: "release.akn.xml")
        print(imported.isLossless)                     // true
        print(imported.dossier == dossier)             // true
        let again = try imported.roundTripExporter.export(imported.dossier)
        print(again.xml == export.xml)                 // true
        // DOCC-END
        #expect(imported.isLossless)
        #expect(imported.dossier == dossier)
        #expect(again.xml == export.xml)

        // Every line of the article's XML excerpts is a line of this export.
        let article = try Self.article("DossiersInAkomaNtoso")
        let lines = Set(String(decoding: export.xml, as: UTF8.self).split(separator: "\n").map(Self.trimmed))
        let excerpts = Self.codeBlocks(in: article, language: "xml")
        #expect(excerpts.count >= 3)
        let shown = excerpts.flatMap { $0.split(separator: "\n") }.map(Self.trimmed).filter { !$0.isEmpty }
        let missing = shown.filter { !lines.contains($0) }
        #expect(missing.isEmpty, "the article shows lines the export does not write:\n\(missing.joined(separator: "\n"))")
    }

    // MARK: - Adding your own gazetteer

    @Test("Adding your own gazetteer: the article's file, read, merged and used")
    func addingYourOwnGazetteer() throws {
        let article = try Self.article("AddingYourOwnGazetteer")
        let fileText = try #require(Self.codeBlocks(in: article, language: "json").first)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("advocacykit-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("nl.json")
        try Data(fileText.utf8).write(to: file)
        let release = """
            Open Netwerk asks the Tweede Kamer to pause the camera law

            Posted on 3 October 2024

            AMSTERDAM — Stichting Open Netwerk (SON) calls on Kamerleden to reject the Public Cameras Bill. The Digital Affairs Committee discusses the bill on Thursday.
            """

        // DOCC-BEGIN AddingYourOwnGazetteer
        let additions = try Gazetteer(contentsOf: file)
        let converter = try PressReleaseConverter(additions: additions)
        print(converter.gazetteer.entries(named: "Tweede Kamer").map(\.id))   // ["nl.tweede-kamer"]

        let dossier = try converter.convert(text: release).dossier
        print(dossier.document.jurisdiction)                    // nl
        print(dossier.organisations.map(\.name))                // ["Stichting Open Netwerk", "House of …"]
        print(dossier.committees.map(\.displayName))            // ["Standing Committee on Digital Affairs"]
        // DOCC-END
        #expect(converter.gazetteer.entries(named: "Tweede Kamer").map(\.id) == ["nl.tweede-kamer"])
        #expect(dossier.document.jurisdiction == "nl")
        #expect(dossier.organisations.map(\.name) == ["Stichting Open Netwerk", "House of Representatives of the Netherlands"])
        #expect(dossier.organisations.first?.kind == .ngo)
        #expect(dossier.committees.map(\.displayName) == ["Standing Committee on Digital Affairs"])
        #expect(dossier.committees.first?.parliament == dossier.organisations.last?.id)

        let plain = try PressReleaseConverter().convert(text: release).dossier
        #expect(plain.document.jurisdiction == "eu")
        #expect(plain.organisations.isEmpty)
        #expect(plain.committees.map(\.displayName) == ["Digital Affairs Committee"])
        #expect(plain.committees.first?.parliament == nil)

        // DOCC-BEGIN AddingYourOwnGazetteer
        let inCode = Gazetteer(
            entries: [
                Gazetteer.Entry(
                    id: "nl.tweede-kamer", name: "House of Representatives of the Netherlands",
                    kind: .parliament, jurisdiction: "nl", aliases: ["Tweede Kamer"]),
                Gazetteer.Entry(
                    id: "nl.tweede-kamer.digital", name: "Standing Committee on Digital Affairs",
                    type: .committee, aliases: ["Digital Affairs Committee"], parent: "nl.tweede-kamer"),
            ],
            roles: [Gazetteer.Role(id: "nl.kamerleden", name: "Members of the House", aliases: ["Kamerleden"])])
        let extended = try Gazetteer.bundled().merging(inCode)
        let sameConverter = PressReleaseConverter(gazetteer: extended, lexicon: try Lexicon.bundled())
        // DOCC-END
        #expect(sameConverter.gazetteer.entry(id: "nl.tweede-kamer.digital")?.parent == "nl.tweede-kamer")
        #expect(sameConverter.gazetteer.role(id: "nl.kamerleden")?.forms == ["Members of the House", "Kamerleden"])

        // DOCC-BEGIN AddingYourOwnGazetteer
        let misspelt = Data(#"{"entries": [{"id": "nl.eerste-kamer", "name": "Senate", "alias": ["Eerste Kamer"]}]}"#.utf8)
        let misspeltFile = file.deletingLastPathComponent().appendingPathComponent("misspelt.json")
        try misspelt.write(to: misspeltFile)
        do {
            _ = try Gazetteer(contentsOf: misspeltFile)
        } catch {
            print(error)       // …/misspelt.json: entries[0].alias: unknown key 'alias'; the keys are …
        }
        // DOCC-END
        #expect(throws: GazetteerError.self) { try Gazetteer(contentsOf: misspeltFile) }
        do {
            _ = try Gazetteer(contentsOf: misspeltFile)
        } catch let error as GazetteerError {
            #expect(error.path == "entries[0].alias")
            #expect(error.message.hasPrefix("unknown key 'alias'; the keys are id, name, type,"), "\(error)")
        }
    }

    // MARK: - The check that the articles show this code

    /// The `DOCC-BEGIN` regions of this file with their articles, each without its marker's
    /// indentation.
    static func snippets() throws -> [(article: String, code: String)] {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        var result: [(String, String)] = []
        var current: (article: String, indent: Int, lines: [Substring])?
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("// DOCC-BEGIN ") {
                current = (String(trimmed.dropFirst("// DOCC-BEGIN ".count)), line.count - trimmed.count, [])
            } else if trimmed == "// DOCC-END", let region = current {
                let code = region.lines.map { $0.count >= region.indent ? String($0.dropFirst(region.indent)) : "" }
                result.append((region.article, code.joined(separator: "\n")))
                current = nil
            } else if current != nil {
                current?.lines.append(line)
            }
        }
        return result
    }

    /// The text of an article (or landing page) of the package's DocC catalogs.
    static func article(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let catalog = name == "AdvocacyTesting" ? "Sources/AdvocacyTesting/AdvocacyTesting.docc" : "Sources/AdvocacyKit/AdvocacyKit.docc"
        return try String(contentsOf: root.appendingPathComponent("\(catalog)/\(name).md"), encoding: .utf8)
    }

    /// The contents of the article's fenced code blocks in `language`.
    static func codeBlocks(in article: String, language: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in article.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```\(language)" {
                current = []
            } else if let block = current, line == "```" {
                blocks.append(block.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// A line without the indentation and trailing spaces that XML excerpts may differ in.
    static func trimmed(_ line: Substring) -> String {
        line.trimmingCharacters(in: .whitespaces)
    }

    @Test("each article shows exactly the code compiled in this file")
    func articlesShowTheCodeCompiledHere() throws {
        let snippets = try Self.snippets()
        #expect(
            Set(snippets.map(\.article))
                == ["GettingStarted", "ConvertingPressReleases", "TestingYourDataset", "DossiersInAkomaNtoso", "AddingYourOwnGazetteer"])
        for (name, code) in snippets {
            let blocks = try Self.codeBlocks(in: Self.article(name), language: "swift")
            #expect(
                blocks.contains { $0 == code || $0.hasSuffix("\n\n" + code) },
                "update a Swift code block of \(name).md to:\n\(code)")
        }
        // The test files below, shown whole.
        let regions = try Self.testFileRegions()
        #expect(Set(regions.map(\.article)) == ["TestingYourDataset", "AdvocacyTesting"])
        for (name, region) in regions {
            let blocks = try Self.codeBlocks(in: Self.article(name), language: "swift")
            #expect(blocks.contains(region), "update the test file of \(name).md to:\n\(region)")
        }
    }

    /// The regions between `// TESTFILE-BEGIN ARTICLE` and `// TESTFILE-END` below, each with
    /// the imports a test file of one's own needs.
    static func testFileRegions() throws -> [(article: String, code: String)] {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var regions: [(String, String)] = []
        var start: (article: String, line: Int)?
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("// TESTFILE-BEGIN ") { start = (String(line.dropFirst("// TESTFILE-BEGIN ".count)), index + 1) }
            if line == "// TESTFILE-END", let first = start {
                let body = lines[first.line..<index].joined(separator: "\n")
                let imports =
                    body.contains("XCTestCase") ? "import AdvocacyTesting\nimport XCTest\n\n"
                    : body.contains("URL(") ? "import AdvocacyTesting\nimport Foundation\nimport Testing\n\n"
                    : "import AdvocacyTesting\nimport Testing\n\n"
                regions.append((first.article, imports + body))
                start = nil
            }
        }
        return regions
    }
}

// The test files that TestingYourDataset.md and AdvocacyTesting.md show; they run in this suite
// like any other.

// TESTFILE-BEGIN TestingYourDataset
@Suite("Tenant campaign releases")
struct TenantReleaseTests {
    let release = """
        Tenant groups urge MEPs to amend the Buildings Directive

        Posted on 14 February 2024

        BRUSSELS — Fair Rent Europe, a network of tenant associations, and 18 other organisations urge MEPs to protect tenants in the Energy Performance of Buildings Directive, COM(2021) 802. The text is now with the Committee on Industry, Research and Energy (ITRE).

        “Renovation must never price families out of their homes,” said Ana Moreno, director of Fair Rent Europe.
        """

    @Test func converterFindsTheFacts() throws {
        try expectFindings(
            in: release, .organisation("Fair Rent Europe"), .committee("ITRE"), .coalitionOfSize(19),
            .proposal("Buildings Directive"), .demand(addressedTo: "MEPs"), .quote(by: "Ana Moreno"),
            .published("2024-02-14"))
    }

    @Test func dossierIsValidAndExports() throws {
        let dossier = try PressReleaseConverter().convert(text: release).dossier
        expectValid(dossier)
        expectSchemaValid(try AKNExporter().export(dossier).xml)
    }

    @Test func corpusConvertsAsExpected() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/GoldenCorpus")
        try expectGoldenCorpus(at: corpus)
    }
}
// TESTFILE-END

// TESTFILE-BEGIN TestingYourDataset
final class TenantReleaseXCTests: XCTestCase {
    let release = """
        Tenant groups urge MEPs to amend the Buildings Directive

        BRUSSELS — Fair Rent Europe and 18 other organisations urge MEPs to protect tenants.
        """

    func testDossierIsValidAndExports() throws {
        try XCTAssertFindings(in: release, .organisation("Fair Rent Europe"), .demand(addressedTo: "MEPs"))
        let dossier = try PressReleaseConverter(jurisdiction: "eu").convert(text: release).dossier
        XCTAssertValid(dossier)
        XCTAssertSchemaValid(try AKNExporter(generationDate: "2024-02-14").export(dossier).xml)
    }
}
// TESTFILE-END

// TESTFILE-BEGIN AdvocacyTesting
@Test func releaseConvertsAndExports() throws {
    let release = """
        Tenant groups urge MEPs to amend the Buildings Directive

        BRUSSELS — Fair Rent Europe and 18 other organisations urge MEPs to protect tenants.
        """
    let dossier = try expectFindings(in: release, .organisation("Fair Rent Europe"), .demand(addressedTo: "MEPs"))
    expectValid(dossier)
    expectSchemaValid(try AKNExporter(generationDate: "2024-02-14").export(dossier).xml)
}
// TESTFILE-END
