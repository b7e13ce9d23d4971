import Foundation
import Testing

@testable import AdvocacyKit

@Suite("Extraction: coalitions, demands and quotes")
struct CoalitionDemandQuoteTests {
    @Test("a joint letter's signatories: size with qualifier, named members, and conflicting counts flagged")
    func signatories() throws {
        let conversion = try Converted.text("""
            Ocean Trust with 57 groups calls for a fishing ban

            In an open letter, more than 55 environmental organisations, including Ocean Trust, Blue Seas \
            and the Reef Alliance, urge EU fisheries ministers to ban bottom trawling in protected areas.
            """)
        let group = try #require(conversion.dossier.coalitions.first { $0.kind == .signatories })
        #expect(group.size == Count(55, .moreThan))
        #expect(group.sizeClaims.map(\.count) == [Count(57), Count(55, .moreThan)])
        #expect(Set(group.members.map(\.rawValue)).isSuperset(of: ["ocean-trust", "blue-seas"]))
        #expect(conversion.diagnostics.contains { $0.code == "conflicting-counts" })
    }

    @Test("members counted apart from the number add to the group's size, as the validator reads the claim",
          arguments: [
            ("The Harbour Trust and 18 other organisations urge ministers to protect the coast.", 19),
            ("The Harbour Trust and 18 organisations urge ministers to protect the coast.", 19),
            ("In a joint letter, the Harbour Trust with 18 organisations urges ministers to protect the coast.", 19),
            ("In a joint letter, 18 organisations urge ministers to protect the coast.", 18),
          ])
    func countedApart(sentence: String, size: Int) throws {
        let dossier = try Converted.dossier("Groups write to ministers\n\n\(sentence)")
        let group = try #require(dossier.coalitions.first { $0.kind == .signatories })
        #expect(group.size?.value == size)
        let findings = DossierValidator().validate(dossier).filter { $0.ruleID == "size-claims-agree" }
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test("a comma or 'and' inside an addressee's name does not split it")
    func addresseeNameWithCommas() throws {
        let dossier = try Converted.dossier("""
            Tenants write to the committee

            Tenant groups call on the Committee on Industry, Research and Energy (ITRE) and the Council \
            to protect tenants in the directive.
            """)
        let addressees = try #require(dossier.demands.first).addressees
        #expect(addressees.map(\.name) == ["Committee on Industry, Research and Energy (ITRE)", "Council"])
        #expect(addressees.first?.party == .committee(Committee.ID("itre")))
    }

    @Test("counts of members outside any joint action are not a coalition")
    func noJointAction() throws {
        let dossier = try Converted.dossier("""
            About the Data Union

            The Data Union is an association with 900 members and 40 companies in twelve countries.
            """)
        #expect(!dossier.coalitions.contains { $0.kind == .signatories })
    }

    @Test("asks: urge X to, call on X and Y to … and to …, X should, there should be")
    func demands() throws {
        let dossier = try Converted.dossier("""
            Groups set out their asks

            Twenty groups urge national governments to stop funding coal. They call on the Commission and the \
            Council to publish the audit and to freeze the payments. Regulators should also fine repeat offenders. \
            There should be a public register of subsidies.
            """)
        let actions = dossier.demands.map(\.action)
        #expect(actions.contains("stop funding coal"))
        #expect(actions.contains("publish the audit"))
        #expect(actions.contains("freeze the payments"))
        #expect(actions.contains { $0.hasPrefix("Regulators should also fine") })
        #expect(actions.contains { $0.hasPrefix("There should be a public register") })
        let call = try #require(dossier.demands.first { $0.action == "publish the audit" })
        #expect(call.addressees.map(\.name) == ["Commission", "Council"])
        for demand in dossier.demands {
            #expect(dossier.text(demand.span) == demand.action, "each demand's span covers its text")
        }
    }

    @Test("near misses are not demands: a noun, a self-directed vow, a third party's recommendation, a question")
    func notDemands() throws {
        let dossier = try Converted.dossier("""
            A good day for the sea

            Lawmakers have listened to our demands. We must keep fighting for the oceans. The Committee on \
            Fisheries recommended that the quota be cut. Does the Council really need to wait?
            """)
        #expect(dossier.demands.isEmpty, "\(dossier.demands.map(\.action))")
    }

    @Test("imperative recommendations in a list are demands")
    func recommendationsList() throws {
        let dossier = try Converted.dossier("""
            Our recommendations

            We make the following three recommendations:

            1. Define high-risk uses narrowly,

            2. Exempt research from the registration duty,

            3. Fund independent audits.
            """)
        #expect(dossier.demands.map(\.action) == ["Define high-risk uses narrowly", "Exempt research from the registration duty", "Fund independent audits"])
    }

    @Test("quotes: attribution after and before the quote, a second quote taking the last speaker")
    func quotes() throws {
        let dossier = try Converted.dossier("""
            Climate Network reacts

            “This vote is a disgrace for the climate,” said Maria Lopez, director of the Climate Network. \
            “We will challenge it.”

            Paul Meyer, policy officer at the Forest Watch, comments: "The forests cannot wait another decade for action."
            """)
        #expect(dossier.quotes.count >= 2)
        let names = Set(dossier.people.compactMap(\.name))
        #expect(names == ["Maria Lopez", "Paul Meyer"])
        let lopez = try #require(dossier.people.first { $0.name == "Maria Lopez" })
        #expect(lopez.role == "director of the Climate Network")
        #expect(lopez.affiliation.map(dossier.displayName(of:)) == "Climate Network")
        for quote in dossier.quotes {
            for segment in quote.segments { #expect(dossier.text(segment.span) == segment.text) }
        }
    }

    @Test("a quote over two paragraphs, attributed in between by 'said a spokesperson for'")
    func quoteOverParagraphs() throws {
        let dossier = try Converted.dossier("""
            Alliance for Clean Rivers urges action

            “Rivers are dying and everyone can see it happening across the continent”,

            said a spokesperson for the Alliance for Clean Rivers (ACR).

            Ministers need to act before the summer and fund the clean-up.”
            """)
        let person = try #require(dossier.people.first)
        #expect(person.name == nil && person.role == "spokesperson")
        #expect(dossier.quotes.flatMap(\.segments).count == 2)
        #expect(dossier.demands.contains { $0.addressees.map(\.name) == ["Ministers"] && $0.quote != nil })
    }
}
