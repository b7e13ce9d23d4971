import Foundation
import Testing

import AdvocacyKit

/// The library example in README.md, compiled and run here. The test below checks that the
/// README shows exactly this code, so the documentation cannot drift from what compiles.
@Suite("README")
struct ReadmeExampleTests {
    func readmeExample() throws -> (json: Data, xml: Data, isValid: Bool) {
        // README-BEGIN
        let text = """
            Coalition urges MEPs to reject the Chat Control proposal

            BRUSSELS — 12 digital-rights groups urge MEPs to reject the proposal.
            """
        let source = SourceText(parsing: text)
        let dossier = Dossier(
            document: Statement(
                id: "edri-2024-01-15", kind: .pressRelease, title: source.paragraphs[0].text,
                published: "2024-01-15", jurisdiction: "eu", issuers: [.coalition("signatories")],
                source: source),
            coalitions: [
                Coalition(
                    id: "signatories", name: "Signatories", kind: .signatories,
                    sizeClaims: [.init(Count(12), span: source.spans(of: "12").first)],
                    mentions: source.spans(of: "12 digital-rights groups"))
            ],
            proposals: [
                Proposal(
                    id: "csar", title: "Chat Control proposal", date: "2022-05",
                    mentions: source.spans(of: "the Chat Control proposal") + source.spans(of: "the proposal"))
            ],
            demands: [
                Demand(
                    id: "d1", action: "reject the proposal", actor: .coalition("signatories"),
                    addressees: [.init("MEPs", mentions: source.spans(of: "MEPs", inParagraph: 1))],
                    subject: .proposal("csar"), span: source.spans(of: "reject the proposal").first)
            ])

        let json = try dossier.jsonData()                  // the exchange format
        let again = try Dossier(json: json)                // decodes to an equal dossier
        let xml = try AKNExporter().export(again).xml      // Akoma Ntoso 3.0
        let report = try AKNSchemaValidator.bundled().validate(xml)
        print(report.isValid)                              // true
        // README-END
        return (json, xml, report.isValid)
    }

    func readmeConversionExample() throws -> (dossier: Dossier, xml: Data) {
        let releaseText = "Groups urge MEPs to act\n\nTwenty groups urge MEPs to reject the Chat Control proposal.\n"
        // README-CONVERT-BEGIN
        let converter = try PressReleaseConverter()
        let conversion = try converter.convert(text: releaseText)
        for diagnostic in conversion.diagnostics { print(diagnostic) }
        let xml = try AKNExporter(generationDate: "2024-01-01").export(conversion.dossier).xml
        // README-CONVERT-END
        return (conversion.dossier, xml)
    }

    @Test("the README's conversion example runs and finds the demand")
    func conversionRuns() throws {
        let (dossier, xml) = try readmeConversionExample()
        #expect(dossier.demands.first?.addressees.map(\.name) == ["MEPs"])
        #expect(try AKNSchemaValidator.bundled().validate(xml).isValid)
    }

    @Test("README.md shows the AdvocacyTesting example test file exactly as it is in the suite")
    func readmeShowsTheTestingExample() throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let example = try String(
            contentsOf: here.deletingLastPathComponent().appendingPathComponent("ReadmeTestingExample.swift"), encoding: .utf8)
        let block = "```swift\n" + example.trimmingCharacters(in: .newlines) + "\n```"
        #expect(readme.contains(block), "update the README's AdvocacyTesting example to the test file")
    }

    @Test("the README's library example runs and its export is schema-valid")
    func runs() throws {
        let result = try readmeExample()
        #expect(result.isValid)
        #expect(String(decoding: result.xml, as: UTF8.self).contains(#"name="demand""#))
    }

    @Test("README.md shows exactly the code compiled above", arguments: [("README", "import AdvocacyKit\n\n"), ("README-CONVERT", "")])
    func readmeShowsTheCode(marker: String, preamble: String) throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: here, encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let begin = try #require(lines.firstIndex { $0.hasSuffix("// \(marker)-BEGIN") })
        let end = try #require(lines.firstIndex { $0.hasSuffix("// \(marker)-END") })
        let snippet = lines[(begin + 1)..<end].map { $0.count >= 8 ? String($0.dropFirst(8)) : String($0) }
        let block = "```swift\n" + preamble + snippet.joined(separator: "\n") + "\n```"
        #expect(readme.contains(block), "update the README's example to:\n\(block)")
    }
}
