import Foundation
import Testing

@testable import AdvocacyKit

@Suite("Extraction: organisations described in the text, and issuers")
struct AuthorAndNameExtractionTests {
    @Test("names described as organisations: apposition, affiliation, a role after the name, a count of others")
    func describedNames() throws {
        let dossier = try Converted.dossier("""
            Port rules under fire

            Tidal Horizons, a coastal advocacy group, opposes the rules. “They are rushed,” said Ana Lee, director of \
            Saltmarsh Lantern. Quayside Network policy adviser Jo Brand agreed. Blue Dunes and 12 other organisations signed.
            """)
        #expect(dossier.agentNames.isSuperset(of: ["Tidal Horizons", "Saltmarsh Lantern", "Quayside Network", "Blue Dunes"]))
        #expect(!dossier.agentNames.contains("Ana Lee") && !dossier.agentNames.contains("Jo Brand"))
    }

    @Test("a law's acronym, a term joined to it and titles of people are not organisations")
    func notOrganisations() throws {
        let dossier = try Converted.dossier("""
            Harbour bills

            The Stop Harbour Theft Act (SHTA) is bad. SHTA and PIPX are both bad, and PIPX is worse. Ranking Member \
            Cole agreed with Harbour Trust Executive Director Ann Lee, and the SAFE Ports Act is worse still.
            """)
        let names = dossier.agentNames
        #expect(!names.contains("SHTA") && !names.contains("PIPX") && !names.contains("SAFE"))
        #expect(!names.contains { $0.contains("Cole") || $0.contains("Director") })
        #expect(names.contains("Harbour Trust"))
    }

    @Test("a branch named with a region word is one organisation with its parent's name as alias")
    func branches() throws {
        let dossier = try Converted.dossier("""
            Oceanwatch EU on the vote

            “It is a bad day,” said Oceanwatch EU campaigner Ana Lee. The vote ignored science, warned Oceanwatch.
            """)
        let branch = try #require(dossier.organisations.first { $0.name == "Oceanwatch EU" })
        #expect(branch.aliases.contains("Oceanwatch"))
        #expect(dossier.organisations.filter { $0.name.hasPrefix("Oceanwatch") }.count == 1)
    }

    @Test("the organisations a headline opens with are its issuers")
    func headlineSubjects() throws {
        let dossier = try Converted.dossier("""
            Tidal Horizons, Blue Coast and Friends of the Dunes praise the new port rules

            The rules protect the dunes.
            """)
        #expect(dossier.document.issuers.map(dossier.displayName(of:)) == ["Tidal Horizons", "Blue Coast", "Friends of the Dunes"])
    }

    @Test("an official named with a title whose surname the headline names issues the text")
    func issuingOfficial() throws {
        let dossier = try Converted.dossier("""
            Senator Park Introduces Bill to Protect Harbours

            WASHINGTON — Today, Senator Lee Park, M.D. introduced the Harbour Protection Act with Senator Ann Cole.
            """)
        let issuer = try #require(dossier.document.issuers.first)
        guard case .person(let id) = issuer, let person = dossier.people.first(where: { $0.id == id }) else {
            Issue.record("the issuer is not a person: \(issuer)")
            return
        }
        #expect(person.name == "Lee Park" && person.role == "Senator")
        #expect(person.aliases == ["Senator Lee Park, M.D."])
        #expect(dossier.document.issuers.count == 1)
    }

    @Test("the organisation that released the statement issues the text")
    func statementIssuer() throws {
        let dossier = try Converted.dossier("""
            Ferry fares to rise

            BOSTON — Tidal Horizons, a marine rights group, released the following statement on the fares:
            """)
        #expect(dossier.document.issuers.map(dossier.displayName(of:)) == ["Tidal Horizons"])
    }
}
