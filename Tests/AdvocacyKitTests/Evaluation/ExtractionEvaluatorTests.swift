import Foundation
import Testing

@testable import AdvocacyKit

/// A small gold annotation and the dossier that matches it exactly.
private enum Sample {
    static let gold = GoldAnnotation(
        id: "sample", title: "Digital rights groups urge MEPs to reject the scanning proposal",
        date: "2024-01-15", place: "Brussels", authors: ["European Digital Rights"],
        organisations: [
            .init(name: "European Digital Rights", aliases: ["EDRi"]),
            .init(name: "European Commission", aliases: ["EC"]),
            .init(name: "Committee on Civil Liberties, Justice and Home Affairs", aliases: ["LIBE"]),
            .init(name: "Access Now"),
        ],
        committees: [.init(acronym: "LIBE", name: "Committee on Civil Liberties, Justice and Home Affairs")],
        proposals: [.init(title: "Regulation to prevent and combat child sexual abuse", identifiers: ["2022/0155 (COD)"])],
        opinions: [.init(body: "Committee on Civil Liberties, Justice and Home Affairs (LIBE)", status: "adopted")],
        coalitions: [
            .init(name: "Signatories of the letter", memberCount: 12, memberCountQualifier: "exactly",
                  members: ["European Digital Rights", "Access Now"])
        ],
        demands: [.init(text: "reject the scanning proposal", addressees: ["MEPs"])],
        quotes: [.init(speaker: "Ella", text: "Scanning everyone is not the answer.")])

    static func dossier(
        title: String = "Digital rights groups urge MEPs to reject the scanning proposal",
        published: PartialDate? = "2024-01-15", place: String? = "BRUSSELS",
        organisations: [Organisation] = [
            Organisation(id: "edri", name: "European Digital Rights", abbreviation: "EDRi"),
            Organisation(id: "commission", name: "European Commission"),
            Organisation(id: "access-now", name: "Access Now"),
        ],
        committees: [Committee] = [Committee(id: "libe", abbreviation: "LIBE")],
        proposals: [Proposal] = [
            Proposal(id: "csar", title: "CSA Regulation", identifiers: [DocumentIdentifier(.procedure, "2022/0155(COD)")])
        ],
        demands: [Demand] = [Demand(id: "d1", action: "reject the scanning proposal")],
        quotes: [Quote] = [Quote(id: "q1", segments: [.init("“Scanning everyone is not the answer.”")])]
    ) -> Dossier {
        Dossier(
            document: Statement(
                id: "sample", title: title, published: published, jurisdiction: "eu",
                issuers: [.organisation("edri")], dateline: place.map { Place($0) }),
            organisations: organisations, committees: committees,
            coalitions: [
                Coalition(
                    id: "signatories", name: "Signatories", kind: .signatories,
                    members: ["edri", "access-now"], size: Count(12))
            ],
            proposals: proposals,
            opinions: [Opinion(id: "libe-report", author: .committee("libe"), kind: .report, stage: .adopted)],
            demands: demands, quotes: quotes)
    }
}

@Suite("ExtractionEvaluation")
struct ExtractionEvaluationTests {
    let evaluator = ExtractionEvaluator()

    private func field(_ report: EvaluationReport, _ name: String) throws -> FieldScore {
        try #require(report.fields[name], "no score for \(name)")
    }

    @Test func perfectMatchScoresOneEverywhere() throws {
        let report = evaluator.score(gold: [Sample.gold], predicted: [Sample.dossier()])
        #expect(report.documents == 1)
        #expect(Set(report.fields.keys) == Set(ExtractionEvaluator.fieldNames))
        for (name, score) in report.orderedFields {
            #expect(score.precision == 1 && score.recall == 1 && score.f1 == 1, "\(name): \(score)")
        }
        #expect(report.macroF1 == 1)
    }

    @Test func missingFieldsCostRecallAndAbsentFieldsAreNotScored() throws {
        var gold = Sample.gold
        gold.place = nil
        gold.quotes = []
        let report = evaluator.score(
            gold: [gold], predicted: [Sample.dossier(published: nil, place: nil, quotes: [])])
        let date = try field(report, "date")
        #expect((date.truePositives, date.predicted, date.gold) == (0, 0, 1))
        #expect(date.precision == 0 && date.recall == 0 && date.f1 == 0)
        #expect(report.fields["place"] == nil)
        #expect(report.fields["quotes"] == nil)
        #expect(report.fields.count == ExtractionEvaluator.fieldNames.count - 2)
    }

