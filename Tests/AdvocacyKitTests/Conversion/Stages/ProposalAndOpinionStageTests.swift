import Testing

@testable import AdvocacyKit

@Suite("Stages: proposals and opinions")
struct ProposalAndOpinionStageTests {
    @Test("a law name, its acronym and references back are one law; proposer and date from the proposing sentence")
    func lawMentions() throws {
        let layers = try StageFixture.layers("""
            Groups welcome the Harbour Safety Act

            The European Commission proposed the Harbour Safety Act (HSA) in June 2023. The HSA covers ports. \
            The proposal needs work.
            """)
        let laws = layers.proposals.laws.elements
        #expect(laws.count == 1)
        let law = try #require(laws.first)
        #expect(law.name == "Harbour Safety Act" && law.acronym == "HSA")
        #expect(law.isProposal && law.inTitle)
        #expect(law.date == PartialDate(year: 2023, month: 6))
        #expect(law.proposer.map { layers.agents.agents.agents[$0].name } == "European Commission")
        #expect(law.mentions.count == 5)  // title, name, acronym twice, “The proposal”
        #expect(layers.proposals.mainLaw == layers.proposals.laws.handles.first)
    }

    @Test("“the proposed Regulation to …” is a proposal named by its clause")
    func proposedClause() throws {
        let layers = try StageFixture.layers("""
            Ports and the new rules

            We oppose the proposed Regulation to harmonise port fees across borders.
            """)
        #expect(layers.proposals.laws.elements.map(\.name) == ["Regulation to harmonise port fees across borders"])
    }

    @Test("printed EU identifiers attach to the law the sentence names")
    func identifiers() throws {
        let layers = try StageFixture.layers("""
            Harbour Safety Act

            The Harbour Safety Act, COM(2023) 412 final, procedure 2023/0199 (COD), is on the table.
            """)
        let law = try #require(layers.proposals.laws.elements.first)
        #expect(law.identifiers == [DocumentIdentifier(.com, "COM(2023) 412 final"), DocumentIdentifier(.procedure, "2023/0199 (COD)")])
    }

    @Test("a committee's draft opinion on the main law, at the draft stage")
    func draftOpinion() throws {
        let layers = try StageFixture.layers("""
            Groups criticise the Harbour Safety Act opinion

            The Committee on Transport and Tourism (TRAN) published its draft opinion. TRAN’s draft opinion weakens the \
            Harbour Safety Act.
            """)
        let opinion = try #require(layers.opinions.opinions.elements.first)
        #expect(opinion.kind == .opinion && opinion.stage == .draft)
        #expect(layers.agents.agents.agents[opinion.body].role == .committee)
        #expect(opinion.law == layers.proposals.mainLaw)
    }

    @Test("“text” is an opinion only with an owner right before it")
    func ownedText() throws {
        let layers = try StageFixture.layers("""
            Harbour Safety Act talks

            The Council’s text on the Harbour Safety Act is weak. The text of the letter follows.
            """)
        #expect(layers.opinions.opinions.elements.map(\.kind) == [.position])
    }
}
