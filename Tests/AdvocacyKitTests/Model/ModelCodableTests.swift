import Foundation
import Testing

@testable import AdvocacyKit

/// A span, written short.
private func span(_ paragraph: Int, _ start: Int, _ end: Int) -> SourceSpan {
    SourceSpan(paragraph: paragraph, start: start, end: end)
}

/// Encode/decode pairs of every model type against JSON written out by hand.
///
/// Each `…_encode` test encodes a Swift value and compares it with a JSON literal (key order
/// and whitespace aside); each `…_decode` test decodes the same kind of literal and compares
/// it with the Swift value. `…Minimal…` tests leave out every optional key and every list.
@Suite("Model JSON encode/decode pairs")
struct ModelCodableTests {
    // MARK: - SourceSpan

    static let sourceSpan = span(2, 10, 25)
    static let sourceSpanJSON = #"{"end": 25, "paragraph": 2, "start": 10}"#

    @Test func sourceSpan_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.sourceSpan), Self.sourceSpanJSON)
    }

    @Test func sourceSpan_decode() throws {
        #expect(try decodeJSON(SourceSpan.self, Self.sourceSpanJSON) == Self.sourceSpan)
    }

    // MARK: - DocumentIdentifier

    static let documentIdentifiers: [(DocumentIdentifier, String)] = [
        (
            DocumentIdentifier(.procedure, "2022/0155(COD)"),
            #"{"origin": "source", "scheme": "procedure", "value": "2022/0155(COD)"}"#
        ),
        (
            DocumentIdentifier(.com, "COM(2022) 209 final"),
            #"{"origin": "source", "scheme": "COM", "value": "COM(2022) 209 final"}"#
        ),
        (
            DocumentIdentifier(.celex, "52022PC0209", origin: .external),
            #"{"origin": "external", "scheme": "CELEX", "value": "52022PC0209"}"#
        ),
        (
            DocumentIdentifier(.eli, "http://data.europa.eu/eli/reg/2016/679/oj", origin: .external),
            #"{"origin": "external", "scheme": "ELI", "value": "http://data.europa.eu/eli/reg/2016/679/oj"}"#
        ),
        (
            DocumentIdentifier(.url, "https://example.org/news?id=1&lang=en"),
            #"{"origin": "source", "scheme": "URL", "value": "https://example.org/news?id=1&lang=en"}"#
        ),
        (
            DocumentIdentifier(.billNumber, "Drucksache 20/1234"),
            #"{"origin": "source", "scheme": "billNumber", "value": "Drucksache 20/1234"}"#
        ),
        (
            DocumentIdentifier("transparencyRegister", "123456789-01", origin: .external),
            #"{"origin": "external", "scheme": "transparencyRegister", "value": "123456789-01"}"#
        ),
    ]

    @Test(arguments: documentIdentifiers)
    func documentIdentifier_encode(_ value: DocumentIdentifier, _ json: String) throws {
        assertJSONEquivalent(try encodeJSON(value), json)
    }

    @Test(arguments: documentIdentifiers)
    func documentIdentifier_decode(_ value: DocumentIdentifier, _ json: String) throws {
        #expect(try decodeJSON(DocumentIdentifier.self, json) == value)
    }

    @Test func documentIdentifierSchemeNames() {
        #expect(DocumentIdentifier.Scheme.com.rawValue == "COM")
        #expect(DocumentIdentifier.Scheme.procedure.description == "procedure")
        #expect(DocumentIdentifier.Scheme(rawValue: "CELEX") == .celex)
        #expect(DocumentIdentifier.Origin.allCases.map(\.rawValue) == ["source", "external"])
    }

    // MARK: - Party and Subject

    static let parties: [(Party, String)] = [
        (.organisation("ecpat"), #"{"id": "ecpat", "type": "organisation"}"#),
        (.committee("imco"), #"{"id": "imco", "type": "committee"}"#),
        (.coalition("eclag"), #"{"id": "eclag", "type": "coalition"}"#),
        (.person("spokesperson"), #"{"id": "spokesperson", "type": "person"}"#),
    ]

    @Test(arguments: parties)
    func party_encodesAsItsId(_ value: Party, _ json: String) throws {
        assertJSONEquivalent(try encodeJSON(value), "\"\(value.id)\"")
    }

    @Test(arguments: parties)
    func party_decodesFromTheExplicitForm(_ value: Party, _ json: String) throws {
        #expect(try decodeJSON(Party.self, json) == value)
    }

    @Test func party_bareIdNeedsADossier() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Party.self, from: Data(#""imco""#.utf8)) }
    }

    @Test func party_bareIdsResolveInsideADossier() throws {
        let json = #"""
            {"schemaVersion": 1,
             "document": {"id": "d", "jurisdiction": "eu", "title": "T", "issuers": ["ecpat", "sg", "imco", "ana", "eclag"]},
             "organisations": [{"id": "ecpat", "name": "ECPAT"}],
             "committees": [{"id": "imco", "abbreviation": "IMCO"}],
             "coalitions": [{"id": "eclag", "name": "ECLAG", "bodies": [{"id": "sg", "name": "Steering Group"}]}],
             "people": [{"id": "ana", "name": "Ana"}]}
            """#
        let dossier = try Dossier(json: Data(json.utf8))
        #expect(dossier.document.issuers == [.organisation("ecpat"), .coalitionBody("sg"), .committee("imco"), .person("ana"), .coalition("eclag")])
    }

    @Test func party_unknownIdInsideADossierNamesThePath() throws {
        let json = #"{"schemaVersion": 1, "document": {"id": "d", "jurisdiction": "eu", "title": "T", "issuers": ["nobody"]}}"#
        #expect(throws: DossierDecodingError(
            path: "document.issuers[0]",
            message: "no organisation, committee, coalition, coalitionBody or person in the dossier has the id 'nobody'; add it or fix the reference"
        )) { try Dossier(json: Data(json.utf8)) }
    }

    @Test func partyIdAndKindAndOrder() {
        #expect(Party.committee("imco").id == "imco")
        #expect(Party.person("p").kind == .person)
        let sorted = [Party.person("a"), .organisation("z"), .committee("b"), .organisation("a")].sorted()
        #expect(sorted == [.committee("b"), .organisation("a"), .organisation("z"), .person("a")])
    }

    static let subjects: [(Subject, String)] = [
        (.proposal("csar-proposal"), #"{"id": "csar-proposal", "type": "proposal"}"#),
        (.opinion("imco-draft-opinion"), #"{"id": "imco-draft-opinion", "type": "opinion"}"#),
    ]

    @Test(arguments: subjects)
    func subject_encodesAsItsId(_ value: Subject, _ json: String) throws {
        assertJSONEquivalent(try encodeJSON(value), "\"\(value.id)\"")
    }

    @Test(arguments: subjects)
    func subject_decode(_ value: Subject, _ json: String) throws {
        #expect(try decodeJSON(Subject.self, json) == value)
    }

    @Test func subjectWithUnknownTypeIsRejected() {
        #expect(throws: DecodingError.self) {
            try decodeJSON(Subject.self, #""x""#)
        }
    }

    // MARK: - Count and PartialDate (more cases in CountTests and PartialDateTests)

    @Test func count_encode() throws {
        assertJSONEquivalent(try encodeJSON(Count(60, .moreThan)), #"{"qualifier": "moreThan", "value": 60}"#)
    }

    @Test func count_decode() throws {
        #expect(try decodeJSON(Count.self, #"{"qualifier": "moreThan", "value": 60}"#) == Count(60, .moreThan))
    }

    @Test func partialDate_encode() throws {
        let dates: [PartialDate] = ["2022", "2022-05", "2022-05-17"]
        assertJSONEquivalent(try encodeJSON(dates), #"["2022", "2022-05", "2022-05-17"]"#)
    }

    @Test func partialDate_decode() throws {
        let dates = try decodeJSON([PartialDate].self, #"["2022", "2022-05", "2022-05-17"]"#)
        #expect(dates == [PartialDate(year: 2022), PartialDate(year: 2022, month: 5), PartialDate(year: 2022, month: 5, day: 17)])
    }

    // MARK: - Place

    static let place = Place("Bangkok", country: "th", mentions: [span(1, 0, 7)])
    static let placeJSON = #"{"country": "th", "mentions": [{"end": 7, "paragraph": 1, "start": 0}], "name": "Bangkok"}"#

    @Test func place_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.place), Self.placeJSON)
    }

    @Test func place_decode() throws {
        #expect(try decodeJSON(Place.self, Self.placeJSON) == Self.place)
    }

    @Test func placeMinimal_encode() throws {
        assertJSONEquivalent(try encodeJSON(Place("Bangkok")), #"{"name": "Bangkok"}"#)
    }

    @Test func placeMinimal_decode() throws {
        let place = try decodeJSON(Place.self, #"{"name": "Bangkok"}"#)
        #expect(place == Place("Bangkok"))
        #expect(place.country == nil)
        #expect(place.mentions == [])
    }

    // MARK: - Organisation

    static let organisation = Organisation(
        id: "eu-centre", name: "EU Centre to prevent and combat child sexual abuse",
        abbreviation: "EU Centre", aliases: ["the EU Centre", "the Centre"], kind: .euBody,
        jurisdiction: "eu",
        identifiers: [DocumentIdentifier(.url, "https://example.org/eu-centre", origin: .external)],
        isProposed: true, mentions: [span(3, 3, 12), span(5, 0, 10)])
    static let organisationJSON = #"""
        {
          "abbreviation": "EU Centre",
          "aliases": ["the EU Centre", "the Centre"],
          "id": "eu-centre",
          "identifiers": [{"origin": "external", "scheme": "URL", "value": "https://example.org/eu-centre"}],
          "isProposed": true,
          "jurisdiction": "eu",
          "kind": "euBody",
          "mentions": [{"end": 12, "paragraph": 3, "start": 3}, {"end": 10, "paragraph": 5, "start": 0}],
          "name": "EU Centre to prevent and combat child sexual abuse"
        }
        """#

    @Test func organisation_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.organisation), Self.organisationJSON)
    }

    @Test func organisation_decode() throws {
        #expect(try decodeJSON(Organisation.self, Self.organisationJSON) == Self.organisation)
    }

    @Test func organisationMinimal_encode() throws {
        assertJSONEquivalent(
            try encodeJSON(Organisation(id: "ec", name: "European Commission")),
            #"{"id": "ec", "name": "European Commission"}"#)
    }

    @Test func organisationMinimal_decode() throws {
        let organisation = try decodeJSON(Organisation.self, #"{"id": "ec", "name": "European Commission"}"#)
        #expect(organisation == Organisation(id: "ec", name: "European Commission"))
        #expect(organisation.abbreviation == nil)
        #expect(organisation.kind == nil)
        #expect(organisation.jurisdiction == nil)
        #expect(organisation.aliases == [])
        #expect(organisation.identifiers == [])
        #expect(organisation.isProposed == false)
        #expect(organisation.mentions == [])
    }

    @Test func organisationKindOutsideTheCommonOnes_decode() throws {
        let organisation = try decodeJSON(
            Organisation.self, #"{"id": "etuc", "kind": "tradeUnion", "name": "ETUC"}"#)
        #expect(organisation.kind == Organisation.Kind(rawValue: "tradeUnion"))
        assertJSONEquivalent(
            try encodeJSON(organisation),
            #"{"id": "etuc", "kind": "tradeUnion", "name": "ETUC"}"#)
    }

    // MARK: - Committee

    static let committee = Committee(
        id: "imco", name: "Committee on the Internal Market and Consumer Protection",
        abbreviation: "IMCO", aliases: ["the IMCO Committee"], parliament: "ep",
        mentions: [span(1, 40, 44)])
    static let committeeJSON = #"""
        {
          "abbreviation": "IMCO",
          "aliases": ["the IMCO Committee"],
          "id": "imco",
          "mentions": [{"end": 44, "paragraph": 1, "start": 40}],
          "name": "Committee on the Internal Market and Consumer Protection",
          "parliament": "ep"
        }
        """#

    @Test func committee_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.committee), Self.committeeJSON)
    }

    @Test func committee_decode() throws {
        #expect(try decodeJSON(Committee.self, Self.committeeJSON) == Self.committee)
    }

    @Test func committeeMinimal_encode() throws {
        assertJSONEquivalent(try encodeJSON(Committee(id: "libe")), #"{"id": "libe"}"#)
    }

    @Test func committeeMinimal_decode() throws {
        let committee = try decodeJSON(Committee.self, #"{"id": "libe"}"#)
        #expect(committee == Committee(id: "libe"))
        #expect(committee.name == nil)
        #expect(committee.abbreviation == nil)
        #expect(committee.parliament == nil)
        #expect(committee.aliases == [])
        #expect(committee.mentions == [])
    }

    @Test func committeeDisplayName() {
        #expect(Self.committee.displayName == "Committee on the Internal Market and Consumer Protection")
        #expect(Committee(id: "libe", abbreviation: "LIBE").displayName == "LIBE")
        #expect(Committee(id: "libe").displayName == "libe")
    }

    // MARK: - Coalition and SizeClaim

    static let coalition = Coalition(
        id: "eclag", name: "European Child Sexual Abuse Legislation Advocacy Group", abbreviation: "ECLAG",
        kind: .coalition, summary: "informal coalition of NGOs and IGOs",
        members: ["ecpat", "missing-children-europe"], size: Count(60, .moreThan),
        sizeClaims: [
            Coalition.SizeClaim(Count(41), excluding: ["ecpat"], span: span(0, 20, 22)),
            Coalition.SizeClaim(Count(40, .atLeast)),
        ],
        bodies: [Coalition.Body(id: "eclag-sg", name: "Steering Group", members: ["ecpat"], mentions: [span(1, 4, 18)])],
        established: "2021-11", mentions: [span(0, 0, 5)])
    static let coalitionJSON = #"""
        {
          "abbreviation": "ECLAG",
          "bodies": [{"id": "eclag-sg", "members": ["ecpat"], "mentions": [{"end": 18, "paragraph": 1, "start": 4}], "name": "Steering Group"}],
          "established": "2021-11",
          "id": "eclag",
          "kind": "coalition",
          "members": ["ecpat", "missing-children-europe"],
          "mentions": [{"end": 5, "paragraph": 0, "start": 0}],
          "name": "European Child Sexual Abuse Legislation Advocacy Group",
          "size": {"qualifier": "moreThan", "value": 60},
          "sizeClaims": [
            {"count": {"qualifier": "exactly", "value": 41}, "excluding": ["ecpat"],
             "span": {"end": 22, "paragraph": 0, "start": 20}},
            {"count": {"qualifier": "atLeast", "value": 40}}
          ],
          "summary": "informal coalition of NGOs and IGOs"
        }
        """#

    @Test func coalition_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.coalition), Self.coalitionJSON)
    }

    @Test func coalition_decode() throws {
        #expect(try decodeJSON(Coalition.self, Self.coalitionJSON) == Self.coalition)
    }

    @Test func coalitionMinimal_encode() throws {
        assertJSONEquivalent(
            try encodeJSON(Coalition(id: "signatories", name: "Signatories of the letter")),
            #"{"id": "signatories", "kind": "coalition", "name": "Signatories of the letter"}"#)
    }

    @Test func coalitionMinimal_decode() throws {
        let coalition = try decodeJSON(Coalition.self, #"{"id": "signatories", "name": "Signatories of the letter"}"#)
        #expect(coalition == Coalition(id: "signatories", name: "Signatories of the letter"))
        #expect(coalition.kind == .coalition)
        #expect(coalition.abbreviation == nil)
        #expect(coalition.summary == nil)
        #expect(coalition.size == nil)
        #expect(coalition.bodies == [])
        #expect(coalition.established == nil)
        #expect(coalition.members == [])
        #expect(coalition.sizeClaims == [])
        #expect(coalition.mentions == [])
    }

    @Test func coalitionKindNames() {
        #expect(Coalition.Kind.allCases.map(\.rawValue) == ["coalition", "signatories"])
    }

    static let sizeClaim = Coalition.SizeClaim(
        Count(60, .moreThan), excluding: ["ecpat", "unicef"], span: span(2, 14, 26))
    static let sizeClaimJSON = #"""
        {"count": {"qualifier": "moreThan", "value": 60}, "excluding": ["ecpat", "unicef"],
         "span": {"end": 26, "paragraph": 2, "start": 14}}
        """#

    @Test func sizeClaim_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.sizeClaim), Self.sizeClaimJSON)
    }

    @Test func sizeClaim_decode() throws {
        #expect(try decodeJSON(Coalition.SizeClaim.self, Self.sizeClaimJSON) == Self.sizeClaim)
    }

    @Test func sizeClaimMinimal_encode() throws {
        assertJSONEquivalent(
            try encodeJSON(Coalition.SizeClaim(Count(200, .approximately))),
            #"{"count": {"qualifier": "approximately", "value": 200}}"#)
    }

    @Test func sizeClaimMinimal_decode() throws {
        let claim = try decodeJSON(
            Coalition.SizeClaim.self, #"{"count": {"qualifier": "approximately", "value": 200}}"#)
        #expect(claim == Coalition.SizeClaim(Count(200, .approximately)))
        #expect(claim.excluding == [])
        #expect(claim.span == nil)
    }

    // MARK: - Person

    static let person = Person(
        id: "anna-example", name: "Anna Example", aliases: ["Dr Anna Example"], role: "spokesperson",
        affiliation: .organisation("ecpat"), mentions: [span(4, 0, 12)])
    static let personJSON = #"""
        {"affiliation": "ecpat", "aliases": ["Dr Anna Example"], "id": "anna-example",
         "mentions": [{"end": 12, "paragraph": 4, "start": 0}], "name": "Anna Example",
         "role": "spokesperson"}
        """#

    @Test func person_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.person), Self.personJSON)
    }

    @Test func person_decode() throws {
        #expect(try decodeJSON(Person.self, Self.personJSON) == Self.person)
    }

    @Test func personMinimal_encode() throws {
        assertJSONEquivalent(try encodeJSON(Person(id: "p1")), #"{"id": "p1"}"#)
    }

    @Test func personMinimal_decode() throws {
        let person = try decodeJSON(Person.self, #"{"id": "p1"}"#)
        #expect(person == Person(id: "p1"))
        #expect(person.name == nil)
        #expect(person.role == nil)
        #expect(person.affiliation == nil)
        #expect(person.mentions == [])
    }

    @Test func personDisplayName() {
        #expect(Self.person.displayName == "Anna Example")
        #expect(Person(id: "p1", role: "spokesperson").displayName == "Spokesperson (unnamed)")
        #expect(Person(id: "p1").displayName == "p1")
    }

    // MARK: - Proposal

    static let proposal = Proposal(
        id: "csar-proposal",
        title: "Proposal for a Regulation laying down rules to prevent and combat child sexual abuse",
        shortTitle: "Child Sexual Abuse Regulation", proposer: .organisation("ec"), date: "2022-05-11",
        dateMentions: [span(1, 3, 11)],
        identifiers: [
            DocumentIdentifier(.com, "COM(2022) 209 final"),
            DocumentIdentifier(.procedure, "2022/0155(COD)", origin: .external),
        ],
        leadCommittee: "libe", status: "under discussion in the European Parliament",
        jurisdiction: "eu", mentions: [span(1, 20, 60), span(6, 0, 4)])
    static let proposalJSON = #"""
        {
          "date": "2022-05-11",
          "dateMentions": [{"end": 11, "paragraph": 1, "start": 3}],
          "id": "csar-proposal",
          "identifiers": [
            {"origin": "source", "scheme": "COM", "value": "COM(2022) 209 final"},
            {"origin": "external", "scheme": "procedure", "value": "2022/0155(COD)"}
          ],
          "jurisdiction": "eu",
          "leadCommittee": "libe",
          "mentions": [{"end": 60, "paragraph": 1, "start": 20}, {"end": 4, "paragraph": 6, "start": 0}],
          "proposer": "ec",
          "shortTitle": "Child Sexual Abuse Regulation",
          "status": "under discussion in the European Parliament",
          "title": "Proposal for a Regulation laying down rules to prevent and combat child sexual abuse"
        }
        """#

    @Test func proposal_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.proposal), Self.proposalJSON)
    }

    @Test func proposal_decode() throws {
        #expect(try decodeJSON(Proposal.self, Self.proposalJSON) == Self.proposal)
    }

    @Test func proposalMinimal_encode() throws {
        assertJSONEquivalent(
            try encodeJSON(Proposal(id: "bill", title: "A bill")),
            #"{"id": "bill", "title": "A bill"}"#)
    }

    @Test func proposalMinimal_decode() throws {
        let proposal = try decodeJSON(Proposal.self, #"{"id": "bill", "title": "A bill"}"#)
        #expect(proposal == Proposal(id: "bill", title: "A bill"))
        #expect(proposal.shortTitle == nil)
        #expect(proposal.proposer == nil)
        #expect(proposal.date == nil)
        #expect(proposal.leadCommittee == nil)
        #expect(proposal.status == nil)
        #expect(proposal.jurisdiction == nil)
        #expect(proposal.dateMentions == [])
        #expect(proposal.identifiers == [])
        #expect(proposal.mentions == [])
    }

    @Test func proposalIdentifierLookup() {
        #expect(Self.proposal.identifier(.procedure)?.value == "2022/0155(COD)")
        #expect(Self.proposal.identifier(.com)?.origin == .source)
        #expect(Self.proposal.identifier(.celex) == nil)
    }

    // MARK: - Opinion

    static let opinion = Opinion(
        id: "imco-draft-opinion", author: .committee("imco"), kind: .opinion, stage: .draft,
        proposal: "csar-proposal", date: "2023-02", summary: "seeks to exclude end-to-end encryption",
        identifiers: [DocumentIdentifier("epDocument", "PE740.727")], mentions: [span(2, 10, 30)])
    static let opinionJSON = #"""
        {
          "author": "imco",
          "date": "2023-02",
          "id": "imco-draft-opinion",
          "identifiers": [{"origin": "source", "scheme": "epDocument", "value": "PE740.727"}],
          "kind": "opinion",
          "mentions": [{"end": 30, "paragraph": 2, "start": 10}],
          "proposal": "csar-proposal",
          "stage": "draft",
          "summary": "seeks to exclude end-to-end encryption"
        }
        """#

    @Test func opinion_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.opinion), Self.opinionJSON)
    }

    @Test func opinion_decode() throws {
        #expect(try decodeJSON(Opinion.self, Self.opinionJSON) == Self.opinion)
    }

    @Test func opinionMinimal_encode() throws {
        assertJSONEquivalent(
            try encodeJSON(Opinion(id: "council-position", author: .organisation("council"))),
            #"{"author": "council", "id": "council-position", "kind": "opinion"}"#)
    }

    @Test func opinionMinimal_decode() throws {
        let opinion = try decodeJSON(
            Opinion.self, #"{"author": "council", "id": "council-position"}"#)
        #expect(opinion == Opinion(id: "council-position", author: .organisation("council")))
        #expect(opinion.kind == .opinion)
        #expect(opinion.stage == nil)
        #expect(opinion.proposal == nil)
        #expect(opinion.date == nil)
        #expect(opinion.summary == nil)
        #expect(opinion.identifiers == [])
        #expect(opinion.mentions == [])
    }

    @Test func opinionKindAndStageNames() {
        #expect(Opinion.Kind.allCases.map(\.rawValue) == ["opinion", "report", "vote", "position", "compromiseText"])
        #expect(Opinion.Stage.allCases.map(\.rawValue) == ["draft", "adopted"])
    }

    // MARK: - Demand and Addressee

    static let demand = Demand(
        id: "demand-1", action: "ensure the proposed Regulation covers all online services",
        actor: .coalition("eclag"),
        addressees: [
            Demand.Addressee("EU decision-makers"),
            Demand.Addressee("European Commission", party: .organisation("ec"), mentions: [span(3, 30, 49)]),
        ],
        subject: .proposal("csar-proposal"), quote: "quote-1", span: span(3, 50, 107))
    static let demandJSON = #"""
        {
          "action": "ensure the proposed Regulation covers all online services",
          "actor": "eclag",
          "addressees": [
            {"name": "EU decision-makers"},
            {"mentions": [{"end": 49, "paragraph": 3, "start": 30}], "name": "European Commission",
             "party": "ec"}
          ],
          "id": "demand-1",
          "quote": "quote-1",
          "span": {"end": 107, "paragraph": 3, "start": 50},
          "subject": "csar-proposal"
        }
        """#

    @Test func demand_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.demand), Self.demandJSON)
    }

    @Test func demand_decode() throws {
        #expect(try decodeJSON(Demand.self, Self.demandJSON) == Self.demand)
    }

    @Test func demandMinimal_encode() throws {
        assertJSONEquivalent(
            try encodeJSON(Demand(id: "d2", action: "act now")),
            #"{"action": "act now", "id": "d2"}"#)
    }

    @Test func demandMinimal_decode() throws {
        let demand = try decodeJSON(Demand.self, #"{"action": "act now", "id": "d2"}"#)
        #expect(demand == Demand(id: "d2", action: "act now"))
        #expect(demand.actor == nil)
        #expect(demand.subject == nil)
        #expect(demand.quote == nil)
        #expect(demand.span == nil)
        #expect(demand.addressees == [])
    }

    static let addressee = Demand.Addressee(
        "the European Commission", party: .organisation("ec"), mentions: [span(3, 30, 53)])
    static let addresseeJSON = #"""
        {"mentions": [{"end": 53, "paragraph": 3, "start": 30}], "name": "the European Commission",
         "party": "ec"}
        """#

    @Test func addressee_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.addressee), Self.addresseeJSON)
    }

    @Test func addressee_decode() throws {
        #expect(try decodeJSON(Demand.Addressee.self, Self.addresseeJSON) == Self.addressee)
    }

    @Test func addresseeMinimal_encode() throws {
        assertJSONEquivalent(
            try encodeJSON(Demand.Addressee("EU decision-makers")),
            #"{"name": "EU decision-makers"}"#)
    }

    @Test func addresseeMinimal_decode() throws {
        let addressee = try decodeJSON(Demand.Addressee.self, #"{"name": "EU decision-makers"}"#)
        #expect(addressee == Demand.Addressee("EU decision-makers"))
        #expect(addressee.party == nil)
        #expect(addressee.mentions == [])
    }

    // MARK: - Quote and Segment

    static let quote = Quote(
        id: "quote-1", speaker: "anna-example", onBehalfOf: .organisation("ecpat"),
        segments: [
            Quote.Segment("“We urge you,”", span: span(5, 0, 14)),
            Quote.Segment("“to act.”"),
        ])
    static let quoteJSON = #"""
        {
          "id": "quote-1",
          "onBehalfOf": "ecpat",
          "segments": [
            {"span": {"end": 14, "paragraph": 5, "start": 0}, "text": "“We urge you,”"},
            {"text": "“to act.”"}
          ],
          "speaker": "anna-example"
        }
        """#

    @Test func quote_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.quote), Self.quoteJSON)
    }

    @Test func quote_decode() throws {
        #expect(try decodeJSON(Quote.self, Self.quoteJSON) == Self.quote)
    }

    @Test func quoteMinimal_encode() throws {
        assertJSONEquivalent(try encodeJSON(Quote(id: "q2")), #"{"id": "q2"}"#)
    }

    @Test func quoteMinimal_decode() throws {
        let quote = try decodeJSON(Quote.self, #"{"id": "q2"}"#)
        #expect(quote == Quote(id: "q2"))
        #expect(quote.speaker == nil)
        #expect(quote.onBehalfOf == nil)
        #expect(quote.segments == [])
    }

    @Test func quoteTextJoinsSegmentsWithABlankLine() {
        #expect(Self.quote.text == "“We urge you,”\n\n“to act.”")
        #expect(Quote(id: "q2").text == "")
    }

    static let segment = Quote.Segment("“Encryption protects children too.”", span: span(7, 12, 48))
    static let segmentJSON = #"""
        {"span": {"end": 48, "paragraph": 7, "start": 12}, "text": "“Encryption protects children too.”"}
        """#

    @Test func segment_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.segment), Self.segmentJSON)
    }

    @Test func segment_decode() throws {
        #expect(try decodeJSON(Quote.Segment.self, Self.segmentJSON) == Self.segment)
    }

    @Test func segmentMinimal_encode() throws {
        assertJSONEquivalent(try encodeJSON(Quote.Segment("“Yes.”")), #"{"text": "“Yes.”"}"#)
    }

    @Test func segmentMinimal_decode() throws {
        let segment = try decodeJSON(Quote.Segment.self, #"{"text": "“Yes.”"}"#)
        #expect(segment == Quote.Segment("“Yes.”"))
        #expect(segment.span == nil)
    }

    // MARK: - Stance

    static let stance = Stance(
        id: "stance-1", holder: .coalition("eclag"), subject: .opinion("imco-draft-opinion"),
        position: .opposes, evidence: span(2, 0, 9))
    static let stanceJSON = #"""
        {
          "evidence": {"end": 9, "paragraph": 2, "start": 0},
          "holder": "eclag",
          "id": "stance-1",
          "position": "opposes",
          "subject": "imco-draft-opinion"
        }
        """#

    @Test func stance_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.stance), Self.stanceJSON)
    }

    @Test func stance_decode() throws {
        #expect(try decodeJSON(Stance.self, Self.stanceJSON) == Self.stance)
    }

    static let minimalStance = Stance(
        id: "stance-2", holder: .person("anna-example"), subject: .proposal("csar-proposal"),
        position: .mixed)
    static let minimalStanceJSON = #"""
        {"holder": "anna-example", "id": "stance-2", "position": "mixed",
         "subject": "csar-proposal"}
        """#

    @Test func stanceMinimal_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.minimalStance), Self.minimalStanceJSON)
    }

    @Test func stanceMinimal_decode() throws {
        let stance = try decodeJSON(Stance.self, Self.minimalStanceJSON)
        #expect(stance == Self.minimalStance)
        #expect(stance.evidence == nil)
    }

    @Test func stancePositionNames() {
        #expect(Stance.Position.allCases.map(\.rawValue) == ["supports", "opposes", "mixed"])
    }

    // MARK: - SourceText and Paragraph

    static let sourceText: SourceText = {
        var source = SourceText(
            paragraphs: [
                SourceText.Paragraph("ECLAG denounces IMCO’s draft opinion", role: .title),
                SourceText.Paragraph("Posted on Mar 7, 2023", role: .dateLine),
                SourceText.Paragraph("About ECLAG", role: .heading),
                SourceText.Paragraph("ECLAG is a coalition.\nIt has 41 members."),
            ],
            leading: "\n", trailing: "\n\n")
        source.separators[1] = "\n \t\n\n"
        return source
    }()
    static let sourceTextJSON = #"""
        {
          "leading": "\n",
          "paragraphs": [
            {"role": "title", "text": "ECLAG denounces IMCO’s draft opinion"},
            {"role": "dateLine", "text": "Posted on Mar 7, 2023"},
            {"role": "heading", "text": "About ECLAG"},
            {"role": "body", "text": "ECLAG is a coalition.\nIt has 41 members."}
          ],
          "separators": ["\n\n", "\n \t\n\n", "\n\n"],
          "trailing": "\n\n"
        }
        """#

    @Test func sourceText_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.sourceText), Self.sourceTextJSON)
    }

    @Test func sourceText_decode() throws {
        let source = try decodeJSON(SourceText.self, Self.sourceTextJSON)
        #expect(source == Self.sourceText)
        #expect(
            source.text
                == "\nECLAG denounces IMCO’s draft opinion\n\nPosted on Mar 7, 2023\n \t\n\nAbout ECLAG\n\nECLAG is a coalition.\nIt has 41 members.\n\n"
        )
    }

    @Test func sourceTextMinimal_encode() throws {
        assertJSONEquivalent(try encodeJSON(SourceText(paragraphs: [])), #"{"paragraphs": []}"#)
        assertJSONEquivalent(
            try encodeJSON(SourceText(paragraphs: [SourceText.Paragraph("A", role: .title), SourceText.Paragraph("B")])),
            #"{"paragraphs": [{"role": "title", "text": "A"}, {"role": "body", "text": "B"}], "separators": ["\n\n"]}"#)
    }

    @Test func sourceTextMinimal_decode() throws {
        let empty = try decodeJSON(SourceText.self, #"{"paragraphs": []}"#)
        #expect(empty == SourceText(paragraphs: []))
        #expect(empty.text == "")
        let source = try decodeJSON(
            SourceText.self, #"{"paragraphs": [{"role": "title", "text": "A"}, {"role": "body", "text": "B"}]}"#)
        #expect(source.separators == ["\n\n"])
        #expect(source.leading == "")
        #expect(source.trailing == "")
        #expect(source.text == "A\n\nB")
    }

    static let paragraphs: [(SourceText.Paragraph, String)] = [
        (SourceText.Paragraph("Title", role: .title), #"{"role": "title", "text": "Title"}"#),
        (SourceText.Paragraph("Posted on Mar 7, 2023", role: .dateLine), #"{"role": "dateLine", "text": "Posted on Mar 7, 2023"}"#),
        (SourceText.Paragraph("About ECLAG", role: .heading), #"{"role": "heading", "text": "About ECLAG"}"#),
        (SourceText.Paragraph("Body\u{A0}text"), #"{"role": "body", "text": "Body\u00a0text"}"#),
    ]

    @Test(arguments: paragraphs)
    func paragraph_encode(_ value: SourceText.Paragraph, _ json: String) throws {
        assertJSONEquivalent(try encodeJSON(value), json)
    }

    @Test(arguments: paragraphs)
    func paragraph_decode(_ value: SourceText.Paragraph, _ json: String) throws {
        #expect(try decodeJSON(SourceText.Paragraph.self, json) == value)
    }

    // MARK: - Statement

    static let statement = Statement(
        id: "eclag-2023-03-07", kind: .jointStatement, title: "ECLAG denounces IMCO’s draft opinion",
        published: "2023-03-07", publishedMentions: [span(1, 10, 21)], language: "en",
        jurisdiction: "eu", issuers: [.coalition("eclag"), .organisation("ecpat")],
        dateline: Place("Bangkok", country: "th"),
        identifiers: [DocumentIdentifier(.url, "https://example.org/news/eclag", origin: .external)],
        source: SourceText(paragraphs: [
            SourceText.Paragraph("ECLAG denounces IMCO’s draft opinion", role: .title),
            SourceText.Paragraph("Posted on Mar 7, 2023", role: .dateLine),
        ]))
    static let statementJSON = #"""
        {
          "dateline": {"country": "th", "name": "Bangkok"},
          "id": "eclag-2023-03-07",
          "identifiers": [{"origin": "external", "scheme": "URL", "value": "https://example.org/news/eclag"}],
          "issuers": ["eclag", "ecpat"],
          "jurisdiction": "eu",
          "kind": "jointStatement",
          "language": "en",
          "published": "2023-03-07",
          "publishedMentions": [{"end": 21, "paragraph": 1, "start": 10}],
          "source": {
            "paragraphs": [
              {"role": "title", "text": "ECLAG denounces IMCO’s draft opinion"},
              {"role": "dateLine", "text": "Posted on Mar 7, 2023"}
            ],
            "separators": ["\n\n"]
          },
          "title": "ECLAG denounces IMCO’s draft opinion"
        }
        """#

    @Test func statement_encode() throws {
        assertJSONEquivalent(try encodeJSON(Self.statement), Self.statementJSON)
    }

    @Test func statement_decode() throws {
        #expect(try decodeJSON(Statement.self, Self.statementJSON) == Self.statement)
    }

    @Test func statementMinimal_encode() throws {
        assertJSONEquivalent(
            try encodeJSON(Statement(id: "s", title: "T", jurisdiction: "eu")),
            #"{"id": "s", "jurisdiction": "eu", "kind": "pressRelease", "language": "en", "title": "T"}"#)
    }

    @Test func statementMinimal_decode() throws {
        let statement = try decodeJSON(
            Statement.self, #"{"id": "s", "jurisdiction": "eu", "kind": "pressRelease", "title": "T"}"#)
        #expect(statement == Statement(id: "s", title: "T", jurisdiction: "eu"))
        #expect(statement.language == "en")
        #expect(statement.published == nil)
        #expect(statement.dateline == nil)
        #expect(statement.source == nil)
        #expect(statement.publishedMentions == [])
        #expect(statement.issuers == [])
        #expect(statement.identifiers == [])
    }

    @Test func statementKindOutsideTheCommonOnes_decode() throws {
        let statement = try decodeJSON(
            Statement.self, #"{"id": "s", "jurisdiction": "fr", "kind": "petition", "language": "fr", "title": "T"}"#)
        #expect(statement.kind == Statement.Kind(rawValue: "petition"))
        #expect(statement.language == "fr")
    }

    // MARK: - Dossier

    /// A dossier holding one minimal entity of every kind.
    static let dossier = Dossier(
        document: Statement(id: "s", title: "T", jurisdiction: "eu"),
        organisations: [Organisation(id: "ec", name: "European Commission")],
        committees: [Committee(id: "libe")],
        coalitions: [Coalition(id: "eclag", name: "ECLAG")],
        proposals: [Proposal(id: "csar", title: "CSAR")],
        opinions: [Opinion(id: "imco-opinion", author: .committee("libe"))],
        demands: [Demand(id: "d1", action: "act")],
        people: [Person(id: "p1")],
        quotes: [Quote(id: "q1")],
        stances: [Stance(id: "st1", holder: .coalition("eclag"), subject: .proposal("csar"), position: .supports)])
    static let dossierJSON = #"""
        {
          "coalitions": [{"id": "eclag", "kind": "coalition", "name": "ECLAG"}],
          "committees": [{"id": "libe"}],
          "demands": [{"action": "act", "id": "d1"}],
          "document": {"id": "s", "jurisdiction": "eu", "kind": "pressRelease", "language": "en", "title": "T"},
          "opinions": [{"author": "libe", "id": "imco-opinion", "kind": "opinion"}],
          "organisations": [{"id": "ec", "name": "European Commission"}],
          "people": [{"id": "p1"}],
          "proposals": [{"id": "csar", "title": "CSAR"}],
          "quotes": [{"id": "q1"}],
          "schemaVersion": 1,
          "stances": [{"holder": "eclag", "id": "st1", "position": "supports",
                       "subject": "csar"}]
        }
        """#

    @Test func dossier_encode() throws {
        assertJSONEquivalent(try Self.dossier.jsonData(format: .pretty), Self.dossierJSON)
        assertJSONEquivalent(try Self.dossier.jsonData(format: .compact), Self.dossierJSON)
        assertJSONEquivalent(try encodeJSON(Self.dossier), Self.dossierJSON)
    }

    @Test func dossier_decode() throws {
        #expect(try Dossier(json: Data(Self.dossierJSON.utf8)) == Self.dossier)
        #expect(try decodeJSON(Dossier.self, Self.dossierJSON) == Self.dossier)
    }

    static let minimalDossier = Dossier(document: Statement(id: "s", title: "T", jurisdiction: "eu"))

    @Test func dossierMinimal_encode() throws {
        assertJSONEquivalent(
            try Self.minimalDossier.jsonData(),
            #"""
            {"document": {"id": "s", "jurisdiction": "eu", "kind": "pressRelease", "language": "en", "title": "T"},
             "schemaVersion": 1}
            """#)
    }

    @Test func dossierMinimal_decode() throws {
        let dossier = try Dossier(
            json: Data(
                #"{"document": {"id": "s", "jurisdiction": "eu", "kind": "pressRelease", "title": "T"}, "schemaVersion": 1}"#
                    .utf8))
        #expect(dossier == Self.minimalDossier)
        #expect(dossier.schemaVersion == 1)
        #expect(dossier.organisations.isEmpty && dossier.committees.isEmpty && dossier.coalitions.isEmpty)
        #expect(dossier.proposals.isEmpty && dossier.opinions.isEmpty && dossier.demands.isEmpty)
        #expect(dossier.people.isEmpty && dossier.quotes.isEmpty && dossier.stances.isEmpty)
    }

    @Test func dossierSchemaVersion() {
        #expect(Dossier.currentSchemaVersion == 1)
        #expect(Self.minimalDossier.schemaVersion == Dossier.currentSchemaVersion)
    }

    // MARK: - Dossier pretty and compact output, byte for byte

    static let smallDossier = Dossier(
        document: Statement(
            id: "s1", title: "On 2022/0155(COD)", jurisdiction: "eu",
            identifiers: [DocumentIdentifier(.procedure, "2022/0155(COD)")]),
        organisations: [Organisation(id: "eu-centre", name: "EU Centre", isProposed: true)],
        proposals: [Proposal(id: "csar", title: "CSAR", date: "2022-05", mentions: [span(0, 3, 17)])])

    @Test func dossierPrettyOutputIsExact() throws {
        let expected = """
            {
              "document" : {
                "id" : "s1",
                "identifiers" : [
                  {
                    "origin" : "source",
                    "scheme" : "procedure",
                    "value" : "2022/0155(COD)"
                  }
                ],
                "jurisdiction" : "eu",
                "kind" : "pressRelease",
                "language" : "en",
                "title" : "On 2022/0155(COD)"
              },
              "organisations" : [
                {
                  "id" : "eu-centre",
                  "isProposed" : true,
                  "name" : "EU Centre"
                }
              ],
              "proposals" : [
                {
                  "date" : "2022-05",
                  "id" : "csar",
                  "mentions" : [
                    {
                      "end" : 17,
                      "paragraph" : 0,
                      "start" : 3
                    }
                  ],
                  "title" : "CSAR"
                }
              ],
              "schemaVersion" : 1
            }

            """
        let data = try Self.smallDossier.jsonData(format: .pretty)
        #expect(String(decoding: data, as: UTF8.self) == expected)
        #expect(data.last == UInt8(ascii: "\n"))
        #expect(!String(decoding: data, as: UTF8.self).contains(#"\/"#))
    }

    @Test func dossierCompactOutputIsExact() throws {
        let expected =
            #"{"document":{"id":"s1","identifiers":[{"origin":"source","scheme":"procedure","value":"2022/0155(COD)"}],"jurisdiction":"eu","kind":"pressRelease","language":"en","title":"On 2022/0155(COD)"},"organisations":[{"id":"eu-centre","isProposed":true,"name":"EU Centre"}],"proposals":[{"date":"2022-05","id":"csar","mentions":[{"end":17,"paragraph":0,"start":3}],"title":"CSAR"}],"schemaVersion":1}"#
        let data = try Self.smallDossier.jsonData(format: .compact)
        #expect(String(decoding: data, as: UTF8.self) == expected)
    }

    @Test(arguments: [Dossier.JSONFormat.pretty, .compact])
    func dossierEncodingIsDeterministic(_ format: Dossier.JSONFormat) throws {
        let dossier = Self.richDossier
        let first = try dossier.jsonData(format: format)
        let second = try dossier.jsonData(format: format)
        let copy = try Dossier(json: first)
        #expect(first == second)
        #expect(try copy.jsonData(format: format) == first)
    }

    // MARK: - Round trip of hard text

    /// A dossier whose strings hold non-Latin scripts, emoji, quotes, backslashes,
    /// line breaks, tabs, control characters and slashes.
    static let richDossier: Dossier = {
        let hard = [
            "Ευρωπαϊκή Επιτροπή",
            "المفوضية الأوروبية",
            "欧州委員会 / 欧洲委员会 / 유럽연합 집행위원회",
            "🇪🇺 👩‍👩‍👧 😀 e\u{301} é",
            #"She said "stop" and ‘no’ — «non»"#,
            #"C:\path\to\file \\server\share \n is not a line break"#,
            "line one\nline two\r\nline three\ttabbed\u{1}\u{1F}\u{7F}",
            "\u{A0}non-breaking\u{2028}separator\u{FEFF}",
            "</script> & <b> 2022/0155(COD)",
        ]
        let source = SourceText(parsing: hard.joined(separator: "\n\n") + "\n")
        return Dossier(
            document: Statement(
                id: "rich", kind: "openLetter", title: hard[0], published: "2024-02-29",
                language: "el", jurisdiction: "eu", issuers: [.organisation("ec")],
                dateline: Place(hard[1], country: "eg"),
                identifiers: [DocumentIdentifier(.url, "https://example.org/ελ/" + hard[2])],
                source: source),
            organisations: [
                Organisation(
                    id: "ec", name: hard[0], abbreviation: hard[3], aliases: Array(hard[4...]),
                    kind: "ευρωπαϊκό", jurisdiction: "eu")
            ],
            committees: [Committee(id: "c", name: hard[5], aliases: [hard[6]])],
            coalitions: [
                Coalition(
                    id: "co", name: hard[2], summary: hard[6],
                    sizeClaims: [Coalition.SizeClaim(Count(-1, .atMost))])
            ],
            proposals: [Proposal(id: "p", title: hard[4], shortTitle: hard[5], status: hard[7])],
            opinions: [Opinion(id: "o", author: .committee("c"), summary: hard[8])],
            demands: [Demand(id: "d", action: hard[6], addressees: [Demand.Addressee(hard[1])])],
            people: [Person(id: "pe", name: hard[1], role: hard[3])],
            quotes: [Quote(id: "q", segments: hard.map { Quote.Segment($0) })],
            stances: [Stance(id: "st", holder: .person("pe"), subject: .opinion("o"), position: .mixed)])
    }()

    @Test(arguments: [Dossier.JSONFormat.pretty, .compact])
    func dossierRoundTripsHardText(_ format: Dossier.JSONFormat) throws {
        let data = try Self.richDossier.jsonData(format: format)
        let decoded = try Dossier(json: data)
        #expect(decoded == Self.richDossier)
        #expect(decoded.quotes[0].segments.map(\.text) == Self.richDossier.quotes[0].segments.map(\.text))
        #expect(decoded.document.source?.text == Self.richDossier.document.source?.text)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("Ευρωπαϊκή Επιτροπή"), "non-ASCII text is written as UTF-8, not escaped")
        #expect(text.contains("https://example.org/ελ/"), "slashes are not escaped")
        #expect(text.contains(#"\\server\\share"#), "backslashes are escaped")
    }

    @Test func compactOutputIsOneLine() throws {
        let data = try Self.richDossier.jsonData(format: .compact)
        #expect(!data.contains(UInt8(ascii: "\n")))
        #expect(data.last == UInt8(ascii: "}"))
    }
}
