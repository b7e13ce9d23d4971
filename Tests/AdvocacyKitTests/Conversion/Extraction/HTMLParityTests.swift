import Foundation
import Testing

@testable import AdvocacyKit

/// An HTML page and the plain text of the same release give the same entities.
@Suite("Extraction: HTML and plain text agree")
struct HTMLParityTests {
    /// What a dossier found, by names and texts (ids may differ with the document).
    struct Findings: Equatable, CustomStringConvertible {
        var organisations: [String]
        var committees: [String]
        var coalitions: [String]
        var proposals: [String]
        var demands: [String]
        var quotes: [String]

        init(_ dossier: Dossier) {
            organisations = dossier.organisations.map(\.name).sorted()
            committees = dossier.committees.map(\.displayName).sorted()
            coalitions = dossier.coalitions.map { "\($0.name) \($0.size.map { "\($0.value)" } ?? "-") \($0.members.count)" }.sorted()
            proposals = dossier.proposals.map(\.title).sorted()
            demands = dossier.demands.map { "\($0.action) → \($0.addressees.map(\.name))" }.sorted()
            quotes = dossier.quotes.flatMap(\.segments).map(\.text).sorted()
        }

        var description: String {
            [organisations, committees, coalitions, proposals, demands, quotes].map { "\($0)" }.joined(separator: "\n")
        }
    }

    @Test("the realistic page of the reader tests and its plain text give the same findings")
    func sameFindings() throws {
        let fromHTML = try Converted.converter.convert(data: Data(HTMLArticleReaderTests.page.utf8), fileName: "release.html")
        let fromText = try Converted.converter.convert(text: HTMLArticleReaderTests.plainText)
        let html = Findings(fromHTML.dossier)
        let text = Findings(fromText.dossier)
        #expect(html == text)
        #expect(html.committees.contains("Committee on the Internal Market and Consumer Protection"))
        #expect(!html.demands.isEmpty && !html.quotes.isEmpty)
        try AKNChecks.exportAndCheck(fromHTML.dossier, exporter: AKNExporter(generationDate: "2024-01-01"))
    }
}
