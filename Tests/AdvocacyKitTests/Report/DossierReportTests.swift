import AdvocacyKit
import AdvocacyReport
import Foundation
import Testing

@Suite("Report model")
struct DossierReportTests {
    let report = DossierReport(dataset: ReportSamples.dataset)

    @Test("one legislative file for the act named by both documents, its events by date with their precision")
    func timeline() throws {
        #expect(report.files.count == 1)
        let file = try #require(report.files.first)
        #expect(file.title == "Tidal Data Act")
        #expect(file.isProposal)
        #expect(file.anchor == "file-1")
        let events = file.entries.map { "\($0.date?.description ?? "-") \($0.kind.rawValue) \($0.stage?.rawValue ?? "")" }
        #expect(events == ["2023-11 proposal ", "2024 opinion draft", "2024-06-04 statement ", "2024-09 statement ", "2024-09-12 vote adopted"])
        #expect(file.entries.map { $0.date?.precision } == [.month, .year, .day, .month, .day])
        #expect(file.entries[0].actor == "European Commission")
        #expect(file.entries[0].documents == [1, 2])
        #expect(file.entries[1].title == "TRAN opinion")
        #expect(file.entries[2].details == ["Harbour Alliance opposes the TRAN draft opinion", "3 demands"])
        #expect(file.entries[3].details == ["Seagate City Council supports Tidal Data Act"])
    }

    @Test("an undated proposal opens its timeline; other undated events close it")
    func undated() throws {
        var letter = ReportSamples.letter
        letter.proposals[0].date = nil
        letter.opinions[0].date = nil
        let file = try #require(DossierReport(dataset: Dataset(documents: [DatasetDocument(source: "a.json", dossier: letter)])).files.first)
        #expect(file.entries.map(\.kind) == [.proposal, .statement, .opinion])
        #expect(file.entries.map { $0.date?.description } == [nil, "2024-06-04", nil])
    }

    @Test("documents about no proposal go to a file of their own, last")
    func unfiled() throws {
        var lone = ReportSamples.release
        lone.proposals = []
        lone.opinions[0].proposal = nil
        lone.stances = []
        let dataset = ReportSamples.dataset.appending(Dataset(documents: [DatasetDocument(source: "lone.json", dossier: lone)]))
        let files = DossierReport(dataset: dataset).files
        #expect(files.map(\.title) == ["Tidal Data Act", "Statements about no proposal"])
        #expect(files[1].isProposal == false)
        #expect(files[1].entries.map(\.kind) == [.statement, .vote])
    }

