import Foundation
import Testing

@testable import AdvocacyKit

/// The seed press release: its dossier (built by the example, reviewed by eye and kept as
/// `Tests/Fixtures/seed.dossier.json`) and its Akoma Ntoso export (`seed.akn.xml`).
@Suite("Seed export")
struct SeedExportTests {
    let json: Data
    let dossier: Dossier

    init() throws {
        json = try Fixtures.data("seed.dossier.json")
        dossier = try Dossier(json: json)
    }

    @Test("the seed dossier exports to the reviewed golden file, byte for byte")
    func matchesGoldenFile() throws {
        let xml = try AKNExporter().export(dossier).xml
        let golden = try Fixtures.data("seed.akn.xml")
        #expect(xml == golden)
    }

    @Test("the export validates against the bundled AKN 3.0 schema and keeps the text")
    func validatesAndKeepsText() throws {
        try AKNChecks.exportAndCheck(dossier)
    }

    @Test("the source text rebuilds the seed file exactly")
    func sourceRebuildsFile() throws {
        let source = try #require(dossier.document.source)
        #expect(source.paragraphs.count == 9)
        #expect(SHA256.hex(of: Array(source.text.utf8)) == "b3755837bf226f71483a645e8c9e406b3b93f259bb4a85ae2e10e4bc2c1e5a9e")
    }

    @Test("the pretty JSON is canonical: decoding and encoding again gives the same bytes")
    func jsonIsCanonical() throws {
        #expect(try dossier.jsonData() == json)
    }

    @Test("the model copy in <proprietary> is the pretty-printed JSON (one key per line) with a matching SHA-256")
    func modelCopy() throws {
        let xml = try AKNExporter().export(dossier).xml
        let model = try #require(try AKNChecks.firstElement(named: "adv:model", in: xml))
        let text = model.textContent
        #expect(model.attribute("sha256") == SHA256.hex(of: Array(text.utf8)))
        #expect(try Dossier(json: Data(text.utf8)) == dossier)
        #expect(text == String(decoding: try dossier.jsonData(format: .pretty), as: UTF8.self))
    }

    @Test("what a careful reader of the seed finds is in the model")
    func careful() throws {
        let imco = try #require(dossier[Committee.ID("imco")])
        #expect(imco.abbreviation == "IMCO")
        #expect(dossier[Committee.ID("libe")]?.abbreviation == "LIBE")
        let proposal = try #require(dossier.proposals.first)
        #expect(proposal.date == "2022-05" && proposal.date?.precision == .month)
        #expect(proposal.proposer == .organisation("ec"))
        #expect(proposal.leadCommittee == "libe")
        let opinion = try #require(dossier.opinions.first)
        #expect(opinion.author == .committee("imco") && opinion.stage == .draft && opinion.proposal == proposal.id)
        let eclag = try #require(dossier[Coalition.ID("eclag")])
        #expect(eclag.sizeClaims.map(\.count) == [Count(60, .moreThan)])
        #expect(eclag.size == Count(60, .moreThan))
        let steering = try #require(dossier[Coalition.Body.ID("eclag-steering-group")])
        #expect(dossier.coalition(owning: steering.id)?.id == "eclag" && steering.members.count == 6)
        let signatories = try #require(dossier[Coalition.ID("letter-signatories")])
        #expect(signatories.sizeClaims.map(\.count.value) == [41, 40], "headline 41 and body 40 are two claims")
        #expect(signatories.size == Count(40))
        #expect(dossier.demands.count == 8)
        #expect(Set(dossier.demands.flatMap { $0.addressees.map(\.name) }) == ["EU decision-makers", "policymakers", "Policymakers"])
        #expect(dossier.quotes.first?.segments.count == 2)
        #expect(dossier.stances.contains { $0.holder == .organisation("ecpat") && $0.subject == .opinion(opinion.id) && $0.position == .opposes })
        #expect(dossier.document.published == "2023-03-07")
    }

    @Test("every span of the seed dossier points at the text it names")
    func spansPointAtTheirText() throws {
        let source = try #require(dossier.document.source)
        for organisation in dossier.organisations {
            for span in organisation.mentions {
                let text = try #require(source.text(of: span))
                #expect(text == organisation.name || text == organisation.abbreviation)
            }
        }
        for demand in dossier.demands {
            #expect(source.text(of: try #require(demand.span)) == demand.action)
        }
        for segment in dossier.quotes.flatMap(\.segments) {
            #expect(source.text(of: try #require(segment.span)) == segment.text)
        }
    }
}
