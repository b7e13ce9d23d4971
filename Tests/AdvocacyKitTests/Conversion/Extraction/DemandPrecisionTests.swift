import Testing

@testable import AdvocacyKit

@Suite("Extraction: asks to readers and hopes, and what is not an ask")
struct DemandPrecisionTests {
    @Test("asks to readers: “X, please …”, an imperative sentence, a hope")
    func readerAsks() throws {
        let dossier = try Converted.dossier("""
            Save the ferries

            Harbour residents, please write to your councillor about the ferry cuts. Elsewhere, keep an eye on the \
            budget. We hope the council will vote against the cuts.
            """)
        let actions = dossier.demands.map(\.action)
        #expect(actions.contains("Harbour residents, please write to your councillor about the ferry cuts"))
        #expect(actions.contains("Elsewhere, keep an eye on the budget"))
        #expect(actions.contains("We hope the council will vote against the cuts"))
        #expect(dossier.demands.first?.addressees.map(\.name) == ["Harbour residents"])
        #expect(dossier.demands.last?.addressees.map(\.name) == ["council"])
    }

    @Test("not asks: a body's reported ask, a pronoun subject, things that are not actors, a repeated ask once")
    func notAsks() throws {
        let dossier = try Converted.dossier("""
            Ferry cuts

            The European Parliament urged the Commission to delay the cuts. The plan lacks the money it needs to work. \
            Meals should be cooked on board. We urge the council to stop the cuts. We urge the council to stop the cuts.
            """)
        #expect(dossier.demands.map(\.action) == ["stop the cuts"])
    }

    @Test("an addressee is a name or a short noun phrase, not a clause")
    func addressees() throws {
        let dossier = try Converted.dossier("""
            Ferry cuts

            The problem that arises following the port's decisions urges drastic change to the timetable.
            """)
        #expect(dossier.demands.isEmpty)
    }
}