    @Test("actors merge across documents; every membership, demand, stance and opinion is an edge")
    func network() throws {
        let network = report.network
        func node(_ name: String) throws -> Int { try #require(network.nodes.firstIndex { $0.name == name }, "no node \(name)") }
        let seagate = try node("Seagate City Council")
        #expect(network.nodes[seagate].documentCount == 2)
        #expect(network.nodes.filter { $0.name == "Seagate City Council" }.count == 1)
        #expect(network.nodes[seagate].kind == .institution)
        let alliance = try node("Harbour Alliance")
        let board = try node("Harbour Alliance: Board")
        let ports = try node("Port of Ambra")
        let commission = try node("European Commission")
        let ministers = try node("national ministers")
        let tran = try node("Committee on Transport and Tourism")
        let act = try node("Tidal Data Act")
        let parliament = try node("European Parliament")
        #expect(network.nodes[ministers].kind == .addressee)
        #expect(network.nodes[board].kind == .coalitionBody)
        func edge(_ from: Int, _ to: Int, _ kind: ActorNetwork.EdgeKind) -> ActorNetwork.Edge? {
            network.edges.first { $0.from == from && $0.to == to && $0.kind == kind }
        }
        #expect(edge(ports, alliance, .member) != nil)
        #expect(edge(ports, board, .member) != nil)
        #expect(edge(board, alliance, .member) != nil)
        #expect(edge(seagate, alliance, .member) != nil)
        #expect(edge(alliance, commission, .demand)?.count == 2)
        #expect(edge(alliance, ministers, .demand)?.count == 1)
        #expect(edge(alliance, tran, .stance)?.position == .opposes)
        #expect(edge(seagate, act, .stance)?.position == .supports)
        #expect(edge(tran, act, .opinion) != nil)
        #expect(edge(parliament, act, .opinion) != nil)
        #expect(network.edges.count == 10)
        // Nodes by column: organisations, coalitions and bodies, addressees and institutions, files.
        let columns = network.nodes.map { NetworkLayout.column(of: $0.kind) }
        #expect(columns == columns.sorted())
    }

    @Test("demands grouped by addressee, the most addressed first, each with its sentence")
    func demands() throws {
        let groups = report.demandGroups
        #expect(groups.map(\.addressee) == ["European Commission", "national ministers"])
        #expect(groups.map { $0.rows.count } == [2, 1])
        #expect(report.demandCount == 3)
        let first = groups[0].rows[0]
        #expect(first.anchor == "demand-1-1")
        #expect(first.actor == "Harbour Alliance")
        #expect(first.subject == "Tidal Data Act")
        #expect(first.document == 1)
        let sentence = try #require(first.sentence)
        #expect(sentence.paragraph == 2)
        #expect(sentence.before == "We call on the European Commission to ")
        #expect(sentence.marked == "publish the impact study before the summer")
        #expect(sentence.after == ".")
        #expect(groups[0].rows[1].sentence.map { $0.before + $0.marked + $0.after } == "It must also hear small ports.")
        #expect(groups[1].rows[0].subject == "TRAN draft opinion")
        #expect(report.documents[0].anchor(ofParagraph: sentence.paragraph) == "doc-1-p-3")
    }

    @Test("a sentence is cut at the context limit, and a span outside its paragraph has none")
    func sentenceLimits() {
        let long = Array((String(repeating: "word ", count: 200) + "the ask" + String(repeating: " more", count: 200)).unicodeScalars)
        let start = 1000
        let sentence = ReportSentence(paragraph: 0, scalars: long, span: SourceSpan(paragraph: 0, start: start, end: start + 7))
        #expect(sentence?.marked == "the ask")
        #expect(sentence?.before.hasPrefix("…") == true)
        #expect(sentence?.after.hasSuffix("…") == true)
        #expect((sentence?.before.unicodeScalars.count ?? 0) <= ReportSentence.maximumContext + 1)
        #expect(ReportSentence(paragraph: 0, scalars: long, span: SourceSpan(paragraph: 0, start: 5, end: 5000)) == nil)
        #expect(ReportSentence(paragraph: 0, scalars: long, span: SourceSpan(paragraph: 1, start: 0, end: 1)) == nil)
    }

    @Test("two thousand demands in one long paragraph without a full stop: each sentence stays within its window")
    func longParagraph() throws {
        let phrase = "we want the harbour opened "
        let text = String(repeating: phrase, count: 2000)
        var d = Dossier(
            document: Statement(
                id: "long", title: "One long paragraph", jurisdiction: "eu",
                source: SourceText(paragraphs: [.init("One long paragraph", role: .title), .init(text)])))
        let length = phrase.unicodeScalars.count
        d.demands = (0..<2000).map {
            Demand(
                id: .init("d\($0)"), action: "the harbour opened", addressees: [.init("the port authority")],
                span: SourceSpan(paragraph: 1, start: $0 * length + 8, end: $0 * length + 26))
        }
        let report = DossierReport(dataset: Dataset(documents: [DatasetDocument(source: "long.json", dossier: d)]))
        let rows = try #require(report.demandGroups.first?.rows)
        #expect(rows.count == 2000)
        for row in rows {
            let sentence = try #require(row.sentence)
            #expect(sentence.marked == "the harbour opened")
            #expect(sentence.before.unicodeScalars.count <= ReportSentence.maximumContext + 1)
            #expect(sentence.after.unicodeScalars.count <= ReportSentence.maximumContext + 1)
        }
    }

    @Test("the same dataset gives the same report")
    func deterministic() {
        #expect(DossierReport(dataset: ReportSamples.dataset) == report)
    }
}
