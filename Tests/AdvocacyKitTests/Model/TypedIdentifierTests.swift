import Foundation
import Testing

@testable import AdvocacyKit

/// Compiles only when `T` is `Sendable`; calling it is a compile-time check.
private func requireSendable<T: Sendable>(_: T.Type) {}

/// Overloads that only resolve if the id types are distinct.
private func kind(of _: Proposal.ID) -> String { "proposal" }
private func kind(of _: Committee.ID) -> String { "committee" }
private func kind(of _: Organisation.ID) -> String { "organisation" }

/// Typed ids, the dossier's lookup by id, and `Sendable` conformance of the model.
@Suite("TypedIdentifier")
struct TypedIdentifierTests {
    // MARK: - Distinct types

    @Test func idsOfDifferentKindsAreDifferentTypes() {
        // This must not compile, because the entity kind is part of the id's type:
        //     let committee: Committee.ID = Proposal.ID("csar-proposal")
        // error: cannot assign value of type 'Proposal.ID' (aka 'Identifier<Proposal>')
        //        to type 'Committee.ID' (aka 'Identifier<Committee>')
        #expect(ObjectIdentifier(Proposal.ID.self) != ObjectIdentifier(Committee.ID.self))
        #expect(ObjectIdentifier(Organisation.ID.self) != ObjectIdentifier(Coalition.ID.self))
        #expect(ObjectIdentifier(Person.ID.self) != ObjectIdentifier(Quote.ID.self))
        #expect(ObjectIdentifier(Proposal.ID.self) == ObjectIdentifier(Identifier<Proposal>.self))
        #expect(Proposal.ID.self != Committee.ID.self)

        // Overload resolution picks by the id's entity kind.
        let proposal: Proposal.ID = "x"
        let committee: Committee.ID = "x"
        let organisation: Organisation.ID = "x"
        #expect(kind(of: proposal) == "proposal")
        #expect(kind(of: committee) == "committee")
        #expect(kind(of: organisation) == "organisation")
    }

    @Test func allEntityIdTypesAreDistinct() {
        let types: [ObjectIdentifier] = [
            ObjectIdentifier(Organisation.ID.self), ObjectIdentifier(Committee.ID.self),
            ObjectIdentifier(Coalition.ID.self), ObjectIdentifier(Proposal.ID.self),
            ObjectIdentifier(Opinion.ID.self), ObjectIdentifier(Demand.ID.self),
            ObjectIdentifier(Person.ID.self), ObjectIdentifier(Quote.ID.self),
            ObjectIdentifier(Stance.ID.self), ObjectIdentifier(Statement.ID.self),
        ]
        #expect(Set(types).count == types.count)
    }

    // MARK: - Literal, raw value, description, order

    @Test func literalRawValueAndDescription() {
        let literal: Proposal.ID = "csar-proposal"
        #expect(literal.rawValue == "csar-proposal")
        #expect(literal.description == "csar-proposal")
        #expect("\(literal)" == "csar-proposal")
        #expect(literal == Proposal.ID("csar-proposal"))
        #expect(literal == Proposal.ID(rawValue: "csar-proposal"))
        #expect(literal != Proposal.ID("csar"))
    }

    @Test func idsOrderAndHashByText() {
        let ids: [Committee.ID] = ["libe", "imco", "afet", "imco"]
        #expect(ids.sorted() == ["afet", "imco", "imco", "libe"])
        #expect(Set(ids).count == 3)
        #expect(Committee.ID("a") < Committee.ID("b"))
    }

    // MARK: - Codable as a plain string

