import Foundation
import Testing

@testable import AdvocacyKit

@Suite("Extraction: proposals and opinions")
struct ProposalExtractionTests {
    @Test("a law named in the headline is a proposal, with its acronym, identifiers, proposer and date")
    func proposal() throws {
        let dossier = try Converted.dossier("""
            NGOs warn about the Green Claims Directive

            The European Commission presented the Green Claims Directive (GCD) in March 2023, procedure \
            2023/0085 (COD). The GCD would make companies prove their claims. The proposal is now with MEPs.
            """)
        let proposal = try #require(dossier.proposals.first)
        #expect(dossier.proposals.count == 1)
        #expect(proposal.title == "Green Claims Directive")
        #expect(proposal.shortTitle == "GCD")
        #expect(proposal.date == "2023-03")
        #expect(proposal.identifiers.map(\.value) == ["2023/0085 (COD)"])
        #expect(proposal.proposer.map(dossier.displayName(of:)) == "EC")
        #expect(proposal.mentions.count >= 4, "headline, name, acronym, 'The GCD', 'The proposal'")
    }

    @Test("an existing law mentioned once in passing is not a proposal; a Bill is")
    func existingLaw() throws {
        let dossier = try Converted.dossier("""
            Groups back reform

            The Privacy Amendment (Children) Bill finally fixes the Privacy Act of 1988. \
            The Bill should pass this year.
            """)
        #expect(dossier.proposals.map(\.title) == ["Privacy Amendment (Children) Bill"])
    }

    @Test("'the proposed Regulation to …' names the proposal by its purpose")
    func proposedClause() throws {
        let dossier = try Converted.dossier("""
            Statement on soil

            We urge ministers to adopt the proposed Regulation to monitor soil health across Europe without delay.
            """)
        #expect(dossier.proposals.first?.title == "Regulation to monitor soil health across Europe")
    }

    @Test("opinions: a committee's draft report, a Council approach, plenary votes on two files")
    func opinions() throws {
        let dossier = try Converted.dossier("""
            Energy files advance

            ITRE’s draft report on the Grid Resilience Act (GRA) weakens it, while the Council’s approach keeps it. \
            On Tuesday the plenary of the European Parliament held votes on the GRA and the Heat Pump Directive (HPD).
            """)
        let kinds = dossier.opinions.map { "\(dossier.displayName(of: $0.author)) \($0.stage?.rawValue ?? "-") \($0.kind.rawValue)" }
        #expect(kinds.contains("ITRE draft report"))
        #expect(kinds.contains { $0.hasSuffix("position") && $0.hasPrefix("Council") })
        #expect(dossier.opinions.filter { $0.kind == .vote }.count == 2)
    }

    @Test("stances: 'denounces' opposes and 'welcomes' supports the opinion or proposal named after it")
    func stances() throws {
        let dossier = try Converted.dossier("""
            Forest Watch denounces AGRI’s draft opinion

            Forest Watch welcomes the Deforestation Regulation but denounces AGRI’s draft opinion on it.
            """)
        let positions = Set(dossier.stances.map(\.position))
        #expect(positions == [.opposes, .supports])
        #expect(dossier.stances.allSatisfy { dossier.displayName(of: $0.holder) == "Forest Watch" })
    }

    @Test("a bill number printed with the bill's name is its identifier; a title-case headline's verbs are not part of a name")
    func usBill() throws {
        let dossier = try Converted.dossier("""
            Senate Passes Harbor Bill to Fund Ferries

            WASHINGTON — The Senate passed S. 4120, the Harbor Ferry Modernization Act, on Thursday.
            """)
        #expect(dossier.proposals.map(\.title) == ["Harbor Ferry Modernization Act"])
        #expect(dossier.proposals.first?.identifiers == [DocumentIdentifier(.usBill, "S. 4120")])
    }

    @Test("a law named once where the text speaks of bills is a proposal, and so is “X legislation”")
    func singleMentions() throws {
        let dossier = try Converted.dossier("""
            Why we oppose two bills

            Both the Open Roads Act and the Quiet Streets Act (the two bills before the committee) are flawed. \
            We also reject Toll Relief Authority legislation.
            """)
        #expect(Set(dossier.proposals.map(\.title)) == ["Open Roads Act", "Quiet Streets Act", "Toll Relief Authority legislation"])
    }

    @Test("lower-case “to” and “and” stay inside a law's name that ends with its law word")
    func longLawNames() throws {
        let dossier = try Converted.dossier("""
            A bill for rural clinics

            Today we back the Expanding Access to Care and Treatment for Rural Families Act, which the House will vote on.
            """)
        #expect(dossier.proposals.map(\.title) == ["Expanding Access to Care and Treatment for Rural Families Act"])
    }
}