    @Test func falsePositivesCostPrecision() throws {
        var gold = Sample.gold
        gold.place = nil
        let extra = Sample.dossier(
            organisations: Sample.dossier().organisations + [Organisation(id: "acme", name: "Acme Corp")],
            demands: [
                Demand(id: "d1", action: "reject the scanning proposal"),
                Demand(id: "d2", action: "publish the impact assessment"),
            ])
        let report = evaluator.score(gold: [gold], predicted: [extra])
        let place = try field(report, "place")
        #expect((place.truePositives, place.predicted, place.gold) == (0, 1, 0))
        #expect(place.precision == 0 && place.recall == 0)
        let organisations = try field(report, "organisations")
        // edri, commission, access-now, acme and the LIBE committee merged by nothing: 5 predicted.
        #expect((organisations.truePositives, organisations.predicted, organisations.gold) == (4, 5, 4))
        let demands = try field(report, "demands")
        #expect((demands.truePositives, demands.predicted, demands.gold) == (1, 2, 1))
        #expect(demands.precision == 0.5 && demands.recall == 1)
    }

    @Test func namesMatchThroughAcronymsAndAliases() throws {
        // Only acronyms are predicted; the gold gives them as aliases.
        let dossier = Sample.dossier(
            organisations: [
                Organisation(id: "edri", name: "EDRi"), Organisation(id: "commission", name: "the EC"),
                Organisation(id: "access-now", name: "Access Now"),
            ])
        let report = evaluator.score(gold: [Sample.gold], predicted: [dossier])
        #expect(try field(report, "organisations").f1 == 1)
        // The issuer "EDRi" is the gold author "European Digital Rights" through its alias.
        #expect(try field(report, "authors").truePositives == 1)
        // The committee is found by its acronym, and the opinion by the bracketed acronym of its body.
        #expect(try field(report, "committees").truePositives == 1)
        #expect(try field(report, "opinions").truePositives == 1)
        // Coalition members are ids resolved to names, matched through gold aliases.
        #expect(try field(report, "coalition_members").truePositives == 2)
    }

    @Test func committeesListedAsOrganisationsTooAreCountedOnce() throws {
        let dossier = Sample.dossier(
            organisations: Sample.dossier().organisations + [
                Organisation(id: "libe-org", name: "Committee on Civil Liberties, Justice and Home Affairs", abbreviation: "LIBE")
            ])
        let organisations = try field(evaluator.score(gold: [Sample.gold], predicted: [dossier]), "organisations")
        #expect((organisations.truePositives, organisations.predicted, organisations.gold) == (4, 4, 4))
    }

    @Test func aCommitteeThatIsItsIDAloneIsReadAsAReference() throws {
        // {"id": "access-now"} in the committees: the scorer reads it as a reference to the
        // entity with that id (here the organisation, whose list comes later), so it merges
        // with that organisation.
        let shared = Sample.dossier(committees: [Committee(id: "libe", abbreviation: "LIBE"), Committee(id: "access-now")])
        let sharedReport = evaluator.score(gold: [Sample.gold], predicted: [shared])
        let organisations = try field(sharedReport, "organisations")
        #expect((organisations.truePositives, organisations.predicted, organisations.gold) == (4, 4, 4))
        let committees = try field(sharedReport, "committees")
        #expect((committees.truePositives, committees.predicted, committees.gold) == (1, 2, 1))
        // With an id of its own it is itself, without a name: one more organisation, matching none.
        let bare = Sample.dossier(committees: [Committee(id: "libe", abbreviation: "LIBE"), Committee(id: "bare")])
        let bareOrganisations = try field(evaluator.score(gold: [Sample.gold], predicted: [bare]), "organisations")
        #expect((bareOrganisations.truePositives, bareOrganisations.predicted, bareOrganisations.gold) == (4, 5, 4))
    }