    @Test func json_encode() throws {
        #expect(String(decoding: try encodeJSON(Proposal.ID("csar-proposal")), as: UTF8.self) == #""csar-proposal""#)
        assertJSONEquivalent(try encodeJSON([Organisation.ID("ec"), "ecpat"]), #"["ec", "ecpat"]"#)
        assertJSONEquivalent(try encodeJSON(["lead": Committee.ID("libe")]), #"{"lead": "libe"}"#)
    }

    @Test func json_decode() throws {
        #expect(try decodeJSON(Proposal.ID.self, #""csar-proposal""#) == "csar-proposal")
        #expect(try decodeJSON([Person.ID].self, #"["a", "b/c", "Ελένη"]"#) == ["a", "b/c", "Ελένη"])
    }

    @Test(arguments: ["7", "null", #"{"rawValue": "x"}"#, #"["x"]"#])
    func json_decodeRejectsNonStrings(_ json: String) {
        #expect(throws: DecodingError.self) { try decodeJSON(Proposal.ID.self, json) }
    }

    // MARK: - Dossier lookup by id

    static let dossier = Dossier(
        document: Statement(id: "doc", title: "T", jurisdiction: "eu"),
        organisations: [Organisation(id: "ec", name: "European Commission"), Organisation(id: "ecpat", name: "ECPAT")],
        committees: [Committee(id: "imco", abbreviation: "IMCO"), Committee(id: "libe", abbreviation: "LIBE")],
        coalitions: [Coalition(id: "eclag", name: "ECLAG")],
        proposals: [Proposal(id: "csar", title: "CSAR")],
        opinions: [Opinion(id: "imco-opinion", author: .committee("imco"))],
        demands: [Demand(id: "d1", action: "act")],
        people: [Person(id: "anna", name: "Anna")],
        quotes: [Quote(id: "q1", speaker: "anna")],
        stances: [Stance(id: "st1", holder: .person("anna"), subject: .proposal("csar"), position: .supports)])

    @Test func subscriptFindsEachKindOfEntity() throws {
        let dossier = Self.dossier
        #expect(dossier[Organisation.ID("ecpat")]?.name == "ECPAT")
        #expect(dossier[Committee.ID("libe")]?.abbreviation == "LIBE")
        #expect(dossier[Coalition.ID("eclag")]?.name == "ECLAG")
        #expect(dossier[Proposal.ID("csar")] == Proposal(id: "csar", title: "CSAR"))
        #expect(dossier[Opinion.ID("imco-opinion")]?.author == .committee("imco"))
        #expect(dossier[Demand.ID("d1")]?.action == "act")
        #expect(dossier[Person.ID("anna")]?.name == "Anna")
        #expect(dossier[Quote.ID("q1")]?.speaker == "anna")
        #expect(dossier[Stance.ID("st1")]?.position == .supports)

        // Following a reference from one entity to another.
        let quote = try #require(dossier[Quote.ID("q1")])
        #expect(dossier[try #require(quote.speaker)]?.name == "Anna")
    }

    @Test func subscriptOnlyLooksInTheListOfTheIdsKind() {
        let dossier = Self.dossier
        #expect(dossier[Proposal.ID("imco")] == nil, "imco is a committee, not a proposal")
        #expect(dossier[Committee.ID("csar")] == nil)
        #expect(dossier[Proposal.ID("missing")] == nil)
        #expect(dossier[Organisation.ID("")] == nil)
        #expect(Dossier(document: Self.dossier.document)[Committee.ID("imco")] == nil)
    }

    @Test func subscriptReturnsTheFirstOfDuplicateIds() {
        let dossier = Dossier(
            document: Self.dossier.document,
            organisations: [Organisation(id: "x", name: "First"), Organisation(id: "x", name: "Second")])
        #expect(dossier[Organisation.ID("x")]?.name == "First")
    }

    @Test func listNamesAndKeyPaths() {
        #expect(Organisation.listName == "organisations")
        #expect(Committee.listName == "committees")
        #expect(Coalition.listName == "coalitions")
        #expect(Proposal.listName == "proposals")
        #expect(Opinion.listName == "opinions")
        #expect(Demand.listName == "demands")
        #expect(Person.listName == "people")
        #expect(Quote.listName == "quotes")
        #expect(Stance.listName == "stances")
        #expect(Self.dossier[keyPath: Committee.dossierList].map(\.id) == ["imco", "libe"])
        #expect(Self.dossier[keyPath: Person.dossierList].map(\.id) == ["anna"])

        var dossier = Self.dossier
        dossier[keyPath: Proposal.dossierList].append(Proposal(id: "dsa", title: "DSA"))
        #expect(dossier.proposals.map(\.id) == ["csar", "dsa"])
    }

    // MARK: - Sendable

    @Test func everyPublicModelTypeIsSendable() {
        requireSendable(Dossier.self)
        requireSendable(Dossier.JSONFormat.self)
        requireSendable(DossierDecodingError.self)
        requireSendable(Statement.self)
        requireSendable(Statement.ID.self)
        requireSendable(Statement.Kind.self)
        requireSendable(Organisation.self)
        requireSendable(Organisation.ID.self)
        requireSendable(Organisation.Kind.self)
        requireSendable(Committee.self)
        requireSendable(Committee.ID.self)
        requireSendable(Coalition.self)
        requireSendable(Coalition.ID.self)
        requireSendable(Coalition.Kind.self)
        requireSendable(Coalition.SizeClaim.self)
        requireSendable(Person.self)
        requireSendable(Person.ID.self)
        requireSendable(Proposal.self)
        requireSendable(Proposal.ID.self)
        requireSendable(Opinion.self)
        requireSendable(Opinion.ID.self)
        requireSendable(Opinion.Kind.self)
        requireSendable(Opinion.Stage.self)
        requireSendable(Demand.self)
        requireSendable(Demand.ID.self)
        requireSendable(Demand.Addressee.self)
        requireSendable(Quote.self)
        requireSendable(Quote.ID.self)
        requireSendable(Quote.Segment.self)
        requireSendable(Stance.self)
        requireSendable(Stance.ID.self)
        requireSendable(Stance.Position.self)
        requireSendable(Place.self)
        requireSendable(SourceText.self)
        requireSendable(SourceText.Paragraph.self)
        requireSendable(SourceText.Paragraph.Role.self)
        requireSendable(SourceSpan.self)
        requireSendable(PartialDate.self)
        requireSendable(PartialDate.Precision.self)
        requireSendable(Count.self)
        requireSendable(Count.Qualifier.self)
        requireSendable(DocumentIdentifier.self)
        requireSendable(DocumentIdentifier.Scheme.self)
        requireSendable(DocumentIdentifier.Origin.self)
        requireSendable(Party.self)
        requireSendable(Subject.self)
        requireSendable(Identifier<Never>.self)
    }

    @Test func aDossierCrossesTaskBoundaries() async throws {
        let dossier = Self.dossier
        let data = try await Task.detached { try dossier.jsonData(format: .compact) }.value
        #expect(try Dossier(json: data) == dossier)
    }
}
