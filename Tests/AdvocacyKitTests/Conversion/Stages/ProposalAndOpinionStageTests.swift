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

    @Test("“the House passed X” is an adopted vote; a future or conditional vote is not an opinion")
    func votes() throws {
        let passed = try StageFixture.layers("""
            Harbor Ferry Act

            Today the U.S. House passed the Harbor Ferry Act. The U.S. Senate will vote on the Harbor Ferry Act next week, and if \
            passed, the act would fund ferries.
            """)
        let opinions = passed.opinions.opinions.elements
        #expect(opinions.count == 1)
        #expect(opinions.first.map { passed.coalitions.agents.agents[$0.body].gazetteerID } == "us.house")
        #expect(opinions.first?.stage == .adopted && opinions.first?.kind == .vote)
    }

    @Test("“the position of X”, and a parliament's report that its committee gives is the committee's")
    func owners() throws {
        let layers = try StageFixture.layers("""
            Harbour Safety Act

            The position of the European Parliament on the Harbour Safety Act is firm. The Committee on Transport and \
            Tourism (TRAN) published its report on the Harbour Safety Act, a report the European Parliament welcomed.
            """)
        let kinds = layers.opinions.opinions.elements.map { ($0.kind, layers.coalitions.agents.agents[$0.body].name) }
        #expect(kinds.contains { $0 == (.position, "European Parliament") })
        #expect(kinds.filter { $0.0 == .report }.map(\.1) == ["Committee on Transport and Tourism"])
    }
}