    @Test func predictionsAreReadFromTheirJSONAsTheScorerReadsThem() throws {
        let json = #"""
            {"document": {"title": "Harbour groups ask for cleaner ferries", "published": "2031-05-02T10:00",
                          "dateline": {"name": "Porto Vale"}, "issuers": ["gulls", "nobody"]},
             "organisations": [{"id": "gulls", "name": "Harbour Gulls Trust", "aliases": ["HGT", 7]},
                               {"id": "dup", "name": "Quay Workers Union"}],
             "committees": [{"id": "dup"}, {"id": "tc", "abbreviation": "TRAN"}],
             "people": [{"id": "ana", "name": "Ana Ferreira", "aliases": ["Dr Ferreira"], "role": "chair"}],
             "coalitions": [{"id": "sig", "name": "Signatories", "kind": "signatories",
                             "members": ["gulls", "ana", "ghost"], "bodies": [{"members": ["gulls", "ana"]}],
                             "sizeClaims": [{"count": {"value": 9}}]},
                            {"id": "fa", "name": "Ferry Alliance", "abbreviation": "FA", "size": {"value": 12}}],
             "proposals": [{"id": "p", "title": "Clean Ferries Act", "shortTitle": "CFA",
                            "identifiers": [{"value": "Bill 12"}, "B-12", {"scheme": "x"}]}],
             "opinions": [{"id": "o", "author": "tc"}, {"id": "o2", "kind": "report"}],
             "demands": [{"id": "d", "action": "fund electric ferries"},
                         {"id": "d2", "action": "", "summary": "more quays"}],
             "quotes": [{"id": "q", "segments": [{"text": "First part."}, {"text": "Second part."}]},
                        {"id": "q2", "segments": [{"text": "Only one."}]}, {"id": "q3"}]}
            """#
        let view = PredictionView(json: try JSONDecoder().decode(ScorerJSON.self, from: Data(json.utf8)))
        #expect(view.title == "Harbour groups ask for cleaner ferries")
        #expect(view.date == "2031-05-02" && view.place == "Porto Vale")
        // An id names its entity, names of other types are skipped, and an unknown id is its own name.
        #expect(view.authors == [["Harbour Gulls Trust", "HGT"], ["nobody"]])
        // {"id": "dup"} is a reference: to the organisation, whose list comes after the committees.
        #expect(view.committeeNames == [["Quay Workers Union"], ["TRAN"]])
        #expect(view.organisationNames.count == 4)
        let signatories = try #require(view.coalitions.first)
        #expect(signatories.isUnnamed && signatories.size == nil)
        // Members of the group and of its bodies, once each; a person's aliases are names too.
        #expect(signatories.members == [["Harbour Gulls Trust", "HGT"], ["Ana Ferreira", "Dr Ferreira"], ["ghost"]])
        let alliance = try #require(view.coalitions.last)
        #expect(!alliance.isUnnamed && alliance.size == 12 && alliance.names == ["Ferry Alliance", "FA"])
        #expect(view.proposals.first?.names == ["CFA", "Clean Ferries Act"])
        #expect(view.proposals.first?.identifiers == ["bill 12", "b 12", ""])
        #expect(view.opinionBodies == [["TRAN"], []])
        #expect(view.demands.map(\.text) == ["fund electric ferries", "more quays"])
        #expect(view.demands.map(\.partText) == ["fund electric ferries", ""])
        #expect(view.quoteTexts == ["First part.", "Second part.", "Only one.", ""])
    }

    @Test func titleNeedsTokenF1OfNinetyPercent() throws {
        // Ten content tokens; one changed word gives F1 0.9, two give 0.8.
        let title = "Groups urge members parliament reject scanning proposal protect private communications"
        var gold = Sample.gold
        gold.title = title
        let one = Sample.dossier(title: "Groups urge members parliament reject scanning proposal protect private messages")
        let two = Sample.dossier(title: "Groups urge members parliament reject scanning plan protect private messages")
        #expect(TextMatching.tokenF1(title, one.document.title) == 0.9)
        #expect(try field(evaluator.score(gold: [gold], predicted: [one]), "title").truePositives == 1)
        #expect(try field(evaluator.score(gold: [gold], predicted: [two]), "title").truePositives == 0)
    }

    @Test func proposalsMatchByIdentifierOrHalfTheTitleTokens() throws {
        var gold = Sample.gold
        gold.proposals = [.init(title: "Regulation to prevent and combat child sexual abuse")]
        // "Regulation combat child abuse" shares 4 of 6 and 4 of 4 tokens: F1 0.8.
        let near = Sample.dossier(proposals: [Proposal(id: "p", title: "Regulation combat child abuse")])
        // "Child abuse rules" shares 2 of 6 and 2 of 3 tokens: F1 0.44.
        let far = Sample.dossier(proposals: [Proposal(id: "p", title: "Child abuse rules")])
        #expect(try field(evaluator.score(gold: [gold], predicted: [near]), "proposals").truePositives == 1)
        #expect(try field(evaluator.score(gold: [gold], predicted: [far]), "proposals").truePositives == 0)
        // The identifier of the sample matches in spite of its spacing and a different title.
        #expect(try field(evaluator.score(gold: [Sample.gold], predicted: [Sample.dossier()]), "proposals").truePositives == 1)
    }

    @Test func coalitionsMatchByNameTokenF1OfSixtyPercent() throws {
        var gold = Sample.gold
        gold.coalitions = [.init(name: "Coalition for Encryption and Privacy", memberCount: 12)]
        func dossier(_ name: String) -> Dossier {
            var dossier = Sample.dossier()
            dossier.coalitions[0].name = name
            return dossier
        }
        // coalition, encryption, privacy vs coalition, encryption: F1 0.8.
        let near = evaluator.score(gold: [gold], predicted: [dossier("Encryption Coalition")])
        #expect(try field(near, "coalitions").truePositives == 1)
        #expect(try field(near, "coalition_sizes").truePositives == 1)
        // coalition, encryption, privacy vs privacy, alliance, europe: F1 0.33.
        let far = evaluator.score(gold: [gold], predicted: [dossier("Privacy Alliance Europe")])
        #expect(try field(far, "coalitions").truePositives == 0)
        let sizes = try field(far, "coalition_sizes")
        #expect((sizes.truePositives, sizes.predicted, sizes.gold) == (0, 1, 1))
    }

    /// The sample dossier with the given coalitions instead of its own.
    private func dossier(coalitions: [Coalition]) -> Dossier {
        var dossier = Sample.dossier()
        dossier.coalitions = coalitions
        return dossier
    }

    /// The sample gold with one unnamed group of signatories of 12, two of them named.
    private var goldWithUnnamedGroup: GoldAnnotation {
        var gold = Sample.gold
        gold.coalitions = [
            .init(name: "signatories of the letter", memberCount: 12, members: ["European Digital Rights", "Access Now"])
        ]
        return gold
    }

    @Test(arguments: [
        ("undersigned organisations", Coalition.Kind.coalition, String?.none),
        ("the signatory groups", .coalition, nil),
        ("  co-signers of the appeal", .coalition, ""),
        // The kind alone makes a group unnamed, whatever its name and abbreviation.
        ("Signatory Groups", .signatories, "SG"),
    ])
    func twoDescriptionsOfAnUnnamedGroupAreOneCoalition(name: String, kind: Coalition.Kind, abbreviation: String?) throws {
        let gold = goldWithUnnamedGroup
        // No shared name and too few shared words: only the unnamed-group rule matches them.
        #expect(TextMatching.tokenF1(gold.coalitions[0].name, name) < 0.6)
        let predicted = dossier(coalitions: [
            Coalition(
                id: "group", name: name, abbreviation: abbreviation, kind: kind, members: ["edri", "access-now"],
                size: Count(12))
        ])
        let report = evaluator.score(gold: [gold], predicted: [predicted])
        let coalitions = try field(report, "coalitions")
        #expect((coalitions.truePositives, coalitions.predicted, coalitions.gold) == (1, 1, 1))
        // The size and the members of the matched group are scored against the gold group's.
        let sizes = try field(report, "coalition_sizes")
        #expect((sizes.truePositives, sizes.predicted, sizes.gold) == (1, 1, 1))
        let members = try field(report, "coalition_members")
        #expect((members.truePositives, members.predicted, members.gold) == (2, 2, 2))
    }

    @Test func namedCoalitionsAreNotUnnamedGroups() throws {
        func coalitions(_ gold: GoldAnnotation, _ coalition: Coalition) throws -> FieldScore {
            try field(evaluator.score(gold: [gold], predicted: [dossier(coalitions: [coalition])]), "coalitions")
        }
        let unnamed = goldWithUnnamedGroup
        // A capital makes a name; so does an abbreviation.
        #expect(try coalitions(unnamed, Coalition(id: "c", name: "Undersigned Organisations")).truePositives == 0)
        let abbreviated = Coalition(id: "c", name: "undersigned organisations", abbreviation: "UO")
        #expect(try coalitions(unnamed, abbreviated).truePositives == 0)
        // The gold side follows the same rule: a capitalised name or an acronym is a named coalition.
        var named = unnamed
        named.coalitions[0].name = "Signatories of the letter"
        #expect(try coalitions(named, Coalition(id: "c", name: "undersigned organisations")).truePositives == 0)
        var withAcronym = unnamed
        withAcronym.coalitions[0].acronym = "SOTL"
        #expect(try coalitions(withAcronym, Coalition(id: "c", name: "undersigned organisations")).truePositives == 0)
        #expect(try coalitions(withAcronym, Coalition(id: "c", name: "undersigned", kind: .signatories)).truePositives == 0)
    }

    @Test func anUnnamedGroupMatchesOneGoldGroupOnly() throws {
        var gold = goldWithUnnamedGroup
        gold.coalitions.append(.init(name: "participants in the day of action", memberCount: 30))
        let predicted = dossier(coalitions: [Coalition(id: "c", name: "undersigned organisations", size: Count(30))])
        let report = evaluator.score(gold: [gold], predicted: [predicted])
        let coalitions = try field(report, "coalitions")
        #expect((coalitions.truePositives, coalitions.predicted, coalitions.gold) == (1, 1, 2))
        // The first gold group takes it, so its size of 30 is not that of the group of 12.
        let sizes = try field(report, "coalition_sizes")
        #expect((sizes.truePositives, sizes.predicted, sizes.gold) == (0, 1, 2))
    }

    @Test func unnamedGroupsAreRecognisedByKindOrLowerCaseName() {
        typealias E = ExtractionEvaluator
        #expect(E.isUnnamedGroup(name: "signatories of the letter", hasAcronym: false))
        #expect(E.isUnnamedGroup(name: " \u{00A0}undersigned groups ", hasAcronym: false))
        #expect(E.isUnnamedGroup(name: "élus signataires", hasAcronym: false))
        #expect(E.isUnnamedGroup(name: "signatories", hasAcronym: false, kind: "coalition"))
        #expect(E.isUnnamedGroup(name: "Signatories", hasAcronym: true, kind: "signatories"))
        #expect(E.isUnnamedGroup(name: "", hasAcronym: false, kind: "adHoc"))
        #expect(E.isUnnamedGroup(name: nil, hasAcronym: false, kind: "unnamed"))
        #expect(!E.isUnnamedGroup(name: "Signatories", hasAcronym: false))
        #expect(!E.isUnnamedGroup(name: "signatories", hasAcronym: true))
        #expect(!E.isUnnamedGroup(name: "24 organisations", hasAcronym: false))
        #expect(!E.isUnnamedGroup(name: "“undersigned” groups", hasAcronym: false))
        #expect(!E.isUnnamedGroup(name: "   ", hasAcronym: false))
        #expect(!E.isUnnamedGroup(name: nil, hasAcronym: false))
    }

    @Test func membersOfCoalitionBodiesCount() throws {
        var dossier = Sample.dossier()
        dossier.coalitions[0].members = ["edri"]
        dossier.coalitions[0].bodies = [Coalition.Body(id: "steering", name: "Steering Group", members: ["edri", "access-now"])]
        let members = try field(evaluator.score(gold: [Sample.gold], predicted: [dossier]), "coalition_members")
        #expect((members.truePositives, members.predicted, members.gold) == (2, 2, 2))
    }

    @Test func aPartOfAGoldDemandIsNeitherHitNorFalsePositive() throws {
        var gold = Sample.gold
        gold.demands = [.init(text: "reject the proposal, protect end-to-end encryption and defend privacy online")]
        let whole = Demand(id: "d1", action: "reject the proposal, protect end-to-end encryption and defend privacy online")
        // 2 of the 8 gold tokens: F1 0.4, not a hit; but every token is in the gold demand.
        let part = Demand(id: "d2", action: "defend privacy")
        let other = Demand(id: "d3", action: "publish the impact assessment")
        #expect(TextMatching.tokenF1(gold.demands[0].text, part.action) < 0.5)

        let withPart = try field(
            evaluator.score(gold: [gold], predicted: [Sample.dossier(demands: [whole, part])]), "demands")
        #expect((withPart.truePositives, withPart.predicted, withPart.gold) == (1, 1, 1))
        let onlyPart = try field(evaluator.score(gold: [gold], predicted: [Sample.dossier(demands: [part])]), "demands")
        #expect((onlyPart.truePositives, onlyPart.predicted, onlyPart.gold) == (0, 0, 1))
        let withOther = try field(
            evaluator.score(gold: [gold], predicted: [Sample.dossier(demands: [whole, other])]), "demands")
        #expect((withOther.truePositives, withOther.predicted, withOther.gold) == (1, 2, 1))
    }

    @Test func aQuoteOfSeveralSegmentsCountsOncePerSegment() throws {
        var gold = Sample.gold
        gold.quotes = [
            .init(speaker: "Ella", text: "Scanning everyone is not the answer."),
            .init(speaker: "Ella", text: "We need targeted measures that work."),
        ]
        let quote = Quote(
            id: "q1", segments: [.init("“Scanning everyone is not the answer.”"), .init("“We need targeted measures that work, now.”")])
        let quotes = try field(evaluator.score(gold: [gold], predicted: [Sample.dossier(quotes: [quote])]), "quotes")
        #expect((quotes.truePositives, quotes.predicted, quotes.gold) == (2, 2, 2))
    }

    @Test func aMissingPredictionIsEmpty() throws {
        let report = evaluator.score(gold: [Sample.gold, Sample.gold], predicted: [Sample.dossier()])
        #expect(report.documents == 2)
        let organisations = try field(report, "organisations")
        #expect((organisations.truePositives, organisations.predicted, organisations.gold) == (4, 4, 8))
        #expect(try field(report, "title").recall == 0.5)
    }

    @Test func normalFormFollowsTheScorer() {
        #expect(TextMatching.normalize("The Commission’s “proposal”") == "commission proposal")
        #expect(TextMatching.normalize("  theory of THE  state ") == "theory of the state")
        #expect(TextMatching.normalize("Straße — ﬁnal") == "strasse final")
        #expect(TextMatching.normalize(nil) == "")
        #expect(TextMatching.tokens("The EU's Chat Control proposal") == ["eu", "chat", "control", "proposal"])
        #expect(TextMatching.tokenF1("a b c", "") == 0)
        #expect(TextMatching.namesMatch(["European Commission", "EC"], ["the EC"]))
        #expect(!TextMatching.namesMatch(["—"], ["…"]))
    }

    @Test func normalFormFoldsCaseFullyAndComposesAsTheScorer() {
        // Full case folding, not lower-casing: the combining caron of "ǰ" becomes a space,
        // "ᾳ" is two letters, the Cyrillic letter variant is its plain letter.
        #expect(TextMatching.normalize("ǰunta") == "j unta")
        #expect(TextMatching.normalize("ᾳ") == "αι")
        #expect(TextMatching.normalize("ΣΑΣ") == "σασ")
        #expect(TextMatching.normalize("STRAẞE") == "strasse")
        #expect(TextMatching.normalize("\u{1C80}") == "в")
        // NFKC composes a half-width voiced mark with its kana, and a Hangul LV syllable with
        // a trailing consonant.
        #expect(TextMatching.normalize("ｶﾞｲﾄﾞ") == "ガイド")
        #expect(TextMatching.normalize("\u{AC00}\u{11A8}").unicodeScalars.map(\.value) == [0xAC01])
        #expect(TextMatching.tokenF1("ｶﾞｲﾄﾞ", "ガイド") == 1)
    }

    @Test func goldAnnotationsDecodeTolerantly() throws {
        let json = #"""
            {"id": "x", "title": "T", "date": null, "authors": ["A", 3],
             "organisations": [{"name": "A"}, "not an object", {"name": "B", "aliases": null}],
             "coalitions": [{"name": "C", "memberCount": "40", "acronym": null}],
             "quotes": null, "unknown": {"nested": true}}
            """#
        let gold = try GoldAnnotation(json: Data(json.utf8))
        #expect(gold.date == nil)
        #expect(gold.authors == ["A"])
        #expect(gold.organisations == [.init(name: "A"), .init(name: "B")])
        #expect(gold.coalitions.first?.memberCount == 40)
        #expect(gold.quotes.isEmpty && gold.demands.isEmpty)
    }
}
