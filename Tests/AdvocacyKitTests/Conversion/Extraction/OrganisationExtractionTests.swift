import Foundation
import Testing

@testable import AdvocacyKit

@Suite("Extraction: organisations and committees")
struct OrganisationExtractionTests {
    @Test("gazetteer bodies and their short forms are one entity each")
    func gazetteerBodies() throws {
        let dossier = try Converted.dossier("""
            Digital rights groups write to the Commission

            The European Commission tabled the text last year. Since then the Commission has ignored civil society, \
            and the European Parliament has not yet voted.
            """)
        let commission = try #require(dossier.organisations.first { $0.name == "European Commission" })
        #expect(commission.mentions.count == 3)
        #expect(dossier.organisations.filter { $0.name == "European Parliament" }.count == 1)
    }

    @Test("a capitalised name with an organisation word and its defined acronym are one organisation")
    func acronymDefinition() throws {
        let dossier = try Converted.dossier("""
            Report on platform audits

            The Baltic Privacy Foundation (BPF) publishes its annual audit today. BPF found that most platforms fail \
            to explain their recommender systems.
            """)
        let foundation = try #require(dossier.organisations.first { $0.abbreviation == "BPF" })
        #expect(foundation.name == "Baltic Privacy Foundation")
        #expect(foundation.mentions.count == 3)
    }

    @Test("a defined term is not an organisation, nor is a product named once")
    func termsAreNotOrganisations() throws {
        let dossier = try Converted.dossier("""
            Scanning proposal criticised

            Detecting Synthetic Media Content (DSMC) is hard. Tools like PhotoCheck cannot do it, \
            and DSMC detection fails often, says the Free Media Institute.
            """)
        #expect(!dossier.agentNames.contains("DSMC"))
        #expect(!dossier.agentNames.contains("PhotoCheck"))
        #expect(dossier.agentNames.contains("Free Media Institute"))
    }

    @Test("names in a list after 'consists of' are organisations, each on its own")
    func lists() throws {
        let dossier = try Converted.dossier("""
            About the Clean Air Network

            The Clean Air Network is a coalition of NGOs. Its steering group consists of Breathe Easy, \
            the Lung Trust, OXY and Terre Propre des Villes.
            """)
        for name in ["Breathe Easy", "Lung Trust", "OXY", "Terre Propre des Villes"] {
            #expect(dossier.agentNames.contains(name), "\(name) is missing")
        }
        let network = try #require(dossier.coalitions.first { $0.name == "Clean Air Network" })
        #expect(network.bodies.first?.members.count == 4)
    }

    @Test("EP committees resolve through the gazetteer; 'the Committee' refers back to a committee named before")
    func committees() throws {
        let dossier = try Converted.dossier("""
            Committees split on the file

            The LIBE Committee backed the text. The Committee on Petitions (PETI) did not. In Canberra, the \
            Joint Standing Committee on Treaties (JSCOT) published its report, and the Committee will meet again.
            """)
        let abbreviations = Set(dossier.committees.compactMap(\.abbreviation))
        #expect(abbreviations.isSuperset(of: ["LIBE", "PETI", "JSCOT"]))
        let jscot = try #require(dossier.committees.first { $0.abbreviation == "JSCOT" })
        #expect(jscot.mentions.count >= 3, "the later 'Committee' refers to JSCOT")
        #expect(dossier.committees.count == 3)
    }

    @Test("'Parliament' alone is the European Parliament only in a text about the EU")
    func genericInstitutions() throws {
        let eu = try Converted.dossier("Vote in Strasbourg\n\nThe EU must act. Parliament voted on Tuesday.")
        #expect(eu.organisations.contains { $0.name == "European Parliament" })
        let national = try Converted.dossier("Vote in Wellington\n\nParliament voted on Tuesday after a long debate in New Zealand.")
        #expect(!national.organisations.contains { $0.name == "European Parliament" })
        #expect(national.organisations.contains { $0.name == "Parliament" })
        #expect(national.document.jurisdiction == "nz")
    }

    @Test("a headline in title case ends an organisation's name at its organisation word")
    func titleCaseHeadline() throws {
        let dossier = try Converted.dossier("""
            Harbour Foundation Welcomes New Port Rules

            The Harbour Foundation has long asked for cleaner ports.
            """)
        #expect(dossier.organisations.contains { $0.name == "Harbour Foundation" })
        #expect(!dossier.agentNames.contains("Harbour Foundation Welcomes New Port Rules"))
        #expect(dossier.document.issuers == [.organisation("harbour-foundation")])
    }
}
