import Testing

@testable import AdvocacyKit

@Suite("Stage: agents")
struct AgentStageTests {
    @Test("gazetteer entries, head-word names and defined acronyms, with the evidence for each")
    func namesAndEvidence() throws {
        let (_, layer) = try StageFixture.agents("""
            Harbour groups write to the European Parliament

            The Harbour Rights Foundation and the Coastal Workers Union (CWU) wrote to the European Parliament.
            """)
        let registry = layer.agents
        let parliament = try #require(registry.agent(named: "European Parliament"))
        #expect(parliament.gazetteerID == "eu.parliament")
        #expect(parliament.evidence.reasons.allSatisfy { $0 == .gazetteerEntry })
        #expect(parliament.mentions.count == 2)
        let foundation = try #require(registry.agent(named: "Harbour Rights Foundation"))
        #expect(foundation.evidence.reasons == [.headWord])
        let union = try #require(registry.agent(named: "Coastal Workers Union"))
        #expect(union.abbreviation == "CWU")
        #expect(union.evidence.reasons == [.definedAcronym] && union.evidence.isEnough)
    }

    @Test("names in a list after a strong opener are organisations, even without a head word")
    func listItems() throws {
        let (_, layer) = try StageFixture.agents("""
            A letter on port safety

            The letter was signed by Portwatch, Tidewater and Saltmarsh Collective.
            """)
        let names = Set(layer.agents.names)
        #expect(names.isSuperset(of: ["Portwatch", "Tidewater"]))
        #expect(layer.agents.agent(named: "Portwatch")?.evidence.reasons == [.listItem])
    }

    @Test("a recurring acronym becomes an organisation only with enough evidence")
    func recurringAcronyms() throws {
        let (_, layer) = try StageFixture.agents("""
            Dock workers speak out

            A QRTX board member spoke first. The QRTX’s view is clear. Workers said ZZV was mentioned once.
            """)
        let qrtx = try #require(layer.agents.agent(named: "QRTX"))
        #expect(qrtx.evidence.reasons.contains(.beforeRoleNoun) && qrtx.evidence.reasons.contains(.beforePossessive))
        #expect(qrtx.evidence.isEnough)
        #expect(layer.agents.agent(named: "ZZV") == nil)
    }

    @Test("a mixed-case short form merges into the long name it compresses")
    func compressedNames() throws {
        let (_, layer) = try StageFixture.agents("""
            OpenHarbor Foundation backs the plan

            The Open Harbor Foundation backs the plan. OpenHarbor Foundation members agree.
            """)
        let merged = layer.agents.agents.elements.filter { $0.mergedInto != nil }
        #expect(merged.map(\.name) == ["OpenHarbor Foundation"])
        #expect(layer.agents.agent(named: "Open Harbor Foundation")?.aliases.contains("OpenHarbor Foundation") == true)
    }

    @Test("forms of address of the gazetteer are role mentions, not agents")
    func roles() throws {
        let (document, layer) = try StageFixture.agents("""
            A call to lawmakers

            We ask policymakers and MEPs to act.
            """)
        let forms = layer.roleMentions.map { document.source.text(of: $0.span) }
        #expect(forms == ["lawmakers", "policymakers", "MEPs"])
        #expect(layer.agents.names.isEmpty)
    }

    @Test("“Advisory Board of X Alliance” names a body of the alliance")
    func bodies() throws {
        let (_, layer) = try StageFixture.agents("""
            A statement on rivers

            The Advisory Board of Clean Rivers Alliance (CRA) met today.
            """)
        let body = try #require(layer.bodyMentions.first)
        #expect(body.name == "Advisory Board")
        #expect(layer.agents.agents[body.owner].name == "Clean Rivers Alliance")
    }
}
