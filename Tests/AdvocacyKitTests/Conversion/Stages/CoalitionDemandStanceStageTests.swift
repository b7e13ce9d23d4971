import Testing

@testable import AdvocacyKit

@Suite("Stages: coalitions, demands, stances and consistency")
struct CoalitionDemandStanceStageTests {
    @Test("the unnamed signatories of a joint letter, with their stated size")
    func signatories() throws {
        let layers = try StageFixture.layers("""
            Port safety letter

            In a joint letter, more than 30 organisations urge transport ministers to fund safer ports.
            """)
        let group = try #require(layers.coalitions.coalitions.elements.first)
        #expect(group.kind == .signatories && group.agent == nil)
        #expect(group.name == "signatories of the joint letter")
        #expect(group.claims.map(\.count) == [Count(30, .moreThan)])
    }

    @Test("“X is a coalition of …” promotes X to a coalition in the refined registry")
    func describedCoalition() throws {
        let layers = try StageFixture.layers("""
            About Harbourwatch

            The Harbourwatch Network is a coalition of port unions.
            """)
        let coalition = try #require(layers.coalitions.coalitions.elements.first)
        let agent = try #require(coalition.agent)
        #expect(layers.coalitions.agents.agents[agent].role == .coalition)
    }

    @Test("asks with addressees; a question and a negated modal are not asks")
    func demands() throws {
        let layers = try StageFixture.layers("""
            Port groups set out their asks

            We urge the Council to adopt the safety rules. Should the Council wait? Ministers must not delay it.
            """)
        let demands = layers.demands.demands.elements
        #expect(demands.map(\.action) == ["adopt the safety rules"])
        #expect(demands.first?.addressees.map(\.name) == ["Council"])
        #expect(demands.first?.addressees.first?.agent != nil)
    }

    @Test("a stance verb of the author on an opinion")
    func stances() throws {
        let layers = try StageFixture.layers("""
            Saltmarsh Trust denounces the TRAN draft opinion on the Harbour Safety Act

            The Saltmarsh Trust denounces the draft opinion of the Committee on Transport and Tourism (TRAN).
            """)
        let stance = try #require(layers.stances.stances.first)
        #expect(stance.position == .opposes)
        #expect(stance.opinion != nil)
        #expect(layers.coalitions.agents.agents[stance.holder].name == "Saltmarsh Trust")
    }

    @Test("two sizes for one group are flagged")
    func conflictingCounts() throws {
        let layers = try StageFixture.layers("""
            Harbour groups: 25 organisations sign a joint letter

            In the joint letter, 24 organisations ask ministers to act.
            """)
        #expect(layers.diagnostics.map(\.code) == ["conflicting-counts"])
    }
}
