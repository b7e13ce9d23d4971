import AdvocacyKit
import AdvocacyReport
import Foundation
import Testing

@Suite("Report HTML")
struct ReportHTMLTests {
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("the page has its parts in order, one row per demand, and refers to nothing outside itself")
    func structure() throws {
        let report = DossierReport(dataset: ReportSamples.dataset)
        let html = try ReportHTMLRenderer().render(report)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let order = ["id=\"timeline\"", "id=\"network\"", "id=\"network-graph\"", "id=\"demands\"", "id=\"demand-table\"", "id=\"diagnostics\"", "id=\"sources\""]
        let positions = try order.map { try #require(html.range(of: $0), "no \($0)").lowerBound }
        #expect(positions == positions.sorted())
        #expect(Self.count("<article class=\"legislative-file", in: html) == 1)
        #expect(Self.count("<li class=\"event event-", in: html) == 5)
        #expect(html.contains("<time class=\"when\" datetime=\"2023-11\" data-precision=\"month\">November 2023</time>"))
        #expect(html.contains("<time class=\"when\" datetime=\"2024\" data-precision=\"year\">2024</time>"))
        #expect(Self.count("<svg class=\"node node-", in: html) == report.network.nodes.count)
        #expect(Self.count("<path class=\"edge edge-", in: html) == report.network.edges.count)
        #expect(Self.count("<tr class=\"demand\"", in: html) == 3)
        #expect(html.contains("<mark>publish the impact study before the summer</mark>"))
        #expect(html.contains("href=\"#doc-1-p-3\""))
        #expect(html.contains("<li id=\"doc-1-p-3\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("No problems found."))
        #expect(try ReportHTMLRenderer().render(report) == html)
    }

    @Test("hostile text is escaped everywhere: titles, names, demands, sentences, diagnostics")
    func escaping() throws {
        let hostile = "<script>alert(1)</script>\"'&<svg onload=alert(2)>"
        var letter = ReportSamples.letter
        letter.document.title = hostile
        letter.organisations[0].name = hostile
        letter.proposals[0].title = hostile
        letter.demands[0].action = hostile
        letter.document.source?.paragraphs[2].text = "We ask: \(hostile)."
        letter.demands[0].span = SourceSpan(paragraph: 2, start: 8, end: 8 + hostile.unicodeScalars.count)
        let dataset = Dataset(documents: [DatasetDocument(source: hostile, dossier: letter)])
        let diagnostic = ValidationDiagnostic(ruleID: "x", severity: .error, message: hostile, file: hostile, path: hostile)
        let html = try ReportHTMLRenderer().render(DossierReport(dataset: dataset, diagnostics: [diagnostic], title: hostile))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("\"'&<"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;&lt;svg onload=alert(2)&gt;"))
        #expect(Self.count("&lt;script&gt;", in: html) >= 8)
    }

    @Test("an empty dataset still gives a page, saying there is nothing")
    func empty() throws {
        let html = try ReportHTMLRenderer().render(DossierReport(dataset: Dataset()))
        #expect(html.contains("No document names a legislative file."))
        #expect(html.contains("No demand was found."))
        #expect(!html.contains("id=\"demand-table\""))
    }
}
