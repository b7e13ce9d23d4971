import Testing

@testable import AdvocacyKit

@Suite("Stage: jurisdiction")
struct JurisdictionStageTests {
    /// The gazetteer ids the jurisdiction stage's matches name.
    private static func entryIDs(_ layer: JurisdictionLayer) -> [String] {
        layer.gazetteerMatches.joined().compactMap { match in
            guard case .entry(let index) = match.target else { return nil }
            return StageFixture.gazetteer.entries[index].id
        }
    }

    private static func run(_ text: String, given: String? = nil) throws -> JurisdictionLayer {
        JurisdictionStage.run(
            try StageFixture.document(text), vocabulary: StageFixture.vocabulary, matcher: StageFixture.matcher, given: given)
    }

    @Test("a form shared by several countries names the body of the country the text is about")
    func sharedForms() throws {
        let american = try Self.run("""
            Senators weigh the rail bill

            The House Judiciary Committee sent the bill to the Senate, where American unions oppose it.
            """)
        #expect(american.jurisdiction == "us")
        #expect(Self.entryIDs(american).contains("us.senate"))
        let australian = try Self.run("""
            Senators weigh the rail bill

            In Canberra, the Senate referred the bill to an Australian inquiry.
            """)
        #expect(australian.jurisdiction == "au")
        #expect(Self.entryIDs(australian).contains("au.senate"))
    }

    @Test("the House of Commons is Canada's in a Canadian text and the UK's in a British one")
    func houseOfCommons() throws {
        let canadian = try Self.run("Ottawa vote\n\nCanadian MPs in the House of Commons voted on Monday.")
        #expect(Self.entryIDs(canadian).contains("ca.commons"))
        let british = try Self.run("Westminster vote\n\nBritish MPs in the House of Commons voted on Monday.")
        #expect(Self.entryIDs(british).contains("gb.commons"))
    }

    @Test("an EU text stays the EU's, and another country's one-word forms are not bodies there")
    func euText() throws {
        let layer = try Self.run("""
            Groups write to the European Parliament

            The Greens and Labour voted with the European Commission and the Council of the European Union.
            """)
        #expect(layer.jurisdiction == "eu")
        let ids = Self.entryIDs(layer)
        #expect(ids.contains("eu.commission") && ids.contains("eu.council"))
        #expect(!ids.contains { $0.hasPrefix("au.") || $0.hasPrefix("gb.") })
    }

    @Test("a jurisdiction given by the caller decides without counting")
    func given() throws {
        let layer = try Self.run("Vote\n\nThe Senate voted on the plan.", given: "ca")
        #expect(layer.jurisdiction == "ca")
        #expect(layer.votes.isEmpty)
        #expect(Self.entryIDs(layer) == ["ca.senate"])
    }

    @Test("a text with no sign of a jurisdiction has none")
    func none() throws {
        let layer = try Self.run("A quiet week\n\nNothing happened in the village.")
        #expect(layer.jurisdiction == nil)
    }
}
